"""Runs a sweep off the GUI thread and records each finished run in the document as it arrives.

The backend (a process pool by default) blocks while it runs, so it runs on a plain
Python thread; its messages cross to the GUI thread as a queued Qt signal. There the
:class:`~lstmviz.training.sweep_runner.SweepSession` takes them, and every finished run
goes into the document at once (with the sweep so far), so the recovery file holds it a
few seconds later even if the app is killed. The GUI process never imports TensorFlow:
only the workers do. One pool serves every sweep of the application (its workers keep
TensorFlow loaded) and is shut down when the application quits.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from lstmviz.i18n import tr
from lstmviz.model.sweep import SweepPlan
from lstmviz.ui.document.document import Document

_shared_pool: Any = None


def shared_pool(jobs: int | None = None) -> Any:
    """The application's process pool (made on first use; a different ``jobs`` makes a new one)."""
    global _shared_pool
    from lstmviz.training.sweep_pool import PoolBackend

    if _shared_pool is not None and jobs and _shared_pool.jobs != jobs:
        _shared_pool.close()
        _shared_pool = None
    if _shared_pool is None:
        _shared_pool = PoolBackend(jobs)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(close_shared_pool)
    return _shared_pool


def close_shared_pool() -> None:
    global _shared_pool
    pool, _shared_pool = _shared_pool, None
    if pool is not None:
        pool.close()


class SweepDriver(QObject):
    arrived = Signal(object)  # a sweep message, from the backend's thread (queued to this object's thread)
    run_changed = Signal(int)  # a run started, progressed or ended: its index in the plan
    finished = Signal(bool)  # the sweep ended: True when it was stopped
    failed = Signal(str)  # the backend itself broke (not a run)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session: Any = None
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.arrived.connect(self._take)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, plan: SweepPlan, jobs: int | None = None, backend: Any = None) -> None:
        """Plan and start (SweepError when the plan cannot run); ``backend`` defaults to the shared pool."""
        from lstmviz.training.sweep_runner import SweepSession

        doc = self.document
        self.session = SweepSession(plan, key=uuid.uuid4().hex,
                                    numbering=lambda: max((r.number for r in doc.runs), default=0) + 1)
        doc.record_sweep(self.session.record)
        self._cancel = threading.Event()
        backend = backend or shared_pool(jobs)
        self._thread = threading.Thread(target=self._drive, args=(backend, self.session.specs, self._cancel),
                                        daemon=True, name="lstmviz-sweep")
        self._thread.start()

    def stop(self) -> None:
        """Stop: runs under way end at their next chunk; what finished stays in the document."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def _drive(self, backend: Any, specs: list, cancel: threading.Event) -> None:
        def send(message: Any) -> None:
            try:
                self.arrived.emit(message)
            except RuntimeError:  # the window and its driver are gone: stop the runs it no longer shows
                cancel.set()

        try:
            backend.run(specs, send, cancel)
        except Exception as exc:  # noqa: BLE001 - shown in the window; the finished runs are kept
            send(exc)

    @Slot(object)
    def _take(self, message: Any) -> None:
        from lstmviz.training.sweep_runner import RunFinished, RunProgress, RunStarted, SweepEnded

        session = self.session
        if session is None:
            return
        if isinstance(message, BaseException):
            self.failed.emit(tr("the sweep broke off: {problem}").format(problem=message))
            self.finished.emit(True)
            return
        run = session.apply(message)
        if isinstance(message, RunFinished):
            self.document.record_sweep(session.record, () if run is None else (run,))
        if isinstance(message, (RunStarted, RunProgress, RunFinished)):
            self.run_changed.emit(message.index)
        elif isinstance(message, SweepEnded):
            self.document.record_sweep(session.record)
            self.finished.emit(message.cancelled)
