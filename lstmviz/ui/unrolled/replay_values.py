"""The Unrolled tab at a replayed epoch: the cell values of that epoch's snapshot, and the
gradient arrows of the observation at or before it."""

from __future__ import annotations

from typing import Any

from lstmviz.i18n import tr
from lstmviz.model.gradient_history import GradientHistory
from lstmviz.model.runs import TrainedState
from lstmviz.ui.unrolled.epoch_values import WeightValues


def replay_state(document: Any, frame: Any) -> TrainedState:
    """The snapshot of ``frame`` (a ReplayFrame) as weights the view can compute values from."""
    return TrainedState(document.architecture, tuple(frame.weights), run=frame.run.number, epoch=frame.epoch,
                        source=tr("replay of run #{number}, epoch {epoch}").format(number=frame.run.number,
                                                                                  epoch=frame.epoch))


def show_replay(view: Any, document: Any, gradients: GradientHistory | None, frame: Any) -> None:
    """Show ``frame`` in ``view`` (an UnrolledView); None goes back to the document's trained weights."""
    if frame is None:
        view._trained_changed()
        view.set_step_gradients(gradients if gradients is not None and len(gradients) else None, None)
        return
    data = document.data.dataset
    if data is None:
        return
    view.set_epoch_values(WeightValues(replay_state(document, frame), data.x))
    # The gradients recorded belong to the last run only.
    runs = document.runs
    own = gradients is not None and len(gradients) and runs and runs[-1] is frame.run
    view.set_step_gradients(gradients if own else None, frame.epoch if own else None)
