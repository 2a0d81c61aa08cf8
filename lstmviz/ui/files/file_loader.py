"""Opening project and ``.keras`` files off the GUI thread, with a busy indicator in the status bar.

A file may be large, slow or hostile: :class:`FileLoader` reads it on the thread pool
(through the same :func:`~lstmviz.io.project_io.load_source` the command line uses, in a
child process for large files: :mod:`lstmviz.ui.work.isolated_reading`) and
hands the project, or the one line saying why it cannot be opened, back to the GUI
thread. Only the newest request counts: opening another file meanwhile drops the older
result. The window keeps its document until a project has arrived.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from lstmviz.i18n import tr
from lstmviz.io.failures import describe_failure
from lstmviz.io.project import Project
from lstmviz.io.safe_open import shown_path
from lstmviz.model.limits import elide
from lstmviz.ui.work.background import Outcome, run_in_background
from lstmviz.ui.work.isolated_reading import load_source_isolated

Done = Callable[[str, "Project | None", "str | None"], None]


class BusyIndicator(QWidget):
    """"Opening model.keras…" with an endless progress bar; hidden when nothing is loading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy, no percentage
        self.bar.setMaximumWidth(90)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        box.addWidget(self.bar)
        self.hide()

    def show_busy(self, text: str | None) -> None:
        self.label.setText(text or "")
        self.setVisible(text is not None)


class FileLoader(QObject):
    opened = Signal(str)  # the path, once the window shows its project
    failed = Signal(str, str)  # the path and the one line saying why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.indicator = BusyIndicator()
        self._request = 0
        self._pending: str | None = None
        self.last_ok: bool | None = None

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def load(self, path: str, done: Done) -> None:
        """Read ``path`` in the background; ``done(path, project, problem)`` follows on the GUI thread."""
        self._request += 1
        request = self._request
        self._pending = path
        self.last_ok = None
        name = elide(shown_path(path).rsplit("/", 1)[-1], 60)
        self.indicator.show_busy(tr("Opening {name}\u2026").format(name=name))
        run_in_background(lambda: load_source_isolated(path), self,
                          lambda outcome: self._arrived(request, path, outcome, done))

    def _arrived(self, request: int, path: str, outcome: Outcome, done: Done) -> None:
        if request != self._request:
            return  # a newer request replaced this one
        self._pending = None
        self.indicator.show_busy(None)
        if outcome.error is None:
            done(path, outcome.value, None)
        else:
            done(path, None, describe_failure(outcome.error, path))

    def finish(self, path: str, ok: bool, problem: str | None = None) -> None:
        """Called by the window once it showed the project (or the problem): announces the outcome."""
        self.last_ok = ok
        if ok:
            self.opened.emit(path)
        else:
            self.failed.emit(path, problem or "")

    def wait(self, timeout: float = 30.0) -> bool | None:
        """Process events until no file is loading (for tests and scripts); the last open's success."""
        deadline = time.monotonic() + timeout
        while (self.busy or self.last_ok is None) and time.monotonic() < deadline and self._request:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.002)
        return self.last_ok
