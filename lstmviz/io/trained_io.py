"""The trained part of a project file (version 2): the weights and the finished runs.

``"trained"`` holds the weights the model has now, in Keras's ``get_weights()`` order,
with the run that produced them, the epochs trained and the last loss; ``"runs"`` lists
every finished run with its settings, labels, outcome and loss curves. Arrays use
:mod:`lstmviz.io.arrays` (base64 of zlib-compressed little-endian bytes; nothing is
unpickled). Reading trusts nothing: every key is checked, unknown keys are refused, all
arrays together may hold at most :data:`MAX_ARRAY_BYTES`, the weights must have exactly
the shapes the architecture gives them, and every problem is a
:class:`~lstmviz.io.project.SourceError` naming the place (``trained.weights[2]``).

Every number that sizes memory (epochs, curve lengths, snapshot counts) is checked against
the limits of :mod:`lstmviz.model.limits` before anything is allocated for it; training
keeps to the same limits, so whatever lstmviz writes it reads back, including weights and
snapshots that hold NaN or infinity (a run that diverged, a ``.keras`` file imported as it was).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Literal, Mapping, overload

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.arrays import MAX_BYTES, ArrayBudget, encode_array
from lstmviz.io.evaluation_io import evaluation_from_dict
from lstmviz.io import json_fields as fields
from lstmviz.io.project import SourceError
from lstmviz.model.architecture import Architecture
from lstmviz.model.evaluation_text import confusion_lines, evaluation_lines
from lstmviz.model.history import LossHistory
from lstmviz.model.limits import MAX_CURVE_VALUES, MAX_EPOCH, MAX_SNAPSHOT_ROWS, count
from lstmviz.model.sampling import MAX_TEMPERATURE, Sample
from lstmviz.model.runs import REASONS, RunRecord, TrainedState
from lstmviz.model.settings import RANGES, settings_from_dict
from lstmviz.model.snapshots import RunSnapshots
from lstmviz.model.weights import split_weights

MAX_ARRAY_BYTES = MAX_BYTES  # weights and loss curves together
MAX_RUNS = 10_000
MAX_EPOCHS = MAX_EPOCH  # the highest epoch number of any run (a run may continue another)
MAX_RUN_EPOCHS = int(RANGES["epochs"][1])  # epochs one run trains

TRAINED_KEYS = frozenset({"run", "epoch", "loss", "weights", "evaluation"})
RUN_KEYS = frozenset({"number", "title", "dataset", "model", "settings", "reason", "epochs_run", "start_epoch",
                      "seconds", "message", "diverged_at", "loss", "val_loss", "snapshots", "samples"})
SAMPLE_KEYS = frozenset({"prompt", "text", "temperature", "seed", "epoch"})
MAX_SAMPLES = 100  # samples kept with one run (a character model writes one every few seconds)
SNAPSHOT_KEYS = frozenset({"epochs", "values", "shapes"})
SAVED_SNAPSHOT_BYTES = 32 << 20  # a file's replay snapshots, all runs together (float32; thinned evenly to fit)
MAX_SNAPSHOT_ARRAYS = 10_000  # weight arrays of one snapshot row
RUN_REQUIRED = frozenset({"number", "settings", "reason", "epochs_run", "loss"})


# ----------------------------------------------------------------------------- writing


def _finite_or_none(value: float | None) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def trained_to_dict(trained: TrainedState, runs: tuple[RunRecord, ...] = ()) -> dict[str, Any]:
    # The run is named only while it is listed (Clear runs forgets the runs, not the weights).
    run = trained.run if trained.run in {r.number for r in runs} else None
    with np.errstate(over="ignore"):  # 1e300 in a float64 .keras file is infinity as float32, as Keras casts it
        weights = [encode_array(np.asarray(w, dtype=np.float32)) for w in trained.weights]
    evaluation = {} if trained.evaluation is None else {"evaluation": dict(trained.evaluation)}
    return {"run": run, "epoch": int(trained.epoch), "loss": _finite_or_none(trained.loss),
            "weights": weights} | evaluation


def snapshots_to_dict(snapshots: RunSnapshots, max_bytes: int) -> dict[str, Any]:
    kept = snapshots.thinned(max_bytes)
    return {"epochs": encode_array(np.asarray(kept.epochs, dtype=np.int64)),
            "values": encode_array(np.asarray(kept.values, dtype=np.float32)),
            "shapes": [list(shape) for shape in kept.shapes]}


def run_to_dict(run: RunRecord, snapshot_bytes: int = SAVED_SNAPSHOT_BYTES) -> dict[str, Any]:
    history = run.history
    val = history.val_loss
    snapshots: dict[str, Any] = {} if run.snapshots is None else {
        "snapshots": snapshots_to_dict(run.snapshots, snapshot_bytes)}
    if run.samples:
        snapshots["samples"] = [s.to_dict() for s in run.samples[-MAX_SAMPLES:]]
    return snapshots | {
        "number": run.number, "title": run.title, "dataset": run.dataset, "model": run.model,
        "settings": run.settings.to_dict(), "reason": run.reason, "epochs_run": run.epochs_run,
        "start_epoch": run.start_epoch, "seconds": _finite_or_none(run.seconds) or 0.0,
        "message": run.message, "diverged_at": run.diverged_at,
        "loss": encode_array(np.asarray(history.loss, dtype=np.float64)),
        "val_loss": None if val is None else encode_array(np.asarray(val, dtype=np.float64)),
    }


def trained_part_to_dict(trained: TrainedState | None, runs: tuple[RunRecord, ...]) -> dict[str, Any]:
    """The ``trained`` and ``runs`` entries of a version 2 project."""
    return {"trained": None if trained is None else trained_to_dict(trained, runs),
            "runs": [run_to_dict(run, SAVED_SNAPSHOT_BYTES // max(1, sum(r.snapshots is not None for r in runs)))
                     for run in runs]}


# ----------------------------------------------------------------------------- reading


class _Budget(ArrayBudget):
    """Bytes of array data, loss values and snapshot rows still allowed in this file."""

    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.curve_values = MAX_CURVE_VALUES
        self.snapshot_rows = MAX_SNAPSHOT_ROWS

    def curve(self, length: int, at: str) -> None:
        """Claim ``length`` loss values before a curve is decoded (they become float64 in memory)."""
        if length > self.curve_values:
            raise SourceError(tr("{at}: the runs' loss curves hold more than {limit} values together; "
                                 "lstmviz reads at most that many").format(at=at, limit=count(MAX_CURVE_VALUES)))
        self.curve_values -= length

    def rows(self, n: int, at: str) -> None:
        if n > self.snapshot_rows:
            raise SourceError(tr("{at}: the runs hold more than {limit} replay snapshots together; "
                                 "lstmviz reads at most that many").format(at=at, limit=count(MAX_SNAPSHOT_ROWS)))
        self.snapshot_rows -= n



@overload
def _number(value: Any, at: str, allow_none: Literal[False] = False) -> float: ...


@overload
def _number(value: Any, at: str, allow_none: bool) -> float | None: ...


def _number(value: Any, at: str, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    return float(fields.finite(value, at))




def _claimed_length(obj: Any) -> int | None:
    """The length a stored 1-D array says it has, before anything of it is decoded (None: not that shape)."""
    shape = obj.get("shape") if isinstance(obj, dict) else None
    if isinstance(shape, list) and len(shape) == 1 and isinstance(shape[0], int) and not isinstance(shape[0], bool):
        return shape[0]
    return None


def _curve(obj: Any, at: str, budget: _Budget, length: int) -> np.ndarray:
    claimed = _claimed_length(obj)
    if claimed is not None and claimed != length:
        raise SourceError(tr("{at}: holds {count} epochs, but the run went to epoch {length}").format(
            at=at, count=claimed, length=length))
    budget.curve(length, at)
    array = budget.array(obj, at)
    if array.dtype.kind != "f" or array.ndim != 1:
        raise SourceError(tr("{at}: expected a list of floating-point losses (1-D), found {dtype} of shape {shape}")
                          .format(at=at, dtype=array.dtype, shape=tuple(array.shape)))
    if len(array) != length:
        raise SourceError(tr("{at}: holds {count} epochs, but the run went to epoch {length}").format(
            at=at, count=len(array), length=length))
    return np.asarray(array, dtype=np.float64)


def _run_from_dict(data: Any, at: str, budget: _Budget) -> RunRecord:
    d = fields.object_with(data, at, RUN_KEYS, RUN_REQUIRED)
    number = fields.whole(d["number"], f"{at}.number", 1, 10**9)
    if not isinstance(d["settings"], dict):
        raise SourceError(tr("{at}.settings: expected an object").format(at=at))
    try:
        settings = settings_from_dict(d["settings"])
    except ValueError as exc:
        raise SourceError(f"{at}.settings.{exc}") from None
    reason = d["reason"]
    if reason not in REASONS:
        raise SourceError(tr("{at}.reason: expected one of {reasons}, found {value}").format(
            at=at, reasons=", ".join(REASONS), value=repr(reason)[:40]))
    epochs_run = fields.whole(d["epochs_run"], f"{at}.epochs_run", 0, MAX_RUN_EPOCHS)
    start = fields.whole(d.get("start_epoch", 1), f"{at}.start_epoch", 1, MAX_EPOCHS)
    seconds = _number(d.get("seconds", 0.0), f"{at}.seconds")
    if seconds < 0:
        raise SourceError(tr("{at}.seconds: must be at least 0, found {value}").format(at=at, value=seconds))
    diverged = d.get("diverged_at")
    if diverged is not None:
        diverged = fields.whole(diverged, f"{at}.diverged_at", 1, MAX_EPOCHS)
    last = start - 1 + epochs_run
    if last > MAX_EPOCHS:
        raise SourceError(tr("{at}: the run ends at epoch {last}; lstmviz counts at most {limit} epochs").format(
            at=at, last=count(last), limit=count(MAX_EPOCHS)))
    loss = _curve(d["loss"], f"{at}.loss", budget, last)
    val = d.get("val_loss")
    history = LossHistory.of(loss, None if val is None else _curve(val, f"{at}.val_loss", budget, last))
    del loss
    snapshots = d.get("snapshots")
    if snapshots is not None:
        snapshots = _snapshots(snapshots, f"{at}.snapshots", budget, start - 1, last)
    samples = _samples(d.get("samples", []), f"{at}.samples", last)
    return RunRecord(number, fields.text(d.get("title", ""), f"{at}.title"), fields.text(d.get("dataset", ""), f"{at}.dataset"),
                     fields.text(d.get("model", ""), f"{at}.model"), settings, history, reason, epochs_run,
                     seconds, fields.text(d.get("message", ""), f"{at}.message"), diverged, start, snapshots, samples)


def _samples(data: Any, at: str, last: int) -> tuple[Sample, ...]:
    """What a character model wrote during a run: text with the prompt, temperature, seed and epoch."""
    if not isinstance(data, list) or len(data) > MAX_SAMPLES:
        raise SourceError(tr("{at}: expected a list of at most {limit} samples").format(at=at, limit=MAX_SAMPLES))
    out = []
    for i, item in enumerate(data):
        where = f"{at}[{i}]"
        d = fields.object_with(item, where, SAMPLE_KEYS, frozenset({"prompt", "text", "temperature"}))
        temperature = _number(d["temperature"], f"{where}.temperature")
        if not 0.0 <= temperature <= MAX_TEMPERATURE:
            raise SourceError(tr("{at}.temperature: must be between 0 and {limit}, found {value}").format(
                at=where, limit=f"{MAX_TEMPERATURE:g}", value=temperature))
        epoch = d.get("epoch")
        out.append(Sample(fields.text(d["prompt"], f"{where}.prompt"), fields.text(d["text"], f"{where}.text"), temperature,
                          fields.whole(d.get("seed", 0), f"{where}.seed", 0, 2**63 - 1),
                          None if epoch is None else fields.whole(epoch, f"{where}.epoch", 0, max(last, 0))))
    return tuple(out)


def _snapshots(data: Any, at: str, budget: _Budget, first: int, last: int) -> RunSnapshots:
    """A run's replay snapshots: epochs within the run, one float row per epoch (NaN kept), shapes that cut it."""
    d = fields.object_with(data, at, SNAPSHOT_KEYS, SNAPSHOT_KEYS)
    shapes = d["shapes"]
    if not isinstance(shapes, list) or len(shapes) > MAX_SNAPSHOT_ARRAYS or not all(
            isinstance(s, list) and len(s) <= 8 and all(not isinstance(n, bool) and isinstance(n, int)
                                                        and 0 <= n <= 1 << 31 for n in s) for s in shapes):
        raise SourceError(tr("{at}.shapes: expected a list of array shapes (lists of whole numbers)").format(at=at))
    size = sum(math.prod(s) for s in shapes)
    rows = _claimed_length(d["epochs"])
    if rows is None:
        raise SourceError(tr("{at}.epochs: expected a list of whole epoch numbers").format(at=at))
    if rows is not None and rows > last - first + 1:  # one snapshot per epoch at most, and the start
        raise SourceError(tr("{at}.epochs: holds {rows} snapshots, but the run has {epochs} epochs").format(
            at=at, rows=count(rows), epochs=count(last - first)))
    budget.rows(rows, f"{at}.epochs")
    epochs = budget.array(d["epochs"], f"{at}.epochs")
    if epochs.dtype.kind not in "iu" or epochs.ndim != 1 or len(epochs) == 0:
        raise SourceError(tr("{at}.epochs: expected a list of whole epoch numbers").format(at=at))
    if epochs[0] < first or epochs[-1] > last or np.any(np.diff(epochs.astype(np.int64)) <= 0):
        raise SourceError(tr("{at}.epochs: must increase from epoch {first} to {last} at most").format(
            at=at, first=first, last=last))
    claimed = d["values"].get("shape") if isinstance(d["values"], dict) else None
    if isinstance(claimed, list) and claimed != [len(epochs), size]:
        raise SourceError(tr("{at}.values: expected {rows} rows of {size} floating-point numbers, found shape "
                             "{shape}").format(at=at, rows=len(epochs), size=size, shape=tuple(claimed)[:4]))
    values = budget.array(d["values"], f"{at}.values")
    if values.dtype.kind != "f" or values.shape != (len(epochs), size):
        raise SourceError(tr("{at}.values: expected {rows} rows of {size} floating-point numbers, found {dtype} "
                             "of shape {shape}").format(at=at, rows=len(epochs), size=size, dtype=values.dtype,
                                                        shape=tuple(values.shape)))
    # NaN and infinity are kept: the weights of a run that diverged, as training recorded them.
    return RunSnapshots(np.asarray(epochs, dtype=np.int64), np.asarray(values, dtype=np.float32),
                        tuple(tuple(s) for s in shapes))


def runs_from_list(data: Any, where: str, budget: _Budget) -> tuple[RunRecord, ...]:
    if not isinstance(data, list):
        raise SourceError(tr("{where}: runs: expected a list, found {kind}").format(
            where=where, kind=type(data).__name__))
    if len(data) > MAX_RUNS:
        raise SourceError(tr("{where}: runs: holds {count:,} runs; at most {limit:,} may be read").format(
            where=where, count=len(data), limit=MAX_RUNS))
    runs: list[RunRecord] = []
    seen: set[int] = set()
    for i, item in enumerate(data):
        run = _run_from_dict(item, f"{where}: runs[{i}]", budget)
        if run.number in seen:
            raise SourceError(tr("{where}: runs[{index}].number: run #{number} is listed twice").format(
                where=where, index=i, number=run.number))
        seen.add(run.number)
        runs.append(run)
    return tuple(runs)


def trained_from_dict(data: Any, architecture: Architecture, runs: tuple[RunRecord, ...], where: str,
                      budget: _Budget, source: str) -> TrainedState:
    at = f"{where}: trained"
    d = fields.object_with(data, at, TRAINED_KEYS, frozenset({"weights"}))
    run = d.get("run")
    if run is not None:
        run = fields.whole(run, f"{at}.run", 1, 10**9)
        if run not in {r.number for r in runs}:
            raise SourceError(tr("{at}.run: run #{number} is not in the file's runs").format(at=at, number=run))
    epoch = fields.whole(d.get("epoch", 0), f"{at}.epoch", 0, MAX_EPOCHS)
    loss = _number(d.get("loss"), f"{at}.loss", allow_none=True)
    items = d["weights"]
    if not isinstance(items, list):
        raise SourceError(tr("{at}.weights: expected a list of arrays, found {kind}").format(
            at=at, kind=type(items).__name__))
    weights = []
    for i, item in enumerate(items):
        array = budget.array(item, f"{at}.weights[{i}]")
        if array.dtype.kind != "f":
            raise SourceError(tr("{at}.weights[{index}]: holds {dtype} values, expected floating-point numbers")
                              .format(at=at, index=i, dtype=array.dtype))
        # NaN and infinity are kept: a .keras file's weights as imported, a diverged run's as trained.
        weights.append(np.asarray(array, dtype=np.float32))
    try:
        split_weights(architecture, weights)
    except ValueError as exc:
        raise SourceError(tr("{at}.weights: {reason}").format(at=at, reason=exc)) from None
    evaluation = d.get("evaluation")
    if evaluation is not None:
        evaluation = evaluation_from_dict(evaluation, f"{at}.evaluation")
    return TrainedState(architecture, tuple(weights), run=run, epoch=epoch, loss=loss, source=source,
                        evaluation=evaluation)


def read_trained_part(data: Mapping[str, Any], architecture: Architecture, where: str,
                      path: Path | None) -> tuple[TrainedState | None, tuple[RunRecord, ...]]:
    """The weights (None when the file holds none) and the runs of a version 2 project object."""
    budget = _Budget(MAX_ARRAY_BYTES)
    runs = runs_from_list(data.get("runs", []), where, budget)
    raw = data.get("trained")
    if raw is None:
        return None, runs
    source = tr("weights from {file}").format(file=path.name) if path else tr("weights from the project")
    return trained_from_dict(raw, architecture, runs, where, budget, source), runs


# ----------------------------------------------------------------------------- summary


def trained_summary(trained: TrainedState | None, runs: tuple[RunRecord, ...]) -> dict[str, Any]:
    """What ``lstmviz summary --json`` says about the trained state: ``trained`` (or null) and ``runs``."""
    out: dict[str, Any] = {"trained": None, "runs": [
        {"number": r.number, "epochs_run": r.epochs_run, "last_epoch": r.last_epoch, "reason": r.reason,
         "final_loss": _finite_or_none(r.history.last()[0])} for r in runs]}
    if trained is not None:
        out["trained"] = {"epochs": trained.epoch, "final_loss": _finite_or_none(trained.loss), "run": trained.run,
                          "weights": len(trained.weights),
                          "values": int(sum(np.asarray(w).size for w in trained.weights))}
        if trained.evaluation is not None:
            out["trained"]["evaluation"] = dict(trained.evaluation)
    return out


def trained_summary_text(trained: TrainedState | None, runs: tuple[RunRecord, ...]) -> str:
    """One line for ``lstmviz summary``: whether there are trained weights, how long trained, the last loss."""
    if trained is None:
        text = tr("Trained weights: none (the model has not been trained)")
    elif trained.epoch:
        loss = "n/a" if trained.loss is None else f"{trained.loss:.6g}"
        text = tr("Trained weights: {epochs} epochs, final loss {loss}").format(epochs=trained.epoch, loss=loss)
        if trained.run is not None:
            text += tr(" (run #{number})").format(number=trained.run)
    else:
        text = tr("Trained weights: yes (epochs not recorded)")
    if runs:
        text += "\n" + tr("Runs: {count}").format(count=len(runs))
    if trained is not None and trained.evaluation is not None:
        text += "".join("\n" + line for line in (*evaluation_lines(trained.evaluation),
                                                 *confusion_lines(trained.evaluation)))
    return text
