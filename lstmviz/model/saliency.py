"""Which past steps a prediction leans on: |∂ŷ/∂x_t| summed over features, one bar per input step.

:func:`step_saliency` estimates the derivative by central differences of the numpy forward
pass (no TensorFlow: it works on a reopened project): every input value of the sample is
nudged up and down by ``epsilon`` and all the nudged copies go through the model as one
batch. ``lstmviz.training.saliency`` computes the same with TensorFlow's gradient tape; a
test checks that the two agree.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from lstmviz.model.architecture import Architecture
from lstmviz.model.forward import predict

Predict = Callable[[np.ndarray], np.ndarray]
# float32 forward passes: a smaller step drowns in rounding (1e-7 relative), a larger one in curvature.
EPSILON = 1e-2


def step_saliency(predict_fn: Predict, sample: np.ndarray, output: int | None = None,
                  epsilon: float = EPSILON) -> np.ndarray:
    """(T,) |∂ŷ/∂x_t| summed over the features of one (T, F) sample.

    ``output`` picks one output unit (a class); None sums the outputs (a forecast's one value).
    """
    sample = np.asarray(sample, dtype=np.float64)
    t, f = sample.shape
    eye = np.eye(t * f).reshape(t * f, t, f) * epsilon
    batch = np.concatenate([sample[None] + eye, sample[None] - eye]).astype(np.float32)
    out = np.asarray(predict_fn(batch), dtype=np.float64).reshape(2 * t * f, -1)
    out = out.sum(axis=1) if output is None else out[:, output]
    derivative = (out[: t * f] - out[t * f:]) / (2 * epsilon)
    return np.abs(derivative.reshape(t, f)).sum(axis=1)


def saliency_of_weights(architecture: Architecture, weights: Sequence[np.ndarray], sample: np.ndarray,
                        output: int | None = None) -> np.ndarray:
    """:func:`step_saliency` of stored weights."""
    return step_saliency(lambda x: predict(architecture, weights, x), sample, output)


def predicted_class(architecture: Architecture, weights: Sequence[np.ndarray], sample: np.ndarray) -> int:
    return int(np.argmax(predict(architecture, weights, np.asarray(sample, dtype=np.float32)[None])[0]))
