"""The window and its dialogs fit the screen, and the window opens where the last session left it.

Offscreen, Qt's screen is 800x800: smaller than the window's default 1400x900, like a
1280x720 projector is. A real X11 display with a window manager is in test_real_display.py.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox

from lstmviz.app import create_main_window
from lstmviz.ui.look import screen_fit
from lstmviz.ui.shell import window_geometry
from tests.ui.editor_support import isolated_settings  # noqa: F401
from tests.ui.window_sizes import settle


def _app_window(qtbot):
    """The window as ``lstmviz`` opens it: placed by restore_placement() before it is shown."""
    window = create_main_window("many-to-many")
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.show_error = lambda title, message: None
    qtbot.addWidget(window)
    restored = window.restore_placement()
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window, restored


def _close(window) -> None:
    assert window.close()
    settle()


def _room() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_a_first_start_on_a_small_screen_opens_maximized_within_the_available_geometry(qtbot, isolated_settings):
    window, restored = _app_window(qtbot)
    assert not restored
    assert window.isMaximized()
    assert _room().contains(window.frameGeometry()), (window.frameGeometry(), _room())
    # The training buttons are on the screen, not below it.
    train = window.training_panel.train_button
    top_left = train.mapToGlobal(train.rect().topLeft())
    assert _room().contains(QRect(top_left, train.size()))


def _plain_window():
    """A main window with a dock, smaller than the offscreen screen (lstmviz's own needs 917 px of width)."""
    window = QMainWindow()
    dock = QDockWidget("dock", window)
    dock.setObjectName("dock")
    dock.setWidget(QLabel("docked"))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.setCentralWidget(QLabel("centre"))
    return window, dock


def test_the_size_place_and_docks_come_back_on_the_next_start(qtbot, isolated_settings):
    window, _ = _app_window(qtbot)
    window.palette_dock.hide()
    settle()
    _close(window)
    again, restored = _app_window(qtbot)
    assert restored and again.isMaximized()
    assert not again.palette_dock.isVisible() and again.training_dock.isVisible()
    # A normal window: its size and place, and a dock moved to another side.
    plain, dock = _plain_window()
    qtbot.addWidget(plain)
    plain.resize(500, 400)
    plain.move(30, 40)
    plain.show()
    qtbot.waitExposed(plain)
    plain.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    settle()
    settings = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "lstmviz", "lstmviz")
    window_geometry.save(settings, plain.saveGeometry(), plain.saveState(window_geometry.STATE_VERSION))
    restored_plain, restored_dock = _plain_window()
    qtbot.addWidget(restored_plain)
    assert window_geometry.restore(restored_plain, settings)
    restored_plain.show()
    qtbot.waitExposed(restored_plain)
    assert restored_plain.geometry() == plain.geometry()
    assert restored_plain.dockWidgetArea(restored_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_maximized_state_comes_back(qtbot, isolated_settings):
    window, _ = _app_window(qtbot)
    assert window.isMaximized()
    _close(window)
    again, restored = _app_window(qtbot)
    assert restored and again.isMaximized()


def test_a_place_off_every_screen_is_brought_back(qtbot, isolated_settings):
    plain, _ = _plain_window()
    qtbot.addWidget(plain)
    plain.resize(500, 400)
    plain.move(5000, 4000)  # a screen that was unplugged since
    plain.show()
    qtbot.waitExposed(plain)
    settings = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "lstmviz", "lstmviz")
    window_geometry.save(settings, plain.saveGeometry(), plain.saveState(window_geometry.STATE_VERSION))
    again, _ = _plain_window()
    qtbot.addWidget(again)
    assert window_geometry.restore(again, settings)
    again.show()
    qtbot.waitExposed(again)
    screen_fit.keep_on_screen(again)  # as the main window does once shown (the frame is known then)
    assert screen_fit.on_screen(again), (again.frameGeometry(), _room())
    # Partly off-screen (the left edge beyond the screen's): moved in whole, size kept.
    again.move(-120, 600)
    settle()
    assert screen_fit.keep_on_screen(again)
    assert screen_fit.on_screen(again) and (again.width(), again.height()) == (500, 400)


def test_a_garbled_saved_place_is_ignored(qtbot, isolated_settings):
    settings = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "lstmviz", "lstmviz")
    settings.setValue(window_geometry.GEOMETRY_KEY, QByteArray(b"\x01\x02not a geometry"))
    settings.setValue(window_geometry.STATE_KEY, "nonsense")
    settings.sync()
    window, restored = _app_window(qtbot)
    assert not restored and _room().contains(window.frameGeometry())


def test_closing_in_presenter_mode_remembers_the_place_before_it(qtbot, isolated_settings):
    window, _ = _app_window(qtbot)
    assert window.isMaximized()
    window.presenter.set_active(True)
    settle()
    assert window.isFullScreen()
    _close(window)
    again, restored = _app_window(qtbot)
    assert restored and again.isMaximized() and not again.isFullScreen() and not again.presenter.active
    assert again.training_dock.isVisible() and again.dockWidgetArea(again.training_dock) \
        == Qt.DockWidgetArea.BottomDockWidgetArea
    again.presenter.set_active(True)
    settle()
    again.presenter.set_active(False)
    qtbot.waitUntil(lambda: again.isMaximized() and _room().contains(again.frameGeometry()))
    # The short window's settings fold into their popup again: the training controls never scroll.
    panel = again.training_panel
    qtbot.waitUntil(lambda: panel.setup.compact)
    settle()
    assert not panel.controls_scroll.verticalScrollBar().isVisible()


def test_the_cell_detail_fits_the_screen_and_scrolls_inside(qtbot, isolated_settings):
    window, _ = _app_window(qtbot)
    window.tabs.setCurrentIndex(1)
    settle()
    view = window.unrolled_view
    view.open_gate_detail(view.diagram.cell_items(view.shown_layer)[0].node)
    detail = view.gate_detail
    qtbot.waitExposed(detail)
    settle()
    assert _room().contains(detail.frameGeometry()), (detail.frameGeometry(), _room())
    body = detail.scroll_area.widget()
    # What does not fit the screen's 800 px scrolls inside the dialog instead of leaving the screen.
    assert body.minimumSizeHint().height() <= detail.scroll_area.viewport().height() \
        or detail.scroll_area.verticalScrollBar().maximum() > 0
    detail.close()


def test_the_help_dialogs_fit_the_screen(qtbot, isolated_settings):
    window, _ = _app_window(qtbot)
    for dialog in (window.show_shortcuts(), window.show_about(), window.show_formula_help()):
        qtbot.waitExposed(dialog)
        assert _room().contains(dialog.frameGeometry()), (dialog.objectName(), dialog.frameGeometry())
        dialog.close()


def test_the_settings_popup_fits_the_screen(qtbot, isolated_settings):
    window, _ = _app_window(qtbot)
    setup = window.training_panel.setup
    setup.set_compact(True)
    setup.settings_toggle.click()
    qtbot.waitExposed(setup.popup)
    assert _room().contains(setup.popup.frameGeometry()), setup.popup.frameGeometry()
    assert setup.popup_scroll.isAncestorOf(window.training_panel.form)
    setup.popup.hide()
