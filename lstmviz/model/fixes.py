"""One-click fixes: an edit that makes a known error go away, as data the UI can apply.

An error message says in words how to fix the model ("set return_sequences=True on it");
a :class:`Fix` says the same as data: which layer (or the input), which option, which
value. The UI shows a button for it and applies it as one undoable edit, and marks the
layer that changes, without reading the message's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture, InputSpec

INPUT_SHAPE = "shape"  # the option a Fix of the input (layer None) sets


@dataclass(frozen=True)
class Fix:
    """Set ``option`` of layer ``layer`` to ``value``; ``layer`` None sets the input's shape."""

    layer: int | None
    option: str
    value: Any

    @property
    def on_input(self) -> bool:
        return self.layer is None


@dataclass(frozen=True)
class Problem:
    """What is wrong (one readable line) and, when one is known, the edit that fixes it."""

    text: str
    fix: Fix | None = None

    def __str__(self) -> str:
        return self.text


def apply_fix(architecture: Architecture, fix: Fix) -> Architecture:
    """The architecture with ``fix`` applied (raises ArchitectureError for a fix that does not belong to it)."""
    if fix.layer is None:  # on the input
        spec = architecture.input
        return architecture.with_input(InputSpec(tuple(fix.value), spec.dtype, spec.batch_size))
    return architecture.set_option(fix.layer, fix.option, fix.value)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, tuple):
        return "(" + ", ".join("None" if v is None else str(v) for v in value) + ")"
    return str(value)


def fix_label(fix: Fix, layer_name: str = "") -> str:
    """The fix in a few words, for a button: "Set return_sequences=True on lstm"."""
    if fix.layer is None:  # on the input
        return tr("Set the input to {shape}").format(shape=_shown(fix.value))
    where = layer_name or tr("layer {number}").format(number=fix.layer + 1)
    return tr("Set {option}={value} on {layer}").format(option=fix.option, value=_shown(fix.value), layer=where)
