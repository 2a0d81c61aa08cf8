"""Scores, baselines and forecasts of a series, against values worked out by hand."""

import numpy as np
import pytest

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.baselines import majority_baseline, regression_baselines
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.evaluation import evaluate
from lstmviz.model.metrics import accuracy, confusion_matrix, cross_entropy, mae, rmse


def test_regression_scores_by_hand():
    assert rmse([1, 2, 3], [1, 2, 7]) == pytest.approx(np.sqrt(16 / 3))
    assert mae([1, 2, 3], [2, 2, 7]) == pytest.approx(5 / 3)


def test_classification_scores_by_hand():
    p = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]])
    ids = np.array([[0.0], [1.0], [1.0]])
    assert accuracy(p, ids) == pytest.approx(2 / 3)
    assert cross_entropy(p, ids) == pytest.approx(-(np.log(0.7) + np.log(0.1) + np.log(0.4)) / 3)
    assert confusion_matrix(ids, p.argmax(axis=1), 3).tolist() == [[1, 0, 0], [0, 1, 1], [0, 0, 0]]


def test_naive_baselines_by_hand():
    series = np.array([[1.0], [2.0], [4.0], [8.0], [16.0]])
    scores = regression_baselines(series, range(3, 5), season=2)
    # last value: 4 for 8, 8 for 16; seasonal (2 back): 2 for 8, 4 for 16
    assert scores["last_value"]["mae"] == pytest.approx((4 + 8) / 2)
    assert scores["seasonal_naive"]["rmse"] == pytest.approx(np.sqrt((36 + 144) / 2))
    assert "seasonal_naive" not in regression_baselines(series, range(1, 5), season=2)
    assert majority_baseline(np.array([0, 2, 2, 1]), np.array([2, 2, 0]), 3) == {"accuracy": pytest.approx(2 / 3),
                                                                                  "class": 2}


def test_a_model_that_repeats_the_last_value_scores_like_the_last_value_baseline(tmp_path):
    path = tmp_path / "walk.csv"
    walk = np.cumsum(np.random.default_rng(1).normal(size=80)) + 50
    path.write_text("v\n" + "\n".join(f"{v:.6f}" for v in walk))
    data = load_dataset(DatasetSpec("series", path=str(path), time_steps=4, validation_fraction=0.1,
                                    test_fraction=0.25))
    info = data.series
    last_input = data.x[:, -1, :]  # features and targets are scaled alike here: the same column, the same rows
    evaluation = evaluate(data, last_input, predict=lambda w: w[:, -1, :])
    assert evaluation.metrics["test"]["rmse"] == pytest.approx(evaluation.baselines["last_value"]["rmse"], rel=1e-5)
    assert evaluation.metrics["test"]["mae"] == pytest.approx(evaluation.baselines["last_value"]["mae"], rel=1e-5)
    # Fed back, "repeat the last value" is flat at the last value before the test period.
    np.testing.assert_allclose(evaluation.multi_step[:, 0], walk[info.split.test_start - 1], rtol=1e-5)
    assert evaluation.forecast.shape == evaluation.actual.shape == (20, 1)
