"""Work that must not hold up the GUI thread, with its outcome delivered back on the GUI thread.

Two shapes of it:

- :func:`run_in_background`: one function on Qt's thread pool, ``done(outcome)`` later on
  the thread that owns ``receiver``. Reading a file (a project, a ``.keras`` file, a CSV)
  may take seconds on a large or hostile one. If ``receiver`` is deleted first, the
  outcome is dropped.
- :class:`SerialWorker`: jobs run one after another on one Python thread, in the order they
  were given (a later autosave never overtakes an earlier one); each result (or the
  exception it raised) comes back through :attr:`SerialWorker.finished`. Numpy work (a
  forward pass over many samples, encoding large weights) and file writes go here.

Jobs get immutable values (architectures, weights nobody changes), never widgets. Only
pure-Python work runs here: TensorFlow has its own thread (``ui/training/worker.py``).
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


@dataclass(frozen=True)
class Outcome:
    value: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Relay(QObject):
    """Lives on the receiver's thread; its queued signal carries the outcome there."""

    finished = Signal(object)

    def __init__(self, receiver: QObject, done: Callable[[Outcome], None]) -> None:
        super().__init__(receiver)  # dies with the receiver: a late outcome then goes nowhere
        self._done: Callable[[Outcome], None] | None = done
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, outcome: Outcome) -> None:
        done, self._done = self._done, None
        self.deleteLater()
        if done is not None:
            done(outcome)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._function: Callable[[], Any] | None = function
        self._relay: _Relay | None = relay

    def run(self) -> None:
        function, relay = self._function, self._relay
        assert function is not None and relay is not None  # a runnable runs once
        try:
            outcome = Outcome(function())
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread as a value
            outcome = Outcome(error=exc)
        try:
            relay.finished.emit(outcome)
        except RuntimeError:  # the receiver (and so the relay) was deleted meanwhile
            pass
        self._function = None
        self._relay = None


def run_in_background(function: Callable[[], Any], receiver: QObject, done: Callable[[Outcome], None]) -> None:
    """Run ``function()`` on the thread pool; ``done(Outcome)`` runs later on ``receiver``'s thread."""
    relay = _Relay(receiver, done)
    QThreadPool.globalInstance().start(_Job(function, relay))


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
