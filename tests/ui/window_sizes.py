"""A real main window at a given size, in normal or presenter mode, for the size and clipping tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from lstmviz.app import create_main_window

SIZES = ((1280, 720), (1920, 1080))


def settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def open_window(qtbot, example: str, size: tuple[int, int], presenter: bool, tab: int = 0):
    """As ``lstmviz screenshot --size WxH [--presenter]`` lays it out: presenter mode as a projector of that size."""
    window = create_main_window(example)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.show_error = lambda title, message: None
    qtbot.addWidget(window)
    window.resize(*size)
    window.tabs.setCurrentIndex(tab)
    if presenter:
        window.presenter.set_active(True, size=size)
    window.show()
    qtbot.waitExposed(window)
    settle()
    assert (window.width(), window.height()) == size, "the window must keep the size it is measured at"
    return window


def show_tab(window, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    settle()
