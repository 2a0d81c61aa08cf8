"""Train an Architecture on a Dataset with Keras, streaming what happens to a sink.

:func:`run_training` is a plain function (no Qt): a GUI worker, the CLI and the tests
all call it. It sends the messages of :mod:`lstmviz.training.messages` in order:
Started, EpochLosses (one message per chunk of epochs), Predictions and CellValues (a
few times a second and at the end; StepGradients with them when asked for), then
Finished, or Failed with a readable message.
``engine="fast"`` runs many optimizer steps per compiled call (:mod:`.fast_loop`);
``engine="fit"`` runs plain ``model.fit`` with a callback, as the reference.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.cells import unrolled_layers
from lstmviz.model.datasets import Dataset, DatasetError, fit_problem, for_loss, loss_problem
from lstmviz.model.settings import TrainingSettings, settings_problem
from lstmviz.model.inference import infer
from lstmviz.training.compiled import (  # noqa: F401 - TrainingError and make_optimizer are this module's API too
    TrainingCache, TrainingError, WarmUpCancelled, collector_paused, compile_model, make_optimizer, set_weights,
    thread_cache,
)
from lstmviz.training.compiled_key import compiled_key, probe_layer_of
from lstmviz.training.control import TrainingControl
from lstmviz.training.native_log import quiet_native_logs, set_log_level
from lstmviz.training.messages import Failed, Finished, Message, Sink, Started, StopReason

ENGINES = ("fast", "fit")
log = logging.getLogger(__name__)
OBSERVE_SECONDS = 0.1  # predictions and the cell probe go out at most this often (plus at the end)
# Observing costs one forward pass over the whole dataset: on a large one that is seconds. After
# an observation of c seconds the next waits c / OBSERVE_SHARE, so it stays a small share of the run.
OBSERVE_SHARE = 0.04
GRADIENTS_SHARE = 0.05  # the gradients through time's own share (their probe rests in between)
PROGRESS_SECONDS = 0.1  # within a long epoch, its progress goes out about this often
STOPPED_OBSERVATION_SECONDS = 0.2  # a stopped run observes its last weights only if that takes no longer


@dataclass
class TrainingResult:
    reason: str  # "completed", "stopped", "diverged" or "failed"
    epochs_run: int
    history: dict[str, list[float]] = field(default_factory=dict)
    train_seconds: float = 0.0
    weights: list[np.ndarray] = field(default_factory=list)
    predictions: np.ndarray | None = None
    model: Any = None
    message: str = ""
    wall_seconds: float = 0.0  # the whole run in wall time: build, training, pace and pauses
    observing_seconds: float = 0.0  # of the training time, what observing (predictions, probe) took

    @property
    def final_loss(self) -> float | None:
        losses = self.history.get("loss") or []
        return losses[-1] if losses else None


def import_backend(quiet: bool = True) -> str:
    """Import TensorFlow and Keras (seconds, the first time); returns their versions.

    ``quiet`` keeps TensorFlow's native start-up lines (absl, oneDNN, cudart, cuInit)
    off descriptor 2 while it loads (:mod:`.native_log`; other output passes).
    """
    set_log_level()
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    if "tensorflow" in sys.modules:
        import keras
        import tensorflow as tf
    else:
        with quiet_native_logs() if quiet else nullcontext(), collector_paused():
            import keras
            import tensorflow as tf

            tf.config.list_physical_devices()  # device probing logs too; get it over with here
    return f"TensorFlow {tf.__version__}, Keras {keras.__version__}"


def training_device() -> str:
    """"GPU" when TensorFlow sees one (it then places the training there by itself), else "CPU"."""
    import tensorflow as tf

    return "GPU" if tf.config.list_logical_devices("GPU") else "CPU"


def prepare_model(architecture: Architecture, settings: TrainingSettings,
                  initial_weights: Sequence[np.ndarray] | None = None) -> Any:
    """The compiled Keras model, seeded so that the same settings give the same start."""
    import keras

    from lstmviz.training.builder import build_model

    keras.utils.set_random_seed(int(settings.seed))
    model = build_model(architecture)
    compile_model(model, settings)
    if initial_weights is not None:
        set_weights(model, initial_weights)
    return model


def _problem(architecture: Architecture, dataset: Dataset, settings: TrainingSettings,
             engine: str = "fast") -> tuple[str | None, tuple[Dataset, Dataset | None] | None]:
    """Why these cannot train (checked without TensorFlow), or the training and validation parts."""
    problem = settings_problem(settings)
    if problem is None and engine not in ENGINES:
        problem = tr('unknown engine {engine!r}; choose {join}').format(engine=engine, join=' or '.join(ENGINES))
    problem = problem or fit_problem(infer(architecture), dataset) or loss_problem(dataset, settings.loss)
    if problem:
        return problem, None
    try:
        return None, dataset.split(settings.validation_split)
    except DatasetError as exc:
        return str(exc), None


def run_training(architecture: Architecture, dataset: Dataset, settings: TrainingSettings,
                 sink: Sink | None = None, control: TrainingControl | None = None, *,
                 engine: str = "fast", probe_layer: int | None = None, probe_sample: int = 0,
                 initial_weights: Sequence[np.ndarray] | None = None, target_call_seconds: float = 0.03,
                 start_epoch: int = 1, cache: TrainingCache | None = None,
                 gradients: bool = False, progress_seconds: float = PROGRESS_SECONDS) -> TrainingResult:
    """Train and report; never raises for bad input or a failing run (it sends Failed).

    ``probe_layer`` None probes the first recurrent layer. ``initial_weights`` (Keras
    order) continue from earlier weights; ``start_epoch`` then numbers the epochs on.
    ``gradients`` adds StepGradients to each observation (gradients through time of every
    recurrent layer); ``control.set_gradients`` then switches them off and on while it runs.
    Messages' ``total_epochs`` is the number of the last epoch this run will reach.
    An epoch still running ``progress_seconds`` after the last message sends EpochProgress.
    The result's ``reason`` is "failed" (with ``message``) when the run could not start.

    The fast engine reuses the model and traced function of an earlier run (or warm-up)
    with the same :func:`~lstmviz.training.compiled_key.compiled_key` from ``cache``
    (default: this thread's); the result's ``model`` is then that cached model, which the
    next such run resets. Its ``weights`` are copies.
    """
    began = time.monotonic()
    emit = sink or (lambda message: None)
    control = control or TrainingControl()
    control.default_pace(getattr(settings, "pace", 0.0))

    def fail(message: str) -> TrainingResult:
        emit(Failed(message))
        return TrainingResult("failed", 0, message=message)

    dataset = for_loss(dataset, settings.loss)  # class ids one-hot for categorical cross-entropy
    # Shapes are checked before TensorFlow is touched: a mismatch costs nothing.
    problem, parts = _problem(architecture, dataset, settings, engine)
    if problem or parts is None:
        return fail(problem or "")
    train, val = parts

    key = None
    try:
        import_backend()
        from lstmviz.training.observe import Observer

        call = None
        clock = time.perf_counter()
        if engine == "fast":
            cache = cache if cache is not None else thread_cache()
            key = compiled_key(architecture, dataset, settings, probe_layer, gradients)
            entry = cache.compiled(key, architecture, settings, train, val, dataset)
            entry.start(settings, cache.initial_state(entry, architecture, settings.seed), train, val, dataset,
                        initial_weights)
            model, call, step_probe = entry.model, entry.function, entry.observer.gradients
        else:
            model = prepare_model(architecture, settings, initial_weights)
            step_probe = _fit_gradient_probe(model, architecture, dataset, gradients)
        if step_probe is not None:
            from lstmviz.training import step_gradients

            budget = step_gradients.BUDGET
            step_probe.reset(control.gradients is not False, budget and min(budget, GRADIENTS_SHARE))
        observer = Observer(model, architecture, dataset.x, probe_layer_of(architecture, probe_layer), probe_sample,
                            step_probe)
        run = _Run(model, observer, dataset, train, val, settings, emit, control, start_epoch)
        run.began, run.progress_seconds = began, progress_seconds
        if call is not None:  # the training time counts the model's build and trace when this run made them
            run.active_seconds = time.perf_counter() - clock
        emit(Started(run.last_epoch, settings.batch_size, train.samples, engine, start_epoch, training_device()))
        run.snapshot_now()  # the starting point of the replay
        if call is not None:
            from lstmviz.training.fast_runner import run_fast

            try:
                run_fast(run, target_call_seconds, call)
            finally:
                entry.called()
        else:
            from lstmviz.training.fit_runner import run_fit

            run_fit(run)
        return run.finish()
    except TrainingError as exc:
        return fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - anything Keras throws becomes a readable line
        log.debug("training failed", exc_info=True)
        if key is not None and cache is not None:
            cache.discard(key)  # whatever broke may have left it half-changed
        return fail(readable_error(exc))


def _fit_gradient_probe(model: Any, architecture: Architecture, dataset: Dataset, wanted: bool) -> Any:
    """The StepGradientProbe the fit engine's observer runs, or None (not asked for, or nothing recurrent)."""
    if not wanted or not unrolled_layers(layer.kind for layer in architecture.layers):
        return None
    from lstmviz.training.step_gradients import gradient_probe

    return gradient_probe(model, architecture, dataset.y)


def warm_up(architecture: Architecture, dataset: Dataset, settings: TrainingSettings,
            probe_layer: int | None = None, cancelled: Callable[[], bool] | None = None,
            cache: TrainingCache | None = None, gradients: bool = False) -> bool:
    """Prepare in ``cache`` what :func:`run_training` with these arguments will need, so it starts at once.

    Builds the model, traces the training function, makes one real call (TensorFlow
    optimises the graph then) and computes the seed's initial weights. ``cancelled`` is
    asked between those stages (a trace itself cannot be interrupted). True when ready;
    False when cancelled or when these inputs cannot train (the run will say why).
    TensorFlow must be imported already. ``gradients`` as the run will ask (part of the key).
    """
    problem, parts = _problem(architecture, dataset, settings)
    if problem or parts is None:
        return False
    train, val = parts
    cache = cache if cache is not None else thread_cache()
    key = compiled_key(architecture, dataset, settings, probe_layer, gradients)
    try:
        entry = cache.compiled(key, architecture, settings, train, val, dataset, cancelled)
        if not entry.warm:
            if cancelled is not None and cancelled():
                return False
            entry.start(settings, cache.initial_state(entry, architecture, settings.seed), train, val, dataset)
            entry.first_call(min(settings.batch_size, train.samples))
        cache.initial_state(entry, architecture, settings.seed)
        return True
    except WarmUpCancelled:
        return False
    except Exception:  # noqa: BLE001 - the run itself will report what is wrong
        log.debug("warm-up failed", exc_info=True)
        cache.discard(key)
        return False


def readable_error(exc: BaseException) -> str:
    """One line: TensorFlow's "in user code:" reports put the real message last."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    if lines and lines[0].startswith("in user code"):
        lines = lines[-1:]
    first = lines[0] if lines else ""
    return tr('training failed: {name__}{value}').format(name__=type(exc).__name__, value=': ' + first if first else '')


class _Run:
    """The state both runners share: history, timing, observation cadence, and the finish."""

    def __init__(self, model: Any, observer: Any, dataset: Dataset, train: Dataset, val: Dataset | None,
                 settings: TrainingSettings, emit: Sink, control: TrainingControl, start_epoch: int) -> None:
        self.model, self.observer = model, observer
        self.dataset, self.train, self.val = dataset, train, val
        self.settings, self.emit, self.control = settings, emit, control
        self.start_epoch = start_epoch
        self.last_epoch = start_epoch - 1 + settings.epochs
        self.history: dict[str, list[float]] = {"loss": []}
        if val is not None:
            self.history["val_loss"] = []
        self.reason = "completed"
        self.message = ""
        self.diverged_at: int | None = None
        self.active_seconds = 0.0
        self._last_observed = -math.inf
        self.observed_epoch: int | None = None
        self.predictions: np.ndarray | None = None
        from lstmviz.model.snapshots import snapshot_stride
        from lstmviz.training.pace import Pacer

        self.shapes = tuple(tuple(int(d) for d in w.shape) for w in model.weights)
        self.snapshot_size = sum(int(np.prod(s, dtype=np.int64)) for s in self.shapes)
        self.snapshot_stride = snapshot_stride(self.snapshot_size, settings.epochs)
        self.last_snapshot = -1
        self.pacer = Pacer(control.clock)
        self.waited_seconds = 0.0
        self.began = time.monotonic()
        self.observe_seconds = 0.0  # what the last observation cost
        self.observing_seconds = 0.0  # what all of them cost (the benchmarks compare it with the training)
        self.progress_seconds = PROGRESS_SECONDS
        self._last_progress = time.perf_counter()

    def snapshots(self, epochs: Sequence[int], values: np.ndarray) -> None:
        """Send the weights of these epochs (rows in get_weights() order) for the replay."""
        from lstmviz.training.messages import WeightSnapshots

        if len(epochs) == 0:
            return
        self.last_snapshot = int(epochs[-1])
        self.emit(WeightSnapshots(tuple(int(e) for e in epochs), np.asarray(values, np.float32), self.shapes))

    def snapshot_now(self) -> None:
        """The current weights as the snapshot of the last finished epoch (unless sent already)."""
        if self.last_snapshot == self.epoch:
            return
        from lstmviz.model.snapshots import flatten

        self.snapshots([self.epoch], flatten(self.model.get_weights())[None, :])

    @property
    def epochs_run(self) -> int:
        return len(self.history["loss"])

    @property
    def epoch(self) -> int:
        """The number of the last finished epoch."""
        return self.start_epoch - 1 + self.epochs_run

    def record(self, losses: Sequence[float], val_losses: Sequence[float] | None) -> None:
        from lstmviz.training.messages import EpochLosses

        if len(losses) == 0:
            return
        first = self.epoch + 1
        self.history["loss"].extend(float(v) for v in losses)
        if val_losses is not None and "val_loss" in self.history:
            self.history["val_loss"].extend(float(v) for v in val_losses)
        self.emit(EpochLosses(first, tuple(float(v) for v in losses),
                              None if val_losses is None else tuple(float(v) for v in val_losses),
                              self.active_seconds, self.last_epoch))
        self._last_progress = time.perf_counter()

    def progress(self, batches: int, steps_per_epoch: int, running_loss: float) -> None:
        """Within an epoch: send how far it is (``batches`` done, the running mean loss) if it is time."""
        from lstmviz.training.messages import EpochProgress

        now = time.perf_counter()
        if batches <= 0 or now - self._last_progress < self.progress_seconds:
            return
        self._last_progress = now
        self.emit(EpochProgress(self.epoch + 1, int(batches), int(steps_per_epoch), float(running_loss),
                                self.active_seconds, self.last_epoch))

    def due(self) -> bool:
        """Whether predictions and the probe should go out now (asked before every call)."""
        self._steer_gradients()
        rest = max(OBSERVE_SECONDS, self.observe_seconds * (1.0 / OBSERVE_SHARE - 1.0))
        return time.perf_counter() - self._last_observed >= rest

    def observed(self, seconds: float) -> None:
        """An observation took ``seconds`` (the next one rests for a multiple of it)."""
        self.observe_seconds = seconds
        self.observing_seconds += seconds
        self._last_observed = time.perf_counter()

    def observe(self, force: bool = False, outputs: tuple[Any, ...] | None = None) -> None:
        """Send Predictions, CellValues and StepGradients if due (or forced).

        ``outputs`` are the observer's forward pass: (predictions, probe input[, gradient norms]).
        """
        from lstmviz.training.messages import Predictions

        if not (force or self.due()):
            return
        self._last_observed = time.perf_counter()
        self.observed_epoch = self.epoch
        if outputs is None:
            started = time.perf_counter()
            predictions, probe, gradients = self.observer.observe(self.epoch)
            self.observed(time.perf_counter() - started)
        else:
            predictions, probe, gradients = self.observer.messages(self.epoch, *outputs)
        self.predictions = predictions
        self.emit(Predictions(self.epoch, predictions, self.dataset.y))
        if probe is not None:
            self.emit(probe)
        if gradients is not None:
            self.emit(gradients)
        self._steer_gradients(missed=gradients is None)

    def _steer_gradients(self, missed: bool = False) -> None:
        """Whether the next call computes gradients through time, as the control asks.

        An observation that ``missed`` them (the probe rested for its time budget) where the
        run stops, pauses or ends is taken again, with them: what the run stops at shows them.
        """
        probe = self.observer.gradients
        if probe is None:
            return
        if self.control.gradients is not None:
            probe.enable(self.control.gradients)
        stopping = self.control.paused or self.control.stopped or self.epoch >= self.last_epoch \
            or self.reason != "completed"
        if missed and probe.enabled and stopping:
            probe.skip_rest()
            self.observed_epoch = None  # the runner observes again before it waits or returns

    def observation_too_slow(self) -> bool:
        """Stopped, with observations too slow to wait for: Stop ends the run at once, showing the last one."""
        return self.control.stopped and self.observe_seconds > STOPPED_OBSERVATION_SECONDS

    def diverged(self, epoch: int, bad: float) -> None:
        self.reason = "diverged"
        self.diverged_at = epoch
        what = "nan" if math.isnan(bad) else ("inf" if bad > 0 else "-inf")
        self.message = tr("diverged at epoch {epoch} (loss became {what}); kept the last finite weights. "
                          "Try a smaller learning rate.").format(epoch=epoch, what=what)

    def finish(self) -> TrainingResult:
        if self.control.stopped and self.reason == "completed" and self.epochs_run < self.settings.epochs:
            self.reason = "stopped"
            self.message = tr('stopped after epoch {epoch}').format(epoch=self.epoch)
        if self.observed_epoch != self.epoch and not self.observation_too_slow():
            self.observe(force=True)
        self.snapshot_now()  # the replay ends on the final weights
        history = {k: list(v) for k, v in self.history.items()}
        wall = time.monotonic() - self.began
        self.emit(Finished(StopReason(self.reason), self.epochs_run, history, self.active_seconds,
                           self.message, self.diverged_at, self.waited_seconds, wall))
        return TrainingResult(self.reason, self.epochs_run, history, self.active_seconds,
                              [np.array(w) for w in self.model.get_weights()], self.predictions, self.model,
                              self.message, wall, self.observing_seconds)


def collect(messages: list[Message]) -> Sink:
    """A sink that appends to a list (handy in tests and scripts)."""
    return messages.append
