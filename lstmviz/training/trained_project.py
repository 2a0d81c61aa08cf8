"""What ``lstmviz train`` keeps: where a run starts from, and the trained project it saves.

A trained project or ``.keras`` source continues from its weights (epochs counted on from
theirs) unless ``--fresh``; ``--save OUT.lstmviz`` writes the source with the new weights
and the run added to its runs, as the window's Save would.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.project import Project
from lstmviz.io.project_io import save_project
from lstmviz.model.datasets import Dataset, describe
from lstmviz.model.evaluation import stored_evaluation
from lstmviz.model.history import LossHistory
from lstmviz.model.inference import infer
from lstmviz.model.runs import RunRecord, TrainedState, model_label
from lstmviz.model.sampling import Sample
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.snapshots import RunSnapshots


@dataclass(frozen=True)
class Start:
    """Where a run starts: fresh (no weights, epoch 1) or on from a trained state."""

    weights: Sequence[np.ndarray] | None = None
    epoch: int = 1  # the first epoch's number
    trained: TrainedState | None = None

    @property
    def continues(self) -> bool:
        return self.weights is not None


def start_of(project: Project, fresh: bool) -> Start:
    trained = project.trained
    if fresh or trained is None or not trained.fits(project.architecture):
        return Start()
    return Start(trained.weights, trained.epoch + 1, trained)


def continue_note(source: str, start: Start) -> str:
    """What the command says when it goes on from stored weights."""
    if start.epoch > 1:
        return tr("continuing from the trained weights in {source} (epoch {epoch}); --fresh starts from fresh "
                  "weights").format(source=source, epoch=start.epoch - 1)
    return tr("continuing from the weights in {source}; --fresh starts from fresh weights").format(source=source)


def _history(start: Start, runs: tuple[RunRecord, ...], result: Any) -> LossHistory:
    """The new run's losses, after the losses of the run it continues (when that run is listed)."""
    history = LossHistory()
    before = next((r for r in runs if start.trained is not None and r.number == start.trained.run), None)
    if before is not None and before.history.count == start.epoch - 1:
        history.add(1, before.history.loss.copy(),
                    None if before.history.val_loss is None else before.history.val_loss.copy())
    losses = result.history.get("loss", [])
    if losses:
        history.add(start.epoch, np.asarray(losses, dtype=float),
                    None if "val_loss" not in result.history else np.asarray(result.history["val_loss"], dtype=float))
    return history


def trained_project(project: Project, dataset: Dataset, settings: TrainingSettings, start: Start,
                    result: Any, snapshots: RunSnapshots | None = None, samples: tuple[Sample, ...] = ()) -> Project:
    """``project`` with ``result``'s weights and run (``result`` is an engine TrainingResult);
    ``snapshots`` are the run's weights per kept epoch, for its replay; ``samples`` what a
    character model wrote."""
    runs = project.runs
    number = runs[-1].number + 1 if runs else 1
    history = _history(start, runs, result)
    # A run diverges in the epoch after the last one it recorded (whose weights it keeps).
    diverged_at = start.epoch + result.epochs_run if result.reason == "diverged" else None
    run = RunRecord(number, project.title, f"{dataset.name}: {describe(dataset)}",
                    model_label(infer(project.architecture)), settings, history, result.reason,
                    result.epochs_run, result.train_seconds, result.message, diverged_at, start.epoch,
                    snapshots, samples)
    epoch = start.epoch - 1 + result.epochs_run
    trained = TrainedState(project.architecture, tuple(np.asarray(w) for w in result.weights), run=number,
                           epoch=epoch, loss=result.final_loss,
                           source=tr("run #{number}, epoch {epoch}").format(number=number, epoch=epoch),
                           evaluation=stored_evaluation(project.architecture, result.weights, dataset))
    return replace(project, training=settings, trained=trained, runs=(*runs, run))


def save_trained(project: Project, path: str | Path) -> Path:
    """Write the trained project atomically (a failed write leaves no half file)."""
    return save_project(project, path)
