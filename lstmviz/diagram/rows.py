"""Row builders for the unrolled diagram: each layer adds its boxes and wires above the last one.

A :class:`Stream` is what flows between layers: one point per time-step column (a
sequence) or a single point (one vector), each with the node that produced it and the
name of the value ("x(3)", "h(3)", "y(3)").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from lstmviz.diagram.pieces import (
    gate_boxes, params_text, steps_text, time_slots, weight_lines, wrap,
)
from lstmviz.diagram.types import (
    BUS_DROP, CELL_H, CELL_W, COL0, GAP, LEFT_W, MARGIN, PITCH, STEP_H, STEP_W, TERM_H, TERM_W,
    NORMAL_TYPE, Label, Node, Point, Rect, Row, Slot, Typography, UnrolledLayout, Wire,
)
from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import KINDS, MULTIPLY, fmt_shape
from lstmviz.model.kinds.registry import cell_kinds
from lstmviz.model.kinds.base import DiagramText, Drawn
from lstmviz.model.inference import BuiltLayer, Inference

SINGLE_W = 230.0
MERGE_TEXT = {"concat": "concat", "sum": "sum", "mul": "multiply", "ave": "average"}


@dataclass
class Stream:
    slots: tuple[Slot, ...] | None  # None: a single vector
    points: list[Point | None]
    sources: list[str | None]
    names: list[str]
    role: str  # role of the wires drawn from it: x, tap (a recurrent layer's output), flow
    layer_index: int | None
    label_wires: bool = True

    @property
    def steps(self) -> tuple[Slot, ...]:
        """The time-step columns of a sequence; the rows that read one per step are given only sequences."""
        assert self.slots is not None, "a single vector has no time steps"
        return self.slots

    def point(self, i: int) -> Point:
        """Where the value of column ``i`` leaves; only asked of columns that are no gap."""
        found = self.points[i]
        assert found is not None, f"column {i} is a gap"
        return found


class RowBuilder:
    def __init__(self, architecture: Architecture, inference: Inference, focus: int | None,
                 max_steps: int, keep: int, typography: Typography = NORMAL_TYPE, pitch: float = PITCH) -> None:
        self.type = typography
        self.pitch = pitch
        self.architecture = architecture
        self.inference = inference
        self.focus = focus
        self.max_steps, self.keep = max_steps, keep
        self.nodes: list[Node] = []
        self.wires: list[Wire] = []
        self.labels: list[Label] = []
        self.rows: list[Row] = []
        self.cursor = 0.0  # top of what has been drawn so far; rows are added above it

    # ------------------------------------------------------------------ primitives

    def col(self, i: int) -> float:
        return COL0 + i * self.pitch

    def slots(self, steps: int | None) -> tuple[Slot, ...]:
        return time_slots(steps, self.max_steps, self.keep)

    def add(self, node: Node) -> Node:
        self.nodes.append(node)
        return node

    def wire(self, role: str, points: tuple[Point, ...], **kw: Any) -> Wire:
        w = Wire(f"w{len(self.wires)}", role, points, **kw)
        self.wires.append(w)
        return w

    def row_label(self, lines: list[str], top: float, height: float) -> None:
        y = top + height / 2 - self.type.line / 2 * len(lines)
        self.labels.append(Label("\n".join(lines), MARGIN, y, "row"))

    def connect(self, stream: Stream, i: int, target: str, end: Point, via: tuple[Point, ...] = ()) -> Wire:
        start = stream.point(i)
        label_at = (start[0], start[1] - self.type.small - 6) if stream.label_wires else None
        return self.wire(stream.role, (start, *via, end), source=stream.sources[i], target=target,
                         label=stream.names[i] if stream.label_wires else "", label_at=label_at,
                         layer_index=stream.layer_index)

    def gap_node(self, node_id: str, x: float, top: float, height: float, slot: Slot,
                 layer_index: int | None, direction: int = 1) -> Node:
        hidden = slot.hidden
        lines: tuple[str, ...] = (tr("{count} more").format(count=hidden[1] - hidden[0]), tr("steps")) if hidden else (tr("more"), tr("steps"))
        if height < 2 * STEP_H:
            lines = ()  # too short for text: the cell rows above say how many steps are hidden
        return self.add(Node(node_id, "gap", Rect(x - 30, top, 60, height), "\u2026", lines,
                             layer_index=layer_index, direction=direction))

    def weights_block(self, group: str, info: BuiltLayer, caption: str, lines: tuple[str, ...],
                      bus_y: float) -> Node:
        t = self.type
        title = wrap(caption, t.chars(LEFT_W - 20))
        fits = t.chars(LEFT_W - 20, t.small * 0.94)  # the formula line is small and italic
        # A long formula ("4 × ((300 + 128) × 128 + 128) = 219,648") breaks before its result.
        lines = tuple(part for line in lines for part in (
            (line,) if "\t" in line or len(line) <= fits or " = " not in line
            else (*wrap(line.rsplit(" = ", 1)[0], fits), "= " + line.rsplit(" = ", 1)[1])))
        height = 10 + t.title_line * len(title) + 6 + t.line * len(lines) + 8
        rect = Rect(MARGIN, bus_y + 14 - height, LEFT_W, height)
        return self.add(Node(f"weights:{group}", "weights", rect, "\n".join(title), lines,
                             layer_index=info.index, group=group, kind=info.kind))

    def tie(self, block: Node, node: Node, bus_y: float, group: str, layer_index: int) -> None:
        tick = node.rect.x + 14
        self.wire("tie", ((block.rect.right, bus_y), (tick, bus_y), (tick, node.rect.bottom)),
                  source=block.id, target=node.id, layer_index=layer_index, group=group)

    # ------------------------------------------------------------------------ build

    def build(self, recurrent: tuple[int, ...]) -> UnrolledLayout:
        message = None
        if self.inference.input_error:
            return UnrolledLayout(recurrent_layers=recurrent, focus_layer=self.focus,
                                  message=f"input: {self.inference.input_error}")
        stream = self.input_stream()
        for info, spec in zip(self.inference.layers, self.architecture.layers):
            if not info.ok:
                why = info.error or tr('its input is unknown')
                message = tr('layer {value} ({title}) cannot be drawn: {why}').format(value=info.index + 1, title=info.title, why=why)
                self.labels.append(Label(message, MARGIN, self.cursor - 40, "error", info.index))
                break
            first = len(self.nodes)
            stream = self.layer(info.built(), spec.options, stream)
            if info.index == self.focus:
                self.band(info.index, self.nodes[first:])
        else:
            self.outputs(stream)
        return self.finish(recurrent, message)

    def input_stream(self) -> Stream:
        spec = self.architecture.input
        slots = self.slots(spec.time_steps)
        top = self.cursor - TERM_H
        points: list[Point | None] = []
        sources: list[str | None] = []
        names: list[str] = []
        for i, slot in enumerate(slots):
            x = self.col(i)
            if slot.is_gap:
                self.gap_node(f"gap:input:{i}", x, top, TERM_H, slot, None)
                points.append(None)
                sources.append(None)
                names.append("")
                continue
            name = f"token({slot.label})" if spec.is_tokens else f"x({slot.label})"
            node = self.add(Node(f"input:{slot.key}", "input", Rect(x - TERM_W / 2, top, TERM_W, TERM_H),
                                 name, t=slot.index))
            points.append((x, top))
            sources.append(node.id)
            names.append(name)
        steps = steps_text(spec.time_steps)
        if spec.is_tokens:
            what = [tr('input: {steps}').format(steps=steps), tr('of token ids')]
        else:
            f = spec.features
            what = [tr('input x(t): {steps},').format(steps=steps), tr('{f} feature{value} per step').format(f=f, value='' if f == 1 else 's')]
        self.row_label(what, top, TERM_H)
        self.cursor = top
        return Stream(slots, points, sources, names, "x", None, label_wires=False)

    def layer(self, info: BuiltLayer, options: Mapping[str, Any], stream: Stream) -> Stream:
        kind = info.kind
        drawn = KINDS[kind].drawn(info.input_shape, options)
        if drawn in (Drawn.CELL, Drawn.WRAPPER):
            if stream.slots is None:
                stream = self.fanned(stream, info.input_shape[1])
            if drawn is Drawn.WRAPPER:
                return self.bidirectional(info, options, stream)
            return self.recurrent(info, kind, options, stream)
        if stream.slots is not None and drawn is Drawn.PER_STEP:
            return self.per_step(info, options, stream)
        return self.single(info, options, stream)

    # -------------------------------------------------------------- recurrent rows

    def recurrent(self, info: BuiltLayer, kind: str, options: Mapping[str, Any], stream: Stream) -> Stream:
        direction = -1 if options.get("go_backwards", False) else 1
        caption = tr('one cell, {steps_text}, {params_text}').format(steps_text=steps_text(info.input_shape[1]), params_text=params_text(info.params))
        if direction == -1:
            caption = tr('one cell reading backwards, {steps_text}, {params_text}').format(steps_text=steps_text(info.input_shape[1]), params_text=params_text(info.params))
        cells, top = self.cell_row(info, kind, stream, direction, caption, (info.derivation.formula,))
        every = bool(options["return_sequences"])
        if len(stream.steps) == 1:
            start = cell_kinds()[kind].start_text()
            self.labels.append(Label(tr('one time step: the cell runs once,\nstarting from {start}').format(start=start),
                                     self.col(0) + CELL_W / 2 + 16, top + CELL_H / 2 - 16, "note", info.index))
        elif not every:
            last = stream.steps[-1 if direction == 1 else 0].label
            note = tr('return_sequences=False: only h({last}), the last step, leaves the layer').format(last=last)
            # Presenter text is large: the note keeps to the columns before the last, whose output it names.
            lines = wrap(note, self.type.chars(self.col(len(stream.steps) - 1) - self.col(0) - 20)) \
                if self.type.presenter else [note]
            self.labels.append(Label("\n".join(lines), self.col(0) - CELL_W / 2, top - 26 - self.type.line * (len(lines) - 1),
                                     "note", info.index))
        return self.taps(info, cells, stream.steps, every, direction)

    def cell_row(self, info: BuiltLayer, kind: str, stream: Stream, direction: int, caption: str,
                 extra: tuple[str, ...] = (), gap: float = GAP,
                 route: Callable[[int, Point], tuple[Point, ...]] | None = None) -> tuple[list[Node], float]:
        slots = stream.steps
        bottom = self.cursor - gap
        top = bottom - CELL_H
        bus_y = bottom + BUS_DROP
        group = f"row:{info.index}:{direction}"
        block = self.weights_block(group, info, caption, weight_lines(kind, info) + extra, bus_y)
        cells: list[Node] = []
        for i, slot in enumerate(slots):
            x = self.col(i)
            if slot.is_gap:
                cells.append(self.gap_node(f"gap:{group}:{i}", x, top, CELL_H, slot, info.index, direction))
                continue
            cell = self.add(Node(
                f"cell:{info.index}:{direction}:{slot.key}", "cell", Rect(x - CELL_W / 2, top, CELL_W, CELL_H),
                f"t = {slot.label}", layer_index=info.index, t=slot.index, direction=direction, group=group,
                gates=gate_boxes(kind, info, x, top), kind=kind))
            cells.append(cell)
            if stream.points[i] is not None:
                end = (x, bottom)
                self.connect(stream, i, cell.id, end, route(i, end) if route else ())
            self.tie(block, cell, bus_y, group, info.index)
        self.state_passes(kind, cells, slots, direction, top, bottom, info.index)
        per_direction = info.params // KINDS[info.kind].directions(self.architecture.layers[info.index].options)
        self.rows.append(Row(group, info.index, kind, direction, slots, caption, per_direction, block.id,
                             tuple(c.id for c in cells if c.role == "cell"), True))
        self.cursor = min(top, block.rect.y)
        return cells, top

    def state_passes(self, kind: str, cells: list[Node], slots: tuple[Slot, ...], direction: int,
                     top: float, bottom: float, layer_index: int) -> None:
        states = cell_kinds()[kind].states[::-1]  # c drawn along the top, h along the bottom
        ys = {"c": top + 12, "h": bottom - 12}
        order = list(range(len(cells)))[::direction]
        first = cells[order[0]]
        for s in states:
            y = ys[s]
            edge = first.rect.x if direction == 1 else first.rect.right
            outside = edge - 50 * direction
            self.wire("init", ((outside, y), (edge, y)), target=first.id, state=s, layer_index=layer_index,
                      label=f"{s}(0) = 0" if direction == 1 else f"{s} = 0", label_at=((outside + edge) / 2, y - 11))
            for a, b in zip(order, order[1:]):
                src, dst = cells[a], cells[b]
                x0 = src.rect.right if direction == 1 else src.rect.x
                x1 = dst.rect.x if direction == 1 else dst.rect.right
                self.wire("state", ((x0, y), (x1, y)), source=src.id, target=dst.id, state=s,
                          label=f"{s}({self.after(slots[a], direction)})", label_at=((x0 + x1) / 2, y - 11),
                          layer_index=layer_index)

    @staticmethod
    def after(slot: Slot, direction: int) -> str:
        """The step whose state leaves this column: the gap's last hidden step in reading order."""
        if not slot.is_gap:
            return slot.label
        if slot.hidden is None:
            return "t"
        return str(slot.hidden[1] if direction == 1 else slot.hidden[0] + 1)

    def taps(self, info: BuiltLayer, cells: list[Node], slots: tuple[Slot, ...], every_step: bool,
             direction: int) -> Stream:
        if every_step:
            points = [(c.rect.cx, c.rect.y) if c.role == "cell" else None for c in cells]
            sources = [c.id if c.role == "cell" else None for c in cells]
            names = [f"h({s.label})" if not s.is_gap else "" for s in slots]
            return Stream(slots, points, sources, names, "tap", info.index)
        at = len(cells) - 1 if direction == 1 else 0
        last = cells[at]
        return Stream(None, [(last.rect.cx, last.rect.y)], [last.id], [f"h({slots[at].label})"], "tap", info.index)

    def bidirectional(self, info: BuiltLayer, options: Mapping[str, Any], stream: Stream) -> Stream:
        kind = options["layer"]
        steps = steps_text(info.input_shape[1])
        one = info.params // 2
        fwd, fwd_top = self.cell_row(info, kind, stream, 1, tr('forward {kind}: one cell, {steps}, {params_text}').format(kind=kind, steps=steps, params_text=params_text(one)))

        def around(i: int, end: Point) -> tuple[Point, ...]:
            # The backward row reads the same x(t): branch off below the forward row and pass it on the left.
            sx, sy = stream.point(i)
            side = sx - self.pitch / 2 - 10
            return ((sx, sy - 10), (side, sy - 10), (side, end[1] + 40), (end[0], end[1] + 40))

        total = f"Bidirectional: 2 {MULTIPLY} {one:,} = {info.params:,}"
        bwd, bwd_top = self.cell_row(info, kind, stream, -1, tr('backward {kind}: own weights, {steps}, {params_text}').format(kind=kind, steps=steps, params_text=params_text(one)), (total,), gap=GAP + 20, route=around)
        merge_y = bwd_top - 40
        mode = options.get("merge_mode", "concat")
        slots = stream.steps
        every = bool(options["return_sequences"])
        columns = [i for i, c in enumerate(fwd) if c.role == "cell"] if every else [len(fwd) - 1]
        points: list[Point | None] = [None] * len(slots)
        sources: list[str | None] = [None] * len(slots)
        names = [""] * len(slots)
        for i in columns:
            x = self.col(i)
            node = self.add(Node(f"merge:{info.index}:{slots[i].key}", "merge", Rect(x - 30, merge_y - 12, 60, 24),
                                 MERGE_TEXT.get(mode, mode), layer_index=info.index, t=slots[i].index))
            f, right = fwd[i], x + PITCH / 2 + 10
            self.wire("merge", ((f.rect.cx + 30, fwd_top), (f.rect.cx + 30, fwd_top - 18), (right, fwd_top - 18),
                                (right, merge_y), (node.rect.right, merge_y)), source=f.id, target=node.id,
                      layer_index=info.index)
            b = bwd[i] if every else bwd[0]
            via = () if every else ((b.rect.cx, merge_y),)
            end = (x, node.rect.bottom) if every else (node.rect.x, merge_y)
            self.wire("merge", ((b.rect.cx, bwd_top), *via, end), source=b.id, target=node.id,
                      layer_index=info.index)
            points[i], sources[i] = (x, node.rect.y), node.id
            names[i] = f"h({slots[i].label})" if every else f"h({slots[i].label}), h({slots[0].label})"
        self.cursor = merge_y - 12
        if every:
            return Stream(slots, points, sources, names, "tap", info.index)
        return Stream(None, [points[columns[0]]], [sources[columns[0]]], ["[h\u2192, h\u2190]"], "tap", info.index)

    # ------------------------------------------------------------- other layers

    def per_step(self, info: BuiltLayer, options: Mapping[str, Any], stream: Stream) -> Stream:
        title, caption, lines, out = self.step_text(info, options, stream)
        bottom = self.cursor - GAP
        top = bottom - STEP_H
        bus_y = bottom + BUS_DROP
        group = f"row:{info.index}:1"
        block = self.weights_block(group, info, caption, lines, bus_y) if info.params else None
        if block is None:
            self.row_label(wrap(caption), top, STEP_H)
        nodes: list[Node] = []
        for i, slot in enumerate(stream.steps):
            x = self.col(i)
            if slot.is_gap:
                nodes.append(self.gap_node(f"gap:{group}:{i}", x, top, STEP_H, slot, info.index))
                continue
            node = self.add(Node(f"step:{info.index}:{slot.key}", "step", Rect(x - STEP_W / 2, top, STEP_W, STEP_H),
                                 title, layer_index=info.index, t=slot.index, group=group, kind=info.kind))
            nodes.append(node)
            if stream.points[i] is not None:
                self.connect(stream, i, node.id, (x, bottom))
            if block is not None:
                self.tie(block, node, bus_y, group, info.index)
        self.rows.append(Row(group, info.index, info.kind, 1, stream.steps, caption, info.params,
                             block.id if block else None, tuple(n.id for n in nodes if n.role == "step"), False))
        self.cursor = min(top, block.rect.y) if block else top
        points = [(n.rect.cx, n.rect.y) if n.role == "step" else None for n in nodes]
        sources = [n.id if n.role == "step" else None for n in nodes]
        names = [out.format(t=s.label) if out else stream.names[i] for i, s in enumerate(stream.steps)]
        return Stream(stream.steps, points, sources, names, "flow", info.index, label_wires=out != "y({t})")

    def step_text(self, info: BuiltLayer, options: Mapping[str, Any],
                  stream: Stream) -> tuple[str, str, tuple[str, ...], str]:
        text = self.kind_text(info, options, stream)
        return text.title, text.caption, text.lines, text.output

    def kind_text(self, info: BuiltLayer, options: Mapping[str, Any], stream: Stream) -> DiagramText:
        reads = stream.names[0] if stream.slots is None else ""
        return KINDS[info.kind].diagram_text(info.input_shape, info.output_shape, options, info.derivation, reads,
                                             steps_text(info.input_shape[1]) if len(info.input_shape) >= 2 else "",
                                             params_text(info.params))

    def single(self, info: BuiltLayer, options: Mapping[str, Any], stream: Stream) -> Stream:
        title, lines = self.single_text(info, options, stream)
        width = self.type.chars(SINGLE_W - 20, self.type.small * 0.85)
        lines = tuple(part for line in lines for part in wrap(line, width))
        titles = wrap(title, self.type.chars(SINGLE_W - 16, self.type.heading * 1.02))  # bold
        title = "\n".join(titles)
        height = 12 + self.type.title_line * len(titles) + self.type.line * len(lines) + 8
        out_seq = len(info.output_shape) >= 3
        span = self.slots(info.output_shape[1]) if out_seq else stream.slots
        if span is not None:
            left, right = self.col(0) - STEP_W / 2, self.col(len(span) - 1) + STEP_W / 2
        else:
            # Right-aligned with the step it reads, so the drawing grows no wider than the cells.
            px = stream.point(0)[0]
            left = max(min(px + CELL_W / 2, px + SINGLE_W / 2) - SINGLE_W, MARGIN + LEFT_W + 20)
            right = left + SINGLE_W
        bottom = self.cursor - GAP
        top = bottom - height
        node = self.add(Node(f"single:{info.index}", "single", Rect(left, top, right - left, height), title, lines,
                             layer_index=info.index, group=f"single:{info.index}", kind=info.kind))
        for i, p in enumerate(stream.points):
            if p is not None:
                self.connect(stream, i, node.id, (min(max(p[0], left + 12), right - 12), bottom))
        self.cursor = top
        if not out_seq:
            name = self.kind_text(info, options, stream).output or (stream.names[0] if stream.slots is None else "v")
            return Stream(None, [(node.rect.cx, top)], [node.id], [name], "flow", info.index, label_wires=False)
        assert span is not None  # a sequence out: the slots of its own steps
        names = [stream.names[0] if stream.slots is None else f"x({s.label})" for s in span]
        points: list[Point | None] = [None if s.is_gap else (self.col(i), top) for i, s in enumerate(span)]
        return Stream(span, points, [None if p is None else node.id for p in points],
                      [n if p else "" for n, p in zip(names, points)], "flow", info.index)

    def single_text(self, info: BuiltLayer, options: Mapping[str, Any], stream: Stream) -> tuple[str, tuple[str, ...]]:
        text = self.kind_text(info, options, stream)
        return text.title, text.lines

    def fanned(self, stream: Stream, steps: int | None) -> Stream:
        slots = self.slots(steps)
        return Stream(slots, [None if s.is_gap else stream.points[0] for s in slots],
                      [None if s.is_gap else stream.sources[0] for s in slots],
                      [stream.names[0] for _ in slots], stream.role, stream.layer_index)

    def outputs(self, stream: Stream) -> None:
        bottom = self.cursor - 44
        top = bottom - TERM_H
        points = stream.points
        for i, p in enumerate(points):
            if p is None:
                continue
            name = "y" if stream.slots is None else f"y({stream.slots[i].label})"
            node = self.add(Node(f"output:{i}", "output", Rect(p[0] - TERM_W / 2, top, TERM_W, TERM_H), name,
                                 t=None if stream.slots is None else stream.slots[i].index))
            self.connect(stream, i, node.id, (p[0], bottom))
        self.row_label([tr("output"), fmt_shape(self.inference.known_output_shape)], top, TERM_H)
        self.cursor = top

    def band(self, layer_index: int, nodes: list[Node]) -> None:
        """A soft background behind the layer whose values are shown."""
        if not nodes:
            return
        x0 = min(n.rect.x for n in nodes) - 10
        y0 = min(n.rect.y for n in nodes) - 8
        x1 = max(n.rect.right for n in nodes) + 10
        y1 = max(n.rect.bottom for n in nodes) + 8
        self.nodes.insert(0, Node(f"band:{layer_index}", "band", Rect(x0, y0, x1 - x0, y1 - y0), "",
                                  layer_index=layer_index))

    def finish(self, recurrent: tuple[int, ...], message: str | None) -> UnrolledLayout:
        xs: list[float] = []
        ys: list[float] = []
        for n in self.nodes:
            xs += [n.rect.x, n.rect.right]
            ys += [n.rect.y, n.rect.bottom]
        for w in self.wires:
            xs += [p[0] for p in w.points]
            ys += [p[1] for p in w.points]
        for lab in self.labels:
            lines = lab.text.split("\n")
            xs += [lab.x, lab.x + 0.64 * self.type.body * max(len(s) for s in lines)]
            ys += [lab.y, lab.y + self.type.line * len(lines)]
        dx, dy = MARGIN - min(xs), MARGIN - min(ys)
        return UnrolledLayout(
            nodes=tuple(n.shifted(dx, dy) for n in self.nodes),
            wires=tuple(w.shifted(dx, dy) for w in self.wires),
            labels=tuple(lab.shifted(dx, dy) for lab in self.labels),
            rows=tuple(self.rows),
            width=max(xs) - min(xs) + 2 * MARGIN,
            height=max(ys) - min(ys) + 2 * MARGIN,
            focus_layer=self.focus,
            recurrent_layers=recurrent,
            message=message,
        )
