"""Recurrent cells computed in numpy, exposing every gate at every time step.

Keras returns only a layer's outputs; the app also wants to show what each gate did.
The equations live once, in each cell's kind (``model/kinds/lstm.py``, ``gru.py``,
``simple_rnn.py``), and run here with ``trace`` on, from weights in Keras layout
(``layer.get_weights()`` order: kernel, recurrent kernel, bias), so the numbers agree with
Keras to float precision (tests compare them with the real layers).
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.kinds.activations import ACTIVATIONS, activation  # noqa: F401
from lstmviz.model.kinds.registry import cell_kinds, kind as kind_named
from lstmviz.model.kinds.trace import CellTrace  # noqa: F401

Array = np.ndarray


def _batched(x: Array) -> Array:
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 2:
        x = x[None]
    if x.ndim != 3:
        raise ValueError(tr('a recurrent layer reads (batch, T, F) or (T, F); got an array of shape {shape}').format(shape=x.shape))
    return x


def run_layer(kind: str, x: Array, weights: Sequence[Array], options: Mapping[str, Any],
              initial_state: Mapping[str, Array] | None = None) -> CellTrace:
    """Run one recurrent layer over ``x`` (batch, T, F), exactly as Keras 3 does.

    ``options`` are the layer's options (``activation``, ``recurrent_activation``,
    ``reset_after``, ``use_bias``, ``go_backwards``); missing ones take Keras's defaults.
    ``initial_state`` may give ``h`` (and ``c``) shaped (batch, units); zeros otherwise.
    """
    cell = cell_kinds().get(kind)
    if cell is None:
        raise ValueError(tr('{kind!r} is not a recurrent layer; expected one of {join}').format(kind=kind, join=', '.join(cell_kinds())))
    x = _batched(x)
    use_bias = bool(options.get("use_bias", True))
    expected = 3 if use_bias else 2
    if len(weights) != expected:
        raise ValueError(tr('{kind} with use_bias={use_bias} has {expected} weight arrays, got {weights}').format(kind=kind, use_bias=use_bias, expected=expected, weights=len(weights)))
    if np.shape(weights[0])[0] != x.shape[2]:
        raise ValueError(tr('the {kind} kernel expects {value} features, the input has {value2}').format(kind=kind, value=np.shape(weights[0])[0], value2=x.shape[2]))
    opts = {**options, "return_sequences": True}
    _, trace = cell.run(x, [np.asarray(w, dtype=np.float64) for w in weights], opts,
                        go_backwards=bool(options.get("go_backwards", False)), trace=True, initial_state=initial_state)
    assert trace is not None
    return trace


def gate_count(kind: str) -> int:
    cell = cell_kinds().get(kind)
    return len(cell.gates) if cell is not None else 1


def initial_weights(kind: str, features: int, options: Mapping[str, Any], seed: int = 0) -> list[Array]:
    """Weights as Keras's default initialisers would make them, in Keras layout.

    glorot_uniform kernel, orthogonal recurrent kernel, zero bias (the LSTM's forget block
    set to ones, Keras's ``unit_forget_bias``). The random values differ from Keras's
    own draw; the distributions and layout are the same. Dense is supported too.
    """
    try:
        found = kind_named(kind)
    except KeyError:
        found = None
    full = found.with_defaults(options) if found is not None else {}
    if found is None or not found.weight_specs((None, None, features), full):
        raise ValueError(tr('no initial weights for {kind!r}').format(kind=kind))
    return [np.asarray(w, dtype=np.float32) for w in found.initial_weights((None, None, features), full, seed)]
