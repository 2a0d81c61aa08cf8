"""A run's losses per epoch in numpy buffers, filled from the engine's batched messages.

Plots read these on their redraw timer; appending is a few array copies. A finished
run keeps a :meth:`LossHistory.copy` that nothing changes any more.
"""

from __future__ import annotations

import csv
import io

import numpy as np


class LossHistory:
    """Loss (and validation loss) per epoch, epochs numbered from 1.

    The validation buffer exists only once a validation loss arrived: a run without one
    costs half the memory.
    """

    def __init__(self, capacity: int = 256) -> None:
        self._loss = np.full(capacity, np.nan)
        self._val: np.ndarray | None = None
        self.count = 0
        self.has_val = False
        self.version = 0  # bumped on every change, so a plot can tell it is stale

    @classmethod
    def of(cls, loss: np.ndarray, val_loss: np.ndarray | None = None) -> LossHistory:
        """A history holding exactly these curves (epochs 1..len(loss)), without a spare buffer."""
        history = cls(0)
        history._loss = np.array(loss, dtype=np.float64)
        history.count = len(history._loss)
        if val_loss is not None:
            history._val = np.array(val_loss, dtype=np.float64)
            history.has_val = True
        return history

    def clear(self) -> None:
        self._loss[:] = np.nan
        self._val = None
        self.count = 0
        self.has_val = False
        self.version += 1

    def _grow(self, needed: int) -> None:
        if needed <= len(self._loss):
            return
        size = max(needed, 2 * len(self._loss))
        new = np.full(size, np.nan)
        new[: len(self._loss)] = self._loss
        self._loss = new
        if self._val is not None:
            val = np.full(size, np.nan)
            val[: len(self._val)] = self._val
            self._val = val

    def add(self, first_epoch: int, losses, val_losses=None) -> None:
        """Store losses of epochs first_epoch, first_epoch + 1, ...; later epochs are dropped."""
        n = len(losses)
        start = first_epoch - 1
        self._grow(start + n)
        self._loss[start:start + n] = losses
        if val_losses is not None:
            if self._val is None:
                self._val = np.full(len(self._loss), np.nan)
            self._val[start:start + n] = val_losses
            self.has_val = True
        self.count = start + n
        self._loss[self.count:] = np.nan
        if self._val is not None:
            self._val[self.count:] = np.nan
        self.version += 1

    @property
    def epochs(self) -> np.ndarray:
        return np.arange(1, self.count + 1, dtype=float)

    @property
    def loss(self) -> np.ndarray:
        return self._loss[: self.count]

    @property
    def val_loss(self) -> np.ndarray | None:
        return self._val[: self.count] if self.has_val and self._val is not None else None

    def last(self) -> tuple[float | None, float | None]:
        if not self.count:
            return None, None
        val = float(self._val[self.count - 1]) if self.has_val and self._val is not None else None
        return float(self._loss[self.count - 1]), val

    def copy(self) -> LossHistory:
        return LossHistory.of(self.loss, self.val_loss)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["epoch", "loss", "val_loss"] if self.has_val else ["epoch", "loss"])
        val = self.val_loss
        for i in range(self.count):
            row = [i + 1, repr(float(self._loss[i]))]
            if val is not None:
                row.append(repr(float(val[i])))
            writer.writerow(row)
        return out.getvalue()
