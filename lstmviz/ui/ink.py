"""How tall text is on screen, measured in rendered pixels (the ink), not in font units.

A font's pixel size is not what a room reads: capitals of a 16 px DejaVu Sans are about
12 px tall, and a view's scale changes it again. These functions paint one text alone, the
way its widget or graphics item paints it (same font, same scale), and find the box of the
pixels that received ink: the top of the tallest glyph to the bottom of the lowest. The
presenter layout sizes its fonts from them, and the tests and the real-display check
measure the window with them.

Texts made only of short glyphs ("c", "o", "σ", "…") are as tall as the x-height of their
font: :func:`has_tall_glyph` tells them apart so a minimum is only asked of texts that
have a capital, a digit, an ascender, a bracket or a CJK character.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

INK_ALPHA = 96  # of 255: antialiased fringes lighter than this are not counted as ink
_TALL = set("bdfhklt()[]{}|/\\$@%&#?!")


def has_tall_glyph(text: str) -> bool:
    """True when ``text`` has a glyph that reaches cap height: its ink says how large the font renders."""
    return any(ch.isupper() or ch.isdigit() or ch in _TALL or ord(ch) >= 0x2E80 for ch in text)


@dataclass(frozen=True)
class Ink:
    text: str
    height: float  # rendered pixels from the top of the tallest glyph to the bottom of the lowest
    width: float
    where: str = ""  # the widget or item that paints it

    @property
    def counts(self) -> bool:
        return has_tall_glyph(self.text)


def ink_box(text: str, font: QFont, scale: float = 1.0) -> QRectF:
    """The box of the pixels ``text`` inks when painted in ``font`` at ``scale`` (empty for blank text)."""
    return QRectF(*_ink_box(text, QFont(font).toString(), round(scale, 4)))


def ink_height(text: str, font: QFont, scale: float = 1.0) -> float:
    return ink_box(text, font, scale).height()


@lru_cache(maxsize=4096)
def _ink_box(text: str, font_key: str, scale: float) -> tuple[float, float, float, float]:
    font = QFont()
    font.fromString(font_key)
    lines = [line for line in text.split("\n")] or [""]
    metrics = QFontMetricsF(font)
    width = max(metrics.horizontalAdvance(line) for line in lines) + 4 * metrics.height()
    height = metrics.lineSpacing() * len(lines) + 2 * metrics.height()
    w, h = max(1, int(width * scale) + 2), max(1, int(height * scale) + 2)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    for i, line in enumerate(lines):
        painter.drawText(QPointF(2 * metrics.height(), metrics.height() + metrics.ascent() + i * metrics.lineSpacing()),
                         line)
    painter.end()
    return _alpha_box(image)


def _alpha_box(image: QImage) -> tuple[float, float, float, float]:
    """The bounding box of the pixels with alpha at least INK_ALPHA."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    alpha = buffer.reshape(image.height(), image.bytesPerLine())[:, 3:image.width() * 4:4]
    rows = np.flatnonzero((alpha >= INK_ALPHA).any(axis=1))
    if rows.size == 0:
        return (0.0, 0.0, 0.0, 0.0)
    cols = np.flatnonzero((alpha >= INK_ALPHA).any(axis=0))
    return (float(cols[0]), float(rows[0]), float(cols[-1] - cols[0] + 1), float(rows[-1] - rows[0] + 1))


def image_ink_box(image: QImage, background: QColor) -> QRectF:
    """The box of the pixels of ``image`` that differ clearly from ``background`` (a grabbed widget's text)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    pixels = buffer.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 4].reshape(
        image.height(), image.width(), 4)[:, :, :3].astype(np.int16)
    bg = np.array([background.blue(), background.green(), background.red()], dtype=np.int16)  # BGRA in memory
    ink = np.abs(pixels - bg).max(axis=2) >= INK_ALPHA
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        return QRectF()
    return QRectF(float(cols[0]), float(rows[0]), float(cols[-1] - cols[0] + 1), float(rows[-1] - rows[0] + 1))


def pixel_size_for_ink(target: float, sample: str = "Hd", family: str = "", bold: bool = False) -> int:
    """The smallest font pixel size whose ``sample`` inks at least ``target`` pixels tall."""
    font = QFont(family) if family else QFont()
    font.setBold(bold)
    size = max(4, int(target))
    while size < 4 * target:
        font.setPixelSize(size)
        if ink_height(sample, font) >= target:
            return size
        size += 1
    return size
