"""Layer icons drawn with QPainter (a coloured tile with a glyph of what the layer does),
and the app icon, loaded from its files."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from lstmviz import resources_path
from lstmviz.ui import style

_SIZE = 64


def _pen(width: float = 4.0) -> QPen:
    pen = QPen(QColor("white"), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _cell(p: QPainter, gates: int) -> None:
    """A cell box with one dot per gate block, and the recurrence loop above it."""
    p.setPen(_pen(3.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(12, 24, 40, 28), 5, 5)
    loop = QPainterPath(QPointF(44, 24))
    loop.cubicTo(QPointF(50, 6), QPointF(14, 6), QPointF(20, 24))
    p.drawPath(loop)
    p.setBrush(QColor("white"))
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(gates):
        x = 32 + (i - (gates - 1) / 2) * 9
        p.drawEllipse(QPointF(x, 38), 3.2, 3.2)


def _bidirectional(p: QPainter) -> None:
    p.setPen(_pen(4))
    p.drawLine(QPointF(12, 24), QPointF(50, 24))
    p.drawLine(QPointF(42, 16), QPointF(50, 24))
    p.drawLine(QPointF(42, 32), QPointF(50, 24))
    p.drawLine(QPointF(14, 42), QPointF(52, 42))
    p.drawLine(QPointF(22, 34), QPointF(14, 42))
    p.drawLine(QPointF(22, 50), QPointF(14, 42))


def _dense(p: QPainter) -> None:
    left = [QPointF(18, y) for y in (16, 32, 48)]
    right = [QPointF(46, y) for y in (22, 42)]
    p.setPen(_pen(1.6))
    for a in left:
        for b in right:
            p.drawLine(a, b)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("white"))
    for pt in left + right:
        p.drawEllipse(pt, 5, 5)


def _time_distributed(p: QPainter) -> None:
    p.setPen(_pen(3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for i, x in enumerate((10, 26, 42)):
        p.drawRoundedRect(QRectF(x, 22, 12, 20), 3, 3)
    p.setPen(_pen(2.5))
    p.drawLine(QPointF(16, 50), QPointF(48, 50))
    for x in (16, 32, 48):
        p.drawLine(QPointF(x, 42), QPointF(x, 50))


def _embedding(p: QPainter) -> None:
    p.setPen(_pen(2.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(14, 14, 36, 36))
    for y in (23, 32, 41):
        p.drawLine(QPointF(14, y), QPointF(50, y))
    p.drawLine(QPointF(26, 14), QPointF(26, 50))
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(26, 23, 24, 9))


def _dropout(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(3):
        for j in range(3):
            centre = QPointF(18 + i * 14, 18 + j * 14)
            dropped = (i + 2 * j) % 3 == 0
            p.setBrush(QColor(255, 255, 255, 90 if dropped else 255))
            p.drawEllipse(centre, 5, 5)


def _repeat_vector(p: QPainter) -> None:
    p.setPen(_pen(3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(10, 22, 10, 22), 2, 2)
    p.drawLine(QPointF(23, 33), QPointF(29, 33))
    for x in (32, 42, 52):
        p.drawRoundedRect(QRectF(x - 4, 22, 8, 22), 2, 2)


def _flatten(p: QPainter) -> None:
    p.setPen(_pen(3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(12, 12, 18, 18))
    p.drawLine(QPointF(12, 21), QPointF(30, 21))
    p.drawLine(QPointF(21, 12), QPointF(21, 30))
    p.drawLine(QPointF(30, 36), QPointF(38, 44))
    p.drawRect(QRectF(12, 46, 40, 8))


def _input(p: QPainter) -> None:
    p.setPen(_pen(3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for i in range(4):
        p.drawRect(QRectF(10 + i * 11, 26, 9, 14))
    p.drawLine(QPointF(32, 44), QPointF(32, 56))
    p.drawLine(QPointF(26, 50), QPointF(32, 56))
    p.drawLine(QPointF(38, 50), QPointF(32, 56))


_GLYPHS = {
    "LSTM": lambda p: _cell(p, 4),
    "GRU": lambda p: _cell(p, 3),
    "SimpleRNN": lambda p: _cell(p, 1),
    "Bidirectional": _bidirectional,
    "Dense": _dense,
    "TimeDistributed": _time_distributed,
    "Embedding": _embedding,
    "Dropout": _dropout,
    "RepeatVector": _repeat_vector,
    "Flatten": _flatten,
    "Input": _input,
}


def kind_pixmap(kind: str, size: int = 32) -> QPixmap:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.kind_colour(kind))
    p.drawRoundedRect(QRectF(2, 2, _SIZE - 4, _SIZE - 4), 12, 12)
    _GLYPHS.get(kind, _dense)(p)
    p.end()
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


@lru_cache(maxsize=None)
def kind_icon(kind: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        icon.addPixmap(kind_pixmap(kind, size))
    return icon


@lru_cache(maxsize=None)
def app_icon() -> QIcon:
    """The app icon, from the PNGs in lstmviz.resources (the files the desktop entry uses too)."""
    icon = QIcon()
    for size in resources_path.ICON_SIZES:
        pixmap = QPixmap()
        try:
            data = resources_path.icon_png(size).read_bytes()
        except OSError:  # a damaged install: the window still opens, with one size fewer
            continue
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
