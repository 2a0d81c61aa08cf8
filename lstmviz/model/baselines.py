"""What a model must beat: forecasts and guesses that need no training at all.

Last value: tomorrow is like today. Seasonal naive: this month is like the same month a
season ago (12 for monthly airline data). Majority class: always say the class seen most
often in training. A network that does not beat them has learned nothing worth its weights.
"""

from __future__ import annotations

import numpy as np

from lstmviz.i18n import tr_noop
from lstmviz.model.metrics import class_ids, regression_scores

BASELINE_LABELS = {"last_value": tr_noop("last value"), "seasonal_naive": tr_noop("seasonal naive"),
                   "majority_class": tr_noop("majority class")}


def last_value(series: np.ndarray, rows: range) -> np.ndarray:
    """The value of the row before each row in ``rows``: (len(rows), columns)."""
    return np.asarray(series, dtype=np.float64)[np.asarray(rows) - 1]


def seasonal_naive(series: np.ndarray, rows: range, season: int) -> np.ndarray:
    """The value one ``season`` before each row."""
    return np.asarray(series, dtype=np.float64)[np.asarray(rows) - season]


def regression_baselines(series: np.ndarray, rows: range, season: int | None) -> dict[str, dict[str, float]]:
    """RMSE and MAE of each naive forecast of ``series`` at ``rows`` (rows must start after the season)."""
    actual = np.asarray(series, dtype=np.float64)[np.asarray(rows)]
    out = {"last_value": regression_scores(last_value(series, rows), actual)}
    if season and rows.start >= season:
        out["seasonal_naive"] = regression_scores(seasonal_naive(series, rows, season), actual)
    return out


def majority_class(training_ids: np.ndarray, classes: int) -> int:
    """The class seen most often among the training targets (the lowest id on a tie)."""
    return int(np.argmax(np.bincount(class_ids(training_ids), minlength=classes)))


def majority_baseline(training_ids: np.ndarray, ids: np.ndarray, classes: int) -> dict[str, float]:
    majority = majority_class(training_ids, classes)
    return {"accuracy": float(np.mean(class_ids(ids) == majority)), "class": majority}
