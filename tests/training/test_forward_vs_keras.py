"""The numpy forward pass against Keras's ``model.predict``: every example, every activation, generated models."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.forward import layer_outputs, predict, split_weights
from tests.training.keras_helpers import (
    USABLE_ACTIVATIONS, WINDOW_KINDS, random_model, randomise_weights, sample_input,
)

keras = pytest.importorskip("keras")

# Keras's own warnings for what these tests do on purpose: a Flatten drops an Embedding's mask
# (the forward pass follows it), a softmax over one unit.
pytestmark = [pytest.mark.filterwarnings("ignore:Layer .* does not support masking:UserWarning"),
              pytest.mark.filterwarnings("ignore:You are using a softmax over axis -1:UserWarning")]

from lstmviz.training.builder import build_model  # noqa: E402

TOLERANCE = dict(rtol=1e-5, atol=1e-5)
N_GENERATED = 70


def keras_layer_outputs(model, x):
    """Every layer's output from Keras, through one functional model on the same graph (masks included)."""
    probe = keras.Model(model.inputs, [layer.output for layer in model.layers])
    outputs = probe.predict(x, verbose=0)
    return outputs if isinstance(outputs, list) else [outputs]


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_examples_equal_keras_predict(name):
    arch = EXAMPLES[name].architecture
    model = build_model(arch)
    weights = randomise_weights(model, seed=11)
    x = sample_input(arch, samples=64, seed=3)
    expected = model.predict(x, verbose=0)
    got = predict(arch, weights, x)
    assert got.shape == expected.shape and got.dtype == np.float32
    np.testing.assert_allclose(got, expected, **TOLERANCE)
    # Each layer's output too: the Unrolled view feeds them to the cell view.
    for ours, theirs in zip(layer_outputs(arch, weights, x), keras_layer_outputs(model, x), strict=True):
        np.testing.assert_allclose(ours, theirs, **TOLERANCE)


@pytest.mark.parametrize("chunk", range(0, len(USABLE_ACTIVATIONS), 4))
def test_every_activation_equals_keras(chunk):
    acts = (USABLE_ACTIVATIONS * 2)[chunk:chunk + 4]
    arch = Architecture(InputSpec((4, 3)), (
        LayerSpec("Dense", {"units": 4, "activation": acts[0]}),
        LayerSpec("LSTM", {"units": 3, "activation": acts[1], "recurrent_activation": acts[2],
                           "return_sequences": True}),
        LayerSpec("GRU", {"units": 3, "activation": acts[2], "recurrent_activation": acts[3],
                          "return_sequences": True, "reset_after": chunk % 8 == 0}),
        LayerSpec("SimpleRNN", {"units": 2, "activation": acts[3], "return_sequences": True}),
        LayerSpec("TimeDistributed", {"units": 3, "activation": acts[1]}),
    ))
    model = build_model(arch)
    # Smaller weights than elsewhere: exponential feeding back through a recurrence overflows
    # float32 (Keras) and float64 (numpy) at different steps, and nan equals nothing.
    weights = randomise_weights(model, seed=chunk, scale=0.3)
    x = sample_input(arch, samples=16, seed=chunk)
    expected = model.predict(x, verbose=0)
    assert np.all(np.isfinite(expected))
    np.testing.assert_allclose(predict(arch, weights, x), expected, **TOLERANCE)


def _generated() -> list[tuple[int, Architecture, int]]:
    """(seed, model, time steps of its input) for each generated model."""
    rng = random.Random(20261128)
    models = []
    for n in range(N_GENERATED):
        arch = random_model(rng)
        models.append((n, arch, rng.choice([1, 3, 6])))
    return models


GENERATED = _generated()
PARTS = 2  # the comparison in two parts of 35 models, which the test workers share


@pytest.mark.parametrize("part", range(PARTS))
def test_generated_models_equal_keras_predict(part):
    failures = []
    for n, arch, time_steps in GENERATED[part::PARTS]:
        model = build_model(arch)
        weights = randomise_weights(model, seed=n)
        x = sample_input(arch, samples=9, seed=n, time_steps=time_steps)
        # Keras's own call, eagerly: the function predict would trace anew for each model costs most of the time
        # here, and the examples above go through predict itself.
        expected = keras.ops.convert_to_numpy(model(x, training=False))
        got = predict(arch, weights, x, batch_size=4)  # several chunks
        # nan where Keras gives nan (an average over a sample whose steps are all masked) agrees too.
        if got.shape != expected.shape or not np.allclose(got, expected, equal_nan=True, **TOLERANCE):
            worst = np.nanmax(np.abs(got - expected)) if got.shape == expected.shape else (got.shape, expected.shape)
            failures.append(f"{arch.input.shape} {[(l.kind, dict(l.options)) for l in arch.layers]}: {worst}")
    assert not failures, "\n".join(failures[:5])


def test_the_generated_models_are_a_broad_sample():
    kinds, options = Counter(), Counter()
    for _, arch, _ in GENERATED:
        for layer in arch.layers:
            kinds[layer.kind] += 1
            for key in ("return_sequences", "use_bias", "reset_after", "go_backwards", "mask_zero"):
                if key in layer.options:
                    options[f"{key}={layer.options[key]}"] += 1
            if "merge_mode" in layer.options:
                options[f"merge_mode={layer.options['merge_mode']}"] += 1
                options[f"bidirectional {layer.options['layer']}"] += 1
                if layer.options["layer"] == "GRU":
                    options[f"bidirectional GRU reset_after={layer.options['reset_after']}"] += 1
        if len(arch.input.shape) == 3 or arch.input.shape[0] is None:
            options["input " + str(arch.input.shape)] += 1
    # The window kinds have their own generated models (test_window_kinds_vs_keras.py).
    assert set(kinds) == set(catalogue.KINDS) - set(WINDOW_KINDS), kinds
    for needed in ("return_sequences=True", "return_sequences=False", "use_bias=False", "go_backwards=True",
                   "reset_after=False", "reset_after=True", "mask_zero=True", "mask_zero=False",
                   "merge_mode=concat", "merge_mode=sum", "merge_mode=mul", "merge_mode=ave",
                   "bidirectional LSTM", "bidirectional GRU", "bidirectional SimpleRNN",
                   "bidirectional GRU reset_after=False", "bidirectional GRU reset_after=True"):
        assert options[needed] > 0, (needed, options)


def test_weights_split_as_keras_layers_hold_them():
    arch = Architecture(InputSpec.tokens(6), (
        LayerSpec("Embedding", {"input_dim": 9, "output_dim": 4}),
        LayerSpec("Bidirectional", {"layer": "GRU", "units": 3, "return_sequences": True}),
        LayerSpec("TimeDistributed", {"units": 2, "use_bias": False}),
        LayerSpec("Flatten", {}),
        LayerSpec("Dense", {"units": 1}),
    ))
    model = build_model(arch)
    per_layer = split_weights(arch, model.get_weights())
    keras_layers = [l for l in model.layers if l.__class__.__name__ != "InputLayer"]
    assert [[w.shape for w in ws] for ws in per_layer] == [[w.shape for w in l.get_weights()] for l in keras_layers]
