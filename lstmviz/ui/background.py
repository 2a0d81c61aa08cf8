"""Run a plain function on Qt's thread pool and get its outcome back on the GUI thread.

Reading a file (a project, a ``.keras`` file, a CSV) may take seconds on a large or hostile
one; the GUI thread must never wait for it. :func:`run_in_background` runs the function
on a pool thread and calls ``done(outcome)`` on the thread that owns ``receiver`` (the GUI
thread), where ``outcome`` is an :class:`Outcome`: the value, or the exception it raised.
If ``receiver`` is deleted first, the outcome is dropped.

Only pure-Python readers run here: TensorFlow has its own thread (``ui/training/worker.py``).
"""

from __future__ import annotations

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
        self._done = done
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
        self._function = function
        self._relay = relay

    def run(self) -> None:
        try:
            outcome = Outcome(self._function())
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread as a value
            outcome = Outcome(error=exc)
        try:
            self._relay.finished.emit(outcome)
        except RuntimeError:  # the receiver (and so the relay) was deleted meanwhile
            pass
        self._function = None
        self._relay = None


def run_in_background(function: Callable[[], Any], receiver: QObject, done: Callable[[Outcome], None]) -> None:
    """Run ``function()`` on the thread pool; ``done(Outcome)`` runs later on ``receiver``'s thread."""
    relay = _Relay(receiver, done)
    QThreadPool.globalInstance().start(_Job(function, relay))
