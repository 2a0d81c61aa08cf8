"""The main window's Compare menu: Compare Cells and Sweep, each one window per main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from lstmviz.i18n import tr
from lstmviz.io.project import Project


class SweepWindows:
    def __init__(self, window: Any) -> None:  # the MainWindow (not imported: it imports this module)
        self.window = window
        self.compare: Any = None
        self.sweep: Any = None
        self.opened: list[QMainWindow] = []  # runs opened from a sweep's plot, kept alive while shown
        self.menu = QMenu(tr("&Compare"), window)
        self.menu.setObjectName("compareMenu")
        self.compare_action = QAction(tr("Compare &Cells…"), window)
        self.compare_action.setObjectName("compareCellsAction")
        self.compare_action.setStatusTip(tr("Train the model with SimpleRNN, GRU and LSTM at once, side by side"))
        self.compare_action.triggered.connect(self.show_compare)
        self.sweep_action = QAction(tr("&Sweep…"), window)
        self.sweep_action.setObjectName("sweepAction")
        self.sweep_action.setStatusTip(tr("Vary one setting over a list of values for one or more cells"))
        self.sweep_action.triggered.connect(self.show_sweep)
        self.menu.addAction(self.compare_action)
        self.menu.addAction(self.sweep_action)
        closing = getattr(window, "about_to_close", None)
        if closing is not None:
            closing.connect(self.stop_all)

    def stop_all(self) -> None:
        """The main window closes: sweeps under way stop (what finished is in its document already)."""
        for child in (self.compare, self.sweep):
            if child is not None:
                child.driver.stop()

    @staticmethod
    def _warm_pool() -> None:
        # The workers import TensorFlow while the user looks at the window: the first runs start at once.
        from lstmviz.ui.sweep.driver import shared_pool

        shared_pool().start_warming()

    def show_compare(self) -> Any:
        from lstmviz.ui.sweep.compare_window import CompareWindow

        self._warm_pool()
        if self.compare is None:
            self.compare = CompareWindow(self.window.document, self.window)
        self.compare.show()
        self.compare.raise_()
        return self.compare

    def show_sweep(self) -> Any:
        from lstmviz.ui.sweep.sweep_window import SweepWindow

        self._warm_pool()
        if self.sweep is None:
            self.sweep = SweepWindow(self.window.document, self.window)
            self.sweep.run_opened.connect(self.open_run)
        self.sweep.show()
        self.sweep.raise_()
        return self.sweep

    def open_run(self, project: Project) -> QMainWindow:
        """A sweep's run in a new main window (unsaved: it is a copy of one run of this project)."""
        other = type(self.window)()
        other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        other.document.load(project, unsaved=True)
        other.destroyed.connect(lambda *_: self.opened.remove(other) if other in self.opened else None)
        self.opened.append(other)
        other.show()
        return other
