"""Running a sweep: one run spec in a worker, the backends' one interface, and the results as project runs.

:func:`execute` trains one :class:`~lstmviz.model.sweep.RunSpec` with the ordinary engine
(:func:`~lstmviz.training.engine.run_training`) wherever it is called: a pool process, a
Ray task, or this thread. It never raises; what went wrong is the outcome's message.
A backend (:class:`SweepBackend`: the local process pool of :mod:`.sweep_pool` or the
Ray cluster of :mod:`.sweep_ray`) runs a list of specs and streams typed messages to a
sink, like a single run's: :class:`RunStarted`, :class:`RunProgress`,
:class:`RunFinished` per run and :class:`SweepEnded` once. :class:`SweepSession` turns
those messages into a :class:`~lstmviz.model.sweep.SweepRecord` and
:class:`~lstmviz.model.runs.RunRecord` values, which the window and the command line
store in the project as each run finishes.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Protocol, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.datasets import spec_title
from lstmviz.model.history import LossHistory
from lstmviz.model.inference import infer
from lstmviz.model.runs import RunRecord, model_label
from lstmviz.model.snapshots import RunSnapshots, SnapshotRecorder
from lstmviz.model.sweep import GradientSeries, RunSpec, SweepPlan, SweepRecord, compared_layer, new_record

PROGRESS_SECONDS = 0.2  # a worker reports a run's epoch at most this often
BACKENDS = ("local", "ray")


# ----------------------------------------------------------------------------- messages


@dataclass(frozen=True)
class RunStarted:
    index: int


@dataclass(frozen=True)
class RunProgress:
    index: int
    epoch: int
    total_epochs: int
    loss: float


@dataclass(frozen=True, eq=False)
class RunOutcome:
    """What one run gave: numbers only, so it crosses process boundaries as a pickle."""

    reason: str  # "completed", "stopped", "diverged" or "failed"
    epochs_run: int = 0
    history: dict[str, list[float]] = field(default_factory=dict)
    train_seconds: float = 0.0  # the engine's own training time
    wall_seconds: float = 0.0  # the whole run in its worker: data, model build, trace, training
    message: str = ""
    diverged_at: int | None = None
    snapshots: RunSnapshots | None = None
    gradients: GradientSeries | None = None


@dataclass(frozen=True)
class RunFinished:
    index: int
    outcome: RunOutcome


@dataclass(frozen=True)
class SweepEnded:
    cancelled: bool
    wall_seconds: float


SweepMessage = RunStarted | RunProgress | RunFinished | SweepEnded
SweepSink = Callable[[SweepMessage], Any]


class SweepBackend(Protocol):
    """Runs specs somewhere; blocks until all ended or ``cancel`` is set. Sends every message to ``sink``
    (from any thread). Runs already going when cancelled stop at their next chunk and report "stopped";
    runs not started are left out."""

    def run(self, specs: Sequence[RunSpec], sink: SweepSink, cancel: threading.Event) -> None: ...

    def close(self) -> None: ...


# ----------------------------------------------------------------------------- one run


def execute(spec: RunSpec, progress: Callable[[RunProgress], Any] | None = None,
            cancelled: Callable[[], bool] | None = None) -> RunOutcome:
    """Train one spec with the engine; the outcome, never an exception."""
    clock = time.perf_counter()
    try:
        outcome = _execute(spec, progress, cancelled)
    except Exception as exc:  # noqa: BLE001 - a run that breaks is reported, the sweep goes on
        from lstmviz.io.failures import describe_failure

        outcome = RunOutcome("failed", message=describe_failure(exc))
    return replace(outcome, wall_seconds=time.perf_counter() - clock)


def _execute(spec: RunSpec, progress: Callable[[RunProgress], Any] | None,
             cancelled: Callable[[], bool] | None) -> RunOutcome:
    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.model.dataset_spec import DatasetError
    from lstmviz.training.control import TrainingControl
    from lstmviz.training.engine import run_training
    from lstmviz.training.messages import EpochLosses, StepGradients, WeightSnapshots

    try:
        dataset = load_dataset(spec.dataset)
    except DatasetError as exc:
        return RunOutcome("failed", message=tr("dataset: {problem}").format(problem=exc))
    control = TrainingControl()
    snapshots = SnapshotRecorder()
    layer = compared_layer(spec.architecture)
    grad_epochs: list[int] = []
    grad_rows: list[np.ndarray] = []
    last_report = [0.0]

    def sink(message: Any) -> None:
        if cancelled is not None and cancelled():
            control.stop()
        if isinstance(message, WeightSnapshots):
            snapshots.add(message.epochs, message.values, message.shapes)
        elif isinstance(message, StepGradients):
            found = message.layer(layer) if layer is not None else None
            if found is not None:
                if grad_epochs and grad_epochs[-1] == message.epoch:
                    grad_rows[-1] = np.asarray(found.h, np.float32)
                else:
                    grad_epochs.append(int(message.epoch))
                    grad_rows.append(np.asarray(found.h, np.float32))
        elif isinstance(message, EpochLosses) and progress is not None:
            now = time.perf_counter()
            if now - last_report[0] >= PROGRESS_SECONDS or message.last_epoch >= message.total_epochs:
                last_report[0] = now
                progress(RunProgress(spec.index, message.last_epoch, message.total_epochs, message.losses[-1]))

    if cancelled is not None and cancelled():
        control.stop()
    result = run_training(spec.architecture, dataset, spec.settings, sink, control, gradients=spec.gradients)
    gradients = GradientSeries(np.asarray(grad_epochs, np.int64), np.stack(grad_rows)) if grad_rows else None
    diverged_at = result.epochs_run + 1 if result.reason == "diverged" else None
    return RunOutcome(result.reason, result.epochs_run, result.history, result.train_seconds, 0.0, result.message,
                      diverged_at, snapshots.frozen(), gradients)


class LocalThreadBackend:
    """Runs the specs one after another on the calling thread: the reference the pool is measured against."""

    def run(self, specs: Sequence[RunSpec], sink: SweepSink, cancel: threading.Event) -> None:
        clock = time.perf_counter()
        for spec in specs:
            if cancel.is_set():
                break
            sink(RunStarted(spec.index))
            sink(RunFinished(spec.index, execute(spec, sink, cancel.is_set)))
        sink(SweepEnded(cancel.is_set(), time.perf_counter() - clock))

    def close(self) -> None:
        pass


# ----------------------------------------------------------------------------- results


def run_record(number: int, spec: RunSpec, outcome: RunOutcome, title: str) -> RunRecord:
    """A finished sweep run as a project run."""
    history = LossHistory()
    losses = outcome.history.get("loss", [])
    if losses:
        val = outcome.history.get("val_loss")
        history.add(1, np.asarray(losses, float), None if val is None else np.asarray(val, float))
    reason = outcome.reason
    return RunRecord(number, f"{title} · {spec.label}" if title else spec.label, spec_title(spec.dataset),
                     model_label(infer(spec.architecture)), spec.settings, history, reason, outcome.epochs_run,
                     outcome.train_seconds, outcome.message, outcome.diverged_at, 1, outcome.snapshots)


class SweepSession:
    """A sweep's state as messages arrive: the record, the runs made so far and per-run progress.

    Not thread-safe: feed it from one thread (the GUI thread, or the command's main thread).
    """

    def __init__(self, plan: SweepPlan, first_number: int = 1, key: str = "",
                 numbering: Callable[[], int] | None = None) -> None:
        self.plan = plan
        self.specs = plan.runs()
        self.record: SweepRecord = new_record(plan, self.specs, key)
        self.runs: list[RunRecord] = []
        self.next_number = first_number
        # Where other runs may be recorded meanwhile (the window trains too), ask for each run's number.
        self.numbering = numbering
        self.progress: dict[int, tuple[int, int]] = {}  # spec index -> (epoch, total epochs)
        self.running: set[int] = set()
        self.ended: SweepEnded | None = None
        self.wall_seconds_of: dict[int, float] = {}

    def apply(self, message: SweepMessage) -> RunRecord | None:
        """Take one message; returns the run it finished (None for other messages)."""
        if isinstance(message, RunStarted):
            if not self.record.entries[message.index].done:
                self.running.add(message.index)
        elif isinstance(message, RunProgress):
            if not self.record.entries[message.index].done:
                self.progress[message.index] = (message.epoch, message.total_epochs)
        elif isinstance(message, RunFinished):
            return self._finished(message.index, message.outcome)
        elif isinstance(message, SweepEnded):
            self.ended = message
        return None

    def _finished(self, index: int, outcome: RunOutcome) -> RunRecord | None:
        self.running.discard(index)
        self.wall_seconds_of[index] = outcome.wall_seconds
        entry = self.record.entries[index]
        if outcome.reason == "stopped" and outcome.epochs_run == 0:
            return None  # cancelled before its first epoch: it never ran, and stays to do
        run = None
        if outcome.reason != "failed":
            number = self.numbering() if self.numbering is not None else self.next_number
            run = run_record(number, self.specs[index], outcome, self.plan.title)
            self.next_number = number + 1
            self.runs.append(run)
        self.record = self.record.with_entry(index, replace(
            entry, status=outcome.reason, run=None if run is None else run.number, message=outcome.message,
            gradients=outcome.gradients))
        return run

    @property
    def failed(self) -> list[int]:
        return [i for i, e in enumerate(self.record.entries) if e.status == "failed"]
