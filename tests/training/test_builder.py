"""The built Keras model agrees with inference: per-layer output shapes and parameter counts."""

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from lstmviz.model.examples import EXAMPLES  # noqa: E402
from lstmviz.model.inference import infer  # noqa: E402
from lstmviz.training.builder import BuildError, build_model, keras_layer  # noqa: E402


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_every_example_builds_as_inferred(name):
    arch = EXAMPLES[name].architecture
    model = build_model(arch)
    inference = infer(arch)
    assert model.count_params() == inference.total_params
    for info in inference.layers:
        layer = keras_layer(model, info.index)
        assert layer.__class__.__name__ == info.keras_class
        assert tuple(layer.output.shape) == info.output_shape
        assert layer.count_params() == info.params
    assert keras_layer(model, 0).input.dtype == arch.input.dtype


def test_options_reach_keras():
    arch = EXAMPLES["gru-vs-lstm"].architecture.set_option(0, "reset_after", False).set_option(0, "go_backwards", True)
    gru = keras_layer(build_model(arch), 0)
    assert gru.reset_after is False and gru.go_backwards is True
    assert gru.count_params() == infer(arch).layers[0].params == 3 * ((1 + 5) * 5 + 5)


def test_impossible_stack_raises_a_readable_error():
    arch = EXAMPLES["many-to-one"].architecture
    broken = arch.insert(1, arch.layers[0])  # LSTM after an LSTM that returns one vector
    with pytest.raises(BuildError, match=r"layer 2 \(lstm_1 \(LSTM\)\).*return_sequences=True"):
        build_model(broken)


def test_built_model_runs():
    model = build_model(EXAMPLES["many-to-many"].architecture)
    out = model(np.zeros((2, 5, 1), "float32"))
    assert tuple(out.shape) == (2, 5, 1)
