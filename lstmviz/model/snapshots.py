"""Weight snapshots of a run, for replaying it: which epochs are kept, and the kept weights.

Every run keeps the weights of some of its epochs: every epoch while they fit in
:data:`SNAPSHOT_BUDGET_BYTES` (the tutorial's 146-parameter models hold 100,000 epochs in
it), else evenly spaced epochs that fill it. The first snapshot is the run's starting
point (the epoch before its first) and the last one its final weights. A snapshot is one
row of float32 numbers, the model's weights in Keras's ``get_weights()`` order laid end
to end; ``shapes`` cut a row back into arrays.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Sequence

import numpy as np

SNAPSHOT_BUDGET_BYTES = 64 << 20  # per run, in memory
CHUNK_SNAPSHOT_BYTES = 8 << 20  # at most this much leaves one compiled call (bounds the call's own buffer)


def snapshot_stride(values: int, epochs: int, budget: int | None = None) -> int:
    """Keep every ``stride``-th epoch of a run of ``epochs`` so its snapshots fit ``budget`` bytes.

    ``values`` is the number of weights in one snapshot. The start and the last epoch are
    kept as well, so a run holds at most ``epochs // stride + 2`` snapshots.
    """
    budget = SNAPSHOT_BUDGET_BYTES if budget is None else budget
    per = 4 * max(int(values), 1)
    fits = max(budget // per - 2, 1)  # room for the start and the last epoch besides the stride's
    return max(1, math.ceil(max(int(epochs), 1) / fits))


def kept(epoch_in_run: np.ndarray | int, stride: int, epochs: int) -> np.ndarray | bool:
    """Whether the ``epoch_in_run``-th epoch of a run (from 1) keeps its weights."""
    e = np.asarray(epoch_in_run)
    return (e % stride == 0) | (e == epochs)


def chunk_snapshots(values: int) -> int:
    """How many snapshots one compiled call may return at most."""
    return max(1, CHUNK_SNAPSHOT_BYTES // (4 * max(int(values), 1)))


@dataclass(frozen=True, eq=False)
class RunSnapshots:
    """Snapshots of one run: ``epochs`` (n,) increasing, ``values`` (n, P) float32, and the weights' shapes."""

    epochs: np.ndarray
    values: np.ndarray
    shapes: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        epochs = np.asarray(self.epochs, dtype=np.int64).reshape(-1)
        values = np.asarray(self.values, dtype=np.float32)
        size = sum(int(np.prod(s, dtype=np.int64)) for s in self.shapes)
        if values.ndim != 2 or values.shape[0] != len(epochs) or values.shape[1] != size:
            raise ValueError(f"snapshots of {size} values at {len(epochs)} epochs cannot be {values.shape}")
        if len(epochs) > 1 and not np.all(np.diff(epochs) > 0):
            raise ValueError("snapshot epochs must increase")
        epochs.flags.writeable = False
        values.flags.writeable = False
        object.__setattr__(self, "epochs", epochs)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "shapes", tuple(tuple(int(d) for d in s) for s in self.shapes))

    def __len__(self) -> int:
        return len(self.epochs)

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes + self.epochs.nbytes)

    @property
    def first_epoch(self) -> int:
        return int(self.epochs[0])

    @property
    def last_epoch(self) -> int:
        return int(self.epochs[-1])

    def weights(self, index: int) -> tuple[np.ndarray, ...]:
        """The arrays of snapshot ``index`` (read-only views, Keras order)."""
        return split_row(self.values[index], self.shapes)

    def index_at(self, epoch: int) -> int:
        """The snapshot shown at ``epoch``: the last one at or before it (the first one before the start)."""
        return max(int(np.searchsorted(self.epochs, epoch, side="right")) - 1, 0)

    def pairs(self) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        for i in range(len(self)):
            yield int(self.epochs[i]), self.weights(i)

    def thinned(self, max_bytes: int) -> RunSnapshots:
        """At most ``max_bytes`` of values, evenly spaced, the first and the last kept (at least those two)."""
        per = max(self.values.shape[1] * 4, 1)
        room = max(max_bytes // per, 2)
        if len(self) <= room:
            return self
        chosen = np.unique(np.round(np.linspace(0, len(self) - 1, room)).astype(np.int64))
        return RunSnapshots(self.epochs[chosen], self.values[chosen], self.shapes)


def split_row(row: np.ndarray, shapes: Sequence[Sequence[int]]) -> tuple[np.ndarray, ...]:
    out = []
    at = 0
    for shape in shapes:
        n = int(np.prod(shape, dtype=np.int64))
        out.append(row[at:at + n].reshape(shape))
        at += n
    return tuple(out)


def flatten(weights: Sequence[np.ndarray]) -> np.ndarray:
    """One snapshot row from arrays in Keras order."""
    if not weights:
        return np.zeros(0, np.float32)
    return np.concatenate([np.asarray(w, dtype=np.float32).reshape(-1) for w in weights])


class SnapshotRecorder:
    """Collects a running run's snapshots block by block (amortised growth); :meth:`frozen` gives the record."""

    def __init__(self, shapes: Sequence[Sequence[int]] = ()) -> None:
        self._reset(shapes)

    def _reset(self, shapes: Sequence[Sequence[int]]) -> None:
        self.shapes = tuple(tuple(int(d) for d in s) for s in shapes)
        self.size = sum(int(np.prod(s, dtype=np.int64)) for s in self.shapes)
        self._epochs = np.zeros(0, np.int64)
        self._values = np.zeros((0, self.size), np.float32)
        self.count = 0

    def clear(self) -> None:
        self._reset(())

    def add(self, epochs: Sequence[int], values: np.ndarray, shapes: Sequence[Sequence[int]] | None = None) -> None:
        """Append snapshots; ``shapes`` (given with the first block, or when the recorder was made empty) fix the row."""
        values = np.asarray(values, dtype=np.float32)
        if shapes is not None and not self.count and tuple(map(tuple, shapes)) != self.shapes:
            self._reset(shapes)
        n = len(epochs)
        if n == 0:
            return
        if values.shape != (n, self.size):
            raise ValueError(f"expected {n} snapshots of {self.size} values, got {values.shape}")
        if self.count and int(epochs[0]) <= int(self._epochs[self.count - 1]):
            # A repeated epoch (the final weights sent again after the last chunk) replaces nothing.
            keep = np.asarray(epochs) > self._epochs[self.count - 1]
            epochs, values, n = np.asarray(epochs)[keep], values[keep], int(keep.sum())
            if n == 0:
                return
        needed = self.count + n
        if needed > len(self._epochs):
            grow = max(needed, 2 * len(self._epochs), 16)
            epochs_buf = np.zeros(grow, np.int64)
            values_buf = np.zeros((grow, self.size), np.float32)
            epochs_buf[: self.count] = self._epochs[: self.count]
            values_buf[: self.count] = self._values[: self.count]
            self._epochs, self._values = epochs_buf, values_buf
        self._epochs[self.count:needed] = epochs
        self._values[self.count:needed] = values
        self.count = needed

    def latest(self) -> tuple[int, tuple[np.ndarray, ...]] | None:
        """The newest snapshot's epoch and weights (copies), or None before the first."""
        if not self.count:
            return None
        return int(self._epochs[self.count - 1]), split_row(self._values[self.count - 1].copy(), self.shapes)

    def frozen(self) -> RunSnapshots | None:
        """The snapshots so far, as an immutable record (None when there are none)."""
        if not self.count:
            return None
        return RunSnapshots(self._epochs[: self.count].copy(), self._values[: self.count].copy(), self.shapes)
