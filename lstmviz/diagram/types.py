"""The unrolled diagram's value types and its scene-unit geometry constants.

Plain frozen dataclasses (boxes, wires, labels, rows) that the layout builds and the
view paints; coordinates are scene units with y growing downwards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

Point = tuple[float, float]

MAX_STEPS = 8  # longer sequences collapse their middle (wider diagrams become unreadable when fitted)
KEEP = 3  # steps kept at each end of a collapsed sequence
MARGIN = 24.0
LEFT_W = 204.0  # the left column holds weight blocks and row labels
PITCH = 132.0  # distance between time-step columns
# Presenter mode where the shown row and its labels are wider than the view: state wires between a cell and
# the "…" column keep room for a label like "h(99)" at presenter text size.
COMPACT_PITCH = 116.0
COL0 = MARGIN + LEFT_W + 100.0  # centre of the first column
CELL_W, CELL_H = 92.0, 80.0
STEP_W, STEP_H = 84.0, 40.0
TERM_W, TERM_H = 64.0, 28.0  # input and output terminals
GAP = 76.0  # vertical room below a row for its incoming wires and its weight bus
BUS_DROP = 24.0  # the weight bus runs this far below a row's boxes


@dataclass(frozen=True)
class Typography:
    """Text sizes (scene pixels) the layout leaves room for; the view paints with the same sizes.

    The layout cannot measure text (it imports no Qt), so it sizes lines and wraps captions
    from these sizes with a generous average character width. Presenter mode uses larger
    text in the same boxes so that the diagram stays readable when it is projected.
    """

    body: float = 11.0  # box text, row labels, gate symbols
    small: float = 10.0  # wire labels, activation symbols, heatmap ticks: the smallest text drawn
    presenter: bool = False

    @property
    def heading(self) -> float:
        return self.body + 1

    @property
    def line(self) -> float:
        """Height of a line of body text."""
        return round(self.body * 1.45)

    @property
    def title_line(self) -> float:
        return round(self.body * 1.55)

    def chars(self, width: float, size: float | None = None) -> int:
        """How many characters of ``size`` text fit in ``width`` (DejaVu Sans averages about 0.61 em)."""
        return max(8, int(width / (0.61 * (size or self.body))))


NORMAL_TYPE = Typography()
PRESENTER_TYPE = Typography(body=13.0, small=13.0, presenter=True)


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
