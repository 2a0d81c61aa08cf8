"""Real series in the training panel: the data picker's details, the split drawn on the series,
training through the Train button, scores beside the baselines, the confusion matrix, the
step bars, the replay, and a trained project reopened without TensorFlow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTableWidget

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.bundled import BUNDLED_CHOICES
from lstmviz.model.evaluation import evaluate_weights
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.saliency import saliency_of_weights
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.panel import TrainingPanel
from tests.ui.plot_support import drawn_thinned, shown

ROOT = Path(__file__).resolve().parents[2]
TF_TIMEOUT = 120_000


def make_panel(qtbot, example: str) -> TrainingPanel:
    document = Document()
    document.load_example(example)
    widget = TrainingPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 420)
    widget.show()
    qtbot.waitUntil(lambda: not document.data.loading, timeout=10000)
    return widget


@pytest.fixture
def airline(qtbot):
    widget = make_panel(qtbot, "airline-passengers")
    yield widget
    assert widget.stop_and_wait()


def train(qtbot, panel, epochs: int) -> None:
    doc = panel.document
    assert doc.set_training(doc.training.updated(epochs=epochs))
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.session.active, timeout=5000)
    qtbot.waitUntil(lambda: not panel.session.active and doc.trained is not None, timeout=TF_TIMEOUT)
    qtbot.waitUntil(lambda: panel.evaluation_pane.evaluation is not None
                    and panel.evaluation_pane.saliency_plot.values.size > 0, timeout=10000)


def test_the_picker_shows_the_window_tensor_split_and_licence_and_the_data_tab_the_scaling(airline):
    details = airline.picker.details.text()
    assert "(132, 12, 1) = (samples, time steps, features); split in time: 94 / 14 / 24" in details
    assert "Airline passengers; licence: BSD-3-Clause" in details
    data = airline.evaluation_pane.data_text.text()
    assert "Passengers: (x \u2212 229.2) / 85.05" in data  # the first 106 months only
    assert "Box, Jenkins" in data and "licence" in data
    assert data == airline.picker.details.toolTip()


def test_the_series_is_drawn_with_its_parts_before_training(airline):
    pane = airline.evaluation_pane
    assert pane.isVisible() and pane.evaluation is None
    x, y = pane.series_plot.actual_curve.getData()
    assert len(x) == 144 and y[0] == 112 and y[-1] == 432
    validation, test = (region.getRegion() for region in pane.series_plot.regions)
    assert validation == pytest.approx((105.5, 119.5)) and test == pytest.approx((119.5, 143.5))


def test_choosing_each_bundled_data_set_in_the_picker(qtbot, airline):
    combo = airline.findChild(QComboBox, "dataCombo")
    for title, spec in BUNDLED_CHOICES.items():
        index = combo.findData(title)
        assert index > 0, title
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        qtbot.waitUntil(lambda: airline.document.data.spec == spec and not airline.document.data.loading)
        assert airline.document.data.dataset.series is not None
        assert "licence" in airline.picker.details.text()
        assert "Scaling from the training part only" in airline.evaluation_pane.data_text.text()


def test_a_csv_series_split_in_time_through_the_picker(qtbot, airline, tmp_path):
    path = tmp_path / "walk.csv"
    walk = np.cumsum(np.random.default_rng(0).normal(size=90)) + 20
    path.write_text("day,level\n" + "".join(f"d{i},{v:.4f}\n" for i, v in enumerate(walk)))
    combo = airline.findChild(QComboBox, "dataCombo")
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)
    if airline.picker.file_dialog is not None:
        airline.picker.file_dialog.reject()
    airline.findChild(QCheckBox, "csvSeries").setChecked(True)
    edit = airline.findChild(QLineEdit, "csvPath")
    edit.setText(str(path))
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: airline.document.data.spec.path == str(path) and not airline.document.data.loading,
                    timeout=10000)
    data = airline.document.data.dataset
    assert airline.document.data.spec.kind == "series" and data.series is not None
    assert data.x.shape == (85, 5, 1)
    assert airline.evaluation_pane.isVisible()
    assert len(airline.evaluation_pane.series_plot.actual_curve.getData()[0]) == 90


def test_training_in_the_window_shows_scores_forecasts_and_step_bars(qtbot, airline):
    train(qtbot, airline, 10)
    doc, pane = airline.document, airline.evaluation_pane
    expected = evaluate_weights(doc.architecture, doc.trained.weights, doc.data.dataset)
    assert pane.evaluation.metrics["test"]["rmse"] == pytest.approx(expected.metrics["test"]["rmse"], rel=1e-5)
    assert doc.trained.evaluation["metrics"]["test"] == pytest.approx(expected.metrics["test"])
    table = airline.findChild(QTableWidget, "metricsTable")
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert rows[:3] == ["training", "validation", "test"] and any("seasonal naive" in r for r in rows)
    test_row = rows.index("test")
    assert float(table.item(test_row, 0).text()) == pytest.approx(expected.metrics["test"]["rmse"], rel=1e-3)
    one_x, one_y = pane.series_plot.one_step_curve.getData()
    multi_x, multi_y = pane.series_plot.multi_step_curve.getData()
    assert one_x[0] == 120 and len(one_y) == 24 and len(multi_y) == 24
    np.testing.assert_allclose(one_y, expected.forecast[:, 0], rtol=1e-5)
    sample = doc.data.dataset.part("test").x[0]
    np.testing.assert_allclose(pane.saliency_plot.values,
                               saliency_of_weights(doc.architecture, doc.trained.weights, sample), rtol=1e-6)
    assert pane.saliency_plot.values.shape == (12,)
    # Scrubbing the replay back to the first kept epoch shows that epoch's scores.
    first = airline.replay_bar.run.snapshots.epochs[0]
    airline.scrub_to_epoch(int(first))
    qtbot.waitUntil(lambda: airline.replay_frame is not None, timeout=5000)
    weights = airline.replay_frame.weights
    early = evaluate_weights(doc.architecture, weights, doc.data.dataset)
    assert pane.evaluation.metrics["test"]["rmse"] == pytest.approx(early.metrics["test"]["rmse"], rel=1e-5)


def test_classification_shows_accuracy_per_part_and_the_confusion_matrix(qtbot):
    panel = make_panel(qtbot, "seattle-weather-label")
    try:
        pane = panel.evaluation_pane
        assert pane.accuracy_plot.isVisibleTo(panel) and not pane.series_plot.isVisibleTo(panel)
        train(qtbot, panel, 2)
        doc = panel.document
        matrix = np.array(doc.trained.evaluation["confusion_matrix"])
        table = panel.findChild(QTableWidget, "confusionMatrix")
        assert table.rowCount() == 5 and table.verticalHeaderItem(4).text() == "sun"
        shown = np.array([[int(table.item(r, c).text()) for c in range(5)] for r in range(5)])
        np.testing.assert_array_equal(shown, matrix)
        assert shown.sum() == 292
        # Accuracy per epoch, rebuilt from the run's kept weights (numpy) once the run is over.
        # Live points arrive first; the history rebuilt from every kept epoch replaces them.
        run = doc.runs[-1]
        qtbot.waitUntil(lambda: not pane._history_worker.busy
                        and list(pane.accuracy_plot.epochs) == list(run.snapshots.epochs), timeout=20000)
        for part in ("train", "validation", "test"):
            assert pane.accuracy_plot.values[part][-1] == pytest.approx(
                doc.trained.evaluation["metrics"][part]["accuracy"])
        first = evaluate_weights(doc.architecture, run.snapshots.weights(0), doc.data.dataset)
        assert pane.accuracy_plot.values["test"][0] == pytest.approx(first.metrics["test"]["accuracy"])
        assert pane.accuracy_plot.majority.value() == pytest.approx(
            doc.trained.evaluation["baselines"]["majority_class"]["accuracy"])
    finally:
        assert panel.stop_and_wait()


REOPEN = r"""
import json, sys
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from PySide6.QtWidgets import QApplication, QTableWidget
from lstmviz.app import create_main_window
window = create_main_window(sys.argv[1])
window.show()
pane = window.training_panel.evaluation_pane
for _ in range(200):
    QApplication.processEvents()
    if pane.evaluation is not None:
        break
table = window.findChild(QTableWidget, "metricsTable")
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras"))
print(json.dumps({"heavy": heavy, "rmse": pane.evaluation.metrics["test"]["rmse"],
                  "rows": [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]}))
window.close()
"""


def test_a_trained_series_project_reopens_with_its_scores_without_tensorflow(tmp_path):
    from lstmviz.io.project_io import from_example, save_project
    from lstmviz.model.runs import TrainedState
    from lstmviz.model.weights import weight_specs
    from dataclasses import replace

    project = from_example("sunspots-gru")
    rng = np.random.default_rng(5)
    weights = tuple(rng.normal(scale=0.3, size=spec.shape).astype(np.float32)
                    for layer in weight_specs(project.architecture) for spec in layer)
    data = load_dataset(project.dataset)
    evaluation = evaluate_weights(project.architecture, weights, data).to_dict()
    path = save_project(replace(project, trained=TrainedState(project.architecture, weights, epoch=3,
                                                                evaluation=evaluation)), tmp_path / "s.lstmviz")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", REOPEN, str(path), str(tmp_path / "settings")],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["heavy"] == []
    assert shown["rmse"] == pytest.approx(evaluation["metrics"]["test"]["rmse"], rel=1e-5)
    assert "baseline: last value" in shown["rows"]


def test_the_predictions_plot_shows_the_class_a_classifier_picks():
    from lstmviz.ui.training.plots import prediction_series

    probabilities = np.array([[0.1, 0.7, 0.2], [0.6, 0.3, 0.1], [0.2, 0.2, 0.6]])
    x, predicted, targets, axis = prediction_series(probabilities, np.array([[1.0], [2.0], [2.0]]))
    assert list(predicted) == [1.0, 0.0, 2.0] and list(targets) == [1.0, 2.0, 2.0] and axis == "sample"


def test_a_forecast_of_100000_rows_draws_about_ten_points_a_pixel_with_its_peaks(qtbot):
    from types import SimpleNamespace

    from lstmviz.ui.training.evaluation_view import SeriesPlot

    plot = shown(qtbot, SeriesPlot())
    rows = np.arange(100_000)
    one_step = np.sin(rows / 40.0) + (rows == 61_234) * 5.0  # one spike, one row wide
    plot.show_forecasts(SimpleNamespace(forecast=one_step[:, None], multi_step=-one_step[:, None]))
    spike = one_step.max()
    assert spike > 4.0
    for curve, extreme in ((plot.one_step_curve, np.max), (plot.multi_step_curve, np.min)):
        x, y = drawn_thinned(qtbot, plot, curve)
        assert abs(extreme(y)) == pytest.approx(spike)  # the spike survives
