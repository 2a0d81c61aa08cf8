"""Windows and dialogs that fit the screen they open on.

A window manager places a window where it likes but keeps the size it is asked for: a
1400x900 window on a 1280x720 screen has its bottom and right edge off-screen. Every
top-level window asks here for a size no larger than the screen's available geometry
(the screen minus panels and docks), and a restored or moved window is pulled back on
to a screen when it would land (partly) off every one.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and borders, which Qt learns only once the window is shown.
FRAME_ALLOWANCE = QSize(8, 32)


def screen_of(widget: QWidget | None) -> QScreen:
    """The screen ``widget`` (or its parent window) is on; the primary screen before it is placed."""
    if widget is not None:
        window = widget.window()
        handle = window.windowHandle()
        if handle is not None and handle.screen() is not None:
            return handle.screen()
        if window.parentWidget() is not None:
            return screen_of(window.parentWidget())
        screen = QGuiApplication.screenAt(window.geometry().center())
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def available(widget: QWidget | None = None) -> QRect:
    """The available geometry of ``widget``'s screen (what panels and docks leave free)."""
    return screen_of(widget).availableGeometry()


def fitting_size(preferred: QSize, widget: QWidget | None = None) -> QSize:
    """``preferred``, shrunk to the available geometry minus the window manager's frame."""
    room = available(widget).size() - FRAME_ALLOWANCE
    return preferred.boundedTo(room).expandedTo(QSize(200, 150))


def fit_window(widget: QWidget, preferred: QSize) -> QSize:
    """Resize ``widget`` to min(``preferred``, available) and keep it on the screen; returns the size given."""
    size = fitting_size(preferred, widget)
    widget.resize(size)
    keep_on_screen(widget)
    return size


def keep_on_screen(widget: QWidget) -> bool:
    """Move (and if need be shrink) ``widget`` so that its frame lies inside one screen's available geometry.

    Returns True when it had to move. A maximized or full-screen window is the window manager's to place.
    """
    if widget.isMaximized() or widget.isFullScreen():
        return False
    frame = widget.frameGeometry()
    if not frame.isValid():
        return False
    target = _best_screen(frame)
    room = target.availableGeometry()
    extra = frame.size() - widget.size()  # title bar and borders, known once shown
    inner = QSize(min(widget.width(), room.width() - extra.width()), min(widget.height(), room.height() - extra.height()))
    if inner != widget.size():
        widget.resize(inner)
        frame = QRect(frame.topLeft(), inner + extra)
    # A frame wider or taller than the room (its minimum size allows no less) keeps its top-left corner in it.
    x = max(min(frame.left(), room.right() - frame.width() + 1), room.left())
    y = max(min(frame.top(), room.bottom() - frame.height() + 1), room.top())
    if QPoint(x, y) == frame.topLeft():
        return inner != widget.size()
    widget.move(x, y)  # move() places the frame's top-left corner
    return True


def on_screen(widget: QWidget, slack: int = 0) -> bool:
    """True when ``widget``'s frame lies inside the available geometry of a screen (within ``slack`` pixels)."""
    frame = widget.frameGeometry().adjusted(slack, slack, -slack, -slack)
    return any(s.availableGeometry().contains(frame) for s in QGuiApplication.screens())


def _best_screen(frame: QRect) -> QScreen:
    """The screen holding most of ``frame`` (the primary one when none holds any of it)."""
    best, area = QGuiApplication.primaryScreen(), 0
    for screen in QGuiApplication.screens():
        part = screen.availableGeometry().intersected(frame)
        if part.width() * part.height() > area:
            best, area = screen, part.width() * part.height()
    return best
