"""Where the main window opens: its size on a first start, and the place, size, maximized state
and dock layout it had when it was last closed.

Qt's ``saveGeometry``/``saveState`` hold the place and the docks; they are kept in the
user's QSettings. A restored place is checked against the screens there are now (a
projector unplugged since, a smaller resolution): a window that would land off-screen is
moved back, one larger than the screen is shrunk.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtWidgets import QMainWindow

from lstmviz.ui.look import screen_fit

DEFAULT_SIZE = QSize(1400, 900)
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
STATE_VERSION = 1  # bump when the docks change so that an old layout is not applied to new docks


def size_new_window(window: QMainWindow) -> None:
    """A first start: the default size where the screen has room for it, else maximized on the available area."""
    room = screen_fit.available(window).size() - screen_fit.FRAME_ALLOWANCE
    if room.width() < DEFAULT_SIZE.width() or room.height() < DEFAULT_SIZE.height():
        window.resize(screen_fit.fitting_size(DEFAULT_SIZE, window))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(DEFAULT_SIZE)
        centre = screen_fit.available(window).center()
        window.move(centre.x() - DEFAULT_SIZE.width() // 2, centre.y() - DEFAULT_SIZE.height() // 2)


def restore(window: QMainWindow, settings: QSettings) -> bool:
    """Put back the last session's place, maximized state and docks; False when there is none (or it is unusable)."""
    geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    if not window.restoreGeometry(geometry):
        return False
    maximized = window.isMaximized() or bool(window.windowState() & Qt.WindowState.WindowMaximized)
    if window.windowState() & Qt.WindowState.WindowFullScreen:  # presenter mode is asked for, never restored
        window.setWindowState(Qt.WindowState.WindowMaximized if maximized else Qt.WindowState.WindowNoState)
    if not maximized:
        fit_restored(window)
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state, STATE_VERSION)
    return True


def fit_restored(window: QMainWindow) -> None:
    """A restored normal geometry, shrunk to the available screen and moved on to it."""
    window.resize(window.size().boundedTo(screen_fit.available(window).size() - screen_fit.FRAME_ALLOWANCE))
    geometry = window.geometry()
    if not any(s.availableGeometry().intersects(geometry) for s in _screens()):
        size_new_window(window)  # the screen it was on has gone
        return
    screen_fit.keep_on_screen(window)


def save(settings: QSettings, geometry: QByteArray, state: QByteArray) -> None:
    settings.setValue(GEOMETRY_KEY, geometry)
    settings.setValue(STATE_KEY, state)
    settings.sync()


def _screens():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.screens()
