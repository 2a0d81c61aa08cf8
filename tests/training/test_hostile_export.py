"""Names Keras refuses ("/", lone surrogates) and hostile output paths, through the exports that load Keras.

The commands run in this process (the ``command`` fixture); tests/training/test_commands.py runs one in a
subprocess, as a user does.
"""

from __future__ import annotations

import json

from tests.hostile_corpus import project


def test_a_model_named_with_a_slash_and_a_lone_surrogate_exports_and_trains(tmp_path, command):
    source = tmp_path / "named.lstmviz"
    data = project(title="t/\ud800", architecture={
        "name": "my/model\udcff", "input": {"shape": [5, 1]},
        "layers": [{"kind": "LSTM", "options": {"units": 5, "return_sequences": True}, "name": "a/b"},
                   {"kind": "TimeDistributed", "options": {"units": 1}}]})
    source.write_text(json.dumps(data))
    out = tmp_path / "m.keras"
    proc = command("export", str(source), "--format", "keras", "-o", str(out), "--epochs", "2")
    assert proc.returncode == 0, proc.stderr
    summary = command("summary", str(out), "--json")
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)["total_params"] == 146


def test_a_keras_export_to_a_folder_is_one_line_before_tensorflow(tmp_path, command):
    proc = command("export", "one-to-one", "--format", "keras", "-o", str(tmp_path))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "is a folder" in lines[0], proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_keras_source_keeps_its_weights_read_within_the_limits(tmp_path, command):
    from lstmviz.io.keras_weights import read_keras_weights

    first = tmp_path / "trained.keras"
    assert command("export", "one-to-one", "--format", "keras", "-o", str(first), "--epochs", "3").returncode == 0
    again = tmp_path / "again.keras"
    proc = command("export", str(first), "--format", "keras", "-o", str(again))
    assert proc.returncode == 0, proc.stderr
    for a, b in zip(read_keras_weights(first), read_keras_weights(again), strict=True):
        assert (a == b).all()
    broken = tmp_path / "broken.keras"
    broken.write_bytes(first.read_bytes().replace(b"model.weights.h5", b"model.weights.xx"))
    proc = command("train", str(broken), "--epochs", "1")
    assert proc.returncode == 2 and "no model.weights.h5 inside" in proc.stderr.strip().splitlines()[-1]
