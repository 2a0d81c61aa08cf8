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


def image_ink_box(image: QImage, background: QColor | None = None) -> QRectF:
    """The box of the pixels of ``image`` (a grab of a widget) that its text inks.

    A pixel is ink when it differs from the background by at least INK_ALPHA/255 of the strongest
    difference in the image, as a painted pixel counts when its alpha reaches INK_ALPHA. The
    background is the colour of most of the image's edge unless given.
    """
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    pixels = buffer.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 4].reshape(
        image.height(), image.width(), 4)[:, :, :3].astype(np.int16)
    if background is None:
        edge = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
        colours, counts = np.unique(edge, axis=0, return_counts=True)
        bg = colours[np.argmax(counts)]
    else:
        bg = np.array([background.blue(), background.green(), background.red()], dtype=np.int16)  # BGRA in memory
    difference = np.abs(pixels - bg).max(axis=2)
    strongest = int(difference.max()) if difference.size else 0
    if strongest == 0:
        return QRectF()
    ink = difference >= max(1, strongest * INK_ALPHA / 255)
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    return QRectF(float(cols[0]), float(rows[0]), float(cols[-1] - cols[0] + 1), float(rows[-1] - rows[0] + 1))


def pixel_size_for_ink(target: float, sample: str = "t1H", family: str = "", bold: bool = False) -> int:
    """The smallest font pixel size at which every character of ``sample`` inks at least ``target`` pixels tall."""
    font = QFont(family) if family else QFont()
    font.setBold(bold)
    size = max(4, int(target))
    while size < 4 * target:
        font.setPixelSize(size)
        if min(ink_height(ch, font) for ch in sample) >= target:
            return size
        size += 1
    return size


# ------------------------------------------------------------------ what a window shows

def scene_inks(view) -> list[Ink]:
    """Every text the items of a graphics view paint (their ``text_runs``, and plain text items), as rendered."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

    scale = view.transform().m22()
    out = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        s = scale * item.sceneTransform().m22()
        if hasattr(item, "text_runs"):
            for run in item.text_runs():
                out.append(_measure(run.text, run.font, s, type(item).__name__))
        elif isinstance(item, QGraphicsSimpleTextItem):
            out.append(_measure(item.text(), item.font(), s, type(item).__name__))
        elif isinstance(item, QGraphicsTextItem):
            out.append(_measure(item.toPlainText(), item.font(), s, type(item).__name__))
    return [ink for ink in out if ink.text.strip()]


def plot_inks(plot_widget) -> list[Ink]:
    """The tick labels and axis titles of a pyqtgraph PlotWidget, as rendered."""
    from PySide6.QtGui import QTextDocument

    out = []
    item = plot_widget.getPlotItem()
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        if not axis.isVisible():
            continue
        font = axis.style.get("tickFont") or axis.font()
        if axis.style.get("showValues", True):
            for tick in _tick_strings(axis):
                out.append(_measure(tick, font, 1.0, f"{plot_widget.objectName()} {side} tick"))
        label = axis.label
        if axis.showLabel and label.isVisible() and label.toPlainText().strip():
            document: QTextDocument = label.document()
            out.append(_measure(label.toPlainText(), _document_font(document), 1.0,
                                f"{plot_widget.objectName()} {side} label"))
    for text_item in _text_items(item):
        out.append(_measure(text_item.toPlainText(), text_item.textItem.font(), 1.0,
                            f"{plot_widget.objectName()} text"))
    return [ink for ink in out if ink.text.strip()]


def widget_inks(root) -> list[Ink]:
    """The text of every visible label, button, combo box, tab, menu-bar entry and dock title under ``root``."""
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractSpinBox, QComboBox, QDockWidget, QLabel, QMenuBar, QProgressBar, QTabBar, QWidget,
    )

    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.visibleRegion().isEmpty():
            continue
        where = widget.objectName() or type(widget).__name__
        texts: list[str] = []
        if isinstance(widget, QLabel) and (widget.pixmap() is None or widget.pixmap().isNull()):
            texts = [_plain_label(widget)]
        elif isinstance(widget, QAbstractButton):
            texts = [widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")]
        elif isinstance(widget, QComboBox):
            texts = [widget.currentText()]
        elif isinstance(widget, QAbstractSpinBox):
            texts = [widget.text()]
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i).replace("&", "") for i in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts = [a.text().replace("&", "") for a in widget.actions() if a.isVisible()]
        elif isinstance(widget, QDockWidget) and not widget.isFloating():
            texts = [widget.windowTitle()]
        out += [_measure(text, widget.font(), 1.0, where) for text in texts if text.strip()]
    return out


def scale_for_ink(items, target: float) -> float:
    """The view scale at which the shortest text the graphics ``items`` paint (their ``text_runs``) inks
    ``target`` pixels; 1.0 when they paint none. Measured at twice the size (finer than whole pixels),
    with a little to spare for the rounding of the final scale."""
    probe = 2.0
    heights = [ink_height(run.text, run.font, probe) / probe
               for item in items if item.isVisible() and hasattr(item, "text_runs")
               for run in item.text_runs() if has_tall_glyph(run.text)]
    shortest = min((h for h in heights if h > 0), default=0.0)
    return (target + 0.75) / shortest if shortest else 1.0


def smallest(inks: list[Ink]) -> Ink | None:
    """The shortest text among those with a tall glyph (see :func:`has_tall_glyph`)."""
    counted = [ink for ink in inks if ink.counts]
    return min(counted, key=lambda ink: ink.height, default=None)


def _measure(text: str, font: QFont, scale: float, where: str) -> Ink:
    box = ink_box(text, font, scale)
    return Ink(text, box.height(), box.width(), where)


def _plain_label(label) -> str:
    import re
    from html import unescape

    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        text = unescape(re.sub(r"<br\s*/?>", "\n", text))
        text = re.sub(r"<[^>]+>", "", text)
    return text


def _document_font(document) -> QFont:
    """The font a rich-text document lays its first character out in (a span's font-size included)."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat().font()


def _tick_strings(axis) -> list[str]:
    """The tick labels the axis draws at its present size and range (the ones that fit it)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in (specs[2] if specs else [])]


def _text_items(plot_item):
    import pyqtgraph as pg

    return [child for child in plot_item.vb.childItems() if isinstance(child, pg.TextItem) and child.isVisible()]
