"""The activations Keras 3 applies, in numpy, with Keras's default parameters."""

from __future__ import annotations

import math
from typing import Callable

import numpy as np

from lstmviz.i18n import tr

Array = np.ndarray

# The names Keras accepts as a layer's activation.
NAMES = (
    "tanh", "sigmoid", "relu", "linear", "softmax", "elu", "selu", "softplus", "softsign",
    "hard_sigmoid", "exponential", "gelu", "swish", "silu", "leaky_relu", "relu6", "mish",
    "log_softmax", "hard_silu", "hard_swish", "hard_tanh", "celu", "glu", "soft_shrink",
    "sparse_plus", "sparsemax", "squareplus", "tanh_shrink", "threshold",
)


def _sigmoid(x: Array) -> Array:
    # The same function through tanh: it never overflows, and one vectorised call is several
    # times faster than splitting by sign (it dominated the forward pass on thousands of samples).
    return 0.5 + 0.5 * np.tanh(0.5 * x)


def _softplus(x: Array) -> Array:
    return np.logaddexp(0.0, x)


_erf = np.vectorize(math.erf, otypes=[float])


def _softmax(x: Array) -> Array:
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def _log_softmax(x: Array) -> Array:
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def _sparsemax(x: Array) -> Array:
    # Step for step as Keras 3's TensorFlow backend computes it. Its threshold sums the
    # cumulative sums over the support (the paper takes the last one), so its outputs need
    # not add up to 1; Keras is what the app shows, so this follows it.
    z = -np.sort(-x, axis=-1)
    cumulative = np.cumsum(z, axis=-1)
    r = np.arange(1, x.shape[-1] + 1, dtype=np.float64)
    support = z - (cumulative - 1.0) / r > 0
    k = np.sum(support, axis=-1, keepdims=True)
    tau = (np.sum(np.where(support, cumulative, 0.0), axis=-1, keepdims=True) - 1.0) / k
    return np.maximum(x - tau, 0.0)

ACTIVATIONS: dict[str, Callable[[Array], Array]] = {
    "tanh": np.tanh,
    "sigmoid": _sigmoid,
    "relu": lambda x: np.maximum(x, 0.0),
    "linear": lambda x: x,
    "hard_sigmoid": lambda x: np.clip(x + 3.0, 0.0, 6.0) / 6.0,
    "softsign": lambda x: x / (1.0 + np.abs(x)),
    "softplus": _softplus,
    "elu": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0.0))),
    "selu": lambda x: 1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * np.expm1(np.minimum(x, 0.0))),
    "exponential": np.exp,
    "gelu": lambda x: 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0))),
    "swish": lambda x: x * _sigmoid(x),
    "silu": lambda x: x * _sigmoid(x),
    "relu6": lambda x: np.clip(x, 0.0, 6.0),
    "leaky_relu": lambda x: np.where(x > 0, x, 0.2 * x),
    "mish": lambda x: x * np.tanh(_softplus(x)),
    "hard_silu": lambda x: x * np.clip(x + 3.0, 0.0, 6.0) / 6.0,
    "hard_swish": lambda x: x * np.clip(x + 3.0, 0.0, 6.0) / 6.0,
    "hard_tanh": lambda x: np.clip(x, -1.0, 1.0),
    "tanh_shrink": lambda x: x - np.tanh(x),
    # Keras's defaults for the parameters: alpha=1, threshold=0.5, b=4; softmaxes over the last axis.
    "celu": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0.0))),
    "soft_shrink": lambda x: np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0.0)),
    "sparse_plus": lambda x: np.where(x <= -1.0, 0.0, np.where(x >= 1.0, x, 0.25 * (x + 1.0) ** 2)),
    "squareplus": lambda x: 0.5 * (x + np.sqrt(x * x + 4.0)),
    "softmax": _softmax,
    "log_softmax": _log_softmax,
    "sparsemax": _sparsemax,
}


def activation(name: str) -> Callable[[Array], Array]:
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ValueError(
            tr('the cell view cannot compute the activation {name!r}; it knows {join}').format(name=name, join=', '.join(sorted(ACTIVATIONS)))
        ) from None


def unusable(name: str) -> str | None:
    """Why Keras accepts this activation name but cannot use it as it is; None for the others."""
    if name == "threshold":
        return tr("Keras cannot call threshold without its threshold and default_value")
    if name == "glu":  # no shape rule follows the halved axis
        return tr("glu halves the layer's output, so the shapes lstmviz derives would not hold")
    return None


def checked(name: str, where: str) -> Callable[[Array], Array]:
    """The activation ``name``; ValueError starting with ``where`` when it cannot be computed."""
    reason = unusable(name)
    if reason:
        raise ValueError(tr("{where}: activation {name} cannot be computed: {reason}").format(
            where=where, name=repr(name), reason=reason))
    try:
        return activation(name)
    except ValueError as exc:
        raise ValueError(tr("{where}: {reason}").format(where=where, reason=exc)) from None
