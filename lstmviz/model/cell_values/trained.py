"""Gates and states of a recurrent layer computed from stored weights, without TensorFlow.

A reopened project or an imported ``.keras`` file has weights but no training run to
probe. The numpy forward pass (:func:`lstmviz.model.forward.layer_outputs`) gives the
shown layer's input on the first sample, and :func:`lstmviz.model.cell_math.run_layer`
reruns that layer with its own weights, exposing every gate (as the engine's probe
does while training; a Bidirectional layer shows its forward direction).
"""

from __future__ import annotations

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.cell_math import run_layer
from lstmviz.model.forward import layer_outputs, split_weights
from lstmviz.model.runs import TrainedState
from lstmviz.model.cell_values import CellValues, of_trace


def layer_input(architecture: Architecture, weights, x: np.ndarray, layer_index: int) -> np.ndarray:
    """What layer ``layer_index`` receives for the samples ``x``."""
    x = np.asarray(x)
    expected = architecture.input.shape
    if x.ndim != len(expected) + 1 or any(e is not None and e != d for e, d in zip(expected, x.shape[1:])):
        raise ValueError(tr("the dataset's samples {shape} do not fit the input {expected}").format(
            shape=tuple(x.shape[1:]), expected=tuple(expected)))
    if layer_index == 0:
        return x
    below = Architecture(architecture.input, architecture.layers[:layer_index], architecture.name)
    per_layer = split_weights(architecture, weights)
    flat = [w for layer in per_layer[:layer_index] for w in layer]
    return layer_outputs(below, flat, x)[-1]


def trained_cell_values(trained: TrainedState, x: np.ndarray, layer_index: int, sample: int = 0) -> CellValues:
    """Layer ``layer_index``'s gates and states on sample ``sample`` of ``x``, from ``trained``'s weights.

    Raises ValueError (saying why) when the data does not fit the model or the layer is not recurrent.
    """
    architecture = trained.architecture
    layer = architecture.layers[layer_index]
    found = layer.spec.cell(layer.options)
    if found is None:
        raise ValueError(tr("layer {number} ({kind}) is not recurrent").format(number=layer_index + 1, kind=layer.kind))
    kind, options = found[0].name, found[1]
    data = np.asarray(x)
    sample = min(max(sample, 0), len(data) - 1)
    seen = layer_input(architecture, trained.weights, data[sample:sample + 1], layer_index)
    own = split_weights(architecture, trained.weights)[layer_index]
    own = own[: len(own) // layer.spec.directions(layer.options)]  # the forward direction's kernel, recurrent kernel and bias
    trace = run_layer(kind, seen, own, options)
    return of_trace(trace, layer_index, trained.source, 0, sample)
