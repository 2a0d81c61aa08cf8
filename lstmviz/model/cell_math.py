"""Recurrent cells computed by hand in numpy, exposing every gate at every time step.

Keras returns only a layer's outputs; the app also wants to show what each gate did.
These functions redo Keras 3's LSTM, GRU (both ``reset_after`` modes) and SimpleRNN
forward passes from weights in Keras layout (``layer.get_weights()`` order: kernel,
recurrent kernel, bias), so the numbers agree with Keras to float precision (tests
compare them with the real layers).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.cells import GATES, RECURRENT_KINDS

Array = np.ndarray


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


@dataclass(frozen=True)
class CellTrace:
    """Every gate and state of one recurrent layer, per sample, time step and unit.

    Arrays are shaped ``(batch, T, units)``. LSTM: gates ``i, f, g, o`` and states
    ``c, h``; GRU: gates ``z, r, g`` and state ``h``; SimpleRNN: no gates, state ``h``.
    ``h`` and ``c`` at step ``t`` are the values *after* step ``t``. With
    ``go_backwards`` the time axis is in processing order (step 0 read the last input),
    which is also the order of Keras's returned sequence.
    """

    kind: str
    gates: dict[str, Array]
    states: dict[str, Array]

    @property
    def output(self) -> Array:
        """The layer's output sequence, ``h`` at every step."""
        return self.states["h"]

    @property
    def time_steps(self) -> int:
        return self.states["h"].shape[1]


def _batched(x: Array) -> Array:
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 2:
        x = x[None]
    if x.ndim != 3:
        raise ValueError(tr('a recurrent layer reads (batch, T, F) or (T, F); got an array of shape {shape}').format(shape=x.shape))
    return x


def _split_weights(kind: str, weights: Sequence[Array], use_bias: bool) -> tuple[Array, Array, Array | None]:
    expected = 3 if use_bias else 2
    if len(weights) != expected:
        raise ValueError(tr('{kind} with use_bias={use_bias} has {expected} weight arrays, got {weights}').format(kind=kind, use_bias=use_bias, expected=expected, weights=len(weights)))
    kernel, recurrent = (np.asarray(w, dtype=np.float64) for w in weights[:2])
    bias = np.asarray(weights[2], dtype=np.float64) if use_bias else None
    return kernel, recurrent, bias


def run_layer(kind: str, x: Array, weights: Sequence[Array], options: Mapping[str, Any],
              initial_state: Mapping[str, Array] | None = None) -> CellTrace:
    """Run one recurrent layer over ``x`` (batch, T, F), exactly as Keras 3 does.

    ``options`` are the layer's options (``activation``, ``recurrent_activation``,
    ``reset_after``, ``use_bias``, ``go_backwards``); missing ones take Keras's defaults.
    ``initial_state`` may give ``h`` (and ``c``) shaped (batch, units); zeros otherwise.
    """
    if kind not in RECURRENT_KINDS:
        raise ValueError(tr('{kind!r} is not a recurrent layer; expected one of {join}').format(kind=kind, join=', '.join(RECURRENT_KINDS)))
    x = _batched(x)
    use_bias = bool(options.get("use_bias", True))
    kernel, recurrent, bias = _split_weights(kind, weights, use_bias)
    if kernel.shape[0] != x.shape[2]:
        raise ValueError(tr('the {kind} kernel expects {value} features, the input has {value2}').format(kind=kind, value=kernel.shape[0], value2=x.shape[2]))
    if options.get("go_backwards", False):
        x = x[:, ::-1]
    act = activation(options.get("activation", "tanh"))
    rec_act = activation(options.get("recurrent_activation", "sigmoid"))
    units = recurrent.shape[0]
    state = {k: np.asarray(v, dtype=np.float64) for k, v in (initial_state or {}).items()}
    h0 = state.get("h", np.zeros((x.shape[0], units)))
    if kind == "LSTM":
        c0 = state.get("c", np.zeros((x.shape[0], units)))
        gates, states = _lstm(x, kernel, recurrent, bias, act, rec_act, h0, c0)
    elif kind == "GRU":
        reset_after = bool(options.get("reset_after", True))
        gates, states = _gru(x, kernel, recurrent, bias, act, rec_act, h0, reset_after)
    else:
        gates, states = _simple(x, kernel, recurrent, bias, act, h0)
    as32 = lambda d: {k: np.stack(v, axis=1).astype(np.float32) for k, v in d.items()}  # noqa: E731
    return CellTrace(kind, as32(gates), as32(states))


def _lstm(x, kernel, recurrent, bias, act, rec_act, h, c):
    names = [g.symbol for g in GATES["LSTM"]]  # i, f, g, o
    gates: dict[str, list[Array]] = {n: [] for n in names}
    states: dict[str, list[Array]] = {"c": [], "h": []}
    projected = x @ kernel + (bias if bias is not None else 0.0)
    for t in range(x.shape[1]):
        z = projected[:, t] + h @ recurrent
        zi, zf, zg, zo = np.split(z, 4, axis=-1)
        i, f, g, o = rec_act(zi), rec_act(zf), act(zg), rec_act(zo)
        c = f * c + i * g
        h = o * act(c)
        for name, value in zip(names, (i, f, g, o)):
            gates[name].append(value)
        states["c"].append(c)
        states["h"].append(h)
    return gates, states


def _gru(x, kernel, recurrent, bias, act, rec_act, h, reset_after):
    units = recurrent.shape[0]
    if bias is None:
        input_bias = recurrent_bias = None
    elif reset_after:
        input_bias, recurrent_bias = bias[0], bias[1]
    else:
        input_bias, recurrent_bias = bias, None
    projected = x @ kernel + (input_bias if input_bias is not None else 0.0)
    gates: dict[str, list[Array]] = {"z": [], "r": [], "g": []}
    states: dict[str, list[Array]] = {"h": []}
    for t in range(x.shape[1]):
        x_z, x_r, x_h = np.split(projected[:, t], 3, axis=-1)
        if reset_after:
            inner = h @ recurrent + (recurrent_bias if recurrent_bias is not None else 0.0)
            rec_z, rec_r, rec_h = np.split(inner, 3, axis=-1)
        else:
            rec_z, rec_r = np.split(h @ recurrent[:, : 2 * units], 2, axis=-1)
        z = rec_act(x_z + rec_z)
        r = rec_act(x_r + rec_r)
        if reset_after:
            rec_h = r * rec_h
        else:
            rec_h = (r * h) @ recurrent[:, 2 * units :]
        g = act(x_h + rec_h)
        h = z * h + (1.0 - z) * g
        gates["z"].append(z)
        gates["r"].append(r)
        gates["g"].append(g)
        states["h"].append(h)
    return gates, states


def _simple(x, kernel, recurrent, bias, act, h):
    projected = x @ kernel + (bias if bias is not None else 0.0)
    states: dict[str, list[Array]] = {"h": []}
    for t in range(x.shape[1]):
        h = act(projected[:, t] + h @ recurrent)
        states["h"].append(h)
    return {}, states


# ------------------------------------------------------------------- initial weights


def _glorot_uniform(rng: np.random.Generator, shape: tuple[int, int]) -> Array:
    limit = math.sqrt(6.0 / (shape[0] + shape[1]))
    return rng.uniform(-limit, limit, size=shape)


def _orthogonal(rng: np.random.Generator, shape: tuple[int, int]) -> Array:
    # Keras: QR of a normal matrix, signs fixed by diag(R), transposed when wide.
    rows, cols = shape
    a = rng.standard_normal((max(rows, cols), min(rows, cols)))
    q, r = np.linalg.qr(a)
    q = q * np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return q.reshape(shape)


def gate_count(kind: str) -> int:
    return len(GATES[kind]) if kind in GATES else 1


def initial_weights(kind: str, features: int, options: Mapping[str, Any], seed: int = 0) -> list[Array]:
    """Weights as Keras's default initialisers would make them, in Keras layout.

    glorot_uniform kernel, orthogonal recurrent kernel, zero bias (the LSTM's forget block
    set to ones, Keras's ``unit_forget_bias``). The random values differ from Keras's
    own draw; the distributions and layout are the same. Dense is supported too.
    """
    rng = np.random.default_rng(seed)
    units = int(options.get("units", 5))
    use_bias = bool(options.get("use_bias", True))
    if kind == "Dense":
        out = [_glorot_uniform(rng, (features, units))]
        return [w.astype(np.float32) for w in out + ([np.zeros(units)] if use_bias else [])]
    if kind not in RECURRENT_KINDS:
        raise ValueError(tr('no initial weights for {kind!r}').format(kind=kind))
    n = gate_count(kind)
    out = [_glorot_uniform(rng, (features, n * units)), _orthogonal(rng, (units, n * units))]
    if use_bias:
        if kind == "GRU" and options.get("reset_after", True):
            bias = np.zeros((2, n * units))
        else:
            bias = np.zeros(n * units)
            if kind == "LSTM":
                bias[units : 2 * units] = 1.0
        out.append(bias)
    return [w.astype(np.float32) for w in out]
