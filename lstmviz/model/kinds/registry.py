"""The registry of layer kinds: the one list of kinds lstmviz knows, in the palette's order.

A new kind is a module in this package with a ``KIND`` object, and its name in
:data:`MODULES`; everything else (inference, files, the script, the canvas, the diagram)
asks the kind.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from lstmviz.i18n import tr
from lstmviz.model.kinds.base import LayerKind
from lstmviz.model.kinds.input import INPUT, InputKind

if TYPE_CHECKING:
    from lstmviz.model.kinds.recurrent import CellKind

MODULES = (
    "embedding", "lstm", "gru", "simple_rnn", "bidirectional", "dense", "time_distributed", "dropout",
    "repeat_vector", "flatten", "conv1d", "max_pooling1d",
    "global_average_pooling1d",
)


@cache
def kinds() -> dict[str, LayerKind]:
    """Every layer kind by name, in the order of :data:`MODULES`."""
    found = [importlib.import_module(f"lstmviz.model.kinds.{module}").KIND for module in MODULES]
    return {kind.name: kind for kind in found}


def kind(name: str) -> LayerKind:
    """The kind called ``name``; KeyError (saying which kinds there are) otherwise."""
    try:
        return kinds()[name]
    except KeyError:
        raise KeyError(tr('unknown layer kind {kind!r}; known kinds: {join}').format(
            kind=name, join=', '.join(kinds()))) from None


def by_keras_class(class_name: str) -> LayerKind | None:
    return next((k for k in kinds().values() if k.keras_class == class_name), None)


@cache
def cell_kinds() -> dict[str, CellKind]:
    """The kinds that are themselves one recurrent cell (what a Bidirectional can wrap)."""
    from lstmviz.model.kinds.recurrent import CellKind

    return {name: k for name, k in kinds().items() if isinstance(k, CellKind)}


def input_kind() -> InputKind:
    return INPUT
