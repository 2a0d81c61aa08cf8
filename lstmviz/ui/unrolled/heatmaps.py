"""Heatmaps of a layer's gates and states (time across, units down) and the colour legend."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent

from lstmviz.diagram.types import NORMAL_TYPE, Typography
from lstmviz.i18n import tr
from lstmviz.model.cells import value_name
from lstmviz.ui.widgets.text_runs import TextRun, draw, wrap_words
from lstmviz.ui.unrolled import palette as P
from lstmviz.model.cell_values import CellValues
from lstmviz.ui.unrolled.items import diagram_scene

BOTTOM_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom


def caption_height(t: Typography, lines: int = 1) -> float:
    """Room above a heatmap for its name (on one line, or two when the maps are narrow)."""
    return round(t.body * 1.6) + (lines - 1) * t.title_line


def caption_lines(symbol: str, width: float, t: Typography) -> list[str]:
    return wrap_words(value_name(symbol), P.font(t.body, bold=True), width, 2)[0]


def tick_height(t: Typography) -> float:
    return round(t.small * 1.3)


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

    def __init__(self, symbol: str, values: np.ndarray, rect: QRectF, typography: Typography = NORMAL_TYPE,
                 caption_rows: int = 1) -> None:
        super().__init__()
        self.typography = typography
        self.caption_rows = caption_rows
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
        return self.rect.adjusted(-4, -caption_height(self.typography, self.caption_rows) - 2, 4, tick_height(self.typography) + 3)

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
        return tr("{name} at t = {step}, unit {unit}: {value}").format(
            name=value_name(self.symbol), step=t + 1, unit=u + 1, value=f"{self.values[t, u]:+.4f}")

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        text = self.text_at(event.pos())
        self.setToolTip(text or "")
        scene = diagram_scene(self)
        if text and scene is not None:
            scene.hover_text(text)

    def set_step(self, step: int | None) -> None:
        self.step = step
        self.update()

    def text_runs(self) -> list[TextRun]:
        r, t = self.rect, self.typography
        cap, tick = caption_height(t, self.caption_rows), tick_height(t)
        name = "\n".join(caption_lines(self.symbol, r.width(), t))
        runs = [TextRun(name, P.font(t.body, bold=True), QRectF(r.x(), r.y() - cap, r.width(), cap - 2),
                        BOTTOM_LEFT, P.TEXT, elided_from=value_name(self.symbol) if "\u2026" in name else "")]
        steps = self.values.shape[0]
        below = QRectF(r.x(), r.bottom() + 1, r.width(), tick)
        runs.append(TextRun("t = 1", P.font(t.small), below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                            P.TEXT))
        if steps > 1:
            runs.append(TextRun(f"t = {steps}", P.font(t.small), below,
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, P.TEXT))
        return runs

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.rect
        painter.drawImage(r, self.image)
        painter.setPen(QPen(P.MUTED, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        for run in self.text_runs():
            draw(painter, run)
        steps = self.values.shape[0]
        if self.step is not None and 0 <= self.step < steps:
            w = r.width() / steps
            painter.setPen(QPen(P.SELECTED, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(r.x() + self.step * w, r.y() - 1, w, r.height() + 2))


class LegendItem(QGraphicsItem):
    """The two colour scales: gates (sigmoid, 0..1) and states/candidate (tanh, -1..1)."""

    def __init__(self, x: float, y: float, width: float = 200.0, typography: Typography = NORMAL_TYPE,
                 keys: tuple[str, ...] = ("i", "f", "g", "o", "c", "h")) -> None:
        super().__init__()
        self.typography = typography
        self.keys = keys  # the values shown: a SimpleRNN has no gates, a GRU no c
        self.rows = self._rows(width)
        height = sum(self._row_height(len(title)) for title, _signed, _ticks in self.rows)
        self.rect = QRectF(x, y, width, height)
        self.setData(0, "legend")
        self.setZValue(3)

    def _rows(self, width: float) -> list[tuple[list[str], bool, tuple[str, ...]]]:
        font = P.font(self.typography.body, bold=True)
        # Only what the layer has: an LSTM's f, i, o, a GRU's z, r; a SimpleRNN no gate at all.
        gates = [k for k in ("f", "i", "o", "z", "r") if k in self.keys]
        tanh = ", ".join(k for k in ("h", "c") if k in self.keys)
        if "g" in self.keys:
            tanh = tr("{states}, candidate g").format(states=tanh) if tanh else tr("candidate g")
        rows: list[tuple[str, bool, tuple[str, ...]]] = []
        if gates:
            rows.append((tr("gates {names} (\u03c3)").format(names=", ".join(gates)), False,
                         (tr("0 closed"), tr("1 open"))))
        rows.append((tr("{names} (tanh)").format(names=tanh or "h"), True, ("\u22121", "0", "+1")))
        return [(wrap_words(title, font, width, 2)[0], signed, ticks) for title, signed, ticks in rows]

    def _row_height(self, title_lines: int) -> float:
        return self.typography.title_line * title_lines + 2 + 10 + tick_height(self.typography) + 8

    def boundingRect(self) -> QRectF:
        return self.rect

    def _bars(self) -> list[tuple[TextRun, QRectF, bool, list[TextRun]]]:
        r, t = self.rect, self.typography
        out = []
        y = r.y()
        aligns = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight)
        for title, signed, ticks in self.rows:
            head = TextRun("\n".join(title), P.font(t.body, bold=True), QRectF(r.x(), y, r.width(),
                           t.title_line * len(title)), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, P.TEXT)
            bar = QRectF(r.x(), y + t.title_line * len(title) + 2, r.width(), 10)
            below = QRectF(r.x(), bar.bottom() + 1, r.width(), tick_height(t))
            marks = [TextRun(text, P.font(t.small), below, align | Qt.AlignmentFlag.AlignTop, P.TEXT)
                     for text, align in zip(ticks, aligns if len(ticks) == 3 else (aligns[0], aligns[2]))]
            out.append((head, bar, signed, marks))
            y += self._row_height(len(title))
        return out

    def text_runs(self) -> list[TextRun]:
        return [run for head, _bar, _signed, marks in self._bars() for run in (head, *marks)]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        for head, bar, signed, marks in self._bars():
            draw(painter, head)
            ramp = np.linspace(-1 if signed else 0, 1, 128)[None, :]
            painter.drawImage(bar, P.image(ramp, signed))
            painter.setPen(QPen(P.MUTED, 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
            for run in marks:
                draw(painter, run)


def heatmap_items(values: CellValues, x: float, y: float, width: float,
                  typography: Typography = NORMAL_TYPE) -> list[QGraphicsItem]:
    """One heatmap per gate and state, in a row (wrapping) starting at (x, y)."""
    keys = values.keys()
    units = values.units
    space = 20.0
    fitting = (width - x - (len(keys) - 1) * space) / max(len(keys), 1)
    w = float(min(220.0, max(90.0, fitting)))
    # A name wider than its map ("hidden state h") takes a second line rather than more width.
    rows = max((len(caption_lines(k, w, typography)) for k in keys), default=1)
    cap = caption_height(typography, rows)
    h = float(min(90.0, max(36.0, units * 8.0)))
    per_row = max(1, int((width - x + space + 1.0) // (w + space)))
    items: list[QGraphicsItem] = []
    for k, symbol in enumerate(keys):
        col, row = k % per_row, k // per_row
        rect = QRectF(x + col * (w + space), y + cap + row * (h + cap + tick_height(typography) + 12), w, h)
        items.append(HeatmapItem(symbol, values.array(symbol), rect, typography, rows))
    return items
