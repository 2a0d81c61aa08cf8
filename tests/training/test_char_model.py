"""A character language model trained with Keras: perplexity falls, and numpy samples match Keras."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.char_windows import char_windows
from lstmviz.model import sampling
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.text_metrics import evaluate, perplexity
from lstmviz.training.engine import collect, run_training
from lstmviz.training.messages import WeightSnapshots

keras = pytest.importorskip("keras")

TEXT = "the cat sat on the mat.\nthe dog sat on the log.\n" * 12


def tiny_model(vocabulary: int, time_steps: int = 12) -> Architecture:
    return Architecture(InputSpec.tokens(time_steps), (
        LayerSpec("Embedding", {"input_dim": vocabulary, "output_dim": 8}),
        LayerSpec("LSTM", {"units": 16, "return_sequences": True}),
        LayerSpec("Dense", {"units": vocabulary, "activation": "softmax"}),
    ))


@pytest.fixture(scope="module")
def trained():
    data = char_windows(TEXT, "cats", 12)
    arch = tiny_model(data.vocabulary.size)
    messages = []
    settings = TrainingSettings(epochs=25, batch_size=16, learning_rate=0.02,
                                loss="sparse_categorical_crossentropy", seed=2)
    result = run_training(arch, data, settings, collect(messages))
    assert result.reason == "completed", result.message
    first = next(m for m in messages if isinstance(m, WeightSnapshots))
    start = list(next(first.pairs())[1])
    return arch, data, start, result


def test_perplexity_falls_with_training(trained):
    arch, data, start, result = trained
    before = evaluate(arch, start, data.x, data.y)
    after = evaluate(arch, result.weights, data.x, data.y)
    v = data.vocabulary.size
    assert before["perplexity"] == pytest.approx(v, rel=0.15)  # fresh weights: about a uniform guess
    assert after["perplexity"] < before["perplexity"] / 3
    assert after["accuracy"] > before["accuracy"] + 0.3
    # The numpy loss is Keras's: the last epoch's training loss was taken just before these weights.
    model = keras.Sequential([keras.Input((12,), dtype="int32"), keras.layers.Embedding(v, 8),
                              keras.layers.LSTM(16, return_sequences=True), keras.layers.Dense(v, activation="softmax")])
    model.set_weights(result.weights)
    model.compile(loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    keras_loss, keras_accuracy = model.evaluate(data.x, data.y, verbose=0)
    assert after["loss"] == pytest.approx(keras_loss, rel=1e-4)
    assert after["accuracy"] == pytest.approx(keras_accuracy, abs=1e-6)
    assert perplexity(after["loss"]) == after["perplexity"]


def test_the_numpy_samplers_distribution_is_kerass_predict(trained):
    arch, data, _, result = trained
    v = data.vocabulary.size
    model = keras.Sequential([keras.Input((None,), dtype="int32"), keras.layers.Embedding(v, 8),
                              keras.layers.LSTM(16, return_sequences=True), keras.layers.Dense(v, activation="softmax")])
    model.set_weights(result.weights)
    for prompt in ("the c", "the dog sat on the l", "\n"):
        ids = data.vocabulary.encode(prompt)
        ours = sampling.next_distribution(arch, result.weights, ids, v, temperature=1.0)
        theirs = model.predict(ids[-12:][None, :], verbose=0)[0, -1]
        np.testing.assert_allclose(ours, theirs / theirs.sum(), atol=2e-6)


def test_a_trained_sample_holds_only_vocabulary_characters_and_learned_words(trained):
    arch, data, _, result = trained
    s = sampling.write(arch, result.weights, data.vocabulary, "the ", length=60, temperature=0.5, seed=1)
    assert set(s.text) <= set(data.vocabulary.chars)
    # Never a string of random characters: the text's own words come back.
    assert "the mat." in s.text or "the log." in s.text, s.text
