"""How the window shares its space between the docks and the diagrams, in normal mode.

The palette stays narrow. The inspector and summary get the width the summary's columns
need (so the Derivation column is never behind a horizontal scroll bar). The training
dock gets the height its controls need (never a scrolling column of buttons). On the
Unrolled tab a window too narrow for both the summary and a readable diagram hides the
inspector and the summary and brings them back on the Architecture tab. Presenter mode
has its own layout (:mod:`lstmviz.ui.shell.presenter`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from lstmviz.ui.shell.window_parts import WindowParts

PALETTE_WIDTH = 170
TRAINING_SHARE = 0.34  # of the window's height, at least; more when the controls need it
COMPACT_SHARE = 0.40  # controls that need more than this fold their settings into a popup
MAX_TRAINING_SHARE = 0.5
DIAGRAM_ROOM = 1000  # pixels of width the unrolled diagram needs to be read at about its natural size
CANVAS_ROOM = 480  # the architecture canvas: a 400-pixel block and its shape labels
ARCHITECTURE, UNROLLED = 0, 1


def right_width(parts: WindowParts) -> int:
    """What the inspector and summary need: the summary's columns side by side."""
    return max(parts.summary.needed_width(), 300)


def apply_default_layout(window: QMainWindow, parts: WindowParts) -> None:
    h = window.height()
    window.resizeDocks([parts.palette_dock], [PALETTE_WIDTH], Qt.Orientation.Horizontal)
    panel = parts.training_panel
    fold_settings(window, parts)
    need = panel.needed_height() + 30  # the dock's title bar
    training = int(min(max(h * TRAINING_SHARE, need), h * MAX_TRAINING_SHARE))
    window.resizeDocks([parts.training_dock], [training], Qt.Orientation.Vertical)
    top = h - training
    window.resizeDocks([parts.inspector_dock, parts.summary_dock], [int(top * 0.5), int(top * 0.5)],
                       Qt.Orientation.Vertical)
    apply_tab_layout(window, parts, parts.tabs.currentIndex())


def fit_training_dock(window: QMainWindow, parts: WindowParts) -> None:
    """Grow the training dock when its controls no longer fit (new data shows more details): a
    scrolling column of buttons is what the default layout avoids; a taller dock is never shrunk."""
    panel = parts.training_panel
    dock = parts.training_dock
    short = panel.needed_height() - panel.height()
    if short <= 0 or not dock.isVisible():
        return
    wanted = min(dock.height() + short, int(window.height() * MAX_TRAINING_SHARE))
    if wanted > dock.height():
        window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)


def fold_settings(window: QMainWindow, parts: WindowParts) -> None:
    """A short window folds the training settings into a popup, so that the buttons never scroll."""
    panel = parts.training_panel
    panel.setup.set_compact(False)
    if panel.needed_height() + 30 > window.height() * COMPACT_SHARE:
        panel.setup.set_compact(True)


def apply_restored_layout(window: QMainWindow, parts: WindowParts) -> None:
    """The docks as the last session left them (QMainWindow.restoreState); only the settings' fold is decided anew."""
    fold_settings(window, parts)
    apply_tab_layout(window, parts, parts.tabs.currentIndex())


def apply_tab_layout(window: QMainWindow, parts: WindowParts, index: int) -> None:
    """The right docks' width for tab ``index``; on a narrow window the Unrolled tab lends them to the diagram."""
    docks = (parts.inspector_dock, parts.summary_dock)
    hidden = parts.docks_lent  # the docks this layout hid (the user's own choices stay theirs)
    wanted = right_width(parts)
    narrow = index == UNROLLED and window.width() - PALETTE_WIDTH - wanted < DIAGRAM_ROOM
    if narrow:
        for dock in docks:
            if dock.isVisible():
                hidden.add(dock)
                dock.hide()
        return
    for dock in list(hidden):
        hidden.discard(dock)
        dock.show()
    if any(d.isVisible() for d in docks):
        width = min(wanted, window.width() - PALETTE_WIDTH - CANVAS_ROOM)
        window.resizeDocks([parts.inspector_dock], [width], Qt.Orientation.Horizontal)
