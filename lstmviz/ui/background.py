"""Work that must not hold up the GUI thread: run in order on one Python thread, answered on the GUI thread.

Numpy work (a forward pass over many samples, encoding large weights) and file writes
go here. Jobs run one after another in the order they were given, so a later autosave
never overtakes an earlier one; each job's result (or the exception it raised) comes
back through :attr:`SerialWorker.finished`, queued to the thread the worker lives on.
Jobs get immutable values (architectures, weights nobody changes), never widgets.
"""

from __future__ import annotations

import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal


class SerialWorker(QObject):
    finished = Signal(object, object)  # the job's tag, its result or the exception it raised

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._jobs: queue.Queue[tuple[Any, Callable[[], Any]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending = 0
        self._idle = threading.Condition(self._lock)

    def submit(self, tag: Any, job: Callable[[], Any]) -> None:
        with self._lock:
            self._pending += 1
            if self._thread is None:
                # A daemon thread: a job still running when the app ends must not keep it alive.
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
        self._jobs.put((tag, job))

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every job given so far has run; False if ``timeout`` seconds passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            tag, job = item
            try:
                result: Any = job()
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which says what went wrong
                result = exc
            try:
                self.finished.emit(tag, result)
            except RuntimeError:  # the QObject is gone (its window closed): nobody is listening
                pass
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()
