"""Scores of a model's outputs, in the data's own units: RMSE and MAE, or loss and accuracy.

Forecasts are scored after undoing the scaling (passengers, not standard deviations), so a
learner can set them beside the naive baselines of :mod:`.baselines`. Classification
scores read class probabilities (softmax rows) against class ids.
"""

from __future__ import annotations

import numpy as np

from lstmviz.i18n import tr_noop

# Metric name (JSON key) -> label as shown (translated where shown).
METRIC_LABELS = {"rmse": tr_noop("RMSE"), "mae": tr_noop("MAE"), "loss": tr_noop("loss"),
                 "accuracy": tr_noop("accuracy")}
_EPSILON = 1e-7  # Keras clips probabilities to [eps, 1 - eps] before the logarithm


def rmse(predicted: np.ndarray, actual: np.ndarray) -> float:
    diff = np.asarray(predicted, dtype=np.float64) - np.asarray(actual, dtype=np.float64)
    return float(np.sqrt(np.mean(diff * diff)))


def mae(predicted: np.ndarray, actual: np.ndarray) -> float:
    return float(np.mean(np.abs(np.asarray(predicted, dtype=np.float64) - np.asarray(actual, dtype=np.float64))))


def class_ids(ids: np.ndarray) -> np.ndarray:
    """Class ids as integers from targets stored as floats, (N, 1) or (N,)."""
    return np.rint(np.asarray(ids, dtype=np.float64).reshape(-1)).astype(np.int64)


def accuracy(probabilities: np.ndarray, ids: np.ndarray) -> float:
    return float(np.mean(np.argmax(probabilities, axis=-1) == class_ids(ids)))


def cross_entropy(probabilities: np.ndarray, ids: np.ndarray) -> float:
    """Sparse categorical cross-entropy as Keras computes it from probabilities (mean over samples)."""
    p = np.clip(np.asarray(probabilities, dtype=np.float64), _EPSILON, 1 - _EPSILON)
    p = p / p.sum(axis=-1, keepdims=True)
    chosen = p[np.arange(p.shape[0]), class_ids(ids)]
    return float(-np.mean(np.log(chosen)))


def confusion_matrix(true_ids: np.ndarray, predicted_ids: np.ndarray, classes: int) -> np.ndarray:
    """(classes, classes) counts: row = the true class, column = the predicted one."""
    matrix = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(matrix, (class_ids(true_ids), class_ids(predicted_ids)), 1)
    return matrix


def regression_scores(predicted: np.ndarray, actual: np.ndarray) -> dict[str, float]:
    return {"rmse": rmse(predicted, actual), "mae": mae(predicted, actual)}


def classification_scores(probabilities: np.ndarray, ids: np.ndarray) -> dict[str, float]:
    return {"loss": cross_entropy(probabilities, ids), "accuracy": accuracy(probabilities, ids)}
