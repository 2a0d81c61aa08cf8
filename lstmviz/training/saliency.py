"""|∂ŷ/∂x_t| of a Keras model by TensorFlow's gradient tape: the exact derivative the bars estimate.

:mod:`lstmviz.model.saliency` estimates it by finite differences of the numpy forward pass
(what the window shows, without TensorFlow); this is the reference it is checked against,
and what ``lstmviz train --json`` reports for a series.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from lstmviz.model.architecture import Architecture


def tape_saliency(model: Any, samples: np.ndarray, output: int | None = None) -> np.ndarray:
    """(samples, T) |∂ŷ/∂x_t| summed over features; ``output`` one output unit, None their sum."""
    import tensorflow as tf

    x = tf.convert_to_tensor(np.asarray(samples, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = model(x, training=False)
        chosen = tf.reduce_sum(y, axis=-1) if output is None else y[:, output]
        # Each sample's output depends on its own inputs only, so the gradient of the sum is per sample.
        total = tf.reduce_sum(chosen)
    grad = tape.gradient(total, x).numpy()
    return np.abs(grad).sum(axis=-1)


def model_with_weights(architecture: Architecture, weights: Sequence[np.ndarray]) -> Any:
    from lstmviz.training.builder import build_model

    model = build_model(architecture)
    model.set_weights([np.asarray(w) for w in weights])
    return model
