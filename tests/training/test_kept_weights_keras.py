"""Weights an edit keeps, against Keras: the edited model takes them (``set_weights``), predicts as the
numpy forward pass does, and a weightless edit (Dropout in or out, its rate) predicts as before."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.model.architecture import LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.forward import predict
from lstmviz.model.kept_weights import keep_fitting_weights
from lstmviz.model.runs import TrainedState
from tests.training.keras_helpers import randomise_weights, sample_input

keras = pytest.importorskip("keras")

from lstmviz.training.builder import build_model  # noqa: E402

TOLERANCE = dict(rtol=1e-5, atol=1e-5)


def trained(name: str) -> TrainedState:
    arch = EXAMPLES[name].architecture
    weights = randomise_weights(build_model(arch), seed=5)
    return TrainedState(arch, tuple(np.asarray(w) for w in weights), run=1, epoch=50, loss=0.01,
                        source="run #1, epoch 50")


@pytest.mark.parametrize("name", ["many-to-many", "stacked-lstm", "gru-vs-lstm"])
def test_a_dropout_keeps_every_weight_and_the_predictions(name):
    state = trained(name)
    arch = state.architecture
    edited = arch.insert(1, LayerSpec("Dropout", {"rate": 0.3}))
    kept = keep_fitting_weights(state, edited)
    assert kept.whole and kept.trained.run == 1 and kept.trained.epoch == 50
    model = build_model(edited)
    model.set_weights(list(kept.trained.weights))  # Keras takes them as they are
    x = sample_input(arch, samples=8, seed=2)
    before = build_model(arch)
    before.set_weights(list(state.weights))
    np.testing.assert_allclose(model.predict(x, verbose=0), before.predict(x, verbose=0), **TOLERANCE)
    rate = keep_fitting_weights(kept.trained, edited.set_option(1, "rate", 0.5))
    assert rate.whole
    back = keep_fitting_weights(kept.trained, arch)
    assert back.whole and all(np.array_equal(a, b) for a, b in zip(back.trained.weights, state.weights))


def test_a_changed_layer_is_set_aside_and_the_rest_kept_for_keras():
    state = trained("stacked-lstm")
    arch = state.architecture
    # The top LSTM wider: it and the Dense above it no longer fit; the lower LSTM keeps its weights.
    top = max(i for i, layer in enumerate(arch.layers) if layer.kind == "LSTM")
    edited = arch.set_option(top, "units", int(arch.layers[top].options["units"]) + 3)
    kept = keep_fitting_weights(state, edited)
    assert kept.trained is not None and kept.trained.run is None
    assert len(kept.set_aside) == 2 and kept.set_aside[0].endswith("(LSTM)")
    assert "fresh weights" in kept.trained.source
    model = build_model(edited)
    model.set_weights(list(kept.trained.weights))  # every shape as Keras has it
    np.testing.assert_array_equal(kept.trained.weights[0], state.weights[0])  # the lower LSTM's kernel, kept
    x = sample_input(edited, samples=8, seed=1)
    np.testing.assert_allclose(predict(edited, kept.trained.weights, x), model.predict(x, verbose=0), **TOLERANCE)


def test_fresh_weights_are_drawn_like_keras_defaults():
    state = trained("one-to-one")
    edited = state.architecture.set_option(0, "units", 64)
    kept = keep_fitting_weights(state, edited, seed=3)
    assert kept.trained is None  # both layers changed shape: nothing fits
    dense = state.architecture.insert(1, LayerSpec("Dense", {"units": 64}))
    kept = keep_fitting_weights(state, dense, seed=3)
    ours = dict(zip(("kernel", "recurrent_kernel", "bias", "d_kernel", "d_bias"), kept.trained.weights))
    model = build_model(dense)
    theirs = model.get_weights()
    assert [w.shape for w in kept.trained.weights] == [w.shape for w in theirs]
    # The new Dense(64) after LSTM(5): Glorot-uniform kernel within Keras's limit, zero bias.
    new_kernel = kept.trained.weights[3]
    limit = np.sqrt(6 / (5 + 64))
    assert np.abs(new_kernel).max() <= limit and np.abs(theirs[3]).max() <= limit
    assert np.std(new_kernel) == pytest.approx(np.std(theirs[3]), rel=0.35)
    assert not kept.trained.weights[4].any() and not theirs[4].any()
    assert ours["kernel"] is state.weights[0]


def test_a_fresh_recurrent_layer_starts_with_keras_biases():
    """A new LSTM and a new Bidirectional LSTM: zero biases but the forget gate's, at one (unit_forget_bias)."""
    state = trained("many-to-many")
    arch = state.architecture
    for spec in (LayerSpec("LSTM", {"units": 5, "return_sequences": True}),
                 LayerSpec("Bidirectional", {"layer": "LSTM", "units": 3, "return_sequences": True})):
        edited = arch.insert(1, spec)
        kept = keep_fitting_weights(state, edited, seed=2)
        theirs = build_model(edited).get_weights()
        ours = kept.trained.weights
        assert [w.shape for w in ours] == [w.shape for w in theirs]
        biases = [k for k, w in enumerate(theirs) if w.ndim == 1 and k >= 3 and k < len(theirs) - 2]
        assert biases
        for k in biases:
            np.testing.assert_array_equal(ours[k], theirs[k])  # Keras's initial biases are not random
