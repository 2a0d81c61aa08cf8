"""Heatmaps of a layer's gates and states (time across, units down) and the colour legend."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent

from lstmviz.ui.unrolled import palette as P
from lstmviz.model.cells import value_name
from lstmviz.ui.unrolled.values import CellValues

CAPTION_H = 18  # room above a heatmap for its name


MAX_IMAGE_COLUMNS = 1024  # more pixels than the heatmap is wide on screen; hover still reads every value
MAX_IMAGE_ROWS = 256


def _thumbnail(values: np.ndarray) -> np.ndarray:
    """``values`` (rows x columns) sampled down to at most MAX_IMAGE_ROWS x MAX_IMAGE_COLUMNS."""
    rows, columns = values.shape
    r = np.linspace(0, rows - 1, MAX_IMAGE_ROWS).astype(int) if rows > MAX_IMAGE_ROWS else slice(None)
    c = np.linspace(0, columns - 1, MAX_IMAGE_COLUMNS).astype(int) if columns > MAX_IMAGE_COLUMNS else slice(None)
    return values[r][:, c]


class HeatmapItem(QGraphicsItem):
    """``values`` (T, units) drawn as an image; hovering shows the number under the pointer."""

    def __init__(self, symbol: str, values: np.ndarray, rect: QRectF) -> None:
        super().__init__()
        self.symbol = symbol
        self.values = np.asarray(values, dtype=float)
        self.rect = rect
        self.signed = P.signed_key(symbol)
        self.image = P.image(_thumbnail(self.values.T), self.signed)  # units as rows, time as columns
        self.step: int | None = None
        self.setData(0, "heatmap")
        self.setData(1, symbol)
        self.setAcceptHoverEvents(True)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-4, -CAPTION_H - 2, 4, 16)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(time step, unit) under a point in item coordinates."""
        if not self.rect.contains(pos):
            return None
        steps, units = self.values.shape
        t = int((pos.x() - self.rect.x()) / self.rect.width() * steps)
        u = int((pos.y() - self.rect.y()) / self.rect.height() * units)
        return min(t, steps - 1), min(u, units - 1)

    def text_at(self, pos: QPointF) -> str | None:
        found = self.cell_at(pos)
        if found is None:
            return None
        t, u = found
        return f"{value_name(self.symbol)} at t = {t + 1}, unit {u + 1}: {self.values[t, u]:+.4f}"

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        text = self.text_at(event.pos())
        self.setToolTip(text or "")
        if text and self.scene() is not None:
            self.scene().hover_text(text)

    def set_step(self, step: int | None) -> None:
        self.step = step
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.rect
        painter.setPen(P.TEXT)
        painter.setFont(P.font(11, bold=True))
        painter.drawText(QRectF(r.x(), r.y() - CAPTION_H, r.width(), CAPTION_H - 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, value_name(self.symbol))
        painter.drawImage(r, self.image)
        painter.setPen(QPen(P.MUTED, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        steps = self.values.shape[0]
        painter.setFont(P.font(9))
        painter.drawText(QRectF(r.x(), r.bottom() + 1, r.width(), 13), Qt.AlignmentFlag.AlignLeft, "t = 1")
        if steps > 1:
            painter.drawText(QRectF(r.x(), r.bottom() + 1, r.width(), 13), Qt.AlignmentFlag.AlignRight, f"t = {steps}")
        if self.step is not None and 0 <= self.step < steps:
            w = r.width() / steps
            painter.setPen(QPen(P.SELECTED, 1.6))
            painter.drawRect(QRectF(r.x() + self.step * w, r.y() - 1, w, r.height() + 2))


class LegendItem(QGraphicsItem):
    """The two colour scales: gates (sigmoid, 0..1) and states/candidate (tanh, -1..1)."""

    def __init__(self, x: float, y: float, width: float = 200.0) -> None:
        super().__init__()
        self.rect = QRectF(x, y, width, 96)
        self.setData(0, "legend")
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.rect
        rows = (("gates f, i, o, z, r (\u03c3)", False, ("0 closed", "1 open")),
                ("h, c, candidate g (tanh)", True, ("\u22121", "0", "+1")))
        y = r.y()
        for title, signed, ticks in rows:
            painter.setPen(P.TEXT)
            painter.setFont(P.font(11, bold=True))
            painter.drawText(QRectF(r.x(), y, r.width(), 16), Qt.AlignmentFlag.AlignLeft, title)
            bar = QRectF(r.x(), y + 18, r.width(), 10)
            ramp = np.linspace(-1 if signed else 0, 1, 128)[None, :]
            painter.drawImage(bar, P.image(ramp, signed))
            painter.setPen(QPen(P.MUTED, 0.6))
            painter.drawRect(bar)
            painter.setFont(P.font(9))
            aligns = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight)
            for text, align in zip(ticks, aligns if len(ticks) == 3 else (aligns[0], aligns[2])):
                painter.drawText(QRectF(r.x(), bar.bottom() + 1, r.width(), 12), align, text)
            y += 48


def heatmap_items(values: CellValues, x: float, y: float, width: float) -> list[QGraphicsItem]:
    """One heatmap per gate and state, in a row (wrapping) starting at (x, y)."""
    keys = values.keys()
    units = values.units
    space = 20.0
    fitting = (width - x - (len(keys) - 1) * space) / max(len(keys), 1)
    w = float(min(220.0, max(90.0, fitting)))
    h = float(min(90.0, max(36.0, units * 8.0)))
    per_row = max(1, int((width - x + space + 1.0) // (w + space)))
    items: list[QGraphicsItem] = []
    for k, symbol in enumerate(keys):
        col, row = k % per_row, k // per_row
        rect = QRectF(x + col * (w + space), y + CAPTION_H + row * (h + CAPTION_H + 26), w, h)
        items.append(HeatmapItem(symbol, values.array(symbol), rect))
    return items
