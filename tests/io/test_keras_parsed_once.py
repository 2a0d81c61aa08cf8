"""A .keras file is opened, and its config.json parsed, once per open: by the command line here,
by the window in tests/ui/test_keras_opened_once.py."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.cli import main
from lstmviz.io import keras_config, keras_weights
from lstmviz.io.keras_weights import write_keras_file
from lstmviz.io.project_io import from_example, load_source
from lstmviz.model.weights import weight_specs


class Counted:
    """Wraps a function and counts its calls."""

    def __init__(self, function):
        self.function, self.calls = function, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


@pytest.fixture
def counts(monkeypatch):
    """The calls that parse a config.json and that open a .keras archive, counted."""
    parses = Counted(keras_config.parse_json)
    opens = Counted(keras_config.open_zip)
    monkeypatch.setattr(keras_config, "parse_json", parses)
    monkeypatch.setattr(keras_config, "open_zip", opens)
    monkeypatch.setattr(keras_weights, "open_zip", opens)
    return parses, opens


def keras_file(tmp_path, name="stacked-lstm"):
    arch = from_example(name).architecture
    rng = np.random.default_rng(2)
    weights = [rng.standard_normal(s.shape).astype(np.float32) for layer in weight_specs(arch) for s in layer]
    return write_keras_file(tmp_path / "model.keras", arch, weights), weights


def test_opening_a_keras_file_parses_its_config_once(tmp_path, counts):
    path, weights = keras_file(tmp_path)
    project = load_source(str(path))
    parses, opens = counts
    assert (parses.calls, opens.calls) == (1, 1)
    assert project.trained is not None and project.weights_problem is None  # and the weights came with it
    for read, written in zip(project.trained.weights, weights, strict=True):
        np.testing.assert_array_equal(read, written)


def test_a_keras_file_without_weights_is_parsed_once_too(tmp_path, counts):
    import json
    import zipfile

    arch = from_example("one-to-one").architecture
    path = tmp_path / "config-only.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(keras_config.architecture_to_keras(arch)))
    project = load_source(str(path))
    assert project.trained is None and "no model.weights.h5 inside" in project.weights_problem
    assert (counts[0].calls, counts[1].calls) == (1, 1)


def test_lstmviz_summary_parses_the_config_once(tmp_path, counts, capsys):
    path, _ = keras_file(tmp_path)
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "lstm" in out.lower()
    assert (counts[0].calls, counts[1].calls) == (1, 1)
