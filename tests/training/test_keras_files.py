"""Real .keras files saved by Keras, read back by `lstmviz summary --json` without TensorFlow."""

import json
import subprocess
import sys

import pytest

from tests.test_cli import NO_TF

keras = pytest.importorskip("keras")
L = keras.layers


def sequential(layers, shape=(5, 1), **input_kwargs):
    return lambda: keras.Sequential([keras.Input(shape, **input_kwargs), *layers()])


def functional_text():
    inputs = keras.Input((12,), dtype="int32")
    x = L.Embedding(64, 8)(inputs)
    x = L.Bidirectional(L.GRU(6, return_sequences=True), merge_mode="ave")(x)
    x = L.SimpleRNN(4)(x)
    return keras.Model(inputs, L.Dense(3, activation="softmax")(x))


MODELS = {
    "document-one-to-one": sequential(lambda: [L.LSTM(5), L.Dense(1)], shape=(1, 1)),
    "stacked-variable-length": sequential(
        lambda: [L.LSTM(7, return_sequences=True), L.Dropout(0.2), L.GRU(3, reset_after=False, use_bias=False),
                 L.Dense(2)], shape=(None, 4)),
    "encoder-decoder": sequential(
        lambda: [L.LSTM(6), L.RepeatVector(4), L.LSTM(6, return_sequences=True, go_backwards=True),
                 L.TimeDistributed(L.Dense(2, use_bias=False))], shape=(9, 2)),
    "fixed-batch": sequential(
        lambda: [L.Bidirectional(L.SimpleRNN(3, return_sequences=True), merge_mode="mul"), L.Flatten(),
                 L.Dense(4)], shape=(6, 2), batch_size=16),
    "dense-on-3d": sequential(lambda: [L.Dense(3), L.LSTM(2, return_sequences=True), L.Dense(1)], shape=(5, 2)),
    "functional-text": functional_text,
}


@pytest.mark.parametrize("name", list(MODELS))
def test_summary_of_saved_keras_file_matches_keras(tmp_path, name):
    model = MODELS[name]()
    path = tmp_path / f"{name}.keras"
    model.save(path)
    layers = [l for l in model.layers if l.__class__.__name__ != "InputLayer"]
    result = subprocess.run([sys.executable, "-c", NO_TF, "summary", str(path), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total_params"] == model.count_params()
    assert [l["type"] for l in data["layers"]] == [l.__class__.__name__ for l in layers]
    assert [l["name"] for l in data["layers"]] == [l.name for l in layers]
    assert [tuple(l["output_shape"]) for l in data["layers"]] == [tuple(l.output.shape) for l in layers]
    assert [l["params"] for l in data["layers"]] == [l.count_params() for l in layers]
