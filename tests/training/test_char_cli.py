"""`lstmviz train` on a character model: metrics with perplexity, a sample, and a saved project
that reopens its sample and writes new ones without TensorFlow.

The commands run in this process (tests/training/test_commands.py runs `train` in a subprocess,
as a user does); only the reopening needs a fresh process, one that never loads TensorFlow.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

from lstmviz.cli import main
from lstmviz.io.project import Project
from lstmviz.io.project_io import load_source, save_project
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.vocabulary import Vocabulary

ROOT = Path(__file__).resolve().parents[2]
TEXT = "row, row, row your boat\ngently down the stream\n" * 10


def lstmviz(capsys, *args) -> subprocess.CompletedProcess:
    """The command's status and output, run in this process."""
    code = main(list(args))
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


def text_project(tmp_path: Path) -> Path:
    (tmp_path / "boat.txt").write_text(TEXT, encoding="utf-8")
    v = Vocabulary.from_text(TEXT).size
    arch = Architecture(InputSpec.tokens(10), (
        LayerSpec("Embedding", {"input_dim": v, "output_dim": 8}),
        LayerSpec("LSTM", {"units": 16, "return_sequences": True}),
        LayerSpec("Dense", {"units": v, "activation": "softmax"}),
    ))
    project = Project(arch, DatasetSpec("text", path=str(tmp_path / "boat.txt"), time_steps=10),
                      TrainingSettings(epochs=20, batch_size=8, learning_rate=0.02,
                                       loss="sparse_categorical_crossentropy", validation_split=0.2, seed=3),
                      title="boat")
    return save_project(project, tmp_path / "boat.lstmviz")


def test_train_json_has_perplexity_and_a_sample_and_saves_them(tmp_path, capsys, monkeypatch):
    source = text_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    proc = lstmviz(capsys, "train", str(source), "--json", "--sample-length", "40", "--temperature", "0.5",
                   "--prompt", "row", "--save", "trained.lstmviz")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert "predictions" not in out and "targets" not in out
    train, val = out["metrics"]["train"], out["metrics"]["validation"]
    assert train["perplexity"] == math.exp(train["loss"]) and 0.0 <= val["accuracy"] <= 1.0
    assert train["perplexity"] < Vocabulary.from_text(TEXT).size / 2  # learned something in 20 epochs
    sample = out["sample"]
    assert sample["prompt"] == "row" and len(sample["text"]) == 40 and sample["temperature"] == 0.5
    assert set(sample["text"]) <= set(TEXT) and sample["epoch"] == 20

    # Reopened without TensorFlow: the stored sample is there and new ones come from the weights.
    check = f"""
import json, sys
from lstmviz.io.project_io import load_source
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.sampling import write
p = load_source({str(tmp_path / 'trained.lstmviz')!r})
run = p.runs[-1]
data = load_dataset(p.dataset)
new = write(p.architecture, p.trained.weights, data.vocabulary, "row", 40, 0.5, {sample['seed']}, 20)
print(json.dumps([run.samples[0].to_dict(), new.to_dict(), "tensorflow" in sys.modules, "keras" in sys.modules]))
"""
    reopened = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert reopened.returncode == 0, reopened.stderr
    stored, again, tf_loaded, keras_loaded = json.loads(reopened.stdout)
    assert stored == sample
    assert again == sample  # the same weights, prompt, temperature and seed write the same text
    assert not tf_loaded and not keras_loaded


def test_train_text_output_and_bad_sample_options(tmp_path, capsys):
    source = text_project(tmp_path)
    proc = lstmviz(capsys, "train", str(source), "--epochs", "2", "--sample-length", "15")
    assert proc.returncode == 0, proc.stderr
    assert "perplexity" in proc.stdout and "validation: loss" in proc.stdout
    assert "sample (temperature 0.8):" in proc.stdout and "predictions:" not in proc.stdout
    for args, message in ((("--prompt", "xyz!"), "--prompt holds 'x' 'z' '!', not in the text's vocabulary"),
                          (("--temperature", "-1"), "temperature must be between 0 and 10"),
                          (("--temperature", "nan"), "temperature must be between 0 and 10"),
                          (("--sample-length", "0"), "sample length must be a whole number from 1")):
        bad = lstmviz(capsys, "train", str(source), "--epochs", "1", *args)
        assert bad.returncode == 2 and message in bad.stderr and "Traceback" not in bad.stderr, bad.stderr
        assert "loading TensorFlow" not in bad.stderr  # refused before any training


def test_summary_names_the_text_its_size_and_licence(capsys):
    proc = lstmviz(capsys, "summary", "char-songci", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)["dataset"]
    assert data["name"] == "songci300" and data["characters"] == 34_572 and data["vocabulary"] == 2129
    assert "MIT" in data["licence"] and "chinese-poetry" in data["source"]
    text = lstmviz(capsys, "summary", "char-shakespeare", "--no-gates")
    assert "Data: Tiny Shakespeare (plays), 1,115,394 characters, 65 different." in text.stdout
