"""The training worker: a QObject living on its own QThread around the training engine.

This is the only place the UI reaches :mod:`lstmviz.training`'s engine, and it does so
inside functions, so importing the UI never loads TensorFlow. Between runs the worker
warms up: it builds the model and traces the training function for what the document
holds, so Train starts on a ready function (the engine's cache keeps it). The engine's messages are
re-emitted as one signal, queued to the GUI thread in the order the engine sent them.
Stop, pause and step are *not* slots: the worker's event loop is busy inside the engine
while it trains, so the GUI thread calls the engine's thread-safe control directly;
a warm-up in progress is cancelled the same way, by a flag (``warm_generation``).
"""

from __future__ import annotations

import enum

import os
import sys
import threading
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.architecture import Architecture
from lstmviz.model.datasets import Dataset
from lstmviz.model.settings import TrainingSettings
from lstmviz.training.control import TrainingControl

class TensorFlow(enum.Enum):
    """Where TensorFlow's import stands; the value is the status bar's words (through tr())."""

    LOADING = tr_noop("Loading TensorFlow…")
    READY = tr_noop("TensorFlow ready")
    FAILED = tr_noop("TensorFlow failed: ")


@dataclass(frozen=True)
class BackendState:
    """TensorFlow's state as the worker reports it, with the reason when the import failed."""

    state: TensorFlow
    reason: str = ""

    @property
    def failed(self) -> bool:
        return self.state is TensorFlow.FAILED


LOADING = BackendState(TensorFlow.LOADING)
READY = BackendState(TensorFlow.READY)


def failed(reason: str) -> BackendState:
    return BackendState(TensorFlow.FAILED, reason)


def shown_state(state: BackendState) -> str:
    """A backend state in the user's language: "TensorFlow failed: ImportError: ..."."""
    return tr(state.state.value) + state.reason


@dataclass(frozen=True, eq=False)
class TrainingJob:
    """Everything one run needs; plain values so it can cross to the worker thread."""

    architecture: Architecture
    dataset: Dataset  # loaded and checked by the document
    settings: TrainingSettings
    control: TrainingControl  # created on the GUI thread, read by the engine
    probe_layer: int | None = None
    probe_sample: int = 0
    initial_weights: Any = None  # Keras-ordered weights to continue from (None: fresh weights)
    start_epoch: int = 1  # the first epoch's number: a continued run counts on
    gradients: bool = False  # trace in the gradients-through-time probe (the control switches it)


@dataclass(frozen=True, eq=False)
class WarmUpJob:
    """What to build and trace before Train is pressed; ``generation`` tells whether it is still wanted."""

    architecture: Architecture
    dataset: Dataset
    settings: TrainingSettings
    probe_layer: int | None
    generation: int
    gradients: bool = False  # as the run will ask: part of what is traced


def preload_tensorflow_library() -> bool:
    """dlopen TensorFlow's main extension with the GIL released, before it is imported.

    Importing TensorFlow runs the static initialisers of a very large shared library
    inside ``dlopen``, and Python's import holds the GIL throughout: the GUI thread
    freezes for ~0.3 s. Calling libc's ``dlopen`` through ctypes releases the GIL for the
    call, and with the flags Python's import uses (``RTLD_NOW | RTLD_LOCAL``, never
    ``RTLD_GLOBAL``, which crashes) the import later gets the same, already initialised
    handle. Linux only; any problem just leaves the normal import to do the work.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes
        import importlib.util

        spec = importlib.util.find_spec("tensorflow")
        if spec is None or not spec.submodule_search_locations:
            return False
        path = os.path.join(list(spec.submodule_search_locations)[0], "python", "_pywrap_tensorflow_internal.so")
        if not os.path.exists(path):
            return False
        from lstmviz.training.native_log import quiet_native_logs, set_log_level

        set_log_level()  # as the engine does before importing
        libc = ctypes.CDLL(None)
        libc.dlopen.restype = ctypes.c_void_p
        libc.dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
        with quiet_native_logs():  # the library's static initialisers log as it loads
            return bool(libc.dlopen(os.fsencode(path), sys.getdlopenflags()))
    except (OSError, AttributeError, ImportError, ValueError):
        return False


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


class TrainingWorker(QObject):
    """Runs the engine on the thread it was moved to; see :class:`TrainingThread`."""

    backend_state_changed = Signal(object)  # a BackendState: LOADING, READY or failed(reason)
    message = Signal(object)  # Started, EpochLosses, Predictions, CellValues, Finished, Failed
    run_returned = Signal(object)  # trained weights (list of arrays) or None
    warmed = Signal(int, bool)  # a warm-up's generation, and whether it left a run ready to start

    def __init__(self) -> None:
        super().__init__()
        self.backend_ready = False
        self.busy = threading.Event()  # set while importing, warming up or training (read from the GUI thread)
        # The warm-up the GUI thread wants now; it writes, this thread reads (an int: atomic).
        self.warm_generation = 0
        self.cache: Any = None  # the engine's cache of this thread, once there is one

    @Slot()
    def import_backend(self) -> bool:
        if self.backend_ready:
            return True
        self.busy.set()
        self.backend_state_changed.emit(LOADING)
        try:
            if "tensorflow" not in sys.modules:
                preload_tensorflow_library()
            from lstmviz.training.engine import import_backend

            import_backend()
        except Exception as exc:  # noqa: BLE001 - any import failure is shown, never raised
            self.backend_state_changed.emit(failed(_one_line(exc)))
            return False
        finally:
            self.busy.clear()
        self.backend_ready = True
        self.backend_state_changed.emit(READY)
        return True

    @Slot(object)
    def warm_up(self, job: WarmUpJob) -> None:
        """Build and trace what Train will need, unless a newer request or an edit made it moot."""
        if job.generation != self.warm_generation or not self.backend_ready:
            return
        self.busy.set()
        ready = False
        try:
            from lstmviz.training.engine import thread_cache, warm_up

            self.cache = thread_cache()
            ready = warm_up(job.architecture, job.dataset, job.settings, job.probe_layer,
                            cancelled=lambda: self.warm_generation != job.generation, cache=self.cache,
                            gradients=job.gradients)
        except Exception:  # noqa: BLE001 - a warm-up is a convenience: the run reports any real problem
            ready = False
        finally:
            self.busy.clear()
        self.warmed.emit(job.generation, ready)

    @Slot(object)
    def run(self, job: TrainingJob) -> None:
        from lstmviz.training.messages import Failed

        if job.control.stopped:  # stopped before the thread got to it
            self.run_returned.emit(None)
            return
        if not self.import_backend():
            self.message.emit(Failed(tr('TensorFlow could not be loaded, so the model cannot be trained.')))
            self.run_returned.emit(None)
            return
        self.busy.set()
        weights = None
        try:
            from lstmviz.training.engine import run_training, thread_cache

            self.cache = thread_cache()
            result = run_training(
                job.architecture, job.dataset, job.settings, self.message.emit, job.control,
                probe_layer=job.probe_layer, probe_sample=job.probe_sample,
                initial_weights=job.initial_weights, start_epoch=job.start_epoch, cache=self.cache,
                gradients=job.gradients,
            )
            weights = getattr(result, "weights", None) or None  # a failed run has no weights
        except Exception as exc:  # noqa: BLE001 - the engine reports its own failures; this is a safety net
            self.message.emit(Failed(tr('Training failed: {one_line}').format(one_line=_one_line(exc))))
        finally:
            self.busy.clear()
        self.run_returned.emit(weights)


class _PythonThread(QThread):
    """A QThread whose event loop runs inside a Python call.

    On a plain QThread every queued slot call gets a fresh Python thread state that is
    thrown away when the slot returns, and ``threading.local`` data goes with it.
    TensorFlow and Keras keep per-thread state there, and the second run on such a
    thread crashes the process while building the model. Running ``exec()`` from Python
    keeps one thread state for the thread's whole life.
    """

    def run(self) -> None:
        self.exec()


class TrainingThread(QObject):
    """Owns the QThread and the worker; starts the thread on first use.

    Keep it without a Qt parent: its owner's ``destroyed`` handler calls :meth:`shutdown`,
    which must still work while the owner is being deleted.
    """

    _import_requested = Signal()
    _run_requested = Signal(object)
    _warm_up_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.control: TrainingControl | None = None  # the current run's
        self.closed = False  # shut down: no more warm-ups (they would start the thread again)
        self.worker = TrainingWorker()
        self.qthread = _PythonThread()
        self.qthread.setObjectName("lstmviz-training")
        self.worker.moveToThread(self.qthread)
        self._import_requested.connect(self.worker.import_backend)
        self._run_requested.connect(self.worker.run)
        self._warm_up_requested.connect(self.worker.warm_up)

    def _ensure_started(self) -> None:
        if not self.qthread.isRunning():
            self.qthread.start()

    def import_backend(self) -> None:
        self._ensure_started()
        self._import_requested.emit()

    def run(self, job: TrainingJob) -> None:
        self.control = job.control
        self._ensure_started()
        self._run_requested.emit(job)

    def warm_up(self, job: WarmUpJob) -> None:
        """Ask for a warm-up; it supersedes (and cancels) any of another generation."""
        if self.closed:
            return
        self.worker.warm_generation = job.generation
        self._ensure_started()
        self._warm_up_requested.emit(job)

    def cancel_warm_up(self, generation: int) -> None:
        """Make every warm-up but ``generation``'s moot: one in progress stops at its next stage."""
        self.worker.warm_generation = generation

    def shutdown(self, timeout: float = 2.0) -> bool:
        """Stop the current run, end the thread and wait; True when the thread ended.

        A TensorFlow import, or the first trace of a big model, cannot be interrupted: while
        the worker is still busy after ``timeout`` the wait goes on (up to a minute) rather
        than leave a running QThread behind, which would abort the process at exit.
        """
        if self.control is not None:
            self.control.stop()
        self.closed = True
        self.worker.warm_generation = -1  # no warm-up is wanted any more
        if not shiboken6.isValid(self.qthread) or not self.qthread.isRunning():  # gone already at exit
            return True
        self.qthread.quit()
        if self.qthread.wait(int(timeout * 1000)):
            return True
        if self.worker.busy.is_set() or not self.worker.backend_ready:
            return self.qthread.wait(60_000)
        return self.qthread.wait(1000)
