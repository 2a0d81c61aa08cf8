"""Geometry of the unrolled diagram as plain data: boxes, wires and labels the view only paints.

The diagram follows the data upwards: the input x(t) at the bottom, then each layer as a
row, one column per time step. A recurrent layer is drawn as ONE cell repeated at every
step; every copy is tied to the layer's single weight block, which is the point the
source document makes in words. Layers that act on each step on their own
(TimeDistributed, Dense on a sequence, Embedding) get a row with their own shared block;
layers that act once (Dense on a vector, Flatten, RepeatVector) get a single box.

Coordinates are scene units with y growing downwards. Long sequences keep their first
and last ``keep`` steps and put one "…" slot between them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, replace
from typing import Any, Mapping

from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import GATE_NAMES, RECURRENT_KINDS, fmt_shape
from lstmviz.model.inference import Inference, LayerInfo, infer

Point = tuple[float, float]

MAX_STEPS = 8  # longer sequences collapse their middle (wider diagrams become unreadable when fitted)
KEEP = 3  # steps kept at each end of a collapsed sequence
MARGIN = 24.0
LEFT_W = 204.0  # the left column holds weight blocks and row labels
PITCH = 132.0  # distance between time-step columns
COL0 = MARGIN + LEFT_W + 100.0  # centre of the first column
CELL_W, CELL_H = 92.0, 80.0
STEP_W, STEP_H = 84.0, 40.0
TERM_W, TERM_H = 64.0, 28.0  # input and output terminals
GAP = 76.0  # vertical room below a row for its incoming wires and its weight bus
BUS_DROP = 24.0  # the weight bus runs this far below a row's boxes
DISPLAY_ORDER = {"LSTM": ("f", "i", "g", "o"), "GRU": ("z", "r", "g"), "SimpleRNN": ("h",)}


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class Slot:
    """One column: a time step (0-based ``index``) or the gap standing for ``hidden`` steps."""

    index: int | None
    label: str  # 1-based step as shown, "T" for an open length, "…" for the gap
    hidden: tuple[int, int] | None = None  # [start, stop) of the steps a gap stands for

    @property
    def is_gap(self) -> bool:
        return self.label == "\u2026"

    @property
    def key(self) -> str:
        return str(self.index) if self.index is not None else self.label


@dataclass(frozen=True)
class GateBox:
    symbol: str  # the key of the gate in cell_math's arrays ("f", "z", ...; "h" for SimpleRNN)
    name: str
    activation: str
    rect: Rect


@dataclass(frozen=True)
class Node:
    id: str
    role: str  # input, output, cell, gap, weights, step, single, merge, band
    rect: Rect
    title: str
    lines: tuple[str, ...] = ()  # body text; a tab separates a right-aligned count
    layer_index: int | None = None
    t: int | None = None  # 0-based time step
    direction: int = 1  # -1 for a row that reads the sequence backwards
    group: str | None = None  # nodes and wires of one group light up together on hover
    gates: tuple[GateBox, ...] = ()
    kind: str = ""

    def shifted(self, dx: float, dy: float) -> Node:
        gates = tuple(GateBox(g.symbol, g.name, g.activation, g.rect.moved(dx, dy)) for g in self.gates)
        return Node(self.id, self.role, self.rect.moved(dx, dy), self.title, self.lines, self.layer_index, self.t,
                    self.direction, self.group, gates, self.kind)


@dataclass(frozen=True)
class Wire:
    id: str
    role: str  # x, tap, flow, state, init, tie, merge
    points: tuple[Point, ...]
    source: str | None = None
    target: str | None = None
    label: str = ""
    label_at: Point | None = None
    state: str = ""  # "h" or "c" for state passes
    layer_index: int | None = None
    group: str | None = None

    def shifted(self, dx: float, dy: float) -> Wire:
        at = None if self.label_at is None else (self.label_at[0] + dx, self.label_at[1] + dy)
        return Wire(self.id, self.role, tuple((x + dx, y + dy) for x, y in self.points), self.source, self.target,
                    self.label, at, self.state, self.layer_index, self.group)


@dataclass(frozen=True)
class Label:
    text: str
    x: float
    y: float  # top of the text
    role: str = "note"  # note, row, error, message
    layer_index: int | None = None

    def shifted(self, dx: float, dy: float) -> Label:
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass(frozen=True)
class Row:
    id: str
    layer_index: int
    kind: str  # LSTM, GRU, SimpleRNN, or the per-step kind (TimeDistributed, Dense, Embedding, Dropout)
    direction: int
    slots: tuple[Slot, ...]
    caption: str
    params: int
    weights_id: str | None
    node_ids: tuple[str, ...]  # cells (or per-step boxes), without gaps
    recurrent: bool


@dataclass(frozen=True)
class UnrolledLayout:
    nodes: tuple[Node, ...] = ()
    wires: tuple[Wire, ...] = ()
    labels: tuple[Label, ...] = ()
    rows: tuple[Row, ...] = ()
    width: float = 0.0
    height: float = 0.0
    focus_layer: int | None = None
    recurrent_layers: tuple[int, ...] = ()
    message: str | None = None  # why nothing (or not everything) could be drawn

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)

    def by_role(self, role: str) -> list[Node]:
        return [n for n in self.nodes if n.role == role]

    def wires_by_role(self, role: str) -> list[Wire]:
        return [w for w in self.wires if w.role == role]

    def row(self, layer_index: int, direction: int = 1) -> Row | None:
        return next((r for r in self.rows if r.layer_index == layer_index and r.direction == direction), None)

    def cells(self, layer_index: int, direction: int = 1) -> list[Node]:
        return [n for n in self.nodes if n.role == "cell" and n.layer_index == layer_index
                and n.direction == direction]


def time_slots(steps: int | None, max_steps: int = MAX_STEPS, keep: int = KEEP) -> tuple[Slot, ...]:
    """The columns for ``steps`` time steps: all of them, or the first and last ``keep`` and a gap."""
    if steps is None:
        return (Slot(0, "1"), Slot(1, "2"), Slot(None, "\u2026"), Slot(None, "T"))
    if steps <= max_steps:
        return tuple(Slot(t, str(t + 1)) for t in range(steps))
    head = tuple(Slot(t, str(t + 1)) for t in range(keep))
    tail = tuple(Slot(t, str(t + 1)) for t in range(steps - keep, steps))
    return (*head, Slot(None, "\u2026", (keep, steps - keep)), *tail)


def value_step(position: int, steps: int, options: Mapping[str, Any]) -> int:
    """Index into cell_math's time axis for the cell drawn at ``position``.

    cell_math (like Keras) keeps a go_backwards layer's values in processing order, while
    the diagram draws each cell above the input it reads.
    """
    return steps - 1 - position if options.get("go_backwards", False) else position


def activation_symbol(name: str) -> str:
    return {"sigmoid": "\u03c3", "tanh": "tanh", "linear": "id"}.get(name, name)


def steps_text(steps: int | None) -> str:
    if steps is None:
        return "T time steps"
    return f"{steps} time step" + ("" if steps == 1 else "s")


def wrap(text: str, width: int = 27) -> list[str]:
    """Break a caption at its commas where possible, so "140 shared parameters" stays on one line."""
    lines: list[str] = []
    for part in text.split(", "):
        if lines and len(lines[-1]) + 2 + len(part) <= width:
            lines[-1] += ", " + part
            continue
        if lines:
            lines[-1] += ","
        lines += textwrap.wrap(part, width) or [""]
    return lines or [""]


def build_layout(architecture: Architecture, inference: Inference | None = None,
                 focus_layer: int | None = None, *, max_steps: int = MAX_STEPS,
                 keep: int = KEEP) -> UnrolledLayout:
    """Lay out the whole model unrolled in time; ``focus_layer`` is the recurrent layer shown with values."""
    # The row builders need this module's value types, so they are imported here, not at the top.
    from lstmviz.model import unrolled_rows

    inference = inference or infer(architecture)
    recurrent = tuple(i.index for i in inference.layers if i.kind in RECURRENT_KINDS or i.kind == "Bidirectional")
    if focus_layer not in recurrent:
        focus_layer = recurrent[0] if recurrent else None
    if not recurrent:
        return UnrolledLayout(message="This model has no recurrent layer to unroll: add an LSTM, GRU or "
                                      "SimpleRNN layer to see it as one cell repeated over time.")
    spec = architecture.input
    if not spec.is_tokens and len(spec.shape) < 2:
        return UnrolledLayout(recurrent_layers=recurrent, focus_layer=focus_layer,
                              message=f"The input {fmt_shape(spec.shape)} has no time axis: give it "
                                      "(time steps, features) to unroll the recurrent layer.")
    builder = unrolled_rows.RowBuilder(architecture, inference, focus_layer, max_steps, keep)
    return builder.build(recurrent)


def weight_lines(kind: str, info: LayerInfo) -> tuple[str, ...]:
    """W, U and b of a recurrent layer (one direction) in Keras's shapes, with their counts."""
    gates = info.derivation.gates
    n = len(gates)
    f, u = gates[0].kernel
    lines = [f"W  ({f}, {n * u})\t{f * n * u:,}", f"U  ({u}, {n * u})\t{u * n * u:,}"]
    bias = gates[0].bias
    if bias == 0:
        lines.append("b  none (use_bias=False)\t0")
    elif bias == 2 * u and kind == "GRU":
        lines.append(f"b  (2, {n * u})\t{2 * n * u:,}")
    else:
        lines.append(f"b  ({n * u},)\t{n * u:,}")
    return tuple(lines)


def gate_boxes(kind: str, info: LayerInfo, cx: float, top: float) -> tuple[GateBox, ...]:
    """The small gate boxes drawn inside a cell, in the order the document names them."""
    rows = {g.symbol: g for g in info.derivation.gates}
    names = {symbol: name for name, symbol, _ in GATE_NAMES[kind]}
    order = DISPLAY_ORDER[kind]
    w = {1: 40.0, 3: 22.0}.get(len(order), 18.0)
    space = 4.0
    total = len(order) * w + (len(order) - 1) * space
    x = cx - total / 2
    boxes = []
    for symbol in order:
        act = rows[symbol].activation if symbol in rows else "tanh"
        boxes.append(GateBox(symbol, names.get(symbol, "state"), act, Rect(x, top + 24.0, w, 28.0)))
        x += w + space
    return tuple(boxes)


def params_text(n: int) -> str:
    return f"{n:,} shared parameter" + ("" if n == 1 else "s")


def dense_lines(info: LayerInfo) -> tuple[str, ...]:
    f, u = info.input_shape[-1], info.output_shape[-1]
    bias = info.params - f * u
    lines = [f"W  ({f}, {u})\t{f * u:,}"]
    lines.append(f"b  ({u},)\t{bias:,}" if bias else "b  none\t0")
    return tuple(lines)

