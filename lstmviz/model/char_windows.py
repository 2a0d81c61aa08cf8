"""A text cut into windows of characters: the training data of a character language model.

Every sample is ``T`` consecutive characters as ids and its target the same ``T``
characters one step later, so the model predicts the next character at every step
(an LSTM with ``return_sequences`` and a softmax Dense over the vocabulary). Windows do not
overlap, as char-rnn cuts its batches: a text of ``n`` characters gives ``(n - 1) // T``
samples. Targets are ids (sparse categorical cross-entropy), not one-hot rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.dataset_spec import DatasetError
from lstmviz.model.datasets import Dataset, check_total
from lstmviz.model.tasks import Task
from lstmviz.model.vocabulary import Vocabulary

DEFAULT_TIME_STEPS = 64
# Distinct characters a vocabulary may have: the softmax layer is units x vocabulary wide.
MAX_VOCABULARY = 10_000


@dataclass(frozen=True, eq=False)
class TextDataset(Dataset):
    """Windows of a text; ``y`` holds the next character's id at every step."""

    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary((), ()))
    text: str = ""  # the characters the windows were cut from (the part used, not the whole file)

    @property
    def task(self) -> Task:
        return Task.LANGUAGE_MODEL

    @property
    def output_shape(self) -> tuple[int, ...]:
        """What the model must output per sample: a distribution over the vocabulary at every step."""
        return (*self.y.shape[1:], self.vocabulary.size)


def char_windows(text: str, name: str, time_steps: int = DEFAULT_TIME_STEPS, samples: int | None = None,
                 description: str = "") -> TextDataset:
    """The first ``samples`` windows of ``text`` (all of them when None), with the text's vocabulary.

    The vocabulary is built from the whole text, so a sample generated later may use any of
    its characters even when training saw only the first windows.
    """
    if time_steps < 1:
        raise DatasetError(tr("a text's windows need at least 1 time step; got {t}").format(t=time_steps))
    available = (len(text) - 1) // time_steps
    if available < 1:
        raise DatasetError(tr("{name}: {n} characters make no window of {t} characters plus the next one").format(
            name=name, n=len(text), t=time_steps))
    n = available if samples is None else min(samples, available)
    check_total(n, time_steps)
    vocabulary = Vocabulary.from_text(text)
    if vocabulary.size > MAX_VOCABULARY:
        raise DatasetError(tr("{name}: {size} different characters; a character model takes at most {limit}").format(
            name=name, size=f"{vocabulary.size:,}", limit=f"{MAX_VOCABULARY:,}"))
    used = text[: n * time_steps + 1]
    ids = vocabulary.encode(used)
    x = ids[:-1].reshape(n, time_steps)
    y = ids[1:].reshape(n, time_steps).astype(np.float32)
    described = description or tr("{n} windows of {t} characters of {name} (each predicts the next character); "
                                  "vocabulary: {vocabulary}.").format(
        n=f"{n:,}", t=time_steps, name=name, vocabulary=vocabulary.summary())
    return TextDataset(name, x, y, described, vocabulary=vocabulary, text=used)
