"""Predictions from stored weights, in numpy, exactly as Keras 3 computes them.

Once a model is trained its weights are plain arrays; showing its predictions again (a
reopened project, an imported ``.keras`` file) should not need TensorFlow. This module runs
every layer kind of the catalogue from weights in ``model.get_weights()`` order, vectorised
over samples (only the recurrence loops over time steps), and follows Keras's masks
(``Embedding(mask_zero=True)``) through the layers that pass them on. Tests compare it with
``model.predict`` on every example and on generated architectures.
"""

from __future__ import annotations

import contextlib
import functools
import math
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture, LayerSpec
from lstmviz.model.catalogue import RECURRENT_KINDS, fmt_shape
from lstmviz.model.cell_math import activation
from lstmviz.model.inference import infer
# Re-exported: with predict and layer_outputs they are this module's API.
from lstmviz.model.weights import WeightSpec, layer_label, split_weights, weight_specs  # noqa: F401

Array = np.ndarray

# Samples per chunk: bounds the memory of a long prediction; chunks that stay in the CPU's
# caches were fastest in benchmarks/forward_pass.py (512 against 2048: 0.50 s and 0.59 s).
DEFAULT_BATCH_SIZE = 512
# Keras computes in float32 too; float64 would double the time of every product and copy.
_FLOAT = np.float32


def _unusable(activation_name: str) -> str | None:
    """Why Keras accepts this activation name but cannot use it as it is; None for the others."""
    if activation_name == "threshold":
        return tr("Keras cannot call threshold without its threshold and default_value")
    if activation_name == "glu":  # no shape rule of the catalogue follows the halved axis
        return tr("glu halves the layer's output, so the shapes lstmviz derives would not hold")
    return None


# ------------------------------------------------------------------------------ layers


@functools.cache
def _blas_threads() -> Any:
    try:  # a dependency, but the model core stays importable with numpy alone
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _one_blas_thread() -> contextlib.AbstractContextManager[Any]:
    """One BLAS thread while a forward pass runs.

    OpenBLAS wakes its threads for every product; for the many small (batch, units) x
    (units, 4 units) products of a recurrence that costs more than it gains, the more so on
    a busy machine. Two stacked LSTM(64) over 50 steps, 5000 samples, 2 cores: 2.0 s with
    OpenBLAS's two threads, 0.5 s with one (benchmarks/forward_pass.py).
    """
    controller = _blas_threads()
    return controller.limit(limits=1, user_api="blas") if controller else contextlib.nullcontext()


def _activation(name: str, where: str) -> Callable[[Array], Array]:
    reason = _unusable(name)
    if reason:
        raise ValueError(tr("{where}: activation {name} cannot be computed: {reason}").format(
            where=where, name=repr(name), reason=reason))
    try:
        return activation(name)
    except ValueError as exc:
        raise ValueError(tr("{where}: {reason}").format(where=where, reason=exc)) from None


def _recurrence(kind: str, x: Array, weights: list[Array], options: Mapping[str, Any], where: str,
                mask: Array | None, go_backwards: bool, zero_output_for_mask: bool) -> Array:
    """One recurrent layer over (batch, T, F); (batch, T, units) with return_sequences, else (batch, units).

    Masked steps keep the previous state and repeat the previous output (zeros when
    ``zero_output_for_mask``), as Keras's ``backend.rnn`` does; with ``go_backwards`` the
    steps (and the mask) run from last to first and the output stays in that order.
    """
    act = _activation(options.get("activation", "tanh"), where)
    rec_act = _activation(options.get("recurrent_activation", "sigmoid"), where)
    kernel, recurrent = (np.asarray(w, dtype=_FLOAT) for w in weights[:2])
    bias = np.asarray(weights[2], dtype=_FLOAT) if len(weights) == 3 else None
    units = recurrent.shape[0]
    if go_backwards:
        x = x[:, ::-1]
        mask = mask[:, ::-1] if mask is not None else None
    two_biases = bias is not None and bias.ndim == 2
    input_bias = bias[0] if two_biases else bias
    # Every step's input projection in one matrix product.
    batch, steps = x.shape[0], x.shape[1]
    projected = (x.reshape(batch * steps, x.shape[2]) @ kernel).reshape(batch, steps, kernel.shape[1])
    if input_bias is not None:
        projected += input_bias
    reset_after = options.get("reset_after", True)
    recurrent_bias = bias[1] if two_biases else None

    def lstm(xt, h, c):
        i, f, g, o = np.split(xt + h @ recurrent, 4, axis=-1)
        c = rec_act(f) * c + rec_act(i) * act(g)
        return rec_act(o) * act(c), c

    def gru(xt, h, c):
        x_z, x_r, x_h = np.split(xt, 3, axis=-1)
        if reset_after:
            inner = h @ recurrent
            if recurrent_bias is not None:
                inner += recurrent_bias
            rec_z, rec_r, rec_h = np.split(inner, 3, axis=-1)
            z, r = rec_act(x_z + rec_z), rec_act(x_r + rec_r)
            candidate = act(x_h + r * rec_h)
        else:
            rec_z, rec_r = np.split(h @ recurrent[:, : 2 * units], 2, axis=-1)
            z, r = rec_act(x_z + rec_z), rec_act(x_r + rec_r)
            candidate = act(x_h + (r * h) @ recurrent[:, 2 * units:])
        return z * h + (1.0 - z) * candidate, c

    def simple(xt, h, c):
        return act(xt + h @ recurrent), c

    step = {"LSTM": lstm, "GRU": gru, "SimpleRNN": simple}[kind]
    h = np.zeros((batch, units), _FLOAT)
    c = np.zeros((batch, units), _FLOAT)
    output = np.zeros((batch, units), _FLOAT)
    sequence = np.empty((batch, steps, units), _FLOAT) if options["return_sequences"] else None
    for t in range(steps):
        new_h, new_c = step(projected[:, t], h, c)
        if mask is None:
            h, c, output = new_h, new_c, new_h
        else:
            keep = mask[:, t, None]
            output = np.where(keep, new_h, 0.0 if zero_output_for_mask else output)
            h = np.where(keep, new_h, h)
            c = np.where(keep, new_c, c)
        if sequence is not None:
            sequence[:, t] = output
    return sequence if sequence is not None else output


def _embedding(x: Array, weights: list[Array], options: Mapping[str, Any], where: str) -> tuple[Array, Array | None]:
    values = np.asarray(x)
    if values.dtype.kind == "f":
        if not np.all(np.isfinite(values)):
            raise ValueError(tr("{where}: the token ids include a value that is not a number").format(where=where))
        values = np.trunc(values)  # Keras casts other dtypes to int32, which truncates
    ids = values.astype(np.int64)
    vocabulary = int(options["input_dim"])
    if ids.size and (ids.min() < 0 or ids.max() >= vocabulary):
        bad = int(ids.min()) if ids.min() < 0 else int(ids.max())
        raise ValueError(tr("{where}: token id {id} is outside the vocabulary 0..{last}").format(
            where=where, id=bad, last=vocabulary - 1))
    table = np.asarray(weights[0], dtype=_FLOAT)
    mask = ids != 0 if options.get("mask_zero", False) else None
    return table[ids], mask


def _dense(x: Array, weights: list[Array], options: Mapping[str, Any], where: str) -> Array:
    # As one 2-D product: numpy's matmul on a stack of matrices loops over the samples.
    kernel = np.asarray(weights[0], dtype=_FLOAT)
    y = (x.reshape(math.prod(x.shape[:-1]), x.shape[-1]) @ kernel).reshape(*x.shape[:-1], kernel.shape[1])
    if len(weights) == 2:
        y = y + np.asarray(weights[1], dtype=_FLOAT)
    return _activation(options.get("activation", "linear"), where)(y)


def _merge(mode: str, forward: Array, backward: Array) -> Array:
    if mode == "concat":
        return np.concatenate([forward, backward], axis=-1)
    if mode == "sum":
        return forward + backward
    if mode == "ave":
        return (forward + backward) / 2.0
    return forward * backward  # "mul"; the catalogue allows no other mode


def _run_layer(layer: LayerSpec, x: Array, weights: list[Array], mask: Array | None,
               where: str) -> tuple[Array, Array | None]:
    """One layer's output and the mask it passes on (Keras's ``compute_mask``)."""
    kind, o = layer.kind, layer.options
    if kind == "Embedding":
        return _embedding(x, weights, o, where)
    if kind in RECURRENT_KINDS:
        y = _recurrence(kind, x, weights, o, where, mask, bool(o.get("go_backwards", False)), False)
        return y, mask if o["return_sequences"] else None
    if kind == "Bidirectional":
        inner = {k: o[k] for k in ("units", "return_sequences", "use_bias", "reset_after")}
        half = len(weights) // 2
        # Keras's Bidirectional zeroes masked outputs when it returns sequences.
        zero = bool(o["return_sequences"])
        forward = _recurrence(o["layer"], x, weights[:half], inner, where, mask, False, zero)
        backward = _recurrence(o["layer"], x, weights[half:], inner, where, mask, True, zero)
        if o["return_sequences"]:
            backward = backward[:, ::-1]
        return _merge(o["merge_mode"], forward, backward), mask if o["return_sequences"] else None
    if kind in ("Dense", "TimeDistributed"):
        return _dense(x, weights, o, where), mask
    if kind == "Dropout":
        return x, mask  # dropout acts only while training
    if kind == "RepeatVector":
        return np.repeat(x[:, None, :], int(o["n"]), axis=1), None
    if kind == "Flatten":
        return x.reshape(x.shape[0], math.prod(x.shape[1:])), None
    # Only reached by a kind added to the catalogue without a forward pass here.
    raise ValueError(tr("{where}: no forward pass for layer kind {kind}").format(where=where, kind=kind))


# ------------------------------------------------------------------------------ models


def _check_input(architecture: Architecture, x: Array) -> None:
    expected = architecture.input.batch_shape
    if x.ndim != len(expected) or any(e is not None and e != d for e, d in zip(expected[1:], x.shape[1:])):
        raise ValueError(tr("the input has shape {shape}, the model reads {expected}").format(
            shape=fmt_shape(x.shape), expected=fmt_shape((None, *expected[1:]))))
    if x.dtype.kind not in "fiub":
        raise ValueError(tr("the input holds {dtype} values, expected numbers").format(dtype=x.dtype))


def _validated(architecture: Architecture, weights: Sequence[Any],
               x: Any) -> tuple[list[list[Array]], Array, list[str]]:
    per_layer = split_weights(architecture, weights)
    x = np.asarray(x)
    _check_input(architecture, x)
    inference = infer(architecture)
    wheres = [layer_label(info) for info in inference]
    for layer, where in zip(architecture.layers, wheres):
        o = layer.options
        names = [o[k] for k in ("activation", "recurrent_activation") if k in o]
        for name in names:
            _activation(name, where)
        if layer.kind in RECURRENT_KINDS + ("Bidirectional",) and x.ndim == 3 and x.shape[1] == 0:
            raise ValueError(tr("{where}: a recurrent layer needs at least one time step").format(where=where))
    return per_layer, x, wheres


def _chunks(n: int, batch_size: int) -> range:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(tr("batch_size must be a whole number of at least 1, got {value}").format(
            value=repr(batch_size)))
    return range(0, max(n, 1), batch_size)


def _forward(architecture: Architecture, per_layer: list[list[Array]], x: Array, wheres: list[str],
             keep_all: bool) -> list[Array]:
    first_is_embedding = bool(architecture.layers) and architecture.layers[0].kind == "Embedding"
    value = x if first_is_embedding else x.astype(_FLOAT)
    mask = None
    outputs = []
    for layer, weights, where in zip(architecture.layers, per_layer, wheres):
        value, mask = _run_layer(layer, value, weights, mask, where)
        value = value.astype(_FLOAT, copy=False)  # gelu's erf works in float64
        if keep_all:
            outputs.append(value)
    return outputs if keep_all else [value]


def layer_outputs(architecture: Architecture, weights: Sequence[Any], x: Any,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> list[Array]:
    """Every layer's output for the samples ``x`` (batch first), as float32 arrays.

    ``layer_outputs(...)[i]`` is what layer ``i`` passes on; the input of a recurrent layer
    ``i`` is ``x`` for ``i == 0`` and ``layer_outputs(...)[i - 1]`` otherwise.
    """
    per_layer, x, wheres = _validated(architecture, weights, x)
    with _one_blas_thread():
        parts = [_forward(architecture, per_layer, x[start:start + batch_size], wheres, True)
                 for start in _chunks(len(x), batch_size)]
    return [np.concatenate([p[i] for p in parts]) for i in range(len(architecture.layers))]


def predict(architecture: Architecture, weights: Sequence[Any], x: Any,
            batch_size: int = DEFAULT_BATCH_SIZE) -> Array:
    """The model's output for the samples ``x`` (batch first): Keras's ``model.predict(x)``."""
    per_layer, x, wheres = _validated(architecture, weights, x)
    with _one_blas_thread():
        parts = [_forward(architecture, per_layer, x[start:start + batch_size], wheres, False)[0]
                 for start in _chunks(len(x), batch_size)]
    return np.concatenate(parts)
