"""A .keras file opened as a project: architecture and weights, without TensorFlow."""

from __future__ import annotations

import json
import zipfile

import numpy as np

from lstmviz.io.keras_config import architecture_to_keras
from lstmviz.io.keras_weights import write_keras_file
from lstmviz.io.project_io import from_example, load_source
from lstmviz.model.datasets import suggest_dataset
from lstmviz.model.inference import infer
from lstmviz.model.weights import weight_specs


def weights_for(architecture, seed=3):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(s.shape).astype(np.float32) for layer in weight_specs(architecture) for s in layer]


def test_a_keras_file_brings_its_weights(tmp_path):
    arch = from_example("stacked-lstm").architecture
    weights = weights_for(arch)
    path = write_keras_file(tmp_path / "model.keras", arch, weights)
    project = load_source(str(path))
    assert project.keras_file == path and project.weights_problem is None
    trained = project.trained
    assert trained is not None and trained.fits(project.architecture)
    assert (trained.run, trained.epoch, trained.loss, trained.source) == (None, 0, None, "weights from model.keras")
    for a, b in zip(trained.weights, weights):
        np.testing.assert_array_equal(a, b)


def test_a_keras_file_without_weights_opens_untrained_and_says_so(tmp_path):
    arch = from_example("one-to-one").architecture
    path = tmp_path / "config-only.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(architecture_to_keras(arch)))
    project = load_source(str(path))
    assert project.architecture == arch and project.trained is None
    assert project.weights_problem == "no model.weights.h5 inside, so it holds no weights"


def test_unreadable_weights_still_open_the_architecture_and_say_why(tmp_path):
    arch = from_example("one-to-one").architecture
    path = tmp_path / "damaged.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(architecture_to_keras(arch)))
        z.writestr("model.weights.h5", b"not an HDF5 file")
    project = load_source(str(path))
    assert project.architecture == arch and project.trained is None
    assert project.weights_problem.startswith("the weights were not read: ")
    assert "damaged.keras: model.weights.h5 is not an HDF5 file" in project.weights_problem


def test_the_tutorials_models_are_offered_the_tutorials_data():
    for name in ("one-to-one", "many-to-one", "many-to-many"):
        example = from_example(name)
        assert suggest_dataset(infer(example.architecture)) == example.dataset, name
