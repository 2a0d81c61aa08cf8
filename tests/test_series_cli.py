"""`lstmviz summary` names a series' data set, its size and licence, and a trained project's stored
scores; no TensorFlow is needed for either."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np

from lstmviz.cli import main
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.project_io import from_example, save_project
from lstmviz.model.evaluation import stored_evaluation
from lstmviz.model.runs import TrainedState
from lstmviz.model.weights import weight_specs


def test_summary_names_the_data_set_its_size_and_licence(capsys):
    assert main(["summary", "sunspots-gru"]) == 0
    out = capsys.readouterr().out
    assert "Data: Sunspots (yearly, 1700-2008, 309 rows; licence: public domain; source: NOAA" in out
    assert main(["summary", "seattle-weather-label", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)["dataset"]
    assert data["name"] == "seattle-weather" and data["rows"] == 1461 and data["task"] == "classification"
    assert "public domain" in data["licence"] and "vega-datasets" in data["citation"]


def test_summary_of_a_trained_series_shows_its_stored_scores_and_confusion_matrix(capsys, tmp_path):
    project = from_example("seattle-weather-label")
    rng = np.random.default_rng(1)
    weights = tuple(rng.normal(scale=0.3, size=spec.shape).astype(np.float32)
                    for layer in weight_specs(project.architecture) for spec in layer)
    evaluation = stored_evaluation(project.architecture, weights, load_dataset(project.dataset))
    path = save_project(replace(project, trained=TrainedState(project.architecture, weights, epoch=5,
                                                                evaluation=evaluation)), tmp_path / "w.lstmviz")
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    accuracy = evaluation["metrics"]["test"]["accuracy"]
    assert f"test (292 windows): loss {evaluation['metrics']['test']['loss']:.4g}, accuracy {accuracy:.4g}" in out
    assert "baseline majority class (sun) on the test part" in out
    assert "confusion matrix of the test part" in out and "drizzle" in out
    assert main(["summary", str(path), "--json"]) == 0
    stored = json.loads(capsys.readouterr().out)["trained"]["evaluation"]
    assert stored["confusion_matrix"] == evaluation["confusion_matrix"]
    assert stored["step_saliency"] == evaluation["step_saliency"] and len(stored["step_saliency"]) == 7
