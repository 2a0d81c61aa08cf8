"""Forecasts over the test period: one step ahead, and many steps with the outputs fed back.

One step ahead, every forecast reads the true values before it. Many steps ahead, the model
starts from the last window before the test period and reads its own forecasts from then
on, as it would have to on the day the test period began: errors pile up, which is the
honest picture of forecasting further than one step.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from lstmviz.model.datasets import Dataset

Predict = Callable[[np.ndarray], np.ndarray]  # (samples, T, F) float32 -> (samples, targets)


def test_start_window(dataset: Dataset) -> int:
    assert dataset.series is not None
    n_train, n_val, _ = dataset.series.parts()
    return n_train + n_val


def one_step(dataset: Dataset, predictions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(forecasts, actual values) of the test windows, in the data's units."""
    info = dataset.series
    assert info is not None and info.targets is not None
    start = test_start_window(dataset)
    return (info.targets.invert(np.asarray(predictions)[start:]),
            info.targets.invert(dataset.y[start:]))


def multi_step(dataset: Dataset, predict: Predict, steps: int | None = None) -> np.ndarray:
    """``steps`` forecasts (default: the whole test period) from the last window before it, each
    step's output appended to the window the next step reads; in the data's units."""
    info = dataset.series
    assert info is not None and info.targets is not None and info.autoregressive
    start = test_start_window(dataset)
    steps = dataset.samples - start if steps is None else steps
    window = np.array(dataset.x[start], dtype=np.float32)  # (T, F): rows known when the test period begins
    # Targets and features are the same columns but scaled each on its own: map one to the other.
    to_features = np.asarray(info.targets.scale) / np.asarray(info.features.scale)
    shift = (np.asarray(info.targets.mean) - np.asarray(info.features.mean)) / np.asarray(info.features.scale)
    out = np.empty((steps, len(info.target_names)))
    for k in range(steps):
        scaled = np.asarray(predict(window[None]), dtype=np.float64).reshape(-1)
        out[k] = scaled
        window = np.concatenate([window[1:], (scaled * to_features + shift)[None].astype(np.float32)])
    return info.targets.invert(out)
