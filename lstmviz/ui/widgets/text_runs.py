"""Text that graphics items paint, as data: what, in which font, inside which box.

Items of the canvas and of the unrolled diagram paint their words themselves. Each one
builds a list of :class:`TextRun` and paints exactly those, so a test (and the presenter
check) can ask every item whether its text fits its box and how large it renders,
without reading pixels. Text that is shortened on purpose keeps the full version in
``elided_from`` (and the item's tooltip).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

ELLIPSIS = "\u2026"
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class TextRun:
    text: str
    font: QFont
    rect: QRectF  # item coordinates
    align: Qt.AlignmentFlag = LEFT_MIDDLE
    colour: QColor | None = None
    elided_from: str = ""  # the whole text, when ``text`` was shortened on purpose

    def overflow(self) -> float:
        """How many pixels the text is wider or taller than its box (0 when it fits)."""
        metrics = QFontMetricsF(self.font)
        lines = self.text.split("\n")
        wide = max(metrics.horizontalAdvance(line) for line in lines) - self.rect.width()
        # Qt draws a line of height() pixels; ascent + descent is the ink that must show.
        tall = (metrics.ascent() + metrics.descent()) + metrics.lineSpacing() * (len(lines) - 1) - self.rect.height()
        return max(0.0, wide, tall)

    def pixel_size(self) -> float:
        """The font's height in scene pixels (point sizes converted at 96 dpi as Qt does offscreen)."""
        return pixel_size(self.font)


def pixel_size(font: QFont) -> float:
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * 96.0 / 72.0


def draw(painter: QPainter, run: TextRun) -> None:
    if run.colour is not None:
        painter.setPen(run.colour)
    painter.setFont(run.font)
    painter.drawText(run.rect, run.align, run.text)


def elide_words(text: str, font: QFont, width: float) -> str:
    """``text`` if it fits in ``width``, else cut after a whole word with "…" (never mid-word when avoidable)."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:") + ELLIPSIS
        if metrics.horizontalAdvance(candidate) <= width:
            return candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))


def wrap_words(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool]:
    """Break ``text`` into at most ``max_lines`` lines of ``width``; True when the last one had to be elided."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    words = text.split(" ")
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if not words and all(metrics.horizontalAdvance(line) <= width for line in lines):
        return lines, False
    rest = " ".join([lines.pop()] + words) if lines else text
    lines.append(elide_words(rest, font, width))
    return lines, True
