"""Real series trained headless as a user would; every score recomputed independently.

Metrics and baselines are recomputed here from the saved weights (through Keras, not the
numpy forward pass the app uses) and from the CSV file read with the csv module; the
confusion matrix is counted again; the step saliency's finite differences are compared
with TensorFlow's gradient tape.
"""

from __future__ import annotations

import csv
import io
import json
import sys

import numpy as np
import pytest

from lstmviz.cli import main
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.project_io import load_project
from lstmviz.io.series_table import bundled_text
from lstmviz.model.bundled import BUNDLED
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.saliency import saliency_of_weights
from lstmviz.training.builder import build_model
from lstmviz.training.engine import run_training
from lstmviz.training.saliency import model_with_weights, tape_saliency
from tests.training.keras_helpers import randomise_weights


def column(name: str, key: str) -> list[str]:
    return [row[key] for row in csv.DictReader(bundled_text(BUNDLED[name]).splitlines())]


def train_json(capsys, *args: str) -> dict:
    assert main(["train", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def airline(tmp_path_factory):
    """The airline example trained briefly, its --json output and the project it saved."""
    path = tmp_path_factory.mktemp("airline") / "airline.lstmviz"
    capture = pytest.MonkeyPatch()
    out = io.StringIO()
    capture.setattr(sys, "stdout", out)
    try:
        assert main(["train", "airline-passengers", "--epochs", "15", "--json", "--save", str(path)]) == 0
    finally:
        capture.undo()
    return json.loads(out.getvalue()), load_project(path)


def test_airline_test_scores_and_baselines_match_an_independent_recomputation(airline):
    out, project = airline
    passengers = np.array([float(v) for v in column("airline-passengers", "Passengers")])
    # 144 months: the last 24 test, the 14 before them validation, scaled with the first 106 only.
    train_end, test_start, t = 106, 120, 12
    mean, std = passengers[:train_end].mean(), passengers[:train_end].std()
    scaled = (passengers - mean) / std
    windows = np.stack([scaled[i:i + t] for i in range(len(passengers) - t)])[..., None].astype(np.float32)
    model = model_with_weights(project.architecture, project.trained.weights)
    forecast = model.predict(windows[test_start - t:], verbose=0)[:, 0] * std + mean
    actual = passengers[test_start:]
    test = out["metrics"]["test"]
    assert test["rmse"] == pytest.approx(np.sqrt(np.mean((forecast - actual) ** 2)), rel=1e-4)
    assert test["mae"] == pytest.approx(np.mean(np.abs(forecast - actual)), rel=1e-4)
    assert set(out["metrics"]) >= {"train", "validation", "test"}
    assert out["evaluation"]["split"] == {"train": 94, "validation": 14, "test": 24}
    last = passengers[test_start - 1:-1]
    seasonal = passengers[test_start - 12:-12]
    assert out["baselines"]["last_value"]["rmse"] == pytest.approx(np.sqrt(np.mean((last - actual) ** 2)))
    assert out["baselines"]["last_value"]["mae"] == pytest.approx(np.mean(np.abs(last - actual)))
    assert out["baselines"]["seasonal_naive"]["mae"] == pytest.approx(np.mean(np.abs(seasonal - actual)))
    # Many steps ahead: from the last window before 1959, each forecast becomes the next input.
    window, fed_back = windows[test_start - t].copy(), []
    for _ in range(len(actual)):
        value = float(model.predict(window[None], verbose=0)[0, 0])
        fed_back.append(value * std + mean)
        window = np.concatenate([window[1:], [[value]]]).astype(np.float32)
    multi = out["metrics"]["test_multi_step"]
    assert multi["rmse"] == pytest.approx(np.sqrt(np.mean((np.array(fed_back) - actual) ** 2)), rel=1e-3)


def test_a_saved_series_project_reopens_with_its_scores_without_training(airline):
    out, project = airline
    stored = project.trained.evaluation
    assert stored["metrics"] == out["metrics"] and stored["baselines"] == out["baselines"]
    assert stored["split"] == out["evaluation"]["split"]


def test_seattle_label_confusion_matrix_and_majority_baseline_are_counted_again(capsys, tmp_path):
    path = tmp_path / "label.lstmviz"
    out = train_json(capsys, "seattle-weather-label", "--epochs", "2", "--save", str(path))
    project = load_project(path)
    evaluation = out["evaluation"]
    assert evaluation["classes"] == ["drizzle", "fog", "rain", "snow", "sun"]
    labels = column("seattle-weather", "weather")
    classes = sorted(set(labels))
    data = load_dataset(project.dataset)
    model = model_with_weights(project.architecture, project.trained.weights)
    test_x = data.x[-292:]
    predicted = model.predict(test_x, verbose=0).argmax(axis=1)
    true = [classes.index(label) for label in labels[-292:]]
    matrix = np.zeros((5, 5), dtype=int)
    for a, b in zip(true, predicted):
        matrix[a, b] += 1
    assert evaluation["confusion_matrix"] == matrix.tolist()
    assert out["metrics"]["test"]["accuracy"] == pytest.approx(np.trace(matrix) / 292)
    # Accuracy per kept epoch, in --json as the window plots it beside the loss; the last is the final weights'.
    history = out["accuracy_history"]
    assert history["epochs"][-1] == 2 and set(history) == {"epochs", "train", "validation", "test"}
    assert all(len(history[part]) == len(history["epochs"]) for part in ("train", "validation", "test"))
    assert history["test"][-1] == pytest.approx(np.trace(matrix) / 292)
    train_labels = labels[7:7 + 1016]
    majority = max(classes, key=train_labels.count)
    assert classes[out["baselines"]["majority_class"]["class"]] == majority
    assert out["baselines"]["majority_class"]["accuracy"] == pytest.approx(labels[-292:].count(majority) / 292)


def test_categorical_cross_entropy_trains_on_the_same_classes_one_hot():
    example = EXAMPLES["seattle-weather-label"]
    data = load_dataset(example.dataset)
    settings = example.training.updated(epochs=1, loss="categorical_crossentropy")
    result = run_training(example.architecture, data, settings)
    assert result.reason == "completed", result.message
    assert np.asarray(result.predictions).shape == (data.samples, 5)
    sparse = run_training(example.architecture, data, settings.updated(loss="sparse_categorical_crossentropy"))
    # One-hot labels and class ids are the same targets: the same first epoch's loss.
    assert result.history["loss"][0] == pytest.approx(sparse.history["loss"][0], rel=1e-4)


@pytest.mark.parametrize("name,output", [("airline-passengers", None), ("seattle-weather-label", 2)])
def test_step_saliency_agrees_with_the_gradient_tape(name, output):
    example = EXAMPLES[name]
    data = load_dataset(example.dataset)
    model = build_model(example.architecture)
    weights = randomise_weights(model, seed=4, scale=0.4)
    samples = data.x[-3:]
    exact = tape_saliency(model, samples, output)
    for sample, bars in zip(samples, exact):
        estimate = saliency_of_weights(example.architecture, weights, sample, output)
        assert estimate.shape == (sample.shape[0],)
        np.testing.assert_allclose(estimate, bars, rtol=0.03, atol=1e-3 * bars.max())
        assert bars.max() > 0
