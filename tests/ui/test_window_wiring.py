"""The main window connects the panels: training feeds the status bar and the unrolled view,
the unrolled view picks the probed layer, the Export menu reaches every panel, closing stops training."""

from __future__ import annotations

import ast

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from lstmviz.app import create_main_window

TF_TIMEOUT = 60_000


@pytest.fixture
def window(qtbot):
    win = create_main_window("many-to-many")
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # no modal prompt at teardown
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.show_error = lambda title, message: win.errors.append(message)
    win.errors = []
    yield win
    win.document.undo_stack.setClean()
    win.training_panel.stop_and_wait()


def test_training_in_the_window_feeds_status_and_unrolled_view(qtbot, window):
    doc, panel, view = window.document, window.training_panel, window.unrolled_view
    doc.set_training(doc.training.updated(epochs=30))
    window.tabs.setCurrentIndex(1)
    probes = []
    panel.session.probe_received.connect(probes.append)
    qtbot.mouseClick(window.findChild(type(panel.train_button), "trainButton"), Qt.MouseButton.LeftButton)
    assert window.lock_status.isVisible()
    qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)
    assert window.tensorflow_status.text() == "TensorFlow ready"
    assert panel.history.count == 30
    qtbot.waitUntil(lambda: "epoch" in view.source_label.text(), timeout=5000)
    # The finished run's weights, through the numpy forward pass: the last probe's values.
    assert view.source_label.text() == "values: run #1, epoch 30"
    assert view.values.gates["f"].shape == (5, 5)  # many-to-many: 5 time steps, 5 units
    (last,) = [p for p in probes if p.epoch == 30][-1:]
    for key, value in last.gates.items():
        np.testing.assert_allclose(view.values.gates[key], value, atol=1e-5)
    np.testing.assert_allclose(view.values.states["h"], last.states["h"], atol=1e-5)
    assert not window.lock_status.isVisible()


def test_unrolled_layer_choice_sets_the_probed_layer(qtbot):
    win = create_main_window("stacked-lstm")
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentIndex(1)
    win.unrolled_view.set_layer(1)
    assert win.training_panel.probe_layer == 1
    win.unrolled_view.set_layer(0)
    assert win.training_panel.probe_layer == 0


def test_export_menu_writes_script_and_images(qtbot, window, tmp_path):
    texts = [a.text().replace("&", "") for a in window.export_menu.actions() if a.text()]
    assert texts[:6] == ["Unrolled Diagram as Image…", "Loss Plot…", "Predictions Plot…",
                         "Training History (CSV)…", "Keras Script…", "Trained Model (.keras)…"]
    assert not window.export_trained_action.isEnabled()  # nothing trained yet
    target = tmp_path / "run.py"
    window.choose_export_path = lambda caption, name, filters: str(target)
    window.export_script_action.trigger()
    source = target.read_text()
    ast.parse(source)
    assert "TimeDistributed" in source and "LSTM" in source
    png = tmp_path / "loss.png"
    window.choose_export_path = lambda caption, name, filters: str(png)
    window.export_loss_action.trigger()
    assert not QImage(str(png)).isNull()
    window.choose_export_path = lambda caption, name, filters: str(tmp_path / "history.csv")
    window.export_history_action.trigger()  # nothing trained yet: a message, no file
    assert window.errors and "train the model first" in window.errors[-1]
    assert not (tmp_path / "history.csv").exists()


def test_closing_during_training_stops_it(qtbot, window):
    panel = window.training_panel
    window.document.set_training(window.document.training.updated(epochs=100000))
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.history.count > 0, timeout=TF_TIMEOUT)
    window.document.undo_stack.setClean()
    # 100,000 epochs would train for minutes: close() returning at all shows the run was stopped.
    assert window.close()
    assert not panel.session.training_thread.qthread.isRunning()
    assert panel.history.count < 100000
