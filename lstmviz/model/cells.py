"""Recurrent cells: which layers unroll in time, and the one table of their gates and states.

Keras 3 lays a recurrent layer's weights out gate by gate along the last axis (LSTM
i, f, c, o; GRU z, r, h); the tutorial names the LSTM's gates forget, input, candidate,
output. Parameter counts, the numpy cell maths, the diagram and the cell detail all read
this table, in Keras's order or in the order the tutorial names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from lstmviz.i18n import tr, tr_noop

RECURRENT_KINDS = ("LSTM", "GRU", "SimpleRNN")
WRAPPER = "Bidirectional"  # runs one of RECURRENT_KINDS in both directions


@dataclass(frozen=True)
class Gate:
    symbol: str  # the key of its values in cell_math's arrays
    name: str  # "forget gate" (translate with tr() where shown)
    word: str  # "forget": the short label inside the cell detail
    activation: str  # the default; recurrent_activation / activation options may change it


GATES: dict[str, tuple[Gate, ...]] = {  # Keras 3 weight order
    "LSTM": (Gate("i", tr_noop("input gate"), tr_noop("input"), "sigmoid"),
             Gate("f", tr_noop("forget gate"), tr_noop("forget"), "sigmoid"),
             Gate("g", tr_noop("candidate"), tr_noop("candidate"), "tanh"),
             Gate("o", tr_noop("output gate"), tr_noop("output"), "sigmoid")),
    "GRU": (Gate("z", tr_noop("update gate"), tr_noop("update"), "sigmoid"),
            Gate("r", tr_noop("reset gate"), tr_noop("reset"), "sigmoid"),
            Gate("g", tr_noop("candidate"), tr_noop("candidate"), "tanh")),
    "SimpleRNN": (Gate("h", tr_noop("state"), tr_noop("state"), "tanh"),),
}
# The order the tutorial names them, and the order the diagram draws them in.
DISPLAY_ORDER: dict[str, tuple[str, ...]] = {"LSTM": ("f", "i", "g", "o"), "GRU": ("z", "r", "g"), "SimpleRNN": ("h",)}
STATES: dict[str, tuple[str, ...]] = {"LSTM": ("h", "c"), "GRU": ("h",), "SimpleRNN": ("h",)}
STATE_NAMES = {"h": tr_noop("hidden state"), "c": tr_noop("cell state")}


def gates(kind: str) -> tuple[Gate, ...]:
    """The gates of ``kind`` in Keras's weight order (empty for a layer that is not recurrent)."""
    return GATES.get(kind, ())


def gate(kind: str, symbol: str) -> Gate:
    return next(g for g in GATES[kind] if g.symbol == symbol)


def displayed_gates(kind: str) -> tuple[Gate, ...]:
    return tuple(gate(kind, s) for s in DISPLAY_ORDER.get(kind, ()))


def value_order(kind: str) -> tuple[str, ...]:
    """States first, then the gates as the tutorial names them: the rows of the heatmaps."""
    return STATES.get(kind, ("h",)) + tuple(s for s in DISPLAY_ORDER.get(kind, ()) if s not in STATES.get(kind, ()))


def value_name(symbol: str) -> str:
    """'forget gate f', 'hidden state h', translated (a symbol means the same in every cell)."""
    if symbol in STATE_NAMES:
        return f"{tr(STATE_NAMES[symbol])} {symbol}"
    found = next((g for kind_gates in GATES.values() for g in kind_gates if g.symbol == symbol), None)
    return f"{tr(found.name)} {symbol}" if found else symbol


def unrolls(kind: str) -> bool:
    """Whether a layer of ``kind`` is drawn as one cell repeated over time."""
    return kind in RECURRENT_KINDS or kind == WRAPPER


def unrolled_layers(kinds: Iterable[str]) -> tuple[int, ...]:
    """Indexes of the layers that unroll, given the kinds of a model's layers in order."""
    return tuple(i for i, kind in enumerate(kinds) if unrolls(kind))
