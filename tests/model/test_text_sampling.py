"""Samples and unit values of character models, from weights, in numpy (no TensorFlow)."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.forward import layer_outputs, predict
from lstmviz.model import sampling
from lstmviz.model.unit_activity import (
    FEATURES, VARIANCE, feature_values, rank_units, trace_passage, unit_values, value_names,
)
from lstmviz.model.vocabulary import Vocabulary
from lstmviz.model.weights import weight_specs

VOCAB = Vocabulary.from_text("to be or not to be, that is the question\n")


def char_model(time_steps=8, units=6, kind="LSTM", onehot=False):
    v = VOCAB.size
    first = [] if onehot else [LayerSpec("Embedding", {"input_dim": v, "output_dim": 4})]
    spec = InputSpec((time_steps, v)) if onehot else InputSpec.tokens(time_steps)
    return Architecture(spec, (*first, LayerSpec(kind, {"units": units, "return_sequences": True}),
                               LayerSpec("Dense", {"units": v, "activation": "softmax"})))


def weights_of(arch, seed=0, scale=0.8):
    rng = np.random.default_rng(seed)
    return [rng.normal(scale=scale, size=s.shape).astype(np.float32) for layer in weight_specs(arch) for s in layer]


def test_a_sample_holds_only_vocabulary_characters_and_repeats_with_its_seed():
    arch = char_model()
    w = weights_of(arch)
    s = sampling.write(arch, w, VOCAB, "to ", length=40, temperature=1.0, seed=3)
    assert len(s.text) == 40 and set(s.text) <= set(VOCAB.chars)
    assert sampling.write(arch, w, VOCAB, "to ", length=40, temperature=1.0, seed=3).text == s.text
    assert sampling.write(arch, w, VOCAB, "to ", length=40, temperature=1.0, seed=4).text != s.text
    assert s.to_dict() == {"prompt": "to ", "text": s.text, "temperature": 1.0, "seed": 3}


def test_the_distribution_is_the_models_output_at_the_last_step_of_the_last_window():
    arch = char_model(time_steps=5)
    w = weights_of(arch, 1)
    ids = VOCAB.encode("to be or not")
    p = sampling.next_distribution(arch, w, ids, VOCAB.size, temperature=1.0)
    expected = predict(arch, w, ids[-5:][None, :])[0, -1]
    np.testing.assert_allclose(p, expected, rtol=1e-5, atol=1e-7)
    # Fewer characters than the window: the model reads what there is.
    short = sampling.next_distribution(arch, w, ids[:2], VOCAB.size)
    assert short.shape == (VOCAB.size,) and abs(short.sum() - 1) < 1e-9


def test_temperature_sharpens_and_flattens():
    logits = np.log(np.array([0.5, 0.3, 0.2]))
    np.testing.assert_allclose(sampling.tempered(logits, 1.0), [0.5, 0.3, 0.2])
    assert sampling.tempered(logits, 0.0).tolist() == [1.0, 0.0, 0.0]
    cold, hot = sampling.tempered(logits, 0.5), sampling.tempered(logits, 2.0)
    assert cold[0] > 0.5 > hot[0] and hot[2] > 0.2 > cold[2]
    np.testing.assert_allclose(cold, np.array([0.25, 0.09, 0.04]) / 0.38)


def test_greedy_sampling_follows_the_argmax():
    arch = char_model()
    w = weights_of(arch, 2)
    s = sampling.write(arch, w, VOCAB, "the ", length=10, temperature=0.0)
    ids = list(VOCAB.encode("the "))
    open_arch = Architecture(InputSpec.tokens(None), arch.layers)  # the prompt is shorter than the window
    for _ in range(10):
        ids.append(int(np.argmax(predict(open_arch, w, np.array([ids[-8:]]))[0, -1])))
    assert s.text == VOCAB.decode(ids[4:])


def test_one_hot_input_samples_too():
    arch = char_model(onehot=True)
    s = sampling.write(arch, weights_of(arch), VOCAB, "be", length=15, seed=1)
    assert set(s.text) <= set(VOCAB.chars)


@pytest.mark.parametrize("prompt, length, temperature, message", [
    ("xyz", 10, 1.0, "'x' 'y' 'z', not in the vocabulary"),
    ("to", 0, 1.0, "sample length must be a whole number from 1"),
    ("to", 10, -1.0, "temperature must be between 0 and 10"),
    ("", 10, 1.0, "the prompt is empty"),
])
def test_bad_sample_requests_say_what(prompt, length, temperature, message):
    arch = char_model()
    with pytest.raises(ValueError, match=message):
        sampling.write(arch, weights_of(arch), VOCAB, prompt, length, temperature)


def test_default_prompt_falls_back_to_a_known_character():
    assert sampling.default_prompt(VOCAB, "to be") == "to be"
    assert sampling.default_prompt(VOCAB, "ROMEO:") == " "  # the text's most frequent character


@pytest.mark.parametrize("kind", ["LSTM", "GRU", "SimpleRNN"])
def test_unit_values_are_the_layers_own_outputs(kind):
    arch = char_model(kind=kind)
    w = weights_of(arch, 5, 0.5)
    passage = "to be or not to be, that is"
    trace = trace_passage(arch, w, VOCAB.encode(passage), VOCAB.size, 1)
    h = unit_values(trace, "h")
    assert h.shape == (len(passage), 6)
    # Far longer than the model's window of 8: the layer runs on over the whole passage.
    open_arch = Architecture(InputSpec.tokens(None), arch.layers)
    np.testing.assert_allclose(h, layer_outputs(open_arch, w, VOCAB.encode(passage)[None])[1][0], atol=1e-5)
    assert value_names(trace)[0] == "h" and ("c" in value_names(trace)) == (kind == "LSTM")
    with pytest.raises(ValueError, match="layer 1 is not a recurrent layer"):
        trace_passage(arch, w, VOCAB.encode(passage), VOCAB.size, 0)


def test_units_ranked_by_variance_and_by_correlation():
    rng = np.random.default_rng(0)
    text = "ab (cd) ef\n\"gh\" ij\nk"
    values = rng.normal(size=(len(text), 5))
    values[:, 3] = feature_values(text, "inside brackets") * 2 + 0.01 * rng.normal(size=len(text))
    values[:, 1] *= 10
    by_variance = rank_units(values, VARIANCE)
    assert [r.unit for r in by_variance] == list(np.argsort(-values.var(axis=0), kind="stable"))
    assert by_variance[0].unit == 1
    by_brackets = rank_units(values, "inside brackets", text)
    assert by_brackets[0].unit == 3 and by_brackets[0].correlation > 0.99
    for r in by_brackets:
        expected = np.corrcoef(values[:, r.unit], feature_values(text, "inside brackets"))[0, 1]
        assert r.correlation == pytest.approx(expected)
    flat = np.ones((len(text), 2))
    assert [r.score for r in rank_units(flat, "position in line", text)] == [0.0, 0.0]
    assert set(FEATURES) >= {"position in line", "inside quotes"}
    assert feature_values("ab\ncd", "position in line").tolist() == [0, 1, 2, 0, 1]
    assert feature_values('a "bc" d', "inside quotes").tolist() == [0, 0, 1, 1, 1, 1, 0, 0]
    with pytest.raises(ValueError, match="no feature named 'colour'"):
        rank_units(values, "colour", text)


@pytest.mark.parametrize("kind", ["LSTM", "GRU", "SimpleRNN"])
def test_window_streams_give_the_windowed_forward_pass_one_step_per_character(kind):
    from lstmviz.model.window_streams import WindowStreams, streamable

    v = VOCAB.size
    arch = Architecture(InputSpec.tokens(5), (
        LayerSpec("Embedding", {"input_dim": v, "output_dim": 4}),
        LayerSpec(kind, {"units": 6, "return_sequences": True}),
        LayerSpec("Dense", {"units": 7, "activation": "tanh"}),
        LayerSpec(kind, {"units": 5, "return_sequences": True}),
        LayerSpec("Dropout", {}),
        LayerSpec("Dense", {"units": v, "activation": "softmax"}),
    ))
    assert streamable(arch)
    w = weights_of(arch, 3)
    ids = VOCAB.encode("to be or not to be, that is")
    streams = WindowStreams(arch, w, v)
    open_arch = Architecture(InputSpec.tokens(None), arch.layers)
    for p, char_id in enumerate(ids):
        streams.feed(int(char_id))
        window = ids[max(0, p - 4): p + 1]
        np.testing.assert_allclose(streams.output(), predict(open_arch, w, window[None])[0, -1], atol=2e-6)


def test_samples_drawn_step_by_step_match_the_windowed_distributions():
    from lstmviz.model.window_streams import streamable

    arch = char_model(time_steps=6)
    w = weights_of(arch, 7)
    assert streamable(arch) and not streamable(Architecture(arch.input, arch.layers[:1] + (
        LayerSpec("LSTM", {"units": 3}), LayerSpec("Dense", {"units": VOCAB.size}))))
    s = sampling.write(arch, w, VOCAB, "to be", length=30, temperature=0.9, seed=11)
    rng = np.random.default_rng(11)
    ids = list(VOCAB.encode("to be"))
    for _ in range(30):
        p = sampling.next_distribution(arch, w, ids, VOCAB.size, 0.9)
        ids.append(int(rng.choice(len(p), p=p)))
    assert s.text == VOCAB.decode(ids[5:])
