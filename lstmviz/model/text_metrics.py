"""How well a character model predicts its text: cross-entropy, accuracy and perplexity, in numpy.

Perplexity is ``exp`` of the mean cross-entropy per character (natural log, as Keras's
sparse categorical cross-entropy): the number of characters the model is, on average,
as unsure between as a uniform guess among that many. A model that knows nothing scores
the vocabulary's size; one that is always sure and right scores 1.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from lstmviz.model.architecture import Architecture
from lstmviz.model.forward import predict

# Keras clips probabilities to [epsilon, 1 - epsilon] before taking the log.
_EPSILON = 1e-7
# Windows evaluated at most: enough for a steady number, bounded time on a large text.
MAX_EVALUATED = 2_000


def perplexity(loss: float) -> float:
    """``exp(loss)``; inf for a loss too large to exponentiate, nan stays nan."""
    try:
        return math.exp(loss)
    except OverflowError:
        return math.inf


def evaluate(architecture: Architecture, weights: Sequence[np.ndarray], x: np.ndarray, y: np.ndarray,
             limit: int = MAX_EVALUATED) -> dict[str, float]:
    """Loss (mean cross-entropy per character), accuracy and perplexity on the first ``limit`` windows."""
    x, y = x[:limit], np.asarray(y[:limit]).astype(np.int64)
    if len(x) == 0:
        return {}
    p = predict(architecture, weights, x).astype(np.float64)
    p /= p.sum(axis=-1, keepdims=True)  # Keras's cross-entropy renormalises the softmax output too
    chosen = np.take_along_axis(p, y[..., None], axis=-1)[..., 0]
    loss = float(-np.log(np.clip(chosen, _EPSILON, 1.0 - _EPSILON)).mean())
    accuracy = float((p.argmax(axis=-1) == y).mean())
    return {"loss": loss, "accuracy": accuracy, "perplexity": perplexity(loss)}
