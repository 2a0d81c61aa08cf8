"""Colours and fonts shared by the editor views, so a kind looks the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from lstmviz.i18n import tr_noop

# Each layer kind belongs to a family; the family decides its colour in the palette,
# on the canvas and in the icons.
FAMILIES: dict[str, tuple[str, ...]] = {
    "Input": ("Input",),
    "Embedding": ("Embedding",),
    "Recurrent": ("LSTM", "GRU", "SimpleRNN", "Bidirectional"),
    "Dense": ("Dense", "TimeDistributed"),
    "Shape": ("Dropout", "RepeatVector", "Flatten"),
}
# The families' names as shown in the palette (keys above stay English: they name colours too).
FAMILY_NAMES = {"Input": tr_noop("Input"), "Embedding": tr_noop("Embedding"), "Recurrent": tr_noop("Recurrent"),
                "Dense": tr_noop("Dense"), "Shape": tr_noop("Shape")}
FAMILY_COLOURS = {
    "Input": "#5f7182",
    "Embedding": "#8a63c9",
    "Recurrent": "#2f7ed8",
    "Dense": "#e07b24",
    "Shape": "#3c9d73",
}
ERROR = "#d23b3b"
ERROR_FILL = "#fdecec"
TEXT = "#1f2933"
MUTED = "#66727f"
CANVAS_BACKGROUND = "#f4f6f9"
ARROW = "#8795a4"
MARKER = "#ff8a00"
SELECTION = "#1565c0"


def family(kind: str) -> str:
    for name, kinds in FAMILIES.items():
        if kind in kinds:
            return name
    return "Shape"


def kind_colour(kind: str) -> QColor:
    return QColor(FAMILY_COLOURS[family(kind)])


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

# Presenter mode: text a room can read, and more contrast between text and background.
PRESENTER_POINT_SIZE = 12.0
PRESENTER_STYLESHEET = """
QWidget { font-size: 12pt; }
QMenuBar, QMenu { font-size: 12pt; }
QDockWidget::title { padding: 5px 8px; background: #dde3ea; font-weight: bold; font-size: 12pt; }
QTreeView#summaryTable { font-size: 11pt; }
QLabel[role="heading"] { font-size: 15pt; color: #0d1620; }
QLabel[role="muted"] { color: #3d4852; }
QTabBar::tab { font-size: 12pt; }
QPlainTextEdit#sampleText, QTextBrowser#unitPassage { font-size: 16pt; }
"""


def app_stylesheet(presenter: bool = False) -> str:
    return APP_STYLESHEET + (PRESENTER_STYLESHEET if presenter else "")
