"""A trained model judged on a series split in time: scores per part, baselines, the test period.

:func:`evaluate` needs only the data set and the model's outputs for its windows (from
Keras while training, or from the numpy forward pass of stored weights when a project is
reopened without TensorFlow). Regression is scored in the data's units (RMSE, MAE) beside
the last-value and seasonal naive forecasts; classification by loss and accuracy beside
the majority class, with the test part's confusion matrix. :meth:`Evaluation.to_dict`
is what ``lstmviz train --json`` prints and a project stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from lstmviz.model.architecture import Architecture
from lstmviz.model.baselines import majority_baseline, regression_baselines
from lstmviz.model.datasets import Dataset
from lstmviz.model.forward import predict
from lstmviz.model.forecasts import Predict, multi_step, one_step
from lstmviz.model.saliency import mean_test_saliency
from lstmviz.model.metrics import classification_scores, class_ids, confusion_matrix, regression_scores
from lstmviz.model.snapshots import RunSnapshots
from lstmviz.model.splits import PARTS
from lstmviz.model.tasks import Task

SALIENCY_WINDOWS = 64  # test windows the stored mean step saliency averages over


@dataclass(frozen=True, eq=False)
class Evaluation:
    task: Task
    metrics: dict[str, dict[str, float]]  # part -> metric -> value
    baselines: dict[str, dict[str, float]]  # baseline -> metric -> value, on the test part
    split: dict[str, int] = field(default_factory=dict)  # windows per part
    classes: tuple[str, ...] = ()
    confusion: np.ndarray | None = None  # test part: rows true class, columns predicted
    forecast: np.ndarray | None = None  # test part, one step ahead, in the data's units
    actual: np.ndarray | None = None
    multi_step: np.ndarray | None = None  # test part, outputs fed back

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"task": self.task.value, "split": dict(self.split), "metrics": self.metrics,
                               "baselines": self.baselines}
        if self.classes:
            out["classes"] = list(self.classes)
        if self.confusion is not None:
            out["confusion_matrix"] = self.confusion.tolist()
        return out


def evaluate(dataset: Dataset, predictions: np.ndarray, predict: Predict | None = None) -> Evaluation | None:
    """Scores of ``predictions`` (the model's outputs for every window of ``dataset``); None for data
    that is not a series split in time. ``predict`` (a model's forward pass) adds the multi-step forecast."""
    info = dataset.series
    if info is None:
        return None
    predictions = np.asarray(predictions, dtype=np.float64)
    counts = dict(zip(PARTS, info.parts()))
    metrics: dict[str, dict[str, float]] = {}
    for part in PARTS:
        piece = dataset.part(part)
        if piece is None:
            continue
        start = _start(info.parts(), part)
        outputs = predictions[start:start + piece.samples]
        if info.task is Task.CLASSIFICATION:
            metrics[part] = classification_scores(outputs, piece.y)
        else:
            assert info.targets is not None
            metrics[part] = regression_scores(info.targets.invert(outputs), info.targets.invert(piece.y))
    test = dataset.part("test")
    if info.task is Task.CLASSIFICATION:
        train = dataset.part("train")
        assert train is not None
        baselines = {} if test is None else {"majority_class": majority_baseline(train.y, test.y, len(info.classes))}
        confusion = None
        if test is not None:
            test_out = predictions[_start(info.parts(), "test"):]
            confusion = confusion_matrix(test.y, np.argmax(test_out, axis=-1), len(info.classes))
        return Evaluation(info.task, metrics, baselines, counts, info.classes, confusion)
    baselines = {}
    forecast = actual = fed_back = None
    if test is not None:
        rows = range(info.split.test_start, info.split.rows)
        baselines = regression_baselines(info.series, rows, info.season)
        forecast, actual = one_step(dataset, predictions)
        if predict is not None and info.autoregressive:
            fed_back = multi_step(dataset, predict)
            metrics["test_multi_step"] = regression_scores(fed_back, actual)
    return Evaluation(info.task, metrics, baselines, counts, (), None, forecast, actual, fed_back)


def evaluate_weights(architecture: Architecture, weights: Sequence[np.ndarray], dataset: Dataset,
                     fed_back: bool = True) -> Evaluation | None:
    """:func:`evaluate` of stored weights, through the numpy forward pass (no TensorFlow).

    ``fed_back`` adds the multi-step forecast: one forward pass per test step, a second or
    so for the sunspots' 62 test years on a busy machine, so the window runs it off its thread.
    """
    if dataset.series is None:
        return None

    def forward(x: np.ndarray) -> np.ndarray:
        return predict(architecture, weights, x)

    return evaluate(dataset, forward(dataset.x), forward if fed_back else None)


def stored_evaluation(architecture: Architecture, weights: Sequence[np.ndarray] | None,
                      dataset: Dataset, complete: bool = True) -> dict[str, Any] | None:
    """What a trained state keeps of its evaluation (None for data that is not a series, or no weights).

    ``complete`` adds the fed-back forecast's scores and the mean step saliency (``lstmviz
    train``); without it (the window, when a run ends, on its own thread) the scores per part,
    the baselines, the split and the confusion matrix: one forward pass over the windows.
    """
    if dataset.series is None or not weights:
        return None
    evaluation = evaluate_weights(architecture, weights, dataset, fed_back=complete)
    if evaluation is None:
        return None
    out = evaluation.to_dict()
    test = dataset.part("test")
    if test is not None and complete:
        # Evenly spaced test windows: the mean settles with a few dozen, and this runs when a run ends.
        chosen = test.x[np.unique(np.linspace(0, test.samples - 1, SALIENCY_WINDOWS).astype(int))]
        out["step_saliency"] = [float(v) for v in mean_test_saliency(
            architecture, weights, chosen, dataset.series.task is Task.CLASSIFICATION)]
    return out


def _start(parts: tuple[int, int, int], part: str) -> int:
    n_train, n_val, _ = parts
    return {"train": 0, "validation": n_train, "test": n_train + n_val}[part]


def predicted_classes(probabilities: np.ndarray) -> np.ndarray:
    return class_ids(np.argmax(probabilities, axis=-1))


def accuracy_history(architecture: Architecture, snapshots: RunSnapshots, dataset: Dataset,
                     max_points: int = 40) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Accuracy of each part at (up to ``max_points``, evenly thinned) epochs a run kept weights of:
    the curves beside the loss, rebuilt from a finished or reopened run without TensorFlow."""
    if dataset.series is None or not dataset.classes or not len(snapshots):
        return np.zeros(0, dtype=np.int64), {}
    chosen = np.unique(np.linspace(0, len(snapshots) - 1, min(max_points, len(snapshots))).astype(int))
    curves: dict[str, list[float]] = {part: [] for part in PARTS if dataset.part(part) is not None}
    for index in chosen:
        outputs = predict(architecture, snapshots.weights(int(index)), dataset.x)
        for part in curves:
            piece = dataset.part(part)
            assert piece is not None
            start = _start(dataset.series.parts(), part)
            curves[part].append(classification_scores(outputs[start:start + piece.samples], piece.y)["accuracy"])
    return np.asarray(snapshots.epochs)[chosen], {part: np.asarray(v) for part, v in curves.items()}
