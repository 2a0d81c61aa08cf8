"""A project: an architecture with its dataset, training settings and trained state, wherever it came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lstmviz.model.architecture import Architecture
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.sweep import SweepRecord


class SourceError(ValueError):
    """A source that cannot be opened; the message says what is wrong and where."""


@dataclass(frozen=True)
class Project:
    architecture: Architecture
    dataset: DatasetSpec = DatasetSpec()
    training: TrainingSettings = TrainingSettings()
    title: str = "untitled"
    path: Path | None = None  # the project file it was read from
    keras_file: Path | None = None  # the .keras file it was imported from (weights live there)
    example: str | None = None  # the example it was opened from
    trained: TrainedState | None = None  # weights that fit ``architecture`` (a trained project, a .keras file)
    runs: tuple[RunRecord, ...] = ()  # finished runs, oldest first
    weights_problem: str | None = None  # why a .keras file's weights were not read (its architecture was)
    sweeps: tuple[SweepRecord, ...] = ()  # sweeps and cell comparisons; their runs are in ``runs``
