"""Layer icons drawn with QPainter (a coloured tile with a glyph of what the layer does),
and the app icon, loaded from its files."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from lstmviz import resources_path
from lstmviz.ui.look import style

_SIZE = 64


def _pen(width: float = 4.0) -> QPen:
    pen = QPen(QColor("white"), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_glyph(p: QPainter, glyph: tuple[tuple, ...]) -> None:
    """Paint a kind's glyph (data from its module: see ``lstmviz.model.kinds.base.Look``) in white."""
    for shape, *a in glyph:
        if shape == "line":
            p.setPen(_pen(a[4]))
            p.drawLine(QPointF(a[0], a[1]), QPointF(a[2], a[3]))
        elif shape == "rect":
            p.setPen(_pen(a[5]))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(a[0], a[1], a[2], a[3]), a[4], a[4])
        elif shape == "fill":
            p.setPen(_pen(2.5))
            p.setBrush(QColor("white"))
            p.drawRect(QRectF(a[0], a[1], a[2], a[3]))
        elif shape == "dot":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, int(a[3])))
            p.drawEllipse(QPointF(a[0], a[1]), a[2], a[2])
        elif shape == "curve":
            p.setPen(_pen(a[8]))
            p.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(a[0], a[1]))
            path.cubicTo(QPointF(a[2], a[3]), QPointF(a[4], a[5]), QPointF(a[6], a[7]))
            p.drawPath(path)


def kind_pixmap(kind: str, size: int = 32) -> QPixmap:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.kind_colour(kind))
    p.drawRoundedRect(QRectF(2, 2, _SIZE - 4, _SIZE - 4), 12, 12)
    _draw_glyph(p, style.look(kind).glyph)
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
        # The binding takes the format as str only; PySide6's stub says bytes.
        if pixmap.loadFromData(data, "PNG"):  # type: ignore[call-overload]
            icon.addPixmap(pixmap)
    return icon
