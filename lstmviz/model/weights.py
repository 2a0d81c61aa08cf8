"""The weight arrays of each layer, in Keras's ``model.get_weights()`` order, and their checks.

Keras 3 keeps an LSTM's kernel ``(F, 4U)``, recurrent kernel ``(U, 4U)`` and bias ``(4U,)``;
a GRU with ``reset_after`` has a ``(2, 3U)`` bias; a Bidirectional layer holds the forward
layer's weights, then the backward layer's. Shapes follow from inference, so a stack that
cannot be built has no weights to check.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture, LayerSpec
from lstmviz.model.inference import LayerInfo, infer
from lstmviz.model.kinds.base import Shape, WeightSpec, fmt_shape


def _layer_specs(layer: LayerSpec, input_shape: Shape) -> list[WeightSpec]:
    return layer.spec.weight_specs(input_shape, layer.options)


def weight_specs(architecture: Architecture) -> list[list[WeightSpec]]:
    """Per layer, the weight arrays Keras's ``layer.get_weights()`` returns, in that order.

    Raises ValueError when the architecture cannot be built (inference's message).
    """
    inference = infer(architecture)
    if not inference.ok:
        raise ValueError(tr("the model cannot be built: {reason}").format(reason=inference.error_text))
    return [_layer_specs(layer, info.built().input_shape) for layer, info in zip(architecture.layers, inference)]


def layer_label(info: LayerInfo) -> str:
    """How messages name a layer: "layer 2 (lstm (LSTM))"."""
    return tr("layer {number} ({title})").format(number=info.index + 1, title=info.title)


def split_weights(architecture: Architecture, weights: Sequence[Any]) -> list[list[np.ndarray]]:
    """Cut a flat ``model.get_weights()`` list into one list per layer, checking every shape.

    A wrong count or shape is a ValueError naming the layer, the weight and both shapes.
    """
    specs = weight_specs(architecture)
    expected = sum(len(s) for s in specs)
    if len(weights) != expected:
        raise ValueError(tr("the model has {expected} weight arrays, got {count}").format(
            expected=expected, count=len(weights)))
    out: list[list[np.ndarray]] = []
    position = 0
    for index, layer_specs in enumerate(specs):
        arrays = []
        for spec in layer_specs:
            array = np.asarray(weights[position])
            position += 1
            if array.shape != spec.shape:
                raise ValueError(tr("{where}: the {weight} has shape {shape}, expected {expected}").format(
                    where=layer_label(infer(architecture)[index]), weight=spec.name, shape=fmt_shape(array.shape),
                    expected=fmt_shape(spec.shape)))
            if array.dtype.kind not in "fiu":
                raise ValueError(tr("{where}: the {weight} holds {dtype} values, expected numbers").format(
                    where=layer_label(infer(architecture)[index]), weight=spec.name, dtype=array.dtype))
            arrays.append(array)
        out.append(arrays)
    return out
