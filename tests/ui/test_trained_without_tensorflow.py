"""Trained work reopened where TensorFlow cannot even be imported: a .keras file made by
``lstmviz export --epochs``, and a project trained and saved in the window. The window shows
the loss curve, the predictions (equal to Keras's) and the cell values at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from lstmviz.training.messages import Predictions
from tests.ui.editor_support import isolated_settings  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
TF_TIMEOUT = 60_000

OPEN_WITHOUT_TENSORFLOW = r"""
import importlib.abc, json, sys


class NoTensorFlow(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("tensorflow", "keras", "jax", "torch"):
            raise ImportError(f"{name} is blocked in this test")
        return None


sys.meta_path.insert(0, NoTensorFlow())
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from PySide6.QtWidgets import QApplication, QMessageBox
from lstmviz.app import create_main_window

window = create_main_window(sys.argv[1])
window.show()
window.tabs.setCurrentIndex(1)
for _ in range(3):
    QApplication.processEvents()
doc, panel, view = window.document, window.training_panel, window.unrolled_view
loss_x, loss_y = panel.loss_pane.loss_curve.getOriginalDataset()
result = {
    "heavy": sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras", "jax", "torch")),
    "source": view.source_label.text(),
    "predictions": panel.prediction_pane.prediction_curve.getData()[1].tolist(),
    "targets": panel.prediction_pane.target_curve.getData()[1].tolist(),
    "loss": [] if loss_y is None else loss_y.tolist(),
    "h": view.values.states["h"].tolist(),
    "train_enabled": panel.train_button.isEnabled(),
    "dataset": doc.dataset_spec.to_dict(),
    "modified": doc.modified,
}
if len(sys.argv) > 3:
    result["saved"] = window.save_to(sys.argv[3])
print(json.dumps(result))
window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
window.close()
"""


def open_without_tensorflow(path: Path, tmp_path: Path, save_to: Path | None = None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-c", OPEN_WITHOUT_TENSORFLOW, str(path), str(tmp_path / "settings")]
    done = subprocess.run(args + ([str(save_to)] if save_to else []), capture_output=True, text=True, env=env,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["heavy"] == []
    return result


def test_an_exported_keras_file_shows_trained_values_without_tensorflow(qtbot, tmp_path, command, isolated_settings):
    keras = pytest.importorskip("keras")
    model_path = tmp_path / "one.keras"
    command("export", "one-to-one", "--format", "keras", "--epochs", "200", "-o", str(model_path), cwd=tmp_path,
            check=True)
    shown = open_without_tensorflow(model_path, tmp_path, save_to=tmp_path / "from-keras.lstmviz")
    assert shown["source"] == "values: weights from one.keras"
    assert shown["dataset"] == {"kind": "tutorial", "layout": "one-to-one"} and shown["train_enabled"]
    assert not shown["modified"] and shown["loss"] == []
    model = keras.saving.load_model(model_path, compile=False)
    x = np.array([[[0.0]], [[0.2]], [[0.4]], [[0.6]], [[0.8]]], dtype=np.float32)
    np.testing.assert_allclose(shown["predictions"], model.predict(x, verbose=0)[:, 0], atol=1e-5)
    np.testing.assert_allclose(shown["targets"], [0.0, 0.2, 0.4, 0.6, 0.8], atol=1e-6)
    # The cell's h on the first sample is the LSTM's own output there.
    lstm = keras.Model(model.inputs, model.layers[0].output)
    np.testing.assert_allclose(shown["h"][-1], lstm.predict(x[:1], verbose=0)[0], atol=1e-5)
    # Saved as a project (still without TensorFlow) and reopened, here: the same predictions.
    assert shown["saved"]
    from PySide6.QtWidgets import QMessageBox

    from lstmviz.app import create_main_window

    window = create_main_window(str(tmp_path / "from-keras.lstmviz"))
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(1)
    assert window.unrolled_view.source_label.text() == "values: weights from from-keras.lstmviz"
    window.training_panel.prediction_pane.redraw()
    again = window.training_panel.prediction_pane.prediction_curve.getData()[1]
    np.testing.assert_allclose(again, shown["predictions"], atol=1e-7)
    window.training_panel.stop_and_wait()


def test_a_project_trained_and_saved_reopens_with_the_same_predictions(qtbot, tmp_path, isolated_settings):
    from PySide6.QtWidgets import QMessageBox

    from lstmviz.app import create_main_window

    window = create_main_window("many-to-many")
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    panel = window.training_panel
    window.document.set_training(window.document.training.updated(epochs=60))
    predictions = []
    panel.session.predictions_received.connect(predictions.append)
    assert panel.train()
    qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)
    last: Predictions = predictions[-1]
    assert last.epoch == 60 and window.document.modified
    path = tmp_path / "trained.lstmviz"
    assert window.save_to(path) and not window.document.modified
    loss = panel.history.loss.copy()
    panel.stop_and_wait()

    shown = open_without_tensorflow(path, tmp_path)
    np.testing.assert_allclose(shown["predictions"], last.predictions[0, :, 0], atol=1e-5)  # Keras's, at the end
    np.testing.assert_allclose(shown["loss"], loss)
    assert shown["source"] == "values: weights from trained.lstmviz" and not shown["modified"]
