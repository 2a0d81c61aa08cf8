"""Text written by a character language model: the next character's distribution and samples.

Everything runs on the numpy forward pass (:func:`lstmviz.model.forward.predict`, or for
the usual Embedding-LSTM-Dense stacks its step-by-step equivalent
:mod:`lstmviz.model.window_streams`) from weights in Keras order, so a reopened project writes samples without TensorFlow and the
training panel can write them from the latest weights while the model trains. The model
reads the last ``T`` characters (its input's time steps: what it was trained on, from a
zero state) and its output at the last step is the next character's distribution, exactly
what Keras's ``predict`` gives for the same window (a test compares them).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture, InputSpec
from lstmviz.model.forward import predict
from lstmviz.model.vocabulary import Vocabulary
from lstmviz.model.blas_threads import one_blas_thread
from lstmviz.model.window_streams import WindowStreams, streamable

DEFAULT_LENGTH = 200
DEFAULT_TEMPERATURE = 0.8
MAX_LENGTH = 5_000
MAX_TEMPERATURE = 10.0


@dataclass(frozen=True)
class Sample:
    """What a model wrote: ``text`` follows ``prompt``; the settings say how it was drawn."""

    prompt: str
    text: str
    temperature: float
    seed: int
    epoch: int | None = None  # the weights' epoch, when known

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"prompt": self.prompt, "text": self.text, "temperature": self.temperature,
                                  "seed": self.seed}
        if self.epoch is not None:
            out["epoch"] = self.epoch
        return out


def settings_problem(length: int, temperature: float) -> str | None:
    """Why a sample of ``length`` characters at ``temperature`` cannot be drawn, or None."""
    if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= MAX_LENGTH:
        return tr("the sample length must be a whole number from 1 to {limit}; got {value!r}").format(
            limit=f"{MAX_LENGTH:,}", value=length)
    if not isinstance(temperature, (int, float)) or not 0.0 <= temperature <= MAX_TEMPERATURE:
        return tr("the temperature must be between 0 and {limit}; got {value!r}").format(
            limit=f"{MAX_TEMPERATURE:g}", value=temperature)
    return None


def _open_length(architecture: Architecture) -> Architecture:
    """The same model reading windows of any length (the weights do not depend on it)."""
    shape = architecture.input.shape
    return replace(architecture, input=replace(architecture.input, shape=(None, *shape[1:])))


def _window(architecture: Architecture) -> int | None:
    return architecture.input.shape[0] if architecture.input.shape else None


def _softmax_output(architecture: Architecture) -> bool:
    last = architecture.layers[-1] if architecture.layers else None
    return last is not None and last.options.get("activation") == "softmax"


def model_input(architecture: Architecture, ids: np.ndarray, vocabulary_size: int) -> np.ndarray:
    """One sample of ids as the model reads it: the ids (Embedding) or one-hot rows."""
    ids = np.asarray(ids, dtype=np.int32)
    if architecture.input.is_tokens:
        return ids[None, :]
    onehot = np.zeros((1, len(ids), vocabulary_size), np.float32)
    onehot[0, np.arange(len(ids)), ids] = 1.0
    return onehot


def next_distribution(architecture: Architecture, weights: Sequence[np.ndarray], ids: Sequence[int] | np.ndarray,
                      vocabulary_size: int, temperature: float = 1.0) -> np.ndarray:
    """P(next character) after ``ids`` (the model reads the last ``T`` of them), reshaped by ``temperature``.

    Temperature 1 is the model's own distribution; below 1 sharpens it (0: all mass on the
    likeliest character), above 1 flattens it.
    """
    array = np.asarray(ids, dtype=np.int32)
    if array.size == 0:
        raise ValueError(tr("the prompt is empty; give the model at least one character to continue"))
    window = _window(architecture)
    if window is not None:
        array = array[-window:]
    output = predict(_open_length(architecture), weights, model_input(architecture, array, vocabulary_size))
    return _from_output(architecture, output[0, -1] if output.ndim == 3 else output[0], temperature)


def tempered(logits: np.ndarray, temperature: float) -> np.ndarray:
    if temperature <= 0.0:
        out = np.zeros_like(logits)
        out[int(np.argmax(logits))] = 1.0
        return out
    scaled = logits / temperature
    e = np.exp(scaled - scaled.max())
    return e / e.sum()


def write(architecture: Architecture, weights: Sequence[np.ndarray], vocabulary: Vocabulary, prompt: str,
          length: int = DEFAULT_LENGTH, temperature: float = DEFAULT_TEMPERATURE, seed: int = 0,
          epoch: int | None = None) -> Sample:
    """``length`` characters drawn one by one after ``prompt``; ValueError says what is wrong."""
    problem = settings_problem(length, temperature)
    if problem:
        raise ValueError(problem)
    unknown = vocabulary.unknown(prompt)
    if unknown:
        raise ValueError(tr("the prompt holds {chars}, not in the vocabulary").format(
            chars=" ".join(repr(c) for c in unknown[:5])))
    rng = np.random.default_rng(seed)
    ids = list(vocabulary.encode(prompt))
    if not ids:
        raise ValueError(tr("the prompt is empty; give the model at least one character to continue"))
    written: list[int] = []
    if streamable(architecture):
        # One batched recurrence step per character instead of a whole window (lstmviz.model.window_streams).
        streams = WindowStreams(architecture, weights, vocabulary.size)
        with one_blas_thread():
            for char_id in ids:
                streams.feed(char_id)
        next_p: Callable[[], np.ndarray] = lambda: _from_output(architecture, streams.output(), temperature)  # noqa: E731
        advance: Callable[[int], None] = streams.feed
    else:
        next_p = lambda: next_distribution(architecture, weights, ids, vocabulary.size, temperature)  # noqa: E731
        advance = ids.append
    with one_blas_thread():
        for _ in range(length):
            p = next_p()
            choice = int(rng.choice(len(p), p=p))
            advance(choice)
            written.append(choice)
    return Sample(prompt, vocabulary.decode(written), float(temperature), int(seed), epoch)


def _from_output(architecture: Architecture, output: np.ndarray, temperature: float) -> np.ndarray:
    last = np.asarray(output, dtype=np.float64)
    logits = np.log(np.maximum(last, 1e-30)) if _softmax_output(architecture) else last
    return tempered(logits, temperature)


def default_prompt(vocabulary: Vocabulary, wanted: str) -> str:
    """``wanted`` when the vocabulary has its characters, else the vocabulary's most frequent character."""
    if wanted and not vocabulary.unknown(wanted):
        return wanted
    top = vocabulary.most_frequent(1)
    return top[0][0] if top else ""
