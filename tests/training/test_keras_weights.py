"""Weights of real .keras files read without Keras, and archives written without Keras loaded by Keras."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from lstmviz.io.keras_weights import read_keras_archive, write_keras_file
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.forward import predict
from lstmviz.io.keras_config import read_keras_file
from tests.test_cli import NO_TF
from tests.training.keras_helpers import random_model, randomise_weights, sample_input
from tests.training.test_keras_files import MODELS

keras = pytest.importorskip("keras")

# Keras's own warnings for what these tests do on purpose: a Flatten drops an Embedding's mask
# (the forward pass follows it), a softmax over one unit.
pytestmark = [pytest.mark.filterwarnings("ignore:Layer .* does not support masking:UserWarning"),
              pytest.mark.filterwarnings("ignore:You are using a softmax over axis -1:UserWarning")]

from lstmviz.training.builder import build_model  # noqa: E402

# Architectures that together use every weight layout: both GRU modes, Bidirectional of each
# cell, TimeDistributed, Embedding, no biases, and repeated classes (lstm, lstm_1, ...).
LAYOUTS = {
    "gru-both-modes": Architecture(InputSpec((4, 2)), (
        LayerSpec("GRU", {"units": 3, "reset_after": False, "return_sequences": True}),
        LayerSpec("GRU", {"units": 2, "use_bias": False, "return_sequences": True}),
        LayerSpec("GRU", {"units": 2}),
    )),
    "bidirectional-cells": Architecture(InputSpec((5, 1)), (
        LayerSpec("Bidirectional", {"layer": "GRU", "units": 2, "return_sequences": True, "reset_after": False}),
        LayerSpec("Bidirectional", {"layer": "SimpleRNN", "units": 3, "return_sequences": True,
                                    "merge_mode": "sum", "use_bias": False}),
        LayerSpec("Bidirectional", {"layer": "LSTM", "units": 2, "merge_mode": "ave"}),
        LayerSpec("Dense", {"units": 1, "use_bias": False}),
    )),
    "tokens": Architecture(InputSpec.tokens(6), (
        LayerSpec("Embedding", {"input_dim": 12, "output_dim": 3, "mask_zero": True}),
        LayerSpec("SimpleRNN", {"units": 4, "return_sequences": True, "use_bias": False}),
        LayerSpec("TimeDistributed", {"units": 2, "use_bias": False}),
        LayerSpec("Dropout", {"rate": 0.5}),
        LayerSpec("Flatten", {}),
        LayerSpec("Dense", {"units": 2, "activation": "softmax"}),
    )),
}
CASES = {**{f"example {k}": v.architecture for k, v in EXAMPLES.items()}, **LAYOUTS}
_rng = random.Random(7)
CASES.update({f"generated {n}": random_model(_rng) for n in range(8)})


def assert_same_weights(got, expected):
    assert len(got) == len(expected)
    for a, b in zip(got, expected):
        assert a.shape == b.shape and a.dtype == b.dtype
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("name", list(CASES))
def test_weights_of_a_saved_model_equal_get_weights(tmp_path, name):
    arch = CASES[name]
    model = build_model(arch)
    randomise_weights(model, seed=5)
    path = tmp_path / "model.keras"
    model.save(path)
    archive = read_keras_archive(path)
    assert archive.architecture == read_keras_file(path).architecture
    assert_same_weights(archive.weights, model.get_weights())


@pytest.mark.parametrize("name", list(MODELS))
def test_weights_of_hand_built_keras_models(tmp_path, name):
    # Functional, fixed batch size, go_backwards, variable time steps: models Keras built, not lstmviz.
    model = MODELS[name]()
    randomise_weights(model, seed=3)
    path = tmp_path / f"{name}.keras"
    model.save(path)
    assert_same_weights(read_keras_archive(path).weights, model.get_weights())


def test_a_trained_model_keeps_its_optimizer_state_out(tmp_path):
    arch = EXAMPLES["many-to-many"].architecture
    model = build_model(arch)
    model.compile(optimizer="adam", loss="mse")
    x = np.linspace(0, 0.8, 5, dtype="float32").reshape(1, 5, 1)
    model.fit(x, x, epochs=3, verbose=0)
    path = tmp_path / "trained.keras"
    model.save(path)
    assert_same_weights(read_keras_archive(path).weights, model.get_weights())


@pytest.mark.parametrize("name", list(CASES))
def test_written_archive_loads_in_keras_with_the_same_predictions(tmp_path, name):
    arch = CASES[name]
    weights = randomise_weights(build_model(arch), seed=9)
    path = write_keras_file(tmp_path / "written.keras", arch, weights)
    loaded = keras.saving.load_model(path, safe_mode=True)
    assert_same_weights(loaded.get_weights(), weights)
    x = sample_input(arch, samples=12, seed=2)
    np.testing.assert_allclose(loaded.predict(x, verbose=0), predict(arch, weights, x), rtol=1e-5, atol=1e-5)
    # Read back without Keras: the same architecture (now with every layer named) and weights.
    again = read_keras_archive(path)
    assert [(l.kind, dict(l.options)) for l in again.architecture.layers] == \
        [(l.kind, dict(l.options)) for l in arch.layers]
    assert [l.name for l in again.architecture.layers] == [l.name for l in loaded.layers]
    assert_same_weights(again.weights, weights)


def test_names_from_a_file_stay_and_never_collide(tmp_path):
    arch = Architecture(InputSpec((3, 1)), (
        LayerSpec("LSTM", {"units": 2, "return_sequences": True}, name="lstm_1"),
        LayerSpec("LSTM", {"units": 2, "return_sequences": True}),
        LayerSpec("LSTM", {"units": 2}),
        LayerSpec("Dense", {"units": 1}, name="lstm"),
    ))
    weights = randomise_weights(build_model(arch), seed=1)
    loaded = keras.saving.load_model(write_keras_file(tmp_path / "n.keras", arch, weights), safe_mode=True)
    names = [l.name for l in loaded.layers]
    assert names[0] == "lstm_1" and names[3] == "lstm" and len(set(names)) == 4


NO_TF_IO = textwrap.dedent("""
    import json, sys
    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("tensorflow", "keras"):
                raise ImportError(f"{name} is blocked in this test")
    sys.meta_path.insert(0, Block())
    import numpy as np
    from lstmviz.io.keras_weights import read_keras_archive, write_keras_file
    from lstmviz.model.forward import predict
    source, target, inputs = sys.argv[1:4]
    archive = read_keras_archive(source)
    write_keras_file(target, archive.architecture, archive.weights)
    x = np.load(inputs)
    print(json.dumps({"predictions": predict(archive.architecture, archive.weights, x).tolist(),
                      "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras"))}))
""")


def test_read_write_and_predict_without_tensorflow(tmp_path):
    assert "tensorflow" in NO_TF  # the same blocking as the command-line tests
    arch = LAYOUTS["bidirectional-cells"]
    model = build_model(arch)
    randomise_weights(model, seed=4)
    model.save(tmp_path / "source.keras")
    x = sample_input(arch, samples=6, seed=1)
    np.save(tmp_path / "x.npy", x)
    result = subprocess.run([sys.executable, "-c", NO_TF_IO, str(tmp_path / "source.keras"),
                             str(tmp_path / "copy.keras"), str(tmp_path / "x.npy")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["modules"] == []
    np.testing.assert_allclose(data["predictions"], model.predict(x, verbose=0), rtol=1e-5, atol=1e-5)
    copy = keras.saving.load_model(tmp_path / "copy.keras", safe_mode=True)
    assert_same_weights(copy.get_weights(), model.get_weights())
