"""Gradients through time on the unrolled diagram: arrows flowing back along h and c, and a heatmap.

Each state wire between two steps gets a band beneath it pointing back towards the step
it leaves: its colour and thickness grow with log ||dL/dh_t|| (or ||dL/dc_t||) of the
state that wire carries. Below the diagram a heatmap per state shows the norm of every
time step (rows, t = 1 at the top) at every observed epoch (columns). Both are relative
to the largest step of the same observation, so a gradient that fades over the sequence
reads the same whatever the loss's scale; the numbers themselves show on hover.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent

from lstmviz.i18n import tr
from lstmviz.model.gradient_history import DECADES, RowKey, decades_below, relative_levels
from lstmviz.ui.unrolled import palette as P
from lstmviz.ui.unrolled.items import diagram_scene

# ColorBrewer OrRd: pale for a gradient that has faded away, dark red for the strongest step.
GRADIENT_STOPS = ((0.0, "#fee8c8"), (0.25, "#fdbb84"), (0.5, "#fc8d59"), (0.75, "#d7301f"), (1.0, "#7f0000"))
GRADIENT_LUT = P._lut(GRADIENT_STOPS)
MIN_WIDTH, MAX_WIDTH = 1.5, 8.0
OFFSET = 7.0  # the band runs this far below its wire, so the forward arrow and its label stay readable
MAP_H = 120.0  # height of a heatmap (time steps down)
CAPTION_H = 18.0


def gradient_color(level: float) -> QColor:
    r, g, b = GRADIENT_LUT[int(round(min(max(level, 0.0), 1.0) * 255))]
    return QColor(int(r), int(g), int(b))


def gradient_image(levels: np.ndarray) -> QImage:
    """An RGB image of a 2-D array of levels in 0..1 (rows x columns), one pixel per value."""
    levels = np.atleast_2d(np.asarray(levels, dtype=float))
    rgb = GRADIENT_LUT[np.clip(np.rint(levels * 255), 0, 255).astype(np.intp)]
    rgba = np.ascontiguousarray(np.concatenate([rgb, np.full(rgb.shape[:2] + (1,), 255, np.uint8)], axis=2))
    h, w = levels.shape
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def norm_text(state: str, t: int, norm: float, top: float, epoch: int) -> str:
    """Hover text for one step's gradient; ``t`` counts from 1."""
    below = decades_below(norm, top)
    where = tr("the largest step") if below is not None and below < 0.005 else (
        tr("10^-{decades} of the largest step").format(decades=f"{below:.1f}") if below is not None
        else tr("none reaches it"))
    return tr("gradient flowing back into {s}({t}) at epoch {epoch}: ||\u2202L/\u2202{s}({t})|| = {norm} "
              "({where})").format(s=state, t=t, epoch=epoch, norm=f"{norm:.3g}", where=where)


class GradientWireItem(QGraphicsItem):
    """A band under one state wire, pointing back to the step whose state the wire carries."""

    def __init__(self, points: tuple[tuple[float, float], ...], state: str, t: int, row: RowKey) -> None:
        super().__init__()
        self.state, self.t, self.row = state, t, row  # t is 0-based
        (x0, y0), (x1, y1) = points[0], points[-1]
        self.start, self.end = QPointF(x0, y0 + OFFSET), QPointF(x1, y1 + OFFSET)  # forward: start -> end
        self.level = 0.0
        self.norm: float | None = None
        self.text = ""
        self.setData(0, "gradient-wire")
        self.setData(1, f"{state}:{t}")
        self.setData(3, row[0])
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        self.setVisible(False)

    def set_norm(self, norm: float, level: float, text: str) -> None:
        self.prepareGeometryChange()
        self.norm, self.level, self.text = float(norm), float(level), text
        self.setToolTip(text)
        self.setVisible(True)
        self.update()

    @property
    def width(self) -> float:
        return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * self.level

    def boundingRect(self) -> QRectF:
        pad = MAX_WIDTH / 2 + 6
        return QRectF(self.start, self.end).normalized().adjusted(-pad, -pad, pad, pad)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = diagram_scene(self)
        if scene is not None and self.text:
            scene.hover_text(self.text)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = gradient_color(self.level)
        # Backwards: from the receiving step to the step whose state it is.
        tail, tip = self.end, self.start
        length = max(abs(tip.x() - tail.x()), 1e-6)
        ux = (tip.x() - tail.x()) / length
        head = min(6.0 + self.width, length * 0.6)
        pen = QPen(colour, self.width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(tail, QPointF(tip.x() - ux * head * 0.8, tip.y()))
        half = self.width / 2 + 3
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([tip, QPointF(tip.x() - ux * head, tip.y() - half),
                                       QPointF(tip.x() - ux * head, tip.y() + half)]))


class GradientHeatmapItem(QGraphicsItem):
    """One row's norms: time steps down (t = 1 at the top), observed epochs across."""

    def __init__(self, row: RowKey, title: str, norms: np.ndarray, epochs: list[int], rect: QRectF) -> None:
        super().__init__()
        self.row, self.title = row, title
        self.norms = np.asarray(norms, dtype=float)  # (T, observations)
        self.epochs = list(epochs)
        self.rect = rect
        self.image = gradient_image(relative_levels(self.norms))
        self.marked: int | None = None  # the column of the epoch on the arrows
        self.setData(0, "gradient-heatmap")
        self.setData(1, f"{row[2]}:{row[1]}")
        self.setData(3, row[0])
        self.setAcceptHoverEvents(True)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-46, -CAPTION_H - 2, 6, 16)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(time step, observation), 0-based, under a point in item coordinates."""
        if not self.rect.contains(pos) or self.norms.size == 0:
            return None
        steps, columns = self.norms.shape
        t = int((pos.y() - self.rect.y()) / self.rect.height() * steps)
        k = int((pos.x() - self.rect.x()) / self.rect.width() * columns)
        return min(t, steps - 1), min(k, columns - 1)

    def text_at(self, pos: QPointF) -> str | None:
        found = self.cell_at(pos)
        if found is None:
            return None
        t, k = found
        column = self.norms[:, k]
        return norm_text(self.row[2], t + 1, float(column[t]), float(column.max()), self.epochs[k])

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        text = self.text_at(event.pos())
        self.setToolTip(text or "")
        scene = diagram_scene(self)
        if text and scene is not None:
            scene.hover_text(text)

    def mark(self, column: int | None) -> None:
        self.marked = column
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.rect
        painter.setPen(P.TEXT)
        painter.setFont(P.font(11, bold=True))
        painter.drawText(QRectF(r.x(), r.y() - CAPTION_H, r.width(), CAPTION_H - 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.title)
        painter.drawImage(r, self.image)
        painter.setPen(QPen(P.MUTED, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        painter.setFont(P.font(9))
        steps = self.norms.shape[0]
        side = QRectF(r.x() - 44, r.y() - 1, 40, 12)
        painter.drawText(side, Qt.AlignmentFlag.AlignRight, "t = 1")
        if steps > 1:
            painter.drawText(side.translated(0, r.height() - 10), Qt.AlignmentFlag.AlignRight, f"t = {steps}")
        if self.epochs:
            below = QRectF(r.x(), r.bottom() + 1, r.width(), 13)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft, tr("epoch {epoch}").format(epoch=self.epochs[0]))
            if len(self.epochs) > 1:
                painter.drawText(below, Qt.AlignmentFlag.AlignRight,
                                 tr("epoch {epoch}").format(epoch=self.epochs[-1]))
        if self.marked is not None and self.norms.size:
            w = r.width() / self.norms.shape[1]
            painter.setPen(QPen(P.SELECTED, 1.4))
            painter.drawRect(QRectF(r.x() + self.marked * w, r.y() - 1, max(w, 2.0), r.height() + 2))


class GradientLegendItem(QGraphicsItem):
    """What the colours and widths mean: decades below the strongest step of the same epoch."""

    def __init__(self, x: float, y: float, width: float) -> None:
        super().__init__()
        self.rect = QRectF(x, y, width, 112)
        self.setData(0, "gradient-legend")
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(P.TEXT)
        painter.setFont(P.font(11, bold=True))
        painter.drawText(QRectF(r.x(), r.y(), r.width(), 16), Qt.AlignmentFlag.AlignLeft,
                         tr("gradient flowing back"))
        painter.setPen(P.MUTED)
        painter.setFont(P.font(10))
        painter.drawText(QRectF(r.x(), r.y() + 16, r.width(), 28), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         tr("||\u2202L/\u2202h(t)||, log scale, against the strongest step"))
        bar = QRectF(r.x(), r.y() + 48, r.width(), 10)
        painter.drawImage(bar, gradient_image(np.linspace(0, 1, 128)[None, :]))
        painter.setPen(QPen(P.MUTED, 0.6))
        painter.drawRect(bar)
        painter.setFont(P.font(9))
        ticks = [(0.0, tr("\u226410^-{d}").format(d=DECADES)), (0.5, f"10^-{DECADES // 2}"), (1.0, tr("strongest"))]
        for at, text in ticks:
            x = bar.x() + at * bar.width()
            align = Qt.AlignmentFlag.AlignLeft if at == 0 else (
                Qt.AlignmentFlag.AlignRight if at == 1 else Qt.AlignmentFlag.AlignHCenter)
            box = QRectF(x - (0 if at == 0 else bar.width() if at == 1 else 30), bar.bottom() + 1,
                         bar.width() if at in (0, 1) else 60, 12)
            painter.drawText(box, align, text)
        y = bar.bottom() + 22
        for i, level in enumerate((0.0, 0.5, 1.0)):  # the arrows' widths
            x = r.x() + i * r.width() / 3
            pen = QPen(gradient_color(level), MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * level)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x + r.width() / 3 - 14, y + 8), QPointF(x + 8, y + 8))
        painter.setPen(P.MUTED)
        painter.drawText(QRectF(r.x(), y + 16, r.width(), 24), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         tr("arrows under h and c point back in time"))


def heatmap_title(row: RowKey, kind: str, bidirectional: bool) -> str:
    state, direction = row[2], row[1]
    name = tr("||\u2202L/\u2202{s}(t)||").format(s=state)
    if bidirectional:
        return tr("{name}, forward").format(name=name) if direction == 1 else tr("{name}, backward").format(name=name)
    return name
