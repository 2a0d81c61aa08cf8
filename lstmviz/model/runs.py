"""What training produced: finished runs with their settings and loss curves, and trained weights.

Both are immutable values the document keeps (and an undo command can put back):
a :class:`RunRecord` per finished run, and one :class:`TrainedState` holding the
weights the model has now, with the architecture they belong to. Predictions and cell
values are not stored: :mod:`lstmviz.model.forward` computes them from the weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.inference import Inference
from lstmviz.model.history import LossHistory
from lstmviz.model.sampling import Sample
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.snapshots import RunSnapshots

REASONS = ("completed", "stopped", "diverged", "failed")


@dataclass(frozen=True, eq=False)
class RunRecord:
    number: int
    title: str  # what was trained: the document's name
    dataset: str  # the data, e.g. "tutorial (one-to-one): X (5, 1, 1) → y (5, 1)"
    model: str  # e.g. "LSTM(5) → Dense(1), 146 params"
    settings: TrainingSettings
    history: LossHistory  # a copy nothing changes any more
    reason: str  # one of REASONS
    epochs_run: int
    seconds: float
    message: str = ""
    diverged_at: int | None = None
    start_epoch: int = 1  # > 1 when the run continued from earlier weights
    snapshots: RunSnapshots | None = None  # weights of its epochs for the replay (lstmviz.model.snapshots)
    samples: tuple[Sample, ...] = ()  # what a character model wrote (lstmviz.model.sampling)

    @property
    def last_epoch(self) -> int:
        return self.start_epoch - 1 + self.epochs_run


@dataclass(frozen=True, eq=False)
class TrainedState:
    """Weights in Keras's ``get_weights()`` order, valid for ``architecture`` only."""

    architecture: Architecture
    weights: tuple[np.ndarray, ...]
    run: int | None = None  # the run that produced them (None: loaded from a file)
    epoch: int = 0  # epochs trained
    loss: float | None = None  # the last epoch's loss
    source: str = ""  # where they came from, for the user: "run #2, epoch 1000", "weights from m.keras"
    # Scores per part and baselines on a series split in time (lstmviz.model.evaluation.Evaluation.to_dict()):
    # stored so that a reopened project shows them before (or without) TensorFlow.
    evaluation: Mapping[str, Any] | None = None

    def fits(self, architecture: Architecture) -> bool:
        return self.architecture == architecture


def model_label(inference: Inference) -> str:
    """What a run trained, for its record: "LSTM(5) → Dense(1), 146 params"."""
    parts = [info.title for info in inference.layers] if inference.layers else [tr("(no layers)")]
    return tr("{layers}, {params} params").format(layers=" → ".join(parts), params=f"{inference.total_params:,}")
