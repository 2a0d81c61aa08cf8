"""Recurrent cells: which layers unroll in time, and their gates and states, asked of the kinds.

Keras 3 lays a recurrent layer's weights out gate by gate along the last axis (LSTM
i, f, c, o; GRU z, r, h); the tutorial names the LSTM's gates forget, input, candidate,
output. Each cell's module (``model/kinds/lstm.py``...) holds its table; these functions
answer by a kind's name for the views that have only the name.
"""

from __future__ import annotations

from typing import Iterable

from lstmviz.i18n import tr
from lstmviz.model.kinds.recurrent import STATE_NAMES, CellKind, Gate  # noqa: F401
from lstmviz.model.kinds.registry import cell_kinds, kinds

RECURRENT_KINDS = tuple(cell_kinds())


def cell_kind(kind: str) -> CellKind | None:
    found = cell_kinds().get(kind)
    return found if isinstance(found, CellKind) else None


def gates(kind: str) -> tuple[Gate, ...]:
    """The gates of ``kind`` in Keras's weight order (empty for a layer that is not recurrent)."""
    cell = cell_kind(kind)
    return cell.gates if cell else ()


def gate(kind: str, symbol: str) -> Gate:
    return next(g for g in gates(kind) if g.symbol == symbol)


def display_order(kind: str) -> tuple[str, ...]:
    """The gates as the tutorial names them, the order the diagram draws them in."""
    cell = cell_kind(kind)
    return cell.display_order if cell else ()


def states(kind: str) -> tuple[str, ...]:
    cell = cell_kind(kind)
    return cell.states if cell else ("h",)


def displayed_gates(kind: str) -> tuple[Gate, ...]:
    cell = cell_kind(kind)
    return cell.displayed_gates() if cell else ()


def value_order(kind: str) -> tuple[str, ...]:
    """States first, then the gates as the tutorial names them: the rows of the heatmaps."""
    cell = cell_kind(kind)
    return cell.value_order() if cell else ("h",)


def value_name(symbol: str) -> str:
    """'forget gate f', 'hidden state h', translated (a symbol means the same in every cell)."""
    if symbol in STATE_NAMES:
        return f"{tr(STATE_NAMES[symbol])} {symbol}"
    found = next((g for cell in cell_kinds().values() for g in cell.gates if g.symbol == symbol), None)
    return f"{tr(found.name)} {symbol}" if found else symbol


def unrolls(kind: str) -> bool:
    """Whether a layer of ``kind`` is drawn as one cell repeated over time."""
    found = kinds().get(kind)
    return found is not None and found.cell(found.with_defaults({})) is not None


def unrolled_layers(kinds_in_order: Iterable[str]) -> tuple[int, ...]:
    """Indexes of the layers that unroll, given the kinds of a model's layers in order."""
    return tuple(i for i, kind in enumerate(kinds_in_order) if unrolls(kind))
