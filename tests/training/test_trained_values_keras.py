"""Cell values from stored weights (numpy forward pass + cell_math) against Keras's own layers."""

from __future__ import annotations

import random

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from lstmviz.model.cells import unrolled_layers  # noqa: E402
from lstmviz.model.examples import EXAMPLES  # noqa: E402
from lstmviz.model.runs import TrainedState  # noqa: E402
from lstmviz.training.builder import build_model, keras_layer  # noqa: E402
from lstmviz.model.cell_values.trained import trained_cell_values  # noqa: E402
from tests.training.keras_helpers import random_model, randomise_weights, sample_input  # noqa: E402


def _masked(arch) -> bool:
    # Cell values, like the engine's probe, run every step: Keras skips masked ones.
    return any(layer.options.get("mask_zero") for layer in arch.layers)


def _architectures():
    for name, example in EXAMPLES.items():
        if unrolled_layers(layer.kind for layer in example.architecture.layers) and not _masked(example.architecture):
            yield name, example.architecture
    rng = random.Random(11)
    found = 0
    while found < 10:
        arch = random_model(rng)
        if unrolled_layers(layer.kind for layer in arch.layers) and not _masked(arch) and None not in arch.input.shape:
            found += 1
            yield f"random-{found}", arch


CASES = list(_architectures())


@pytest.mark.parametrize("name,arch", CASES, ids=[name for name, _ in CASES])
def test_trained_cell_values_equal_keras(name, arch):
    model = build_model(arch)
    weights = randomise_weights(model, seed=5)
    x = sample_input(arch, 3, seed=2)
    trained = TrainedState(arch, tuple(weights), source="test")
    for index in unrolled_layers(layer.kind for layer in arch.layers):
        h = x
        for below in range(index):
            h = keras_layer(model, below)(h, training=False)
        layer = keras_layer(model, index)
        if arch.layers[index].kind == "Bidirectional":
            layer = layer.forward_layer
        expected = np.asarray(layer(h, training=False))[2]
        values = trained_cell_values(trained, x, index, sample=2)
        assert values.source == "test" and values.sample == 2 and values.layer_index == index
        h_values = values.states["h"]
        if arch.layers[index].options["return_sequences"]:
            np.testing.assert_allclose(h_values, expected, atol=1e-5, err_msg=f"{name} layer {index}")
        else:
            np.testing.assert_allclose(h_values[-1], expected, atol=1e-5, err_msg=f"{name} layer {index}")
