"""A replayed epoch's snapshot as weights the cell values are computed from."""

from __future__ import annotations

from typing import Any

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.runs import TrainedState


def replay_state(architecture: Architecture, frame: Any) -> TrainedState:
    """The snapshot of ``frame`` (a replay's frame: its run, epoch and weights) for ``architecture``."""
    return TrainedState(architecture, tuple(frame.weights), run=frame.run.number, epoch=frame.epoch,
                        source=tr("replay of run #{number}, epoch {epoch}").format(number=frame.run.number,
                                                                                  epoch=frame.epoch))
