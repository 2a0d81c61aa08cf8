"""Presenter mode: the action, what it changes and puts back, and text a room can read.

The sizes are measured from the real widgets: the smallest text the Unrolled diagram
paints (font pixel size times the view's scale), and whether the diagram scrolls.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence

from lstmviz import cli
from lstmviz.diagram.types import PRESENTER_TYPE
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.text_fit import smallest_text
from tests.ui.window_sizes import open_window, settle, show_tab

TUTORIAL = ("one-to-one", "many-to-one", "many-to-many")


def _no_scroll_bars(view) -> bool:
    return not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()


@pytest.mark.parametrize("example", TUTORIAL)
def test_presenter_mode_at_1280x720_shows_the_unrolled_text_at_least_12_px_without_scrolling(qtbot, example):
    window = open_window(qtbot, example, (1280, 720), presenter=True, tab=1)
    view = window.unrolled_view
    size, text = smallest_text(view)
    print(f"{example} presenter 1280x720: smallest text {size:.1f} px ({text!r}), scale {view.transform().m22():.2f}")
    assert size >= 12.0, (size, text)
    assert _no_scroll_bars(view)
    assert view.diagram.cell_items(0) and view.values is not None  # the whole diagram, with its values


@pytest.mark.parametrize("example", TUTORIAL)
def test_normal_mode_at_1920x1080_shows_the_unrolled_text_at_least_9_px(qtbot, example):
    window = open_window(qtbot, example, (1920, 1080), presenter=False, tab=1)
    view = window.unrolled_view
    size, text = smallest_text(view)
    print(f"{example} normal 1920x1080: smallest text {size:.1f} px ({text!r}), scale {view.transform().m22():.2f}")
    assert size >= 9.0, (size, text)
    assert _no_scroll_bars(view) and view.diagram.heatmaps()


def test_the_action_enters_and_leaves_presenter_mode(window, qtbot):
    action = window.presenter.action
    assert action.objectName() == "presenterAction" and action.isCheckable()
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F11)
    assert action in window.view_menu.actions()
    docks = (window.palette_dock, window.inspector_dock, window.summary_dock)
    assert all(d.isVisible() for d in docks)
    area = window.dockWidgetArea(window.training_dock)
    action.trigger()
    assert window.presenter.active and window.isFullScreen()
    assert not any(d.isVisible() for d in docks) and window.presenter.strip.isVisible()
    assert window.dockWidgetArea(window.training_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.unrolled_view.typography == PRESENTER_TYPE and not window.statusBar().isVisible()
    assert window.training_panel.loss_pane.line_scale == 2.0
    # The strip brings a collapsed panel back, and hides it again.
    strip_inspector = window.presenter.strip.buttons[1]
    strip_inspector.click()
    assert window.inspector_dock.isVisible() and strip_inspector.isChecked()
    strip_inspector.click()
    assert not window.inspector_dock.isVisible()
    action.trigger()
    assert not window.presenter.active and not window.isFullScreen()
    assert all(d.isVisible() for d in docks) and not window.presenter.strip.isVisible()
    assert window.dockWidgetArea(window.training_dock) == area and window.statusBar().isVisible()
    assert window.training_panel.loss_pane.line_scale == 1.0 and not window.unrolled_view.presenter


def test_presenter_mode_draws_thicker_curves_and_folds_the_settings(window):
    panel = window.training_panel
    normal = panel.loss_pane.loss_curve.opts["pen"].widthF()
    window.presenter.set_active(True, size=(1280, 720))
    assert panel.loss_pane.loss_curve.opts["pen"].widthF() == 2 * normal
    settle()
    assert panel.setup.compact and not panel.form.isVisible()  # folded into one line
    assert not panel.controls_scroll.verticalScrollBar().isVisible()
    panel.setup.settings_toggle.click()  # the settings open in a popup, the panel keeps its height
    assert panel.form.isVisible() and panel.setup.popup.isVisible()
    panel.setup.popup.hide()
    window.presenter.set_active(False)
    assert panel.loss_pane.loss_curve.opts["pen"].widthF() == normal


def test_the_screenshot_command_renders_presenter_mode(tmp_path):
    out = tmp_path / "presenter.png"
    assert cli.main(["screenshot", "many-to-many", "-o", str(out), "--tab", "unrolled", "--size", "1280x720",
                     "--presenter"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_lstmviz_presenter_file_opens_the_window_in_presenter_mode(monkeypatch):
    seen = []
    monkeypatch.setattr("lstmviz.app.main_gui", lambda argv: seen.append(argv) or 0)
    assert cli.main(["--presenter", "one-to-one"]) == 0
    assert cli.main(["--presenter"]) == 0
    assert seen == [["--presenter", "one-to-one"], ["--presenter"]]


def test_leaving_presenter_mode_keeps_the_architecture_tab_readable(qtbot):
    window = open_window(qtbot, "many-to-many", (1280, 720), presenter=True, tab=0)
    assert window.canvas.zoom > 1.0  # larger blocks for the room
    show_tab(window, 1)
    window.presenter.set_active(False)
    assert window.canvas.zoom == 1.0 and window.unrolled_view.typography.body < PRESENTER_TYPE.body
