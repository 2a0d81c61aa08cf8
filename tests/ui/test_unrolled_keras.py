"""The weight block's W, U and b shapes are the ones Keras 3 creates for the layer."""

from __future__ import annotations

import re

import pytest

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.diagram.layout import build_layout

keras = pytest.importorskip("keras")

CASES = [
    ("LSTM", {}), ("LSTM", {"use_bias": False}), ("GRU", {}), ("GRU", {"reset_after": False}),
    ("GRU", {"use_bias": False}), ("SimpleRNN", {}),
]


def shown_shapes(block_lines):
    """{"W": (3, 28), ...} from lines like "W  (3, 28)\t84"."""
    out = {}
    for line in block_lines:
        m = re.match(r"(\w)\s+\(([\d, ]+),?\)\t", line.replace(",)", ")"))
        if m:
            out[m.group(1)] = tuple(int(d) for d in m.group(2).replace(",", " ").split())
    return out


@pytest.mark.parametrize("kind,options", CASES)
def test_weight_block_shapes_match_keras(kind, options):
    features, units = 3, 7
    layout = build_layout(Architecture(InputSpec((4, features)), (LayerSpec(kind, {"units": units, **options}),)))
    block = layout.node(layout.row(0).weights_id)
    layer = getattr(keras.layers, kind)(units, **options)
    layer.build((None, 4, features))
    weights = [tuple(w.shape) for w in layer.weights]
    shown = shown_shapes(block.lines)
    expected = {"W": weights[0], "U": weights[1]}
    if len(weights) > 2:
        expected["b"] = weights[2]
    assert shown == expected
    assert layout.row(0).params == layer.count_params()
