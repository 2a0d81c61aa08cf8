"""Graphics items that paint the unrolled layout: boxes, cells, wires and their labels.

Every item keeps the model object it paints (``item.node`` / ``item.wire``) and mirrors
its role and id in ``data(0)`` / ``data(1)`` so tests and tools can find cells, taps and
weight blocks without knowing the classes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent

from lstmviz.diagram.pieces import activation_symbol
from lstmviz.diagram.types import NORMAL_TYPE, Label, Node, Typography, Wire
from lstmviz.i18n import tr
from lstmviz.model.cells import value_name
from lstmviz.ui.widgets.text_runs import TextRun, draw
from lstmviz.ui.unrolled import palette as P

ROLE_Z = {"band": -10, "gap": 2, "weights": 3, "cell": 3, "step": 3, "single": 3, "merge": 3, "input": 3, "output": 3}
CENTRE = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@runtime_checkable
class DiagramScene(Protocol):
    """What the diagram's items ask of the scene they are in (:class:`~lstmviz.ui.unrolled.scene.UnrolledScene`)."""

    def hover_group(self, group: str | None, on: bool) -> None: ...

    def hover_text(self, text: str) -> None: ...

    def open_cell(self, item: CellItem) -> None: ...


def diagram_scene(item: QGraphicsItem) -> DiagramScene | None:
    """``item``'s scene when it is a diagram's (an item in no scene, or in a plain one, asks nothing)."""
    scene = item.scene()
    return scene if isinstance(scene, DiagramScene) else None


def qrect(node: Node) -> QRectF:
    r = node.rect
    return QRectF(r.x, r.y, r.w, r.h)


def numbers(values: np.ndarray, limit: int = 12) -> str:
    shown = " ".join(f"{v:+.3f}" for v in values[:limit])
    return shown + (f" … ({len(values)} units)" if len(values) > limit else "")


class NodeItem(QGraphicsItem):
    """A box of the diagram; ``highlighted`` is set while any member of its group is hovered."""

    def __init__(self, node: Node, typography: Typography = NORMAL_TYPE) -> None:
        super().__init__()
        self.node = node
        self.typography = typography
        self.rect = qrect(node)
        self.highlighted = False
        self.setData(0, node.role)
        self.setData(1, node.id)
        self.setData(2, node.t)
        self.setData(3, node.layer_index)
        self.setZValue(ROLE_Z.get(node.role, 3))
        self.setAcceptHoverEvents(node.group is not None)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-3, -3, 3, 3)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = diagram_scene(self)
        if scene is not None:
            scene.hover_group(self.node.group, True)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = diagram_scene(self)
        if scene is not None:
            scene.hover_group(self.node.group, False)

    # ------------------------------------------------------------------ painting

    def _box(self, painter: QPainter, fill, edge, width: float = 1.4, radius: float = 8.0) -> None:
        if self.highlighted:
            fill, edge, width = P.HIGHLIGHT_FILL if self.node.role == "weights" else fill, P.HIGHLIGHT, 3.0
        painter.setPen(QPen(edge, width))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self.rect, radius, radius)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role, r = self.node.role, self.rect
        if role == "band":
            painter.setPen(QPen(P.BAND_EDGE, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(P.BAND_FILL)
            painter.drawRoundedRect(r, 12, 12)
        elif role in ("input", "output"):
            self._box(painter, P.TERM_FILL, P.TERM_EDGE, radius=6)
        elif role == "weights":
            self._box(painter, P.WEIGHT_FILL, P.WEIGHT_EDGE)
        elif role in ("step", "single"):
            self._box(painter, P.STEP_FILL, P.STEP_EDGE)
        elif role == "merge":
            self._box(painter, P.MERGE_FILL, P.MERGE_EDGE, radius=10)
        for run in self.text_runs():
            draw(painter, run)

    def text_runs(self) -> list[TextRun]:
        """The words this box paints, each in its font and box (lstmviz.ui.widgets.text_runs)."""
        role, r, t = self.node.role, self.rect, self.typography
        if role in ("input", "output"):
            return [TextRun(self.node.title, P.font(t.body), r, CENTRE, P.TEXT)]
        if role == "step":
            return [TextRun(self.node.title, P.font(t.body, bold=True), r, CENTRE, P.TEXT)]
        if role == "merge":
            return [TextRun(self.node.title, P.font(t.small), r, CENTRE, P.TEXT)]
        if role == "gap":
            runs = [TextRun("\u2026", P.font(20, bold=True), r.adjusted(0, 0, 0, -r.height() / 2 + 12), CENTRE, P.MUTED)]
            if self.node.lines:
                body = QRectF(r.x() - 10, r.center().y() - 4, r.width() + 20, t.line * len(self.node.lines))
                runs.append(TextRun("\n".join(self.node.lines), P.font(t.small), body,
                                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, P.MUTED))
            return runs
        if role in ("weights", "single"):
            return self._text_block(centred=role == "single")
        return []

    def _text_block(self, centred: bool = False) -> list[TextRun]:
        r, t = self.rect, self.typography
        runs: list[TextRun] = []
        y = r.y() + 8
        align = (Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        title_font = P.font(t.heading if centred else t.body, bold=True)
        for line in self.node.title.split("\n"):
            runs.append(TextRun(line, title_font, QRectF(r.x() + 8, y, r.width() - 16, t.title_line), align, P.TEXT))
            y += t.title_line
        y += 6
        for line in self.node.lines:
            if "\t" in line:
                left, right = line.split("\t")
                box = QRectF(r.x() + 10, y, r.width() - 20, t.line)
                runs.append(TextRun(left, P.font(t.body), box, LEFT, P.TEXT))
                runs.append(TextRun(right, P.font(t.body), box, RIGHT, P.TEXT))
            else:
                runs.append(TextRun(line, P.font(t.small, italic=not centred), QRectF(r.x() + 8, y, r.width() - 16, t.line),
                                    align, P.MUTED if not centred else P.TEXT))
            y += t.line
        return runs


class CellItem(NodeItem):
    """One time step of a recurrent layer: its gates, coloured by value when values are known."""

    def __init__(self, node: Node, typography: Typography = NORMAL_TYPE) -> None:
        super().__init__(node, typography)
        self.values: dict[str, np.ndarray] = {}  # symbol -> (units,) at this step: gates and states
        self.step_selected = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.describe())

    def set_values(self, values: dict[str, np.ndarray]) -> None:
        self.values = {k: np.asarray(v, dtype=float) for k, v in values.items()}
        self.setToolTip(self.describe())
        self.update()

    def set_step_selected(self, on: bool) -> None:
        if on != self.step_selected:
            self.step_selected = on
            self.update()

    def describe(self, symbol: str | None = None) -> str:
        """Tooltip: what the cell is, and the numbers of the gate (or all gates) under the pointer."""
        head = tr("{kind} cell at {step}, the same weights as every other step. Click to open it.").format(
            kind=self.node.kind, step=self.node.title)
        if not self.values:
            return head
        keys = [symbol] if symbol in self.values else list(self.values)
        rows = [tr("{name} (mean {mean}): {numbers}").format(name=value_name(k), mean=f"{self.values[k].mean():+.3f}",
                                                            numbers=numbers(self.values[k])) for k in keys]
        return head + "\n" + "\n".join(rows)

    def hover_line(self, symbol: str | None = None) -> str:
        """One line for the view's header: the gate under the pointer, or what the cell is."""
        if symbol in self.values:
            v = self.values[symbol]
            return tr("{step}: {name}, mean {mean} over {units} units").format(
                step=self.node.title, name=value_name(symbol), mean=f"{v.mean():+.3f}", units=len(v))
        return tr("{kind} cell at {step}: the same weights at every step; click to open it").format(
            kind=self.node.kind, step=self.node.title)

    def gate_at(self, pos: QPointF) -> str | None:
        for gate in self.node.gates:
            g = gate.rect
            if QRectF(g.x, g.y, g.w, g.h + 12).contains(pos):
                return gate.symbol
        for symbol, rect in self._state_rects().items():
            if rect.contains(pos):
                return symbol
        return None

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        symbol = self.gate_at(event.pos())
        self.setToolTip(self.describe(symbol))
        scene = diagram_scene(self)
        if scene is not None:
            scene.hover_text(self.hover_line(symbol))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = diagram_scene(self)
        if self.rect.contains(event.pos()) and scene is not None:
            scene.open_cell(self)

    def _state_rects(self) -> dict[str, QRectF]:
        if not self.values:
            return {}
        keys = [k for k in ("c", "h") if k in self.values]
        r = self.rect
        label = self.typography.small * 0.75 + 3  # room for the state's letter on the left of its bar
        width = (r.width() - 24) / max(len(keys), 1)
        return {k: QRectF(r.x() + 12 + i * width + label, r.bottom() - 12, width - label - 4, 7)
                for i, k in enumerate(keys)}

    def show_activations(self) -> bool:
        """σ and tanh under the gates: left out in presenter mode, where the larger letters need the room."""
        return not self.typography.presenter

    def text_runs(self) -> list[TextRun]:
        r, t = self.rect, self.typography
        runs = [TextRun(self.node.title, P.font(t.body, bold=True), QRectF(r.x(), r.y() + 3, r.width(), t.title_line),
                        CENTRE, P.TEXT)]
        for gate in self.node.gates:
            g = QRectF(gate.rect.x, gate.rect.y, gate.rect.w, gate.rect.h)
            values = self.values.get(gate.symbol)
            fill = P.color(float(values.mean()), P.signed_key(gate.symbol)) if values is not None and len(values) \
                else P.GATE_BLANK
            runs.append(TextRun(gate.symbol, P.font(t.body, bold=True), g, CENTRE, P.readable_on(fill)))
            if self.show_activations():
                runs.append(TextRun(activation_symbol(gate.activation), P.font(t.small),
                                    QRectF(g.x() - 8, g.bottom() + 1, g.width() + 16, t.small * 1.25), CENTRE, P.MUTED))
        for symbol, box in self._state_rects().items():
            size = t.small * 1.25
            runs.append(TextRun(symbol, P.font(t.small), QRectF(box.x() - t.small * 0.75 - 2, box.center().y() - size / 2,
                                                                t.small * 0.75, size), RIGHT, P.MUTED))
        return runs

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect
        edge, width = P.CELL_EDGE, 1.5
        if self.step_selected:
            edge, width = P.SELECTED, 2.6
        if self.highlighted:
            edge, width = P.HIGHLIGHT, 3.0
        painter.setPen(QPen(edge, width))
        painter.setBrush(P.CELL_FILL)
        painter.drawRoundedRect(r, 9, 9)
        for gate in self.node.gates:
            g = QRectF(gate.rect.x, gate.rect.y, gate.rect.w, gate.rect.h)
            values = self.values.get(gate.symbol)
            signed = P.signed_key(gate.symbol)
            if values is not None and len(values):
                # One horizontal stripe per unit, top to bottom.
                painter.drawImage(g, P.image(values[:, None], signed))
            else:
                painter.fillRect(g, P.GATE_BLANK)
            painter.setPen(QPen(P.CELL_EDGE, 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(g)
        for symbol, box in self._state_rects().items():
            painter.drawImage(box, P.image(self.values[symbol][None, :], True))
            painter.setPen(QPen(P.MUTED, 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
        for run in self.text_runs():
            draw(painter, run)


class WireItem(QGraphicsItem):
    """A polyline with an arrow head; weight ties light up with their block."""

    def __init__(self, wire: Wire) -> None:
        super().__init__()
        self.wire = wire
        self.highlighted = False
        self.setData(0, wire.role)
        self.setData(1, wire.id)
        self.setData(3, wire.layer_index)
        self.setZValue(1 if wire.role == "tie" else 0)
        path = QPainterPath(QPointF(*wire.points[0]))
        for p in wire.points[1:]:
            path.lineTo(QPointF(*p))
        self.path = path

    def boundingRect(self) -> QRectF:
        return self.path.boundingRect().adjusted(-7, -7, 7, 7)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def pen(self) -> QPen:
        w = self.wire
        colour = P.WIRE.get(w.state or w.role, P.WIRE["x"])
        width = {"tap": 1.8, "state": 1.8, "tie": 1.1, "x": 1.3}.get(w.role, 1.5)
        if self.highlighted:
            colour, width = P.HIGHLIGHT, 2.6
        pen = QPen(colour, width)
        if w.role == "init":
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        (x0, y0), (x1, y1) = self.wire.points[-2], self.wire.points[-1]
        length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-6)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        size = 5.0 if self.wire.role == "tie" else 7.0
        tip = QPointF(x1, y1)
        back = QPointF(x1 - ux * size, y1 - uy * size)
        side = QPointF(-uy * size * 0.5, ux * size * 0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(QPolygonF([tip, back + side, back - side]))


class TextItem(QGraphicsItem):
    """Free text: wire labels on a white patch, row labels, errors, headings."""

    def __init__(self, text: str, x: float, y: float, role: str = "note", centred: bool = False,
                 typography: Typography = NORMAL_TYPE) -> None:
        super().__init__()
        self.text = text
        self.role = role
        self.setData(0, f"label:{role}")
        self.setData(1, text)
        self.setZValue(4)
        t = typography
        size = {"wire": t.small, "error": t.heading, "row": t.body, "heading": t.heading}.get(role, t.body)
        self.font = P.font(size, bold=role in ("error", "heading"), italic=role == "note")
        metrics = QFontMetricsF(self.font)
        lines = text.split("\n")
        w = max(metrics.horizontalAdvance(line) for line in lines) + 6
        h = metrics.lineSpacing() * (len(lines) - 1) + metrics.height() + 2
        # Characters drawn from a fallback font (Chinese) take more height than the label's own
        # font says: measure the laid-out text and grow the box around the same centre.
        laid_out = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), int(Qt.AlignmentFlag.AlignLeft), text)
        grow = max(0.0, laid_out.height() + 2 - h)
        w, h = max(w, laid_out.width() + 6), h + grow
        self.rect = QRectF(x - w / 2, y - h / 2, w, h) if centred else QRectF(x, y - grow / 2, w, h)

    def boundingRect(self) -> QRectF:
        return self.rect

    def text_runs(self) -> list[TextRun]:
        colour = P.ERROR if self.role == "error" else P.MUTED if self.role in ("wire", "note") else P.TEXT
        align = Qt.AlignmentFlag.AlignCenter if self.role == "wire" else Qt.AlignmentFlag.AlignLeft
        return [TextRun(self.text, self.font, self.rect.adjusted(3, 1, -3, -1), align, colour)]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.role == "wire":
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(Qt.GlobalColor.white))
            painter.drawRoundedRect(self.rect, 4, 4)
        for run in self.text_runs():
            draw(painter, run)


def label_item(label: Label, typography: Typography = NORMAL_TYPE) -> TextItem:
    return TextItem(label.text, label.x, label.y, label.role, typography=typography)


def wire_label(wire: Wire, typography: Typography = NORMAL_TYPE) -> TextItem | None:
    if not wire.label or wire.label_at is None:
        return None
    item = TextItem(wire.label, wire.label_at[0], wire.label_at[1], "wire", centred=True, typography=typography)
    item.setData(0, f"wire-label:{wire.role}")
    return item
