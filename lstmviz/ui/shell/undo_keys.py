"""Ctrl+Z and Ctrl+Shift+Z reach the window's undo stack while a spin box has focus.

A spin box's line edit claims the undo keys for its own text history (it accepts the
``ShortcutOverride`` event), so Edit > Undo would never fire after changing the epochs or
the units with the arrows. A committed spin box has nothing of its own to undo: this
filter lets the window's shortcut win then. While the user is still typing a number (the
text differs from the committed value), the spin box keeps the keys for its typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _spin_box_of(obj: QObject) -> QAbstractSpinBox | None:
    if isinstance(obj, QAbstractSpinBox):
        return obj
    parent = obj.parent()
    if isinstance(obj, QLineEdit) and isinstance(parent, QAbstractSpinBox):
        return parent
    return None


def _uncommitted(spin: QAbstractSpinBox) -> bool:
    """True while the text is being typed and not yet taken as the value."""
    if isinstance(spin, QSpinBox):
        shown = spin.textFromValue(spin.value())
    elif isinstance(spin, QDoubleSpinBox):
        shown = spin.textFromValue(spin.value())
    else:
        return False
    return spin.text() != spin.prefix() + shown + spin.suffix()


class UndoKeyRouter(QObject):
    """Installed on the application by one window; only that window's spin boxes are affected."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt drops a deleted filter by itself

    def _owns(self, widget: QWidget) -> bool:
        """The window's own spin boxes, also those in a popup it opened (the folded training settings)."""
        found: QWidget | None = widget
        while found is not None:
            if found is self._window:
                return True
            found = found.parentWidget()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        spin = _spin_box_of(obj)
        if spin is None or not self._owns(spin):
            return False
        assert isinstance(event, QKeyEvent)
        if not any(event.matches(key) for key in _KEYS) or _uncommitted(spin):
            return False
        event.ignore()  # not the spin box's: the window's Undo / Redo shortcut takes it
        return True
