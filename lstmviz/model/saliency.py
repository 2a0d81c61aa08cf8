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
    return batch_saliency(predict_fn, np.asarray(sample)[None], None if output is None else [output], epsilon)[0]


def batch_saliency(predict_fn: Predict, samples: np.ndarray, outputs: Sequence[int] | None = None,
                   epsilon: float = EPSILON) -> np.ndarray:
    """(N, T) bars of N samples at once: all their nudged copies go through the model in one call."""
    samples = np.asarray(samples, dtype=np.float64)
    n, t, f = samples.shape
    eye = np.eye(t * f).reshape(1, t * f, t, f) * epsilon
    batch = np.concatenate([samples[:, None] + eye, samples[:, None] - eye], axis=1)  # (N, 2TF, T, F)
    out = np.asarray(predict_fn(batch.reshape(n * 2 * t * f, t, f).astype(np.float32)), dtype=np.float64)
    out = out.reshape(n, 2 * t * f, -1)
    chosen = out.sum(axis=2) if outputs is None else out[np.arange(n), :, np.asarray(outputs)]
    derivative = (chosen[:, : t * f] - chosen[:, t * f:]) / (2 * epsilon)
    return np.abs(derivative.reshape(n, t, f)).sum(axis=2)


def saliency_of_weights(architecture: Architecture, weights: Sequence[np.ndarray], sample: np.ndarray,
                        output: int | None = None) -> np.ndarray:
    """:func:`step_saliency` of stored weights."""
    return step_saliency(lambda x: predict(architecture, weights, x), sample, output)


def predicted_class(architecture: Architecture, weights: Sequence[np.ndarray], sample: np.ndarray) -> int:
    return int(np.argmax(predict(architecture, weights, np.asarray(sample, dtype=np.float32)[None])[0]))


def mean_test_saliency(architecture: Architecture, weights: Sequence[np.ndarray], samples: np.ndarray,
                       classification: bool = False) -> np.ndarray:
    """(T,) the bars averaged over ``samples`` (a classification: each sample's predicted class)."""
    def forward(x: np.ndarray) -> np.ndarray:
        return predict(architecture, weights, x)

    outputs = list(np.argmax(forward(np.asarray(samples, dtype=np.float32)), axis=-1)) if classification else None
    return batch_saliency(forward, samples, outputs).mean(axis=0)
