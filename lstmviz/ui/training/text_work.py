"""What the text pane asks for off the GUI thread: a sample and a passage's unit values, from some weights.

One job per request on a :class:`~lstmviz.ui.work.background.SerialWorker`; both are numpy
(:mod:`lstmviz.model.sampling`, :mod:`lstmviz.model.unit_activity`), so they run the
same way while a run trains, in the replay and on a reopened project without TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from lstmviz.model.architecture import Architecture
from lstmviz.model.cell_math import CellTrace
from lstmviz.model.sampling import Sample, write
from lstmviz.model.unit_activity import MAX_PASSAGE, trace_passage
from lstmviz.model.vocabulary import Vocabulary

PASSAGE_CHARS = 400  # what the unit view colours: a few lines, read at a glance


@dataclass(frozen=True)
class TextRequest:
    architecture: Architecture
    weights: tuple[np.ndarray, ...]
    epoch: int | None
    vocabulary: Vocabulary
    prompt: str
    length: int
    temperature: float
    seed: int
    passage: str  # the text the unit view colours
    layer: int | None  # the recurrent layer whose units are shown (None: no unit view)


@dataclass(frozen=True)
class TextResult:
    request: TextRequest
    sample: Sample | None
    trace: CellTrace | None
    problem: str | None = None


def passage_of(text: str, length: int = PASSAGE_CHARS) -> str:
    """The first ``length`` characters of ``text``, ending at a line end where one is near."""
    cut = text[: min(length, MAX_PASSAGE)]
    end = cut.rfind("\n")
    return cut[: end + 1] if end > length // 2 else cut


def compute(request: TextRequest, sample: bool = True) -> TextResult:
    """The sample and the unit values ``request`` asks for; a ValueError becomes the result's problem."""
    try:
        written = write(request.architecture, request.weights, request.vocabulary, request.prompt, request.length,
                        request.temperature, request.seed, request.epoch) if sample else None
        trace = None
        if request.layer is not None and request.passage:
            ids = request.vocabulary.encode(request.passage)
            trace = trace_passage(request.architecture, request.weights, ids, request.vocabulary.size, request.layer)
        return TextResult(request, written, trace)
    except ValueError as exc:
        return TextResult(request, None, None, str(exc))


def weights_tuple(weights: Sequence[np.ndarray]) -> tuple[np.ndarray, ...]:
    return tuple(np.asarray(w) for w in weights)
