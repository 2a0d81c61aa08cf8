"""The predictions of the document's trained weights on its data, from the numpy forward pass.

No run is live after a project is reopened, a ``.keras`` file imported, an edit undone or
the data changed: the predictions plot then shows :func:`lstmviz.model.forward.predict`
of the weights the document holds (no TensorFlow). A small model on small data is
computed at once on the GUI thread; a larger one on a :class:`~lstmviz.ui.work.background.SerialWorker`,
and a result that arrives after the weights or the data changed again is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from lstmviz.i18n import tr
from lstmviz.model.datasets import Dataset, fit_problem
from lstmviz.model.forward import predict
from lstmviz.model.inference import infer
from lstmviz.model.runs import TrainedState
from lstmviz.ui.work.background import SerialWorker

# Multiply-adds a forward pass may cost on the GUI thread: about 10 ms of numpy here
# (many-to-many on its 5 samples: 3,650; LSTM(128) on 50 token sequences: 110 million).
GUI_THREAD_WORK = 5_000_000


@dataclass(frozen=True, eq=False)
class TrainedPredictionsResult:
    trained: TrainedState
    dataset: Dataset
    predictions: np.ndarray | None = None
    problem: str | None = None


def forward_work(trained: TrainedState, dataset: Dataset) -> int:
    """About how many multiply-adds predicting ``dataset`` takes: parameters x samples x time steps."""
    x = dataset.x
    steps = x.shape[1] if x.ndim >= 2 else 1
    return infer(trained.architecture).total_params * max(len(x), 1) * max(steps, 1)


def compute(trained: TrainedState, dataset: Dataset) -> TrainedPredictionsResult:
    problem = fit_problem(infer(trained.architecture), dataset)
    if problem:
        return TrainedPredictionsResult(trained, dataset, problem=problem)
    try:
        predictions = predict(trained.architecture, trained.weights, dataset.x)
    except ValueError as exc:
        return TrainedPredictionsResult(trained, dataset, problem=tr("no predictions: {reason}").format(reason=exc))
    return TrainedPredictionsResult(trained, dataset, predictions)


class TrainedPredictions(QObject):
    """Asks for the predictions of some weights on some data; answers at once or through :attr:`ready`."""

    ready = Signal(object)  # TrainedPredictionsResult, for the latest request only

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted: tuple[TrainedState, Dataset] | None = None
        self._last: TrainedPredictionsResult | None = None  # the newest answer, given again while it holds
        self._worker = SerialWorker("lstmviz-predictions", self)
        self._worker.finished.connect(self._finished)

    def request(self, trained: TrainedState, dataset: Dataset) -> TrainedPredictionsResult | None:
        """The result now (small work, or asked for before), or None and :attr:`ready` later."""
        last = self._last
        if last is not None and last.trained is trained and last.dataset is dataset:
            self._wanted = (trained, dataset)
            return last
        if self._wanted == (trained, dataset) and self._worker.busy:
            return None  # already on its way (a file's load announces its weights twice)
        self._wanted = (trained, dataset)
        if forward_work(trained, dataset) <= GUI_THREAD_WORK:
            self._last = compute(trained, dataset)
            return self._last
        self._worker.submit((trained, dataset), lambda: compute(trained, dataset))
        return None

    def cancel(self) -> None:
        """Drop any answer still on its way (the weights are gone, or a run took over)."""
        self._wanted = None

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def _finished(self, tag: tuple[TrainedState, Dataset], result: object) -> None:
        wanted = self._wanted
        if wanted is None or tag[0] is not wanted[0] or tag[1] is not wanted[1]:
            return  # asked for other weights or data since
        if isinstance(result, Exception):
            result = TrainedPredictionsResult(tag[0], tag[1], problem=tr("no predictions: {reason}").format(
                reason=result))
        assert isinstance(result, TrainedPredictionsResult)  # what the job returns when it does not raise
        self._last = result
        self.ready.emit(result)
