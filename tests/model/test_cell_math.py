"""cell_math without Keras: hand-checkable values, layouts and errors (Keras comparisons: tests/training)."""

import math

import numpy as np
import pytest

from lstmviz.model.cell_math import initial_weights, run_layer


def test_lstm_one_step_by_hand():
    # One unit, one feature: every gate is a scalar we can compute on paper.
    kernel = np.array([[0.1, 0.2, 0.3, 0.4]])
    recurrent = np.array([[0.5, 0.6, 0.7, 0.8]])
    bias = np.array([0.0, 1.0, 0.0, 0.0])
    trace = run_layer("LSTM", np.array([[2.0]]), [kernel, recurrent, bias], {})
    sig = lambda v: 1 / (1 + math.exp(-v))  # noqa: E731
    i, f, g, o = sig(0.2), sig(0.4 + 1.0), math.tanh(0.6), sig(0.8)
    c = i * g  # c(-1) = 0, so the forget gate multiplies nothing yet
    h = o * math.tanh(c)
    assert trace.gates["i"].shape == (1, 1, 1)
    assert trace.gates["f"][0, 0, 0] == pytest.approx(f, abs=1e-6)
    assert trace.states["c"][0, 0, 0] == pytest.approx(c, abs=1e-6)
    assert trace.states["h"][0, 0, 0] == pytest.approx(h, abs=1e-6)


def test_state_carries_over_time_steps():
    w = initial_weights("LSTM", 1, {"units": 3}, seed=4)
    x = np.linspace(0, 0.8, 5).reshape(5, 1)
    full = run_layer("LSTM", x, w, {})
    first = run_layer("LSTM", x[:2], w, {})
    rest = run_layer("LSTM", x[2:], w, {}, initial_state={"h": first.states["h"][:, -1], "c": first.states["c"][:, -1]})
    np.testing.assert_allclose(full.states["h"][:, 2:], rest.states["h"], atol=1e-6)
    assert full.time_steps == 5


@pytest.mark.parametrize("kind", ["LSTM", "GRU", "SimpleRNN"])
def test_go_backwards_reads_the_reversed_sequence(kind):
    w = initial_weights(kind, 2, {"units": 3}, seed=2)
    x = np.random.default_rng(0).normal(size=(2, 4, 2))
    back = run_layer(kind, x, w, {"go_backwards": True})
    forward_on_reversed = run_layer(kind, x[:, ::-1], w, {})
    np.testing.assert_allclose(back.states["h"], forward_on_reversed.states["h"])


def test_gru_reset_after_false_differs_from_true_with_same_kernels():
    w = initial_weights("GRU", 1, {"units": 2, "reset_after": False}, seed=3)
    w[2][:] = 0.3
    before = run_layer("GRU", np.ones((3, 1)), w, {"reset_after": False})
    after = run_layer("GRU", np.ones((3, 1)), [w[0], w[1], np.stack([w[2], np.zeros(6)])], {"reset_after": True})
    # The two modes agree at t=0 (h(-1)=0 makes r irrelevant) and drift apart afterwards.
    np.testing.assert_allclose(before.states["h"][:, 0], after.states["h"][:, 0], atol=1e-6)
    assert not np.allclose(before.states["h"][:, 2], after.states["h"][:, 2])


def test_sigmoid_is_stable_for_extreme_inputs():
    w = [np.array([[1000.0]]), np.zeros((1, 1)), np.array([0.0])]
    trace = run_layer("SimpleRNN", np.array([[1.0], [-1.0]]), w, {"activation": "sigmoid"})
    assert np.all(np.isfinite(trace.states["h"]))
    np.testing.assert_allclose(trace.states["h"][0, :, 0], [1.0, 0.0])


def test_initial_weights_layout_and_ranges():
    lstm = initial_weights("LSTM", 3, {"units": 5}, seed=0)
    assert [w.shape for w in lstm] == [(3, 20), (5, 20), (20,)]
    assert np.abs(lstm[0]).max() <= math.sqrt(6 / (3 + 20))
    np.testing.assert_array_equal(lstm[2], np.r_[np.zeros(5), np.ones(5), np.zeros(10)])
    gru = initial_weights("GRU", 1, {"units": 5}, seed=0)
    assert gru[2].shape == (2, 15)
    assert [w.shape for w in initial_weights("GRU", 1, {"units": 5, "reset_after": False})] == [(1, 15), (5, 15), (15,)]
    assert len(initial_weights("SimpleRNN", 1, {"units": 5, "use_bias": False})) == 2
    assert [w.shape for w in initial_weights("Dense", 5, {"units": 1})] == [(5, 1), (1,)]
    np.testing.assert_array_equal(initial_weights("LSTM", 1, {"units": 2}, seed=9)[0],
                                  initial_weights("LSTM", 1, {"units": 2}, seed=9)[0])


def test_clear_errors():
    w = initial_weights("LSTM", 2, {"units": 3})
    with pytest.raises(ValueError, match="expects 2 features, the input has 1"):
        run_layer("LSTM", np.zeros((4, 1)), w, {})
    with pytest.raises(ValueError, match="3 weight arrays"):
        run_layer("LSTM", np.zeros((4, 2)), w[:2], {})
    with pytest.raises(ValueError, match="not a recurrent layer"):
        run_layer("Dense", np.zeros((4, 2)), w, {})
    with pytest.raises(ValueError, match="activation 'nope'"):
        run_layer("LSTM", np.zeros((4, 2)), w, {"activation": "nope"})
    with pytest.raises(ValueError, match="shape"):
        run_layer("LSTM", np.zeros(4), w, {})
