"""What the sweep and comparison windows share: the cells' colours, and a sweep run opened as a project."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from lstmviz.i18n import tr, tr_noop
from lstmviz.io.project import Project
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.sweep import SweepEntry

CELL_COLOURS = {"SimpleRNN": "#c0504d", "GRU": "#3c9d73", "LSTM": "#2f7ed8"}
STATUS_TEXT = {"pending": tr_noop("waiting"), "running": tr_noop("running"), "completed": tr_noop("completed"),
               "diverged": tr_noop("diverged"), "stopped": tr_noop("stopped"), "failed": tr_noop("failed")}
VARIABLE_TEXT = {"lag": tr_noop("lag (steps to remember)"), "time_steps": tr_noop("time steps"),
                 "units": tr_noop("units"), "learning_rate": tr_noop("learning rate"), "seed": tr_noop("seed")}


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, enabled: bool = True) -> W:
    """``widget`` with the objectName tests and tools find it by (and disabled unless ``enabled``)."""
    widget.setObjectName(name)
    if not enabled:
        widget.setEnabled(False)
    return widget


def cell_colour(cell: str) -> str:
    return CELL_COLOURS.get(cell, "#66727f")


def status_text(status: str) -> str:
    return tr(STATUS_TEXT.get(status, status))


def run_project(entry: SweepEntry, run: RunRecord) -> Project:
    """One sweep run as a project of its own: its model, data and settings, its final weights and its run."""
    trained = None
    if run.snapshots is not None and len(run.snapshots):
        trained = TrainedState(entry.architecture, run.snapshots.weights(len(run.snapshots) - 1), run=run.number,
                               epoch=run.last_epoch, loss=run.history.last()[0],
                               source=tr("run #{number}, epoch {epoch}").format(number=run.number,
                                                                                epoch=run.last_epoch))
    return Project(entry.architecture, entry.dataset, run.settings, title=run.title, trained=trained, runs=(run,))
