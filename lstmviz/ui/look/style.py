"""Colours and fonts shared by the editor views, so a kind looks the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from lstmviz.model.kinds.base import DEFAULT_LOOK, Look
from lstmviz.model.kinds.input import INPUT
from lstmviz.model.kinds.registry import kinds
from lstmviz.model.kinds.shared import FAMILIES as _FAMILIES



def look(kind: str) -> Look:
    """How ``kind`` (a layer kind, or "Input") is drawn: its family and glyph, from the kind itself."""
    if kind == INPUT.name:
        return INPUT.look
    found = kinds().get(kind)
    return found.look if found is not None else DEFAULT_LOOK


# Each layer kind belongs to a family; the family decides its colour in the palette,
# on the canvas and in the icons. The kinds' modules say which family is theirs.
FAMILIES: dict[str, tuple[str, ...]] = {
    f.name: tuple(k for k in (INPUT.name, *kinds()) if look(k).family == f) for f in _FAMILIES
}
# The families' names as shown in the palette (through tr(); keys stay English: they name colours too).
FAMILY_NAMES = {f.name: f.name for f in _FAMILIES}
FAMILY_COLOURS = {f.name: f.colour for f in _FAMILIES}
ERROR = "#d23b3b"
ERROR_FILL = "#fdecec"
TEXT = "#1f2933"
MUTED = "#66727f"
CANVAS_BACKGROUND = "#f4f6f9"
ARROW = "#8795a4"
MARKER = "#ff8a00"
SELECTION = "#1565c0"


def family(kind: str) -> str:
    return look(kind).family.name


def kind_colour(kind: str) -> QColor:
    return QColor(look(kind).family.colour)


def font(point_size: float = 9.5, *, bold: bool = False, mono: bool = False) -> QFont:
    f = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    if mono:
        f.setStyleHint(QFont.StyleHint.Monospace)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


APP_STYLESHEET = """
QDockWidget::title { padding: 4px 6px; background: #e9edf2; font-weight: bold; }
QTreeView#summaryTable { font-family: "DejaVu Sans Mono"; font-size: 8.5pt; }
QTreeView#summaryTable::item { padding: 2px 4px; }
QListWidget#layerPalette::item { padding: 3px 2px; }
QLabel[role="heading"] { font-size: 12pt; font-weight: bold; color: #1f2933; }
QLabel[role="formula"] { font-family: "DejaVu Sans Mono"; color: #1f2933; background: #eef3f8;
                         border: 1px solid #d5dee8; border-radius: 4px; padding: 4px 6px; }
QLabel[role="muted"] { color: #66727f; }
QLabel[role="error"] { color: #b02a2a; background: #fdecec; border: 1px solid #f3b9b9;
                       border-radius: 4px; padding: 4px 6px; }
QLabel[role="lock"] { color: #6b4e00; background: #fff4d6; border: 1px solid #f0d58a;
                      border-radius: 4px; padding: 4px 6px; }
QStatusBar QLabel { padding: 0 8px; }
"""

# Presenter mode: text a room can read, measured as ink (the top of the tallest glyph to the
# bottom of the lowest, lstmviz.ui.look.ink) on a 1280x720 projector; larger screens scale it up.
PRESENTER_WIDGET_INK = 18.0  # menus, buttons, labels
PRESENTER_DIAGRAM_INK = 16.0  # what the diagrams, the cell detail, the heatmaps and the plots draw
PRESENTER_BASE = (1280, 720)


def presenter_factor(width: int, height: int) -> float:
    """How much larger than on a 1280x720 projector presenter text is on a screen of this size (never less)."""
    return max(1.0, min(width / PRESENTER_BASE[0], height / PRESENTER_BASE[1]))


def presenter_pixel_size(ink: float) -> int:
    """The font pixel size whose shortest full-height glyphs ("t", digits, capitals) ink ``ink`` pixels."""
    from lstmviz.ui.look.ink import pixel_size_for_ink

    return pixel_size_for_ink(ink, sample="t1H")


def presenter_stylesheet(factor: float = 1.0) -> str:
    px = presenter_pixel_size(PRESENTER_WIDGET_INK * factor)
    heading = presenter_pixel_size(PRESENTER_WIDGET_INK * factor * 1.2)
    return f"""
QWidget {{ font-size: {px}px; }}
QMenuBar, QMenu {{ font-size: {px}px; }}
QDockWidget::title {{ padding: 5px 8px; background: #dde3ea; font-weight: bold; font-size: {px}px; }}
QTreeView#summaryTable {{ font-size: {px}px; }}
QLabel[role="heading"] {{ font-size: {heading}px; color: #0d1620; }}
QLabel[role="muted"] {{ color: #3d4852; }}
QTabBar::tab {{ font-size: {px}px; }}
QPlainTextEdit#sampleText, QTextBrowser#unitPassage {{ font-size: {px}px; }}
"""


def app_stylesheet(presenter: bool = False, factor: float = 1.0) -> str:
    return APP_STYLESHEET + (presenter_stylesheet(factor) if presenter else "")
