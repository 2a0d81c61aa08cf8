"""Fixtures and helpers shared by the editor and window tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from lstmviz.ui.editor import canvas_items


@pytest.fixture
def isolated_settings(tmp_path):
    """Keep Open Recent and friends out of the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return tmp_path / "settings"


@pytest.fixture
def window(qtbot, isolated_settings):
    from lstmviz.app import create_main_window

    w = create_main_window()
    w.shown_errors = []
    w.show_error = lambda title, message: w.shown_errors.append((title, message))
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # teardown closes without asking
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def layer_kinds(window) -> list[str]:
    return [layer.kind for layer in window.document.architecture.layers]


def gap_point(canvas, gap: int) -> QPoint:
    """Viewport position of the space above layer ``gap`` (between two blocks)."""
    return canvas.mapFromScene(QPointF(canvas_items.BLOCK_WIDTH / 2, canvas_items.gap_centre(gap)))


def block_point(canvas, index: int) -> QPoint:
    """Viewport position of the middle of layer ``index``'s block (index -2: the Input)."""
    row = 0 if index < 0 else index + 1
    y = canvas_items.row_top(row) + canvas_items.BLOCK_HEIGHT / 2
    return canvas.mapFromScene(QPointF(canvas_items.BLOCK_WIDTH / 2, y))


def process() -> None:
    QApplication.processEvents()


LEFT = Qt.MouseButton.LeftButton
