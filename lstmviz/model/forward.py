"""Predictions from stored weights, in numpy, exactly as Keras 3 computes them.

Once a model is trained its weights are plain arrays; showing its predictions again (a
reopened project, an imported ``.keras`` file) should not need TensorFlow. This module runs
every layer kind of the catalogue from weights in ``model.get_weights()`` order, vectorised
over samples (only the recurrence loops over time steps), and follows Keras's masks
(``Embedding(mask_zero=True)``) through the layers that pass them on. Tests compare it with
``model.predict`` on every example and on generated architectures.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture, LayerSpec
from lstmviz.model.inference import infer
from lstmviz.model.kinds.activations import checked as _activation
from lstmviz.model.kinds.base import fmt_shape
# Re-exported: with predict and layer_outputs they are this module's API.
from lstmviz.model.blas_threads import one_blas_thread as _one_blas_thread
from lstmviz.model.weights import WeightSpec, layer_label, split_weights, weight_specs  # noqa: F401

Array = np.ndarray

# Samples per chunk: bounds the memory of a long prediction; chunks that stay in the CPU's
# caches were fastest in benchmarks/forward_pass.py (512 against 2048: 0.50 s and 0.59 s).
DEFAULT_BATCH_SIZE = 512
# Keras computes in float32 too; float64 would double the time of every product and copy.
_FLOAT = np.float32


# ------------------------------------------------------------------------------ layers


def _run_layer(layer: LayerSpec, x: Array, weights: list[Array], mask: Array | None,
               where: str) -> tuple[Array, Array | None]:
    """One layer's output and the mask it passes on (Keras's ``compute_mask``)."""
    return layer.spec.forward(x, weights, layer.options, where, mask)


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
        if layer.spec.cell(o) is not None and x.ndim == 3 and x.shape[1] == 0:
            raise ValueError(tr("{where}: a recurrent layer needs at least one time step").format(where=where))
    return per_layer, x, wheres


def _chunks(n: int, batch_size: int) -> range:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(tr("batch_size must be a whole number of at least 1, got {value}").format(
            value=repr(batch_size)))
    return range(0, max(n, 1), batch_size)


def _forward(architecture: Architecture, per_layer: list[list[Array]], x: Array, wheres: list[str],
             keep_all: bool, dtype: Any = _FLOAT) -> list[Array]:
    """The layer walk: each kind's own forward pass, in ``dtype`` (Keras's float32 for predictions)."""
    reads_tokens = bool(architecture.layers) and architecture.layers[0].spec.reads_tokens
    value = x if reads_tokens else x.astype(dtype)
    mask = None
    outputs = []
    for layer, weights, where in zip(architecture.layers, per_layer, wheres):
        value, mask = _run_layer(layer, value, weights, mask, where)
        value = value.astype(dtype, copy=False)  # gelu's erf works in float64
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
