"""The window kinds' rules without Keras: the fix offered when a sequence is missing, derivations, script lines."""

from __future__ import annotations

import pytest

from lstmviz.io.keras_script import layer_code
from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.fixes import Fix
from lstmviz.model.inference import infer

WINDOW_KINDS = tuple(k for k in ("Conv1D", "MaxPooling1D", "GlobalAveragePooling1D") if k in catalogue.KINDS)


@pytest.mark.parametrize("kind", WINDOW_KINDS)
def test_after_a_recurrent_layer_returning_one_vector_the_fix_is_return_sequences(kind):
    arch = Architecture(InputSpec((6, 2)), (LayerSpec("LSTM", {"units": 3}), LayerSpec(kind, {})))
    result = infer(arch)
    assert not result.ok and result[1].error is not None
    assert "(None, T, F)" in result[1].error.message and "(None, 3)" in result[1].error.message
    assert result.fix == Fix(0, "return_sequences", True)


@pytest.mark.parametrize("kind", WINDOW_KINDS)
def test_counts_derivations_and_script_lines_follow_the_options(kind):
    spec = catalogue.KINDS[kind]
    layer = LayerSpec(kind, {})
    info = infer(Architecture(InputSpec((8, 3)), (layer,)))[0]
    assert info.ok
    assert info.derivation.formula.rsplit(" = ", 1)[-1].replace(",", "") == str(info.params)
    line = layer_code(layer)
    assert line.startswith(f"keras.layers.{spec.keras_class}(")
    for name in spec.positional:  # options by position come first, in order
        assert repr(layer.options[name]) in line


def test_conv1d_refuses_what_keras_refuses_and_says_how_to_fix_it():
    wide = Architecture(InputSpec((3, 1)), (LayerSpec("Conv1D", {"kernel_size": 5}),))
    error = infer(wide)[0].error
    assert error is not None and "kernel_size" in error.hint
    both = Architecture(InputSpec((9, 1)), (LayerSpec("Conv1D", {"strides": 2, "dilation_rate": 2}),))
    assert "strides" in infer(both)[0].error.hint
    same = Architecture(InputSpec((3, 1)), (LayerSpec("Conv1D", {"kernel_size": 5, "padding": "same", "strides": 2}),))
    assert infer(same)[0].output_shape == (None, 2, 8)
