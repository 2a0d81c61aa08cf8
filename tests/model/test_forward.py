"""The numpy forward pass without Keras: shapes, hand-checkable values, weight checks and errors.

Its agreement with Keras's ``model.predict`` is tested in tests/training/test_forward_vs_keras.py.
"""

import math

import numpy as np
import pytest

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.cell_math import run_layer
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.forward import layer_outputs, predict, split_weights, weight_specs
from lstmviz.model.inference import infer


def random_weights(arch, seed=0):
    rng = np.random.default_rng(seed)
    return [rng.normal(scale=0.5, size=s.shape).astype("float32") for layer in weight_specs(arch) for s in layer]


def sample(arch, n=7, steps=4, seed=1):
    rng = np.random.default_rng(seed)
    shape = tuple(steps if d is None else d for d in arch.input.shape)
    if arch.input.is_tokens:
        return rng.integers(0, arch.layers[0].options["input_dim"], size=(n, *shape))
    return rng.normal(size=(n, *shape)).astype("float32")


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_shapes_and_counts_follow_inference(name):
    arch = EXAMPLES[name].architecture
    specs = weight_specs(arch)
    info = infer(arch)
    assert [sum(math.prod(s.shape) for s in layer) for layer in specs] == [i.params for i in info]
    outputs = layer_outputs(arch, random_weights(arch), sample(arch))
    assert [o.shape for o in outputs] == [(7, *i.output_shape[1:]) for i in info]
    assert all(o.dtype == np.float32 for o in outputs)
    np.testing.assert_array_equal(predict(arch, random_weights(arch), sample(arch)), outputs[-1])
    assert predict(arch, random_weights(arch), sample(arch)[:0]).shape == (0, *info.output_shape[1:])


def test_every_kind_takes_an_empty_batch():
    arch = Architecture(InputSpec.tokens(3), (
        LayerSpec("Embedding", {"input_dim": 4, "output_dim": 2, "mask_zero": True}),
        LayerSpec("Bidirectional", {"layer": "LSTM", "units": 2, "return_sequences": True}),
        LayerSpec("TimeDistributed", {"units": 2}), LayerSpec("Dropout", {}), LayerSpec("Flatten", {}),
        LayerSpec("RepeatVector", {"n": 2}), LayerSpec("GRU", {"units": 2}), LayerSpec("Dense", {"units": 3}),
    ))
    outputs = layer_outputs(arch, random_weights(arch), np.zeros((0, 3), "int32"))
    assert [o.shape for o in outputs] == [(0, *i.output_shape[1:]) for i in infer(arch)]


def test_dense_and_simple_rnn_by_hand():
    arch = Architecture(InputSpec((2, 1)), (LayerSpec("SimpleRNN", {"units": 1}), LayerSpec("Dense", {"units": 1})))
    weights = [np.array([[0.5]]), np.array([[2.0]]), np.array([0.1]), np.array([[3.0]]), np.array([-1.0])]
    h1 = math.tanh(0.5 * 1.0 + 0.1)
    h2 = math.tanh(0.5 * -2.0 + 2.0 * h1 + 0.1)
    y = predict(arch, weights, np.array([[[1.0], [-2.0]]]))
    assert y.shape == (1, 1)
    assert y[0, 0] == pytest.approx(3.0 * h2 - 1.0, abs=1e-6)


@pytest.mark.parametrize("kind, options", [
    ("LSTM", {}), ("LSTM", {"use_bias": False, "go_backwards": True}), ("GRU", {}), ("GRU", {"reset_after": False}),
    ("SimpleRNN", {"activation": "relu"}),
])
def test_recurrent_output_equals_the_cell_view(kind, options):
    # The Unrolled view computes gates with cell_math; its h(t) must be what the forward pass passes on.
    arch = Architecture(InputSpec((5, 2)), (LayerSpec(kind, {"units": 3, "return_sequences": True, **options}),))
    weights = random_weights(arch, seed=4)
    x = sample(arch)
    trace = run_layer(kind, x, weights, arch.layers[0].options)
    np.testing.assert_allclose(predict(arch, weights, x), trace.output, atol=1e-6)


def test_masked_steps_repeat_the_last_output_and_keep_the_state():
    arch = Architecture(InputSpec.tokens(4), (
        LayerSpec("Embedding", {"input_dim": 5, "output_dim": 2, "mask_zero": True}),
        LayerSpec("LSTM", {"units": 3, "return_sequences": True}),
    ))
    weights = random_weights(arch, seed=2)
    padded = predict(arch, weights, np.array([[3, 0, 0, 4], [0, 0, 0, 0]]))
    np.testing.assert_allclose(padded[0, 1], padded[0, 0])  # masked: the previous output again
    np.testing.assert_allclose(padded[0, 2], padded[0, 0])
    compact = predict(arch, weights, np.array([[3, 4, 1, 1]]))
    np.testing.assert_allclose(padded[0, 3], compact[0, 1], atol=1e-6)  # the state skipped the padding
    np.testing.assert_array_equal(padded[1], 0.0)  # nothing read yet: zeros


@pytest.mark.parametrize("merge", ["concat", "sum", "mul", "ave"])
def test_bidirectional_merges_both_directions(merge):
    options = {"layer": "GRU", "units": 2, "return_sequences": True, "merge_mode": merge}
    arch = Architecture(InputSpec((4, 1)), (LayerSpec("Bidirectional", options),))
    weights = random_weights(arch, seed=5)
    x = sample(arch)
    single = Architecture(InputSpec((4, 1)), (LayerSpec("GRU", {"units": 2, "return_sequences": True}),))
    backwards = Architecture(InputSpec((4, 1)), (LayerSpec("GRU", {"units": 2, "return_sequences": True,
                                                                    "go_backwards": True}),))
    forward_part = predict(single, weights[:3], x)
    backward_part = predict(backwards, weights[3:], x)[:, ::-1]  # back in input order
    expected = {"concat": np.concatenate([forward_part, backward_part], axis=-1), "sum": forward_part + backward_part,
                "mul": forward_part * backward_part, "ave": (forward_part + backward_part) / 2}[merge]
    np.testing.assert_allclose(predict(arch, weights, x), expected, atol=1e-6)


def test_chunks_do_not_change_the_result():
    arch = EXAMPLES["encoder-decoder"].architecture
    weights = random_weights(arch)
    x = sample(arch, n=50)
    whole = predict(arch, weights, x)
    np.testing.assert_allclose(predict(arch, weights, x, batch_size=7), whole, atol=1e-6)  # BLAS blocks differ
    assert predict(arch, weights, x[:0]).shape == (0, 5, 1)


def test_reshaping_layers():
    arch = Architecture(InputSpec((3, 2)), (LayerSpec("Flatten", {}), LayerSpec("Dropout", {"rate": 0.9}),
                                            LayerSpec("RepeatVector", {"n": 2})))
    x = np.arange(12, dtype="float32").reshape(2, 3, 2)
    flat, dropped, repeated = layer_outputs(arch, [], x)
    np.testing.assert_array_equal(flat, x.reshape(2, 6))
    np.testing.assert_array_equal(dropped, flat)  # dropout only acts while training
    np.testing.assert_array_equal(repeated, np.stack([flat, flat], axis=1))


def test_split_weights_per_layer():
    arch = EXAMPLES["bidirectional"].architecture
    per_layer = split_weights(arch, random_weights(arch))
    assert [[w.shape for w in layer] for layer in per_layer] == [
        [(1, 20), (5, 20), (20,), (1, 20), (5, 20), (20,)], [(10, 1), (1,)]]
    assert [s.name for s in weight_specs(arch)[0]][:3] == ["forward kernel", "forward recurrent_kernel",
                                                           "forward bias"]


def test_gru_biases_follow_reset_after():
    for reset_after, bias in ((True, (2, 9)), (False, (9,))):
        arch = Architecture(InputSpec((4, 2)), (LayerSpec("GRU", {"units": 3, "reset_after": reset_after}),))
        assert [s.shape for s in weight_specs(arch)[0]] == [(2, 9), (3, 9), bias]
    no_bias = Architecture(InputSpec((4, 2)), (LayerSpec("GRU", {"units": 3, "use_bias": False}),))
    assert [s.name for s in weight_specs(no_bias)[0]] == ["kernel", "recurrent_kernel"]


def test_a_wrong_weight_shape_names_the_layer_and_both_shapes():
    arch = EXAMPLES["many-to-many"].architecture
    weights = random_weights(arch)
    weights[1] = np.zeros((4, 20))
    with pytest.raises(ValueError, match=r"layer 1 \(lstm \(LSTM\)\): the recurrent_kernel has shape "
                                         r"\(4, 20\), expected \(5, 20\)"):
        predict(arch, weights, sample(arch))
    with pytest.raises(ValueError, match="the model has 5 weight arrays, got 4"):
        split_weights(arch, random_weights(arch)[:4])
    text = [np.full((1, 20), "a")] + random_weights(arch)[1:]
    with pytest.raises(ValueError, match="the kernel holds <U1 values"):
        split_weights(arch, text)


def test_bad_inputs_are_one_clear_error():
    arch = EXAMPLES["many-to-one"].architecture
    weights = random_weights(arch)
    with pytest.raises(ValueError, match=r"the input has shape \(3, 5\), the model reads \(None, 5, 1\)"):
        predict(arch, weights, np.zeros((3, 5)))
    with pytest.raises(ValueError, match="batch_size must be"):
        predict(arch, weights, np.zeros((3, 5, 1)), batch_size=0)
    impossible = Architecture(InputSpec((4,)), (LayerSpec("LSTM", {"units": 2}),))
    with pytest.raises(ValueError, match="cannot be built: layer 1 .*LSTM needs a 3-D input"):
        predict(impossible, [], np.zeros((1, 4)))


def test_token_ids_outside_the_vocabulary():
    arch = EXAMPLES["text-embedding"].architecture
    weights = random_weights(arch)
    with pytest.raises(ValueError, match=r"layer 1 \(embedding \(Embedding\)\): token id 1000 is outside the "
                                         r"vocabulary 0\.\.999"):
        predict(arch, weights, np.full((2, 10), 1000))
    with pytest.raises(ValueError, match="token id -1"):
        predict(arch, weights, np.full((2, 10), -1))


@pytest.mark.parametrize("name", ["threshold", "glu"])
def test_activations_keras_cannot_run_are_refused(name):
    arch = Architecture(InputSpec((3, 2)), (LayerSpec("LSTM", {"units": 2, "recurrent_activation": name}),))
    with pytest.raises(ValueError, match=f"layer 1 .*activation '{name}' cannot be computed"):
        predict(arch, random_weights(arch), np.zeros((1, 3, 2)))


def test_thousands_of_samples_in_one_call():
    arch = EXAMPLES["stacked-lstm"].architecture
    y = predict(arch, random_weights(arch), sample(arch, n=5000))
    assert y.shape == (5000, 1) and np.all(np.isfinite(y))
