"""Gradients through time checked against Keras's own layers, step by step.

The reference never uses the probe's loop or its zero perturbations: for each step k
it runs the layer's cell with Keras's RNN up to k (return_state), watches the states
it returns in a separate tf.GradientTape, and continues the sequence from them with
Keras's RNN again (``initial_state``); the rest of the model and the loss follow. The
gradient with respect to the watched h_k is the total derivative dL/dh_k. For an LSTM,
c_k also reaches the loss through h_k = o_k * tanh(c_k): the reference adds that path,
dL/dh_k * o_k * tanh'(c_k), with o_k from the layer's weights (backpropagation's
cell-state gradient).
"""

from __future__ import annotations

import numpy as np
import pytest

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec  # noqa: E402
from lstmviz.model.cells import unrolled_layers  # noqa: E402
from lstmviz.model.settings import TrainingSettings  # noqa: E402
from lstmviz.training.builder import keras_layer  # noqa: E402
from lstmviz.training.engine import prepare_model  # noqa: E402
from lstmviz.training.step_gradients import StepGradientProbe  # noqa: E402
from tests.training.keras_helpers import randomise_weights  # noqa: E402

T, SAMPLES = 5, 5


def _merge(mode, fwd, bwd):
    return {"concat": lambda: tf.concat([fwd, bwd], -1), "sum": lambda: fwd + bwd,
            "ave": lambda: (fwd + bwd) / 2, "mul": lambda: fwd * bwd}[mode]()


def reference(model, arch, x, y, index, direction):
    """||dL/dh_t|| and ||dL/dc_t|| (input order) through Keras's RNN, one step at a time."""
    layers = [keras_layer(model, i) for i in range(len(arch.layers))]
    seq = tf.constant(x)
    for layer in layers[:index]:
        seq = layer(seq, training=False)
    mask = getattr(seq, "_keras_mask", None)  # from Embedding(mask_zero=True)
    outer = layers[index]
    bi = arch.layers[index].kind == "Bidirectional"
    rnn = (outer.forward_layer if direction == 1 else outer.backward_layer) if bi else outer
    xs = tf.reverse(seq, [1]) if rnn.go_backwards else seq
    if mask is not None:
        assert not rnn.go_backwards and not rnn.return_sequences  # what this reference covers
    cut = (lambda a, b: None) if mask is None else (lambda a, b: mask[:, a:b])
    steps = int(xs.shape[1])
    h_norms, c_norms = [], []
    previous_h = tf.zeros((xs.shape[0], rnn.cell.units))
    for k in range(steps):
        with tf.GradientTape() as tape:
            head = keras.layers.RNN(rnn.cell, return_sequences=True, return_state=True)
            first, *states = head(xs[:, : k + 1], mask=cut(0, k + 1))
            states = [tf.identity(s) for s in states]
            for s in states:
                tape.watch(s)
            parts = [first[:, :k], states[0][:, None]]
            if k + 1 < steps:
                tail = keras.layers.RNN(rnn.cell, return_sequences=True)
                parts.append(tail(xs[:, k + 1 :], initial_state=states, mask=cut(k + 1, steps)))
            outputs = tf.concat(parts, axis=1)  # processing order, as Keras returns it
            h = outputs if rnn.return_sequences else outputs[:, -1]
            if bi:
                other = (outer.backward_layer if direction == 1 else outer.forward_layer)(seq, training=False)
                fwd, bwd = (h, other) if direction == 1 else (other, h)
                if outer.return_sequences:
                    bwd = tf.reverse(bwd, [1])
                h = _merge(outer.merge_mode, fwd, bwd)
            for layer in layers[index + 1 :]:
                h = layer(h, training=False)
            loss = model.compute_loss(None, tf.constant(y), h, None, training=False)
        grads = tape.gradient(loss, states, unconnected_gradients=tf.UnconnectedGradients.ZERO)
        h_norms.append(float(tf.norm(grads[0])))
        if len(grads) > 1:
            c_norms.append(float(tf.norm(grads[1] + through_h(rnn.cell, xs[:, k], previous_h, states[1], grads[0],
                                                                 None if mask is None else mask[:, k]))))
        previous_h = states[0]
    order = slice(None, None, -1) if direction == -1 else slice(None)
    return np.array(h_norms)[order], (np.array(c_norms)[order] if c_norms else None)


def through_h(cell, x, h_prev, c, dl_dh, mask):
    """dL/dh_k * dh_k/dc_k for h_k = o_k * act(c_k); zero where a mask carried the state over."""
    units = cell.units
    z = x @ cell.kernel[:, 3 * units :] + h_prev @ cell.recurrent_kernel[:, 3 * units :]
    if cell.use_bias:
        z = z + cell.bias[3 * units :]
    with tf.GradientTape() as tape:
        tape.watch(c)
        a = cell.activation(c)
    term = dl_dh * cell.recurrent_activation(z) * tape.gradient(a, c)
    return term if mask is None else tf.where(tf.cast(mask, tf.bool)[:, None], term, tf.zeros_like(term))


def _model(arch, seed=3):
    model = prepare_model(arch, TrainingSettings(seed=seed))
    randomise_weights(model, seed, scale=0.6)
    return model


def _check(arch, seed=3, x=None):
    model = _model(arch, seed)
    rng = np.random.default_rng(seed)
    if x is None:
        x = rng.normal(size=(SAMPLES, *arch.input.shape)).astype("float32")
    y = rng.normal(size=(SAMPLES, *model.output_shape[1:])).astype("float32")
    message = StepGradientProbe(model, arch, y).observe(7, x)
    assert message.epoch == 7 and message.samples == SAMPLES
    rows = {(g.layer_index, g.direction): g for g in message.layers}
    expected_rows = set()
    for index in unrolled_layers(layer.kind for layer in arch.layers):
        spec = arch.layers[index]
        if spec.kind == "Bidirectional":
            expected_rows |= {(index, 1), (index, -1)}
        else:
            expected_rows.add((index, -1 if spec.options.get("go_backwards") else 1))
    assert set(rows) == expected_rows
    for (index, direction), got in rows.items():
        h, c = reference(model, arch, x, y, index, direction)
        assert got.h.shape == (T,)
        np.testing.assert_allclose(got.h, h, rtol=1e-4, atol=0)
        assert (got.c is None) == (c is None)
        if c is not None:
            np.testing.assert_allclose(got.c, c, rtol=1e-4, atol=0)
        assert np.all(got.h > 0)
    return message


def seq_input(features=2):
    return InputSpec((T, features))


def many_to_one(kind, **options):
    return Architecture(seq_input(), (LayerSpec(kind, {"units": 3, **options}), LayerSpec("Dense", {"units": 1})))


def many_to_many(kind, **options):
    return Architecture(seq_input(), (LayerSpec(kind, {"units": 3, "return_sequences": True, **options}),
                                      LayerSpec("TimeDistributed", {"layer": "Dense", "units": 2})))


@pytest.mark.parametrize("build", [many_to_one, many_to_many], ids=["last-step", "return-sequences"])
@pytest.mark.parametrize("kind, options", [
    ("LSTM", {}), ("GRU", {"reset_after": True}), ("GRU", {"reset_after": False}), ("SimpleRNN", {}),
], ids=["LSTM", "GRU-reset-after", "GRU-reset-before", "SimpleRNN"])
def test_norms_match_keras_step_by_step(build, kind, options):
    message = _check(build(kind, **options))
    assert (message.first.c is not None) == (kind == "LSTM")
    assert message.first.kind == kind


@pytest.mark.parametrize("inner, mode, every", [("LSTM", "concat", False), ("GRU", "sum", True),
                                                ("SimpleRNN", "mul", True)])
def test_bidirectional_has_both_directions(inner, mode, every):
    arch = Architecture(seq_input(), (
        LayerSpec("Bidirectional", {"layer": inner, "units": 3, "merge_mode": mode, "return_sequences": every}),
        LayerSpec("Dense", {"units": 1}),
    ))
    _check(arch)


@pytest.fixture(params=["unrolled", "while_loop"])
def loop(request, monkeypatch):
    """Both ways of running the steps: written out in the graph, and a tf.while_loop (long sequences)."""
    if request.param == "while_loop":
        monkeypatch.setattr("lstmviz.training.step_unroll.UNROLL_STEPS", 0)
    return request.param


def test_stacked_layers_each_get_their_own_gradients(loop):
    arch = Architecture(seq_input(), (
        LayerSpec("LSTM", {"units": 4, "return_sequences": True}),
        LayerSpec("GRU", {"units": 3, "go_backwards": True, "return_sequences": True}),
        LayerSpec("SimpleRNN", {"units": 2}),
        LayerSpec("Dense", {"units": 1}),
    ))
    message = _check(arch)
    assert [g.layer_index for g in message.layers] == [0, 1, 2]
    assert message.first.layer_index == 0 and message.first.kind == "LSTM"


def test_masked_tokens_follow_keras_masking(loop):
    """Embedding(mask_zero): a padded step passes the state on unchanged, as in Keras's loop."""
    arch = Architecture(InputSpec.tokens(T), (
        LayerSpec("Embedding", {"input_dim": 7, "output_dim": 2, "mask_zero": True}),
        LayerSpec("LSTM", {"units": 3}),
        LayerSpec("Dense", {"units": 1}),
    ))
    x = np.random.default_rng(2).integers(1, 7, size=(SAMPLES, T)).astype("int32")
    x[:, 2] = 0  # the third step is padding in every sample
    x[0, 0] = 0
    g = _check(arch, x=x).first
    # h_2 reaches the loss only through the padded step, which hands it on unchanged.
    np.testing.assert_allclose(g.h[1], g.h[2], rtol=1e-5)


def test_switched_off_probe_sends_nothing_and_samples_are_capped():
    arch = many_to_one("LSTM")
    model = _model(arch)
    x = np.random.default_rng(0).normal(size=(80, T, 2)).astype("float32")
    y = np.zeros((80, 1), "float32")
    probe = StepGradientProbe(model, arch, y, max_samples=16)
    assert probe.samples == 16
    full = StepGradientProbe(model, arch, y[:16]).observe(1, x[:16])
    np.testing.assert_allclose(probe.observe(1, x).first.h, full.first.h, rtol=1e-5)
    probe.enable(False)
    assert probe.observe(2, x) is None
