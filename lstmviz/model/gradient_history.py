"""The gradients through time of one run: ||dL/dh_t|| per time step, at every observed epoch.

A row is one recurrent layer's direction and state: ``(layer_index, direction, "h")`` or
``"c"``. Each observation holds a (T,) array per row, in input order (t = 1 first). The
unrolled view draws an observation on its arrows and all of them as a heatmap
(time steps x epochs); a replay shows any epoch with :meth:`GradientHistory.at`.
"""

from __future__ import annotations

import bisect
import math
from typing import Iterable, Mapping

import numpy as np

RowKey = tuple[int, int, str]  # (layer index, direction 1 or -1, state "h" or "c")
# Colours and arrow widths span this many decades below the largest step of an observation:
# enough to tell a gradient that fades over 30 steps from one that reaches back.
DECADES = 6


class GradientHistory:
    def __init__(self) -> None:
        self.epochs: list[int] = []
        self._rows: dict[RowKey, list[np.ndarray]] = {}
        self.samples = 0  # how many samples the loss was averaged over (the last observation's)

    def __len__(self) -> int:
        return len(self.epochs)

    def clear(self) -> None:
        self.epochs.clear()
        self._rows.clear()
        self.samples = 0

    def add(self, epoch: int, norms: Mapping[RowKey, np.ndarray], samples: int = 0) -> None:
        """One observation; a second one for the same epoch replaces it (a run's final look)."""
        arrays = {key: np.asarray(v, dtype=np.float64).ravel() for key, v in norms.items()}
        if self.epochs and epoch < self.epochs[-1]:
            raise ValueError(f"epoch {epoch} comes after epoch {self.epochs[-1]}")
        if set(arrays) != set(self._rows) and self.epochs:
            raise ValueError("an observation must have the same layers as the ones before it")
        if self.epochs and self.epochs[-1] == epoch:
            for key, value in arrays.items():
                self._rows[key][-1] = value
        else:
            self.epochs.append(int(epoch))
            for key, value in arrays.items():
                self._rows.setdefault(key, []).append(value)
        self.samples = int(samples)

    def keys(self) -> list[RowKey]:
        return list(self._rows)

    def layers(self) -> list[int]:
        return sorted({key[0] for key in self._rows})

    def rows_of(self, layer_index: int) -> list[RowKey]:
        """The rows of one layer: forward before backward, h before c."""
        keys = [k for k in self._rows if k[0] == layer_index]
        return sorted(keys, key=lambda k: (-k[1], k[2] != "h"))

    def index_at(self, epoch: int | None) -> int | None:
        """The last observation at or before ``epoch`` (None: the last one)."""
        if not self.epochs:
            return None
        if epoch is None:
            return len(self.epochs) - 1
        i = bisect.bisect_right(self.epochs, epoch) - 1
        return max(i, 0)

    def at(self, epoch: int | None = None) -> dict[RowKey, np.ndarray]:
        i = self.index_at(epoch)
        return {} if i is None else {key: values[i] for key, values in self._rows.items()}

    def matrix(self, key: RowKey) -> np.ndarray:
        """(T, observations): one column per observed epoch, t = 1 in row 0."""
        values = self._rows.get(key)
        if not values:
            return np.zeros((0, 0))
        return np.stack(values, axis=1)

    def copy(self) -> GradientHistory:
        other = GradientHistory()
        other.epochs = list(self.epochs)
        other._rows = {k: list(v) for k, v in self._rows.items()}
        other.samples = self.samples
        return other


def relative_levels(norms: np.ndarray, decades: int = DECADES) -> np.ndarray:
    """0..1 per value: 1 for the largest along axis 0, 0 for ``decades`` below it or less (and for 0)."""
    a = np.asarray(norms, dtype=np.float64)
    top = np.max(a, axis=0, keepdims=True) if a.size else a
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.log10(a / top)
    levels = 1.0 + rel / decades
    return np.clip(np.nan_to_num(levels, nan=0.0, neginf=0.0, posinf=1.0), 0.0, 1.0)


def decades_below(norm: float, top: float) -> float | None:
    """How many decades ``norm`` lies below ``top`` (None when either is 0)."""
    if not (norm > 0 and top > 0) or not math.isfinite(norm) or not math.isfinite(top):
        return None
    return math.log10(top / norm)


def from_rows(rows: Iterable[tuple[int, int, np.ndarray, np.ndarray | None]]) -> dict[RowKey, np.ndarray]:
    """Norms keyed by row from (layer index, direction, h, c or None) tuples."""
    out: dict[RowKey, np.ndarray] = {}
    for index, direction, h, c in rows:
        out[(index, direction, "h")] = np.asarray(h)
        if c is not None:
            out[(index, direction, "c")] = np.asarray(c)
    return out
