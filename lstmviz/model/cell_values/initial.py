"""Cell values before any training: a layer's freshly initialised weights on one sample.

The layers below the shown one run with initial weights too (each kind's numpy forward pass),
so no TensorFlow is needed to show them; :func:`cost_problem` refuses a model too large to
compute while the window waits.
"""

from __future__ import annotations

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import KINDS
from lstmviz.model.cell_values import CellValues, of_trace
from lstmviz.model.forward import _one_blas_thread as one_blas_thread
from lstmviz.model.inference import infer
from lstmviz.model.weights import layer_label
from lstmviz.model.limits import MAX_VALUE_STEPS, MAX_VALUE_WORK, count


def cost_problem(architecture: Architecture, layer_index: int) -> str | None:
    """Why computing layer ``layer_index``'s values here would take too long (model.limits), or None.

    The work, for one sample: each layer's parameters times the steps it runs over (an
    Embedding builds its table once), plus for a recurrent layer the orthogonal
    initialiser's QR decomposition (about gates x units³ / 2: LAPACK runs it several
    times faster per operation than the step-by-step recurrence).
    """
    inference = infer(architecture)
    work = 0
    for info in inference.layers[: layer_index + 1]:
        if not info.ok or info.params is None:
            return tr("layer {n} cannot be computed: {why}").format(
                n=info.index + 1, why=info.error or tr("its input is unknown"))
        shape = info.input_shape or ()
        steps = shape[1] if len(shape) >= 3 and isinstance(shape[1], int) else 1
        if info.index == layer_index and steps > MAX_VALUE_STEPS:
            return tr("values are computed here for up to {limit} time steps; this layer reads {steps}").format(
                limit=count(MAX_VALUE_STEPS), steps=count(steps))
        work += KINDS[info.kind].work(shape, architecture.layers[info.index].options, info.params)
    if work > MAX_VALUE_WORK:
        return tr("the layers up to this one are too large to compute here ({work} multiply-adds per sample; "
                  "at most {limit})").format(work=count(work), limit=count(MAX_VALUE_WORK))
    return None


def initial_values(architecture: Architecture, x: np.ndarray, layer_index: int, seed: int = 0) -> CellValues:
    """Gates and states of layer ``layer_index`` on sample ``x[0]`` with freshly initialised weights.

    Layers below it run with initial weights too. Raises ValueError saying why when the
    data does not fit the model, a layer cannot be computed here, or the work would
    block the window (:func:`cost_problem`).
    """
    problem = cost_problem(architecture, layer_index)
    if problem:
        raise ValueError(problem)
    with one_blas_thread():  # the recurrence's many small products: waking BLAS threads costs more
        return _initial_values(architecture, x, layer_index, seed)


def _initial_values(architecture: Architecture, x: np.ndarray, layer_index: int, seed: int) -> CellValues:
    spec = architecture.input
    data = np.asarray(x)
    expected = tuple(d for d in spec.shape)
    if data.ndim != len(expected) + 1 or any(e is not None and e != d for e, d in zip(expected, data.shape[1:])):
        raise ValueError(tr("the dataset's samples {tuple} do not fit the input {expected}").format(tuple=tuple(data.shape[1:]), expected=expected))
    h = data[:1].astype(np.int64 if spec.is_tokens else np.float64)
    inference = infer(architecture)
    for index, layer in enumerate(architecture.layers):
        kind, options = layer.spec, layer.options
        layer_seed = seed + 17 * index
        info = inference[index]
        weights = kind.initial_weights(info.built().input_shape, options, layer_seed)
        if index == layer_index:
            found = kind.cell(options)
            if found is None:
                raise ValueError(tr('layer {value} ({kind}) is not recurrent').format(value=index + 1, kind=layer.kind))
            cell, opts = found
            own = weights[: len(weights) // kind.directions(options)]  # the forward direction's
            _, trace = cell.run(h.astype(np.float64), own, opts, trace=True, go_backwards=bool(opts.get("go_backwards", False)))
            return of_trace(trace, index, tr('initial weights'))
        # Each layer computes in float64 and hands on float32, as the traced pass's values are kept.
        h, _ = kind.forward(h.astype(np.float64) if h.dtype.kind == "f" else h, weights, options, layer_label(info), None)
        h = h.astype(np.float32)
    raise ValueError(tr('there is no layer {value}').format(value=layer_index + 1))
