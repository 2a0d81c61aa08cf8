"""The layer kinds lstmviz knows, by name: the registry of :mod:`lstmviz.model.kinds` seen as a table.

Each kind's rules live in its own module under ``model/kinds/``; this module keeps the
names the rest of the app has long used (``KINDS``, ``INPUT``, ``fmt_shape``...).
Shapes include the batch axis as ``None``: ``(None, T, F)``.
"""

from __future__ import annotations

from typing import Any, Mapping

from lstmviz.i18n import tr_noop
from lstmviz.model.kinds.activations import NAMES as ACTIVATIONS  # noqa: F401
from lstmviz.model.kinds.base import (  # noqa: F401
    MULTIPLY, Derivation, GateRow, LayerKind, Need, Option, Shape, ShapeError, fmt_shape, number_text,
)
from lstmviz.model.kinds.input import INPUT, InputKind  # noqa: F401
from lstmviz.model.kinds.registry import cell_kinds, kinds
from lstmviz.model.kinds.shared import MERGE_MODES  # noqa: F401

# The words of the two shape fixes inference offers (ShapeError.need says which applies).
ONE_VECTOR_HINT = tr_noop('set return_sequences=True on the recurrent layer above, so that it outputs every time step')
ONE_STEP_HINT = tr_noop('set return_sequences=False on the recurrent layer above')

KINDS: dict[str, LayerKind] = kinds()
RECURRENT_KINDS: tuple[str, ...] = tuple(cell_kinds())

_num = number_text


def layer_kinds() -> tuple[str, ...]:
    return tuple(KINDS)


def cell_of(kind: str, options: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The recurrent cell a layer runs and its full options: a Bidirectional's wrapped layer, with defaults."""
    found = KINDS[kind].cell(options)
    if found is None:
        return kind, dict(options)
    cell, own = found
    return cell.name, own
