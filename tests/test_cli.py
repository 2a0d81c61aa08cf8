"""The headless CLI: summary and examples, bad input, and working without TensorFlow."""

import json
import os
import subprocess
import sys
import textwrap
import zipfile

import pytest

from lstmviz.cli import main
from lstmviz.io import project_io
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.io.keras_config import architecture_to_keras

# Runs the CLI in a fresh interpreter where importing TensorFlow or Keras fails.
NO_TF = textwrap.dedent("""
    import sys
    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("tensorflow", "keras"):
                raise ImportError(f"{name} is blocked in this test")
            return None
    sys.meta_path.insert(0, Block())
    from lstmviz.cli import main
    raise SystemExit(main(sys.argv[1:]))
""")


def run_without_tf(*args, cwd=None):
    return subprocess.run([sys.executable, "-c", NO_TF, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


def test_summary_table(capsys):
    assert main(["summary", "many-to-many"]) == 0
    out = capsys.readouterr().out
    assert "lstm (LSTM)" in out and "4 × ((1 + 5) × 5 + 5) = 140" in out
    assert "Total params: 146 (584.00 B)" in out


def test_summary_json_without_tensorflow(tmp_path):
    arch = Architecture(InputSpec((7, 3)), (
        LayerSpec("Bidirectional", {"layer": "GRU", "units": 4, "return_sequences": True}),
        LayerSpec("TimeDistributed", {"units": 2}),
    ))
    path = tmp_path / "model.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(architecture_to_keras(arch)))
    result = run_without_tf("summary", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total_params"] == 2 * 3 * ((3 + 4) * 4 + 2 * 4) + (8 * 2 + 2)
    assert [l["type"] for l in data["layers"]] == ["Bidirectional", "TimeDistributed"]
    assert data["layers"][1]["output_shape"] == [None, 7, 2]
    blocked = run_without_tf("train", "one-to-one")
    assert blocked.returncode != 0  # the block really is in place


def test_examples_lists_all(capsys):
    assert main(["examples"]) == 0
    out = capsys.readouterr().out
    for name in ("one-to-one", "many-to-one", "many-to-many", "text-embedding", "encoder-decoder"):
        assert name in out


def bad_project(tmp_path, change):
    data = project_io.project_to_dict(project_io.from_example("many-to-many"))
    change(data)
    path = tmp_path / "bad.lstmviz"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.lstmviz", "no such file"),
    (lambda p: (p / "m.json").write_text("{oops") and p / "m.json", "not valid JSON"),
    (lambda p: bad_project(p, lambda d: d.update(format="x")), "format is 'x'"),
    (lambda p: bad_project(p, lambda d: d.update(version=9)), "version 9"),
    (lambda p: bad_project(p, lambda d: d["architecture"]["layers"][0].update(kind="Conv")), "unknown layer kind 'Conv'"),
    (lambda p: bad_project(p, lambda d: d["architecture"]["layers"][0]["options"].update(units=-3)), "units must be at least 1"),
    (lambda p: bad_project(p, lambda d: d["architecture"]["input"].update(shape=[0, 1])), "time steps must be at least 1"),
    (lambda p: (p / "m.keras").write_bytes(b"not a zip") and p / "m.keras", "not a .keras file"),
    (lambda p: bad_project(p, lambda d: d["architecture"]["layers"][0]["options"].update(return_sequences=False)),
     "TimeDistributed needs a 3-D input"),
])
def test_bad_input_one_line_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run_without_tf("summary", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_window_without_a_display_says_so():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "lstmviz", "many-to-many"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 2
    assert "no display" in result.stderr and "lstmviz screenshot" in result.stderr


def test_summary_says_there_are_no_trained_weights(capsys):
    assert main(["summary", "one-to-one"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("Trained weights: none (the model has not been trained)")
    assert main(["summary", "one-to-one", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["trained"] is None and out["runs"] == []


def test_a_trained_keras_file_is_summarised_and_exported_without_tensorflow(tmp_path):
    import numpy as np

    from lstmviz.io.keras_weights import read_keras_archive, write_keras_file
    from lstmviz.model.weights import weight_specs

    arch = project_io.from_example("one-to-one").architecture
    weights = [np.full(s.shape, 0.5, np.float32) for layer in weight_specs(arch) for s in layer]
    source = write_keras_file(tmp_path / "m.keras", arch, weights)
    proc = run_without_tf("summary", str(source), cwd=tmp_path)
    assert proc.returncode == 0 and "Trained weights: yes (epochs not recorded)" in proc.stdout
    proc = run_without_tf("export", str(source), "--format", "keras", "-o", str(tmp_path / "copy.keras"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    copied = read_keras_archive(tmp_path / "copy.keras").weights
    assert all(np.array_equal(a, b) for a, b in zip(copied, weights))


def test_help_shows_the_windows_optional_file(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    usage = out.split("\n\n", 1)[0]
    assert "[FILE]" in usage and "COMMAND" in usage
    assert "FILE: a project (.lstmviz), a .keras file or an example name" in " ".join(out.split())
