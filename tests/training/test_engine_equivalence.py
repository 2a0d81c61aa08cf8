"""The fast engine against plain model.fit: same seed, same data, same weights."""

import numpy as np
import pytest

pytest.importorskip("keras")

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.examples import EXAMPLES  # noqa: E402
from lstmviz.training.engine import run_training  # noqa: E402


def _both(arch, data, settings):
    fast = run_training(arch, data, settings, engine="fast")
    fit = run_training(arch, data, settings, engine="fit")
    assert fast.reason == fit.reason == "completed", (fast.message, fit.message)
    return fast, fit


@pytest.mark.parametrize("name", ["one-to-one", "many-to-one", "many-to-many"])
def test_fifty_epochs_match_model_fit(name):
    ex = EXAMPLES[name]
    settings = ex.training.updated(epochs=50, shuffle=False, seed=3)
    fast, fit = _both(ex.architecture, load_dataset(ex.dataset), settings)
    assert fast.epochs_run == fit.epochs_run == 50
    for ours, theirs in zip(fast.weights, fit.weights):
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(fast.history["loss"], fit.history["loss"], rtol=1e-4, atol=1e-7)
    np.testing.assert_allclose(fast.predictions, fit.predictions, atol=1e-5)
    # Training moved the weights: the comparison is not between two untouched models.
    assert fast.history["loss"][-1] < fast.history["loss"][0]


def test_mini_batches_with_a_partial_last_batch_match_model_fit():
    # 5 samples in batches of 2: steps of 2, 2 and 1 samples; Keras weights the epoch loss by batch size.
    ex = EXAMPLES["one-to-one"]
    settings = ex.training.updated(epochs=6, batch_size=2, shuffle=False, seed=1)
    fast, fit = _both(ex.architecture, load_dataset(ex.dataset), settings)
    for ours, theirs in zip(fast.weights, fit.weights):
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(fast.history["loss"], fit.history["loss"], rtol=1e-5)


def test_validation_loss_matches_model_fit():
    ex = EXAMPLES["stacked-lstm"]  # two recurrent layers, over 4 steps (10 trace a larger unrolled graph)
    data = load_dataset(ex.dataset.updated(samples=20, time_steps=4))
    arch = ex.architecture.with_input(ex.architecture.input.sequence(4, 1))
    # 15 training samples in batches of 5: no partial batch, which model.fit would trace a second time
    # (partial batches: the test above).
    settings = ex.training.updated(epochs=4, batch_size=5, shuffle=False, validation_split=0.25)
    fast, fit = _both(arch, data, settings)
    assert len(fast.history["val_loss"]) == 4
    np.testing.assert_allclose(fast.history["val_loss"], fit.history["val_loss"], rtol=1e-4)
    np.testing.assert_allclose(fast.history["loss"], fit.history["loss"], rtol=1e-4)
