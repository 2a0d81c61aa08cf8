"""Exports: the script runs on its own; the .keras file loads in Keras with the trained weights."""

import ast
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstmviz.model.architecture import LayerSpec
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.examples import EXAMPLES
from lstmviz.io.keras_script import layer_code, script_text

ROOT = Path(__file__).resolve().parents[2]


def lstmviz(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "lstmviz", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


def _exported_many_to_many(tmp_path, command) -> str:
    proc = command("export", "many-to-many", "--format", "script", "-o", "run.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    script = (tmp_path / "run.py").read_text()
    assert "keras.layers.TimeDistributed(keras.layers.Dense(1))" in script
    assert "default=1000" in script
    return script


def _assert_trained_two_epochs(stdout: str) -> None:
    assert "Epoch 2/2" in stdout and "Total params: 146" in stdout
    values = stdout.strip().splitlines()[-5:]
    assert all(len(v.split(".")[-1]) == 1 for v in values), values
    [float(v) for v in values]


def test_exported_script_needs_only_numpy_and_keras_and_takes_an_epochs_override(tmp_path, command, monkeypatch,
                                                                                 capsys):
    """What the script imports, read from its code; then it runs as ``__main__`` in this process
    (Keras is loaded here already). Its run in a Python of its own is the slow
    test_exported_script_runs_alone_with_an_epochs_override."""
    script = _exported_many_to_many(tmp_path, command)
    imported = set()
    for node in ast.walk(ast.parse(script)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= {"argparse", "numpy", "keras", "__future__"}, imported
    assert "lstmviz" not in script.split('"""', 2)[2]  # nor does its code name lstmviz
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["run.py", "--epochs", "2"])
    capsys.readouterr()
    runpy.run_path("run.py", run_name="__main__")
    _assert_trained_two_epochs(capsys.readouterr().out)


@pytest.mark.slow
def test_exported_script_runs_alone_with_an_epochs_override(tmp_path, command):
    """In a Python of its own, without lstmviz on the path (the faster test above reads its imports)."""
    _exported_many_to_many(tmp_path, command)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run([sys.executable, "run.py", "--epochs", "2"], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    _assert_trained_two_epochs(run.stdout)


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_every_example_exports_valid_python_with_its_data(name):
    ex = EXAMPLES[name]
    data = load_dataset(ex.dataset)
    text = script_text(ex.architecture, data, ex.training, title=name)
    tree = ast.parse(text)
    # The inline data evaluates back to the dataset's exact arrays.
    scope = {"np": np}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id in ("X", "y"):
            exec(compile(ast.Module([node], []), "<export>", "exec"), scope)
    np.testing.assert_array_equal(scope["X"], data.x)
    np.testing.assert_array_equal(scope["y"], data.y)
    assert scope["X"].dtype == data.x.dtype


def test_layer_code_leaves_out_keras_defaults():
    assert layer_code(LayerSpec("LSTM", {"units": 5})) == "keras.layers.LSTM(5)"
    assert layer_code(LayerSpec("GRU", {"units": 3, "reset_after": False, "return_sequences": True})) == \
        "keras.layers.GRU(3, return_sequences=True, reset_after=False)"
    assert layer_code(LayerSpec("Bidirectional", {"layer": "SimpleRNN", "units": 4, "merge_mode": "sum"})) == \
        "keras.layers.Bidirectional(keras.layers.SimpleRNN(4), merge_mode='sum')"
    assert layer_code(LayerSpec("Dense", {"units": 1, "activation": "sigmoid"})) == \
        "keras.layers.Dense(1, activation='sigmoid')"
    assert layer_code(LayerSpec("Embedding", {"input_dim": 1000, "output_dim": 300})) == \
        "keras.layers.Embedding(1000, 300)"
    assert layer_code(LayerSpec("Dropout", {"rate": 0.5})) == "keras.layers.Dropout(0.5)"
    assert layer_code(LayerSpec("Flatten")) == "keras.layers.Flatten()"


def test_every_example_script_builds_the_same_model():
    keras = pytest.importorskip("keras")
    from lstmviz.model.inference import infer

    for name, ex in EXAMPLES.items():
        text = script_text(ex.architecture, load_dataset(ex.dataset), ex.training, title=name)
        scope = {}
        exec(compile(text, name, "exec"), scope)  # defines build_model; main() does not run
        model = scope["build_model"]()
        assert model.count_params() == infer(ex.architecture).total_params, name


def test_keras_export_with_training_saves_trained_weights(tmp_path, command):
    keras = pytest.importorskip("keras")
    proc = command("export", "one-to-one", "--format", "keras", "-o", "m.keras", "--epochs", "300", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    model = keras.saving.load_model(tmp_path / "m.keras", safe_mode=True)
    assert model.count_params() == 146
    x = np.array([0.0, 0.2, 0.4, 0.6, 0.8], "float32").reshape(5, 1, 1)
    trained_error = np.abs(model.predict(x, verbose=0).ravel() - x.ravel()).mean()
    proc = command("export", "one-to-one", "--format", "keras", "-o", "fresh.keras", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    fresh = keras.saving.load_model(tmp_path / "fresh.keras", safe_mode=True)
    fresh_error = np.abs(fresh.predict(x, verbose=0).ravel() - x.ravel()).mean()
    assert trained_error < fresh_error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.keras", "m.keras"]  # no temporary files left

    # A .keras source trains on from its own weights (read without TensorFlow), on the data that fits:
    # the tutorial's own for its one-to-one model.
    proc = command("train", "m.keras", "--epochs", "1", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert 'has no dataset; using a built-in one: {"kind": "tutorial", "layout": "one-to-one"}' in proc.stderr
    assert "continuing from the weights in m.keras" in proc.stderr
    before = model.predict(x, verbose=0)
    assert json.loads(proc.stdout)["epochs"] == 1
    first_loss = json.loads(proc.stdout)["loss"][0]
    targets = x.reshape(5, 1)
    # One epoch from the saved weights starts near their loss, not from a fresh model's.
    assert abs(first_loss - float(np.mean((before - targets) ** 2))) < 0.05 * max(first_loss, 1e-3) + 1e-3


def test_a_series_script_keeps_the_split_in_time_and_scores_the_test_part(tmp_path, monkeypatch, capsys):
    """A series is not split by validation_split (shuffled windows, the test part trained on): the
    script trains on the training windows, validates on the next ones and scores the test part."""
    ex = EXAMPLES["seattle-weather-label"]
    data = load_dataset(ex.dataset)
    n_train, n_val, n_test = data.series.parts()
    text = script_text(ex.architecture, data, ex.training, title="label", filename="label.py")
    assert "validation_split" not in text and 'metrics=["accuracy"]' in text
    scope: dict = {"np": np}
    exec(compile("\n".join(line for line in text.split("import keras", 1)[1].split("def build_model")[0].splitlines()),
                 "<export>", "exec"), scope)
    assert (len(scope["X_train"]), len(scope["X_val"]), len(scope["X_test"])) == (n_train, n_val, n_test)
    np.testing.assert_array_equal(scope["X_test"], data.x[n_train + n_val:])
    # Run as a script in this process (Keras is loaded here already); that a script runs in a
    # Python of its own is the slow test_exported_script_runs_alone_with_an_epochs_override's part.
    (tmp_path / "label.py").write_text(text)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["label.py", "--epochs", "1"])
    runpy.run_path("label.py", run_name="__main__")
    stdout = capsys.readouterr().out
    test_line = next(line for line in stdout.splitlines() if line.startswith("test:"))
    assert "accuracy" in test_line and "loss" in test_line
    assert len(stdout.strip().splitlines()[-1].split()) == 1  # predictions of the test part follow


def test_categorical_cross_entropy_exports_one_hot_targets():
    ex = EXAMPLES["seattle-weather-label"]
    data = load_dataset(ex.dataset)
    settings = ex.training.updated(loss="categorical_crossentropy")
    text = script_text(ex.architecture, data, settings)
    scope: dict = {"np": np}
    exec(compile(text.split("import keras", 1)[1].split("\nN_TRAIN")[0], "<export>", "exec"), scope)
    assert scope["y"].shape == (data.samples, 5)
    np.testing.assert_array_equal(scope["y"].argmax(axis=1), data.y[:, 0])
