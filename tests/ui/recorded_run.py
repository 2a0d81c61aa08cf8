"""A finished run recorded the way the run session records one (weights, history, predictions), without
TensorFlow: for the tests that measure the window after a run, not the training."""

from __future__ import annotations

import numpy as np

from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.weights import weight_specs

# What the session says when a run ends (a long line that wraps in the presenter column).
FINISHED_STATUS = "Finished 1000 epochs in 1.0 s (1.02 ms/epoch) · loss 8.19e-05"


def record_run(document, epochs: int = 1000) -> None:
    """A finished run with random weights, recorded as RunSession records one."""
    arch = document.architecture
    rng = np.random.default_rng(0)
    weights = [rng.normal(0, 0.3, spec.shape).astype(np.float32) for layer in weight_specs(arch) for spec in layer]
    history = LossHistory()
    history.add(1, tuple(float(v) for v in np.geomspace(0.2, 2e-4, epochs)))
    number = document.runs[-1].number + 1 if document.runs else 1
    run = RunRecord(number, document.display_name, "tutorial", "LSTM(5) → TimeDistributed(Dense(1))",
                    document.training, history, "completed", epochs, 1.23)
    trained = TrainedState(arch, tuple(weights), run=number, epoch=epochs, loss=2e-4,
                           source=f"run #{number}, epoch {epochs}")
    document.record_run(run, trained)


def record_finished_runs(window) -> None:
    """Two finished runs in ``window``, drawn, and the line the session shows when a run ends."""
    record_run(window.document)
    record_run(window.document, epochs=400)
    window.training_panel.redraw()
    window.training_panel.session.status_changed.emit(FINISHED_STATUS, False)
