"""Plain messages the training engine sends to whoever listens (a CLI, a Qt worker, a test).

They carry numbers only (floats, tuples, numpy arrays), never Keras or TensorFlow
objects, so a listener on another thread can keep them after the engine moves on.
Epochs are numbered from 1. The probe of a recurrent layer's gates and states is the
model's own :class:`~lstmviz.model.cell_values.CellValues`, the type every view shows.
"""

from __future__ import annotations

import enum

from dataclasses import dataclass
from typing import Any, Callable, Iterator

import numpy as np

from lstmviz.model.cell_values import CellValues
from lstmviz.model.snapshots import split_row


@dataclass(frozen=True)
class Started:
    total_epochs: int
    batch_size: int
    samples: int
    engine: str  # "fast" or "fit"
    start_epoch: int = 1  # > 1 when a run resumes from earlier weights
    device: str = "CPU"  # where TensorFlow places the training: "CPU", or "GPU" when it sees one


@dataclass(frozen=True)
class EpochLosses:
    """Losses of consecutive epochs first_epoch, first_epoch + 1, ... ."""

    first_epoch: int
    losses: tuple[float, ...]
    val_losses: tuple[float, ...] | None
    elapsed: float  # seconds of training so far
    total_epochs: int

    @property
    def last_epoch(self) -> int:
        return self.first_epoch + len(self.losses) - 1


@dataclass(frozen=True)
class EpochProgress:
    """How far the epoch in progress has come: sent within epochs that take long (a few times a second).

    ``loss`` is Keras's running mean for the epoch so far (its progress bar's): the batch
    losses weighted by their batch sizes. The epoch's EpochLosses follow when it ends.
    """

    epoch: int  # the epoch in progress
    batches: int  # optimizer steps done in it
    steps_per_epoch: int
    loss: float
    elapsed: float  # seconds of training so far
    total_epochs: int

    @property
    def fraction(self) -> float:
        """The share of the epoch done, from 0 to 1."""
        return self.batches / max(self.steps_per_epoch, 1)


@dataclass(frozen=True, eq=False)
class WeightSnapshots:
    """(epoch, weights) pairs the run keeps for a replay, sent right after the EpochLosses of their chunk.

    Row ``i`` of ``values`` holds the weights after epoch ``epochs[i]``, in Keras's
    ``get_weights()`` order laid end to end (float32); ``shapes`` cuts a row back into
    arrays (:meth:`pairs`). A run's first message holds its starting point (the epoch
    before its first), its last one the final weights. Which epochs are kept:
    :mod:`lstmviz.model.snapshots`.
    """

    epochs: tuple[int, ...]
    values: np.ndarray  # (len(epochs), number of weights)
    shapes: tuple[tuple[int, ...], ...]

    def pairs(self) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        for epoch, row in zip(self.epochs, self.values):
            yield int(epoch), split_row(row, self.shapes)


@dataclass(frozen=True)
class Predictions:
    epoch: int
    predictions: np.ndarray  # model output on the whole dataset, shape of targets
    targets: np.ndarray


@dataclass(frozen=True)
class LayerGradients:
    """How strongly the loss depends on one recurrent layer's state at each time step."""

    layer_index: int  # index in Architecture.layers
    kind: str  # "LSTM", "GRU" or "SimpleRNN" (the wrapped layer of a Bidirectional)
    direction: int  # 1, or -1 for a row that reads backwards (go_backwards, a Bidirectional's second half)
    h: np.ndarray  # (T,) ||dL/dh_t||, in input order: h[0] is the step that reads x(1)
    c: np.ndarray | None = None  # (T,) ||dL/dc_t|| for an LSTM


@dataclass(frozen=True)
class StepGradients:
    """Gradients through time for every recurrent layer, from the current weights.

    dL/dh_t is the total derivative of the model's loss on the first ``samples`` samples
    with respect to the hidden state at step t: through the later steps and the outputs.
    """

    epoch: int
    samples: int
    layers: tuple[LayerGradients, ...]

    def layer(self, layer_index: int, direction: int = 1) -> LayerGradients | None:
        return next((g for g in self.layers if g.layer_index == layer_index and g.direction == direction), None)

    @property
    def first(self) -> LayerGradients | None:
        """The first recurrent layer's (its forward direction when it has two)."""
        if not self.layers:
            return None
        index = min(g.layer_index for g in self.layers)
        found = [g for g in self.layers if g.layer_index == index]
        return next((g for g in found if g.direction == 1), found[0])


class StopReason(enum.StrEnum):
    """Why a run ended. A str, so a run's reason is written to files and compared as its word."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    DIVERGED = "diverged"


@dataclass(frozen=True)
class Finished:
    reason: StopReason
    epochs_run: int
    history: dict[str, list[float]]  # "loss" (and "val_loss")
    train_seconds: float
    message: str = ""  # readable, e.g. "diverged at epoch 12 (loss became nan); ..."
    diverged_at: int | None = None  # the epoch whose loss was not finite (reason "diverged")
    waited_seconds: float = 0.0  # wall time spent holding to the pace (not in train_seconds)
    wall_seconds: float = 0.0  # from the start of the run to its end: training, pace and pauses

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", StopReason(self.reason))  # a reason given as its word


@dataclass(frozen=True)
class Failed:
    message: str  # readable, one or two sentences; no traceback


Message = Started | EpochLosses | EpochProgress | WeightSnapshots | Predictions | CellValues | StepGradients | Finished | Failed
Sink = Callable[[Message], Any]
