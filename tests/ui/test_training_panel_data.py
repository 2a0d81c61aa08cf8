"""The training panel without training: the data picker, CSV errors inline, settings and checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox

from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.datasets import BUILTIN_DATASETS
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.panel import TrainingPanel
from lstmviz.ui.training.plots import PredictionPlot, prediction_series
from lstmviz.ui.training.settings_form import LearningRateSpinBox
from tests.ui.plot_support import drawn_thinned, shown

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def panel(qtbot):
    document = Document()
    widget = TrainingPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 320)
    widget.show()
    yield widget
    assert widget.stop_and_wait()


def find(panel, cls, name):
    widget = panel.findChild(cls, name)
    assert widget is not None, name
    return widget


def type_path(qtbot, panel, path) -> None:
    edit = find(panel, QLineEdit, "csvPath")
    combo = find(panel, QComboBox, "dataCombo")
    combo.setFocus()
    # Choose "CSV file…" (the last entry) from the keyboard, as a user can.
    qtbot.keyClick(combo, Qt.Key.Key_End)
    if panel.picker.file_dialog is not None:  # selecting CSV with no path opens the file dialog
        panel.picker.file_dialog.reject()
    assert edit.isVisible()
    edit.clear()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_for_data(qtbot, panel)


def wait_for_data(qtbot, panel) -> None:
    """CSV files are read off the GUI thread: wait until the document has the result."""
    qtbot.waitUntil(lambda: not panel.document.data.loading, timeout=10000)


def test_panel_has_its_widgets(panel):
    for name in ("trainButton", "pauseButton", "stepButton", "stopButton"):
        assert find(panel, QPushButton, name).isVisible()
    assert panel.findChild(pg.PlotWidget, "lossPlot") is panel.loss_plot
    assert panel.findChild(pg.PlotWidget, "predictionPlot") is panel.prediction_plot
    assert panel.findChild(QProgressBar, "trainingProgress") is panel.progress
    assert find(panel, QPushButton, "trainButton").isEnabled()
    assert not find(panel, QPushButton, "stopButton").isEnabled()
    assert not find(panel, QPushButton, "pauseButton").isEnabled()


def test_building_the_panel_loads_neither_tensorflow_nor_the_engine():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from lstmviz.ui.document.document import Document\n"
            "from lstmviz.ui.training.panel import TrainingPanel\n"
            "panel = TrainingPanel(Document()); panel.show(); app.processEvents()\n"
            # compiled_key: what a warm-up's trace depends on, compared on the GUI thread (no TensorFlow)
            "plain = ('lstmviz.training', 'lstmviz.training.messages', 'lstmviz.training.control',"
            " 'lstmviz.training.compiled_key')\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')"
            " or (m.startswith('lstmviz.training') and m not in plain)]\n"
            "print(bad); raise SystemExit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_csv_error_is_shown_inline_and_blocks_training(qtbot, panel, tmp_path):
    bad = tmp_path / "prices.csv"
    bad.write_text("day,price\n1,0.5\n2,abc\n3,0.7\n")
    doc = panel.document
    before = doc.dataset_spec
    type_path(qtbot, panel, bad)
    error = find(panel, QLabel, "dataError")
    assert error.isVisible()
    assert "prices.csv: row 3, column 'price': 'abc' is not a number" in error.text()
    assert not find(panel, QPushButton, "trainButton").isEnabled()
    # The document holds what was chosen and says why it cannot be used; one undo goes back.
    assert doc.dataset_spec.path == str(bad) and doc.data.dataset is None and "'abc'" in doc.data.problem
    doc.undo_stack.undo()
    assert doc.dataset_spec == before and not error.isVisible()
    assert find(panel, QPushButton, "trainButton").isEnabled()


def test_csv_missing_file_and_too_few_rows(qtbot, panel, tmp_path):
    type_path(qtbot, panel, tmp_path / "nowhere.csv")
    assert "nowhere.csv: no such file" in find(panel, QLabel, "dataError").text()
    short = tmp_path / "short.csv"
    short.write_text("v\n1\n2\n3\n")
    type_path(qtbot, panel, short)
    text = find(panel, QLabel, "dataError").text()
    assert "short.csv" in text and "need at least 6 data rows" in text and "has 3" in text


def test_csv_preview_shows_windowed_shapes_and_layout_changes_them(qtbot, panel, tmp_path):
    path = tmp_path / "series.csv"
    values = np.sin(np.arange(100) / 5.0)
    path.write_text("value\n" + "\n".join(f"{v:.5f}" for v in values) + "\n")
    type_path(qtbot, panel, path)
    preview = find(panel, QLabel, "dataPreview")
    assert not find(panel, QLabel, "dataError").isVisible()
    assert preview.text() == "X (95, 5, 1) \u2192 y (95, 1)"
    assert panel.document.dataset_spec == DatasetSpec("csv", path=str(path), layout="many-to-one", time_steps=5)
    layout = find(panel, QComboBox, "csvLayout")
    layout.setFocus()
    qtbot.keyClick(layout, Qt.Key.Key_Down)  # many-to-one -> many-to-many
    wait_for_data(qtbot, panel)
    assert preview.text() == "X (95, 5, 1) \u2192 y (95, 5, 1)"
    steps = find(panel, QSpinBox, "csvTimeSteps")
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_Up)
    wait_for_data(qtbot, panel)
    assert preview.text() == "X (94, 6, 1) \u2192 y (94, 6, 1)"
    assert panel.document.dataset_spec.time_steps == 6
    # The default model (many-to-many, 5 steps) cannot read 6-step windows: said inline, Train off.
    problem = find(panel, QLabel, "trainingProblem")
    assert problem.isVisible() and "set the input to (6, 1)" in problem.text()
    assert not find(panel, QPushButton, "trainButton").isEnabled()


def test_builtin_choice_goes_to_the_document_and_undo_comes_back(qtbot, panel):
    doc = panel.document
    own = doc.dataset_spec
    combo = find(panel, QComboBox, "dataCombo")
    combo.setFocus()
    target = list(BUILTIN_DATASETS).index("Sine wave (many-to-one)") + 1
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert doc.dataset_spec == BUILTIN_DATASETS["Sine wave (many-to-one)"]
    assert find(panel, QLabel, "dataPreview").text() == "X (64, 10, 1) \u2192 y (64, 1)"
    problem = find(panel, QLabel, "trainingProblem")
    assert problem.isVisible() and "model's input is (None, 5, 1)" in problem.text()
    assert not find(panel, QPushButton, "trainButton").isEnabled()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.dataset_spec == own
    assert combo.currentIndex() == 0 and combo.currentText().startswith("Example data")
    assert not problem.isVisible()
    assert find(panel, QPushButton, "trainButton").isEnabled()


def test_settings_come_from_the_document_and_go_back_to_it(qtbot, panel):
    doc = panel.document
    doc.load_example("one-to-one")
    epochs = find(panel, QSpinBox, "epochsEdit")
    batch = find(panel, QSpinBox, "batchSizeEdit")
    assert (epochs.value(), batch.value()) == (1000, 5)
    assert find(panel, QLabel, "dataPreview").text() == "X (5, 1, 1) \u2192 y (5, 1)"
    combo = find(panel, QComboBox, "dataCombo")
    assert combo.currentIndex() == 0 and combo.currentText() == "Example data: tutorial (one-to-one)"
    epochs.setFocus()
    epochs.selectAll()
    qtbot.keyClicks(epochs, "250")
    qtbot.keyClick(epochs, Qt.Key.Key_Return)
    assert doc.training.epochs == 250
    optimizer = find(panel, QComboBox, "optimizerEdit")
    optimizer.setFocus()
    qtbot.keyClick(optimizer, Qt.Key.Key_Down)
    assert doc.training.optimizer == "sgd"
    rate = find(panel, LearningRateSpinBox, "learningRateEdit")
    rate.setFocus()
    rate.selectAll()
    qtbot.keyClicks(rate, "1e6")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    assert doc.training.learning_rate == 1e6
    assert rate.text() == "1e+06"
    doc.undo_stack.undo()
    assert rate.value() == pytest.approx(0.001)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert (epochs.value(), optimizer.currentText()) == (1000, "adam")


def test_learning_rate_steps_one_two_five(qtbot):
    spin = LearningRateSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(0.001)
    seen = []
    for _ in range(4):
        spin.stepBy(1)
        seen.append(spin.value())
    assert seen == pytest.approx([0.002, 0.005, 0.01, 0.02])
    spin.stepBy(-2)
    assert spin.value() == pytest.approx(0.005)


def test_validation_split_that_leaves_no_samples_is_refused_inline(qtbot, panel):
    # many-to-many has one sample: any validation split leaves no training samples.
    split = panel.form.validation
    split.setFocus()
    qtbot.keyClick(split, Qt.Key.Key_Up)
    problem = find(panel, QLabel, "trainingProblem")
    assert problem.isVisible() and "leaves no training samples out of 1" in problem.text()
    assert not find(panel, QPushButton, "trainButton").isEnabled()


def test_prediction_series_picks_the_axis_from_the_target_shape():
    seq = np.arange(2 * 5).reshape(2, 5, 1).astype(float)
    x, p, t, axis = prediction_series(seq + 0.5, seq, sample=1)
    assert axis == "time step" and list(x) == [1, 2, 3, 4, 5] and list(t) == [5, 6, 7, 8, 9]  # t counts from 1
    assert list(p) == [5.5, 6.5, 7.5, 8.5, 9.5]
    vec = np.array([[0.0, 0.2, 0.4, 0.6, 0.8]])
    x, p, t, axis = prediction_series(vec, vec, 0)
    assert axis == "output" and len(x) == 5
    one = np.array([[0.0], [0.2], [0.4]])
    x, p, t, axis = prediction_series(one, one, 0)
    assert axis == "sample" and list(t) == [0.0, 0.2, 0.4]


def test_prediction_plot_picks_a_sample_of_a_sequence_dataset(qtbot):
    pane = PredictionPlot()
    qtbot.addWidget(pane)
    pane.show()
    targets = np.arange(3 * 5, dtype=float).reshape(3, 5, 1)
    pane.set_predictions(7, targets * 2, targets)
    pane.redraw()
    spin = pane.sample_spin
    assert spin.isVisible() and spin.maximum() == 3 and pane.sample == 0  # samples count from 1 on screen
    assert list(pane.target_curve.getData()[1]) == [0, 1, 2, 3, 4]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert list(pane.target_curve.getData()[1]) == [5, 6, 7, 8, 9]
    assert list(pane.prediction_curve.getData()[1]) == [10, 12, 14, 16, 18]
    assert "epoch 7" in pane.title.text()
    single = np.array([[0.0, 0.2, 0.4]])
    pane.set_predictions(8, single, single)
    pane.redraw()
    assert not spin.isVisible()


def test_a_dataset_of_many_samples_draws_the_first_hundred_unjoined(qtbot):
    pane = PredictionPlot()
    qtbot.addWidget(pane)
    pane.show()
    targets = np.linspace(-1, 1, 600_000).reshape(-1, 1)  # a 24 MB CSV's worth of samples
    pane.show_targets(targets)
    pane.redraw()
    x, t = pane.target_curve.getData()
    assert len(x) == 100 and list(x[:3]) == [1, 2, 3] and t[0] == -1.0
    assert "first 100 of 600,000" in pane.plot_item.getAxis("bottom").labelText
    assert pane.target_curve.opts["pen"].style() == Qt.PenStyle.NoPen  # independent samples: points only
    assert pane.target_curve.opts["symbol"] == "o"
    few = np.array([[0.0], [0.2], [0.4], [0.6], [0.8]])  # the tutorial's one-to-one reads as a curve
    pane.set_predictions(3, few + 0.01, few)
    pane.redraw()
    assert len(pane.prediction_curve.getData()[0]) == 5
    assert pane.prediction_curve.opts["pen"].style() != Qt.PenStyle.NoPen
    assert pane.plot_item.getAxis("bottom").labelText == "sample"


def test_a_long_sequence_is_drawn_as_a_line_without_markers(qtbot):
    pane = PredictionPlot()
    qtbot.addWidget(pane)
    pane.show()
    targets = np.sin(np.arange(2 * 5000, dtype=float)).reshape(2, 5000, 1)
    pane.set_predictions(1, targets, targets)
    pane.redraw()
    assert len(pane.target_curve.getData()[0]) == 5000
    assert pane.target_curve.opts["symbol"] is None and pane.target_curve.opts["pen"].style() != Qt.PenStyle.NoPen


def test_a_sequence_of_100000_steps_draws_about_ten_points_a_pixel_with_its_peaks(qtbot):
    # Drawn whole, the dotted target line of 100,000 steps took over a second for each repaint.
    pane = shown(qtbot, PredictionPlot())
    steps = np.arange(100_000)
    targets = (np.sin(steps / 50.0) + (steps == 77_777) * 3.0).reshape(1, -1, 1)  # one spike, one step wide
    pane.set_predictions(1, targets * 0.5, targets)
    pane.redraw()
    spike = targets.max()
    assert spike > 2.0
    for curve, peak in ((pane.target_curve, spike), (pane.prediction_curve, spike * 0.5)):
        x, y = drawn_thinned(qtbot, pane, curve)
        assert y.max() == pytest.approx(peak, abs=1e-6)  # the spike survives
    assert len(pane.target_curve.getData()[0]) == len(pane.target_curve.curve.getData()[0])
    x, p, t, axis = pane._series
    assert len(x) == 100_000  # the readout still reads every step
