"""The state of a training run, apart from any widget: idle, loading, running, paused, finished, failed.

:class:`RunSession` starts a run from the document alone, drives the worker thread,
turns the engine's typed messages into its own state (loss history, progress, status
text) and, when the run returns, records it (and its weights) in the document. The
training panel only displays what this object says; tests drive it without widgets.
"""

from __future__ import annotations

import enum
import time
from typing import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from lstmviz.i18n import tr
from lstmviz.model.datasets import describe
from lstmviz.model.cell_values import CellValues
from lstmviz.model.evaluation import stored_evaluation
from lstmviz.model.gradient_history import GradientHistory, from_rows
from lstmviz.model.history import LossHistory
from lstmviz.model.limits import continue_problem
from lstmviz.model.sampling import Sample
from lstmviz.model.training_memory import run_problem
from lstmviz.model.snapshots import SnapshotRecorder
from lstmviz.model.runs import RunRecord, TrainedState, model_label
from lstmviz.training.compiled_key import CompiledKey, compiled_key
from lstmviz.training.control import TrainingControl
from lstmviz.training.messages import (
    EpochLosses, EpochProgress, Failed, Finished, Message, Predictions, Started, StepGradients,
    StopReason,
    WeightSnapshots,
)
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.text import format_loss, format_seconds
from lstmviz.ui.training.worker import (
    LOADING, READY, BackendState, TrainingJob, TrainingThread, WarmUpJob, shown_state,
)

WARM_UP_DELAY_MS = 500  # this long without an edit (and TensorFlow loaded), the worker prepares the run


class RunPhase(enum.Enum):
    IDLE = "idle"  # nothing has run yet
    LOADING = "loading"  # started: TensorFlow loads or the model builds, no epoch yet
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # completed, stopped or diverged; the run is recorded
    FAILED = "failed"  # could not run (the reason is the status)

    @property
    def active(self) -> bool:
        return self in (RunPhase.LOADING, RunPhase.RUNNING, RunPhase.PAUSED)


def lock_reason(paused: bool = False) -> str:
    if paused:
        return tr("training is paused (press Stop to edit the model)")
    return tr("training is running (press Stop to edit the model)")


def model_text(document: Document) -> str:
    return model_label(document.inference)


class RunSession(QObject):
    phase_changed = Signal(object)  # RunPhase
    status_changed = Signal(str, bool)  # text, is an error
    backend_state_changed = Signal(object)  # a BackendState (for the status bar)
    predictions_received = Signal(object)  # Predictions
    probe_received = Signal(object)  # CellValues: the engine's probe of one layer
    gradients_received = Signal(object)  # StepGradients, after gradient_history took them in

    def __init__(self, document: Document, thread: TrainingThread | None = None,
                 parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock  # wall time: the ETA and the finished line count the pace's waits and pauses
        self.training_thread = thread or TrainingThread()
        self.history = LossHistory()
        self.phase = RunPhase.IDLE
        self.backend_state: BackendState | None = None
        self._training_shown = False
        self.status = ""
        self.status_is_error = False
        self.total_epochs = 0
        self.start_epoch = 1
        self.elapsed = 0.0  # seconds of training the engine reported
        self.partial: EpochProgress | None = None  # the epoch in progress, when it is a long one
        self._timed_from: tuple[float, float] | None = None  # (position, clock) the rate is measured from
        self._began = 0.0  # the clock when Train was pressed
        self.wall_seconds = 0.0  # the last run's, from Train to Finished
        self.finished: Finished | None = None
        self.failure: str | None = None
        self.last_predictions: np.ndarray | None = None
        self.gradient_history = GradientHistory()  # the current (or last) run's gradients through time
        self.gradients_wanted = False  # whether a view shows them: they cost training time
        self.snapshots = SnapshotRecorder()  # the current run's weights per kept epoch, for the replay
        self.samples: list[Sample] = []  # what a character model wrote during the current run (the text pane adds them)
        self.progress_dirty = False
        self._control: TrainingControl | None = None
        self._job: TrainingJob | None = None
        self._labels = ("", "", "")  # title, data and model of the current run, named when it starts
        # Warm-up: the probe layer Train will use (the panel says), what was last asked for, and whether it is ready.
        self.probe_choice: Callable[[], int | None] = lambda: None
        self.warm = False
        self._warm_key: CompiledKey | None = None
        self._warm_generation = 0
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_UP_DELAY_MS)
        self._warm_timer.timeout.connect(self._warm_up)
        worker = self.training_thread.worker
        # Always queued: these are emitted on the worker thread and handled on this one.
        queued = Qt.ConnectionType.QueuedConnection
        worker.message.connect(self.handle, queued)
        worker.run_returned.connect(self.run_returned, queued)
        worker.backend_state_changed.connect(self._backend_state, queued)
        worker.warmed.connect(self._warmed, queued)
        for signal in (document.architecture_changed, document.dataset_changed, document.training_settings_changed,
                       document.selection_changed, document.loaded):
            signal.connect(self.inputs_changed)
        # The pace is the document's setting: a running run follows each change of it (an undo too).
        document.training_settings_changed.connect(self._follow_pace)
        document.loaded.connect(self._follow_pace)

    # ---------------------------------------------------------------------- commands
    @property
    def active(self) -> bool:
        return self.phase.active

    @property
    def backend_ready(self) -> bool:
        return self.training_thread.worker.backend_ready

    def problem(self) -> str | None:
        """Why Train cannot start now, or None."""
        return None if self.active else self.document.training_problem()

    def train(self, paused: bool = False, probe_layer: int | None = None, probe_sample: int = 0,
              continue_training: bool = False) -> bool:
        """Start a run built from the document; False when it cannot start.

        It starts from fresh weights, or with ``continue_training`` from the document's
        trained weights (when it has some), counting epochs on from theirs.
        """
        if self.active or self.problem() is not None:
            return False
        doc = self.document
        data = doc.data.dataset
        assert data is not None  # problem() said so
        trained = doc.trained if continue_training else None
        refused, warning = run_problem(doc.inference, data.samples, doc.training.batch_size, data.x.size + data.y.size)
        refused = continue_problem(trained.epoch + 1 if trained is not None else 1, doc.training.epochs) or refused
        if refused:  # checked before anything is allocated for the run
            self._set_status(refused, error=True)
            return False
        control = TrainingControl()
        if paused:
            control.step(1)  # starts paused with one epoch granted
        control.set_gradients(self.gradients_wanted)
        control.set_pace(self.pace)
        self._control = control
        self.snapshots.clear()
        self.samples = []
        start = trained.epoch + 1 if trained is not None else 1
        # The gradient probe is always traced in (a warm-up pays for that before Train); the
        # control switches it on and off as the view that shows it shows and hides, mid-run too.
        self._job = TrainingJob(doc.architecture, data, doc.training, control,
                                probe_layer=probe_layer, probe_sample=probe_sample,
                                initial_weights=trained.weights if trained is not None else None, start_epoch=start,
                                gradients=True)
        self._labels = (doc.display_name, f"{data.name}: {describe(data)}", model_text(doc))
        self.history.clear()
        self._continue_curve(trained)
        self.total_epochs = start - 1 + doc.training.epochs
        self.start_epoch = start
        self.elapsed = 0.0
        self.partial = None
        self._timed_from = None
        self._began = self.clock()
        self.finished = None
        self.failure = None
        self.last_predictions = None
        self.gradient_history = GradientHistory()  # a new object: a replay may still hold the last run's
        self.progress_dirty = True
        self._warm_timer.stop()  # the run prepares what it needs itself
        doc.lock(lock_reason())
        self._set_phase(RunPhase.LOADING)
        self._set_status(shown_state(LOADING) if not self.backend_ready else tr("Starting…"))
        if warning:
            self._set_status(f"{self.status} ({warning})")
        self.training_thread.run(self._job)
        return True

    def _continue_curve(self, trained: TrainedState | None) -> None:
        """A run that continues another one draws on from that run's loss curve."""
        if trained is None:
            return
        run = next((r for r in self.document.runs if r.number == trained.run), None)
        if run is not None and run.history.count == trained.epoch:
            self.history.add(1, run.history.loss.copy(),
                             None if run.history.val_loss is None else run.history.val_loss.copy())

    def toggle_pause(self) -> None:
        control = self._control
        if control is None or not self.active:
            return
        self._timed_from = None  # the rate is measured again from the next report: a pause is not a slow epoch
        if control.paused:
            control.resume()
            if self.phase == RunPhase.PAUSED:
                self._set_phase(RunPhase.RUNNING)
                self._set_status(tr("Training…"))
        else:
            control.pause()
            if self.phase == RunPhase.RUNNING:
                self._set_phase(RunPhase.PAUSED)
                self._set_status(self._paused_text())

    def step(self) -> None:
        """One epoch: from a paused run, or from a fresh run that starts paused."""
        if not self.active:
            self.train(paused=True)
            return
        assert self._control is not None
        self._control.step(1)  # a running run pauses after this epoch
        if self.phase == RunPhase.RUNNING:
            self._set_phase(RunPhase.PAUSED)
        self._set_status(tr("Stepping one epoch from epoch {epoch}…").format(epoch=self.history.count))

    def stop(self) -> None:
        if self._control is not None:
            self._control.stop()
            self._set_status(tr("Stopping…"))

    def set_gradients_wanted(self, on: bool) -> None:
        """Compute gradients through time (from the next observation on, also in a running run)."""
        self.gradients_wanted = bool(on)
        if self._control is not None:
            self._control.set_gradients(self.gradients_wanted)

    @property
    def pace(self) -> float:
        """Epochs per second (0: as fast as possible): the document's setting, the one place it is kept."""
        return self.document.training.pace

    def _follow_pace(self) -> None:
        """A running run takes the document's pace at once (the document allows it while the run holds the lock)."""
        control = self._control
        if control is not None and control.pace != (self.pace or None):
            control.set_pace(self.pace)
            self._timed_from = None  # a new pace, a new rate

    @property
    def paused(self) -> bool:
        return self._control is not None and self._control.paused

    # ----------------------------------------------------------------------- warm-up
    def _warm_inputs(self) -> WarmUpJob | None:
        doc = self.document
        if doc.training_problem() is not None or doc.data.dataset is None:
            return None
        return WarmUpJob(doc.architecture, doc.data.dataset, doc.training, self.probe_choice(), self._warm_generation,
                         gradients=True)

    def inputs_changed(self, *_args: object) -> None:
        """Something a run is built from changed: a warm-up that prepares other inputs stops; a new one follows."""
        job = self._warm_inputs()
        key = None if job is None else compiled_key(job.architecture, job.dataset, job.settings, job.probe_layer,
                                                    job.gradients)
        if key != self._warm_key and self._warm_key is not None:
            self._warm_generation += 1
            self.training_thread.cancel_warm_up(self._warm_generation)
            self._warm_key = None
            self._set_warm(False)
        self._schedule_warm_up()

    def _schedule_warm_up(self) -> None:
        if self.backend_ready and not self.active:
            self._warm_timer.start()  # restarts: the delay counts from the last edit

    def _warm_up(self) -> None:
        if self.active or not self.backend_ready:
            return
        job = self._warm_inputs()
        if job is None:
            return
        key = compiled_key(job.architecture, job.dataset, job.settings, job.probe_layer, job.gradients)
        if key != self._warm_key:
            self._warm_generation += 1
            self._warm_key = key
        self.training_thread.warm_up(WarmUpJob(job.architecture, job.dataset, job.settings, job.probe_layer,
                                      self._warm_generation, gradients=job.gradients))

    def _warmed(self, generation: int, ready: bool) -> None:
        if generation == self._warm_generation:
            self._set_warm(ready)

    def _set_warm(self, warm: bool) -> None:
        self.warm = warm

    def start_background_import(self) -> None:
        """Load TensorFlow on the worker thread now, so pressing Train later has no wait."""
        if not self.backend_ready:
            self.training_thread.import_backend()

    def shutdown(self, timeout: float = 2.0) -> bool:
        """Stop any run and end the worker thread; True when it ended."""
        self._warm_timer.stop()
        ended = self.training_thread.shutdown(timeout)
        if self.active:
            self._control = None
            self.document.unlock()
            self._set_phase(RunPhase.FINISHED if self.history.count else RunPhase.IDLE)
        return ended

    # ----------------------------------------------------------------- engine messages
    def handle(self, msg: Message) -> None:
        if self._control is None:
            return  # a late message from a run already given up on
        match msg:
            case Started():
                self.total_epochs = msg.total_epochs
                self.start_epoch = msg.start_epoch
                self._set_phase(RunPhase.PAUSED if self._control.paused else RunPhase.RUNNING)
                self._set_status(tr("Training…") if self.phase == RunPhase.RUNNING
                                 else tr("Paused before the first epoch"))
                self.progress_dirty = True
            case EpochLosses():
                self.history.add(msg.first_epoch, msg.losses, msg.val_losses)
                self.elapsed = msg.elapsed
                self.partial = None
                self._timed()
                self.total_epochs = msg.total_epochs
                self.progress_dirty = True
                if self.phase == RunPhase.RUNNING and not self._training_shown:
                    self._set_status(tr("Training…"))
                    self._training_shown = True
                elif self.phase == RunPhase.PAUSED:  # the engine finishes its current call before it pauses
                    self._set_status(self._paused_text())
            case EpochProgress():
                self.partial = msg
                self.elapsed = msg.elapsed
                self._timed()
                self.progress_dirty = True
            case WeightSnapshots():
                self.snapshots.add(msg.epochs, msg.values, msg.shapes)
            case Predictions():
                self.last_predictions = msg.predictions
                self.predictions_received.emit(msg)
            case CellValues():
                self.probe_received.emit(msg)
            case StepGradients():
                rows = from_rows((g.layer_index, g.direction, g.h, g.c) for g in msg.layers)
                self.gradient_history.add(msg.epoch, rows, msg.samples)
                self.gradients_received.emit(msg)
            case Finished():
                self.finished = msg
                self.partial = None
                self.wall_seconds = self.clock() - self._began
                self.progress_dirty = True
                self._set_status(*self._outcome(msg))
            case Failed():
                self.failure = msg.message
                self.progress_dirty = True
                self._set_status(msg.message, True)

    def run_returned(self, weights: list | None) -> None:
        """The worker is done with the run; ``weights`` are the trained ones (None if it failed)."""
        if self._control is None:
            return
        self._control = None
        job, self._job = self._job, None
        self.document.unlock()
        if self.finished is None and self.failure is None:  # stopped before the engine began
            self._set_status(tr("Stopped before the first epoch"))
        if self.finished is not None and self.history.count and job is not None:
            self._record(job, self.finished, weights)
        self._set_phase(RunPhase.FAILED if self.finished is None and self.failure is not None
                        else RunPhase.FINISHED if self.finished is not None else RunPhase.IDLE)
        self._schedule_warm_up()  # usually just confirms: the run left its model and function in the cache

    def _record(self, job: TrainingJob, done: Finished, weights: list | None) -> None:
        doc = self.document
        number = doc.runs[-1].number + 1 if doc.runs else 1
        title, data, model = self._labels
        run = RunRecord(number, title, data, model, job.settings, self.history.copy(), done.reason,
                        done.epochs_run, done.train_seconds, done.message, done.diverged_at, job.start_epoch,
                        self.snapshots.frozen(), tuple(self.samples))
        trained = None
        if weights is not None:
            last_loss, _ = self.history.last()
            trained = TrainedState(job.architecture, tuple(weights), run=number, epoch=self.history.count,
                                   loss=last_loss,
                                   source=tr("run #{number}, epoch {epoch}").format(number=number,
                                                                                  epoch=self.history.count),
                                   evaluation=stored_evaluation(job.architecture, weights, job.dataset,
                                                                complete=False))
        doc.record_run(run, trained)

    # -------------------------------------------------------------------------- progress
    @property
    def position(self) -> float:
        """Epochs of this run's count done: whole ones, plus the share of a long epoch in progress."""
        if self.partial is not None and self.partial.epoch == self.history.count + 1:
            return self.history.count + self.partial.fraction
        return float(self.history.count)

    @property
    def shown_loss(self) -> float | None:
        """The last epoch's loss, or within a long epoch its running mean (as Keras's progress bar shows)."""
        if self.partial is not None and self.partial.epoch == self.history.count + 1:
            return self.partial.loss
        return self.history.last()[0]

    def _timed(self) -> None:
        if self._timed_from is None:  # the first report's time includes building and compiling
            self._timed_from = (self.position, self.clock())

    @property
    def eta(self) -> float | None:
        """Wall seconds left at the rate measured since the first report; None before there is one and while paused.

        Wall time: a pace's waits count (they are what the audience waits for). The rate is
        measured from the end of the first report on (that one also builds and compiles
        the model) and again after a pause or a new pace.
        """
        if self.phase != RunPhase.RUNNING or self._timed_from is None:
            return None
        position, since = self._timed_from
        done, spent = self.position - position, self.clock() - since
        if done <= 0 or spent <= 0:
            return None
        return spent / done * max(self.total_epochs - self.position, 0.0)

    @property
    def outcome(self) -> str | None:
        """How the run ended, for the progress bar: completed, stopped, diverged, failed (None while it runs)."""
        if self.finished is not None:
            return self.finished.reason
        return "failed" if self.failure is not None else None

    # ----------------------------------------------------------------------- internals
    def _outcome(self, msg: Finished) -> tuple[str, bool]:
        loss = format_loss(self.history.last()[0])
        if msg.reason is StopReason.DIVERGED:
            text = msg.message or tr("diverged at epoch {epoch}").format(epoch=msg.diverged_at)
            return text[:1].upper() + text[1:], True
        if msg.reason is StopReason.STOPPED:
            return tr("Stopped at epoch {epoch} · loss {loss}").format(epoch=self.history.count, loss=loss), False
        per = 1000 * msg.train_seconds / max(msg.epochs_run, 1)
        # The wall time since Train (a pace's waits and pauses included); the training time apart.
        return tr("Finished {epochs} epochs in {time} (training {training}, {per} ms/epoch) · loss {loss}").format(
            epochs=msg.epochs_run, time=format_seconds(self.wall_seconds), training=format_seconds(msg.train_seconds),
            per=f"{per:.2f}", loss=loss), False

    def _paused_text(self) -> str:
        return tr("Paused at epoch {epoch}: press Step for one more epoch, or Resume").format(epoch=self.history.count)

    def _backend_state(self, state: BackendState) -> None:
        if state != self.backend_state:
            self.backend_state = state
            self.backend_state_changed.emit(state)
        if self.active and (state == LOADING or state.failed):
            self._set_status(shown_state(state), error=state.failed)
        elif self.phase == RunPhase.LOADING and state == READY:
            self._set_status(tr("Building the model…"))
        if state == READY:
            self._schedule_warm_up()

    def _set_phase(self, phase: RunPhase) -> None:
        if phase != self.phase:
            self.phase = phase
            if phase in (RunPhase.RUNNING, RunPhase.PAUSED) and self.document.locked:
                self.document.lock(lock_reason(paused=phase == RunPhase.PAUSED))  # the status bar says which
            self.phase_changed.emit(phase)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status, self.status_is_error = text, error
        self._training_shown = False  # "Training…" is set again after any other status
        self.status_changed.emit(text, error)
