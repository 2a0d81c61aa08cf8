"""Standardising a series with numbers taken from its training part only.

Mean and standard deviation come from the training rows: a scaler fitted on all rows would
let the test period's level leak into training (the airline series grows, so its test
years would shift the mean the network learns from). The numbers are shown to the learner
and stored with the project, so predictions turn back into passengers or degrees.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Scaling:
    """Per column: scaled = (value - mean) / scale."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def apply(self, values: np.ndarray) -> np.ndarray:
        return (np.asarray(values, dtype=np.float64) - np.asarray(self.mean)) / np.asarray(self.scale)

    def invert(self, values: np.ndarray) -> np.ndarray:
        return np.asarray(values, dtype=np.float64) * np.asarray(self.scale) + np.asarray(self.mean)

    def to_dict(self) -> dict[str, list]:
        return {"names": list(self.names), "mean": list(self.mean), "scale": list(self.scale)}

    def describe(self) -> str:
        return "; ".join(f"{n}: (x \u2212 {m:.4g}) / {s:.4g}" for n, m, s in zip(self.names, self.mean, self.scale))


def fit_scaling(names: tuple[str, ...], training_rows: np.ndarray) -> Scaling:
    """Mean and standard deviation of each column over the training rows (a constant column scales by 1)."""
    rows = np.asarray(training_rows, dtype=np.float64)
    mean = rows.mean(axis=0)
    std = rows.std(axis=0)
    std = np.where(std > 0, std, 1.0)
    return Scaling(tuple(names), tuple(float(v) for v in mean), tuple(float(v) for v in std))


def identity(names: tuple[str, ...]) -> Scaling:
    return Scaling(tuple(names), (0.0,) * len(names), (1.0,) * len(names))
