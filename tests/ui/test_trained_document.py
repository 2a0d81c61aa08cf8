"""Trained weights in the window without training: reopened projects, imported .keras files,
undoable discards, the unsaved-weights prompt, Export > Trained Model. No TensorFlow needed."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from lstmviz.io.keras_weights import read_keras_archive, write_keras_file
from lstmviz.io.project_io import from_example, save_project
from lstmviz.model.datasets import BUILTIN_DATASETS
from lstmviz.model.forward import predict
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.weights import weight_specs
from lstmviz.ui.exports import trained_model_export
from lstmviz.ui.training import trained_predictions
from lstmviz.model.cell_values.trained import trained_cell_values
from tests.ui.editor_support import isolated_settings, window  # noqa: F401


def open_now(window, path) -> bool:
    """Open ``path`` and wait for it to land (File > Open reads the file off the GUI thread)."""
    return bool(window.open_path(path)) and bool(window.file_loader.wait())


def weights_for(architecture, seed=4):
    rng = np.random.default_rng(seed)
    return tuple((0.6 * rng.standard_normal(s.shape)).astype(np.float32)
                 for layer in weight_specs(architecture) for s in layer)


def a_run(number, losses, settings, start=1):
    history = LossHistory()
    history.add(1, np.asarray(losses, dtype=float))
    return RunRecord(number, "many-to-many", "data", "model", settings, history, "completed",
                     len(losses) - start + 1, 0.1, start_epoch=start)


def trained_project_file(tmp_path, name="many-to-many", file="trained.lstmviz"):
    project = from_example(name)
    runs = (a_run(1, [0.4, 0.2, 0.1], project.training), a_run(2, [0.4, 0.2, 0.1, 0.05], project.training, 4))
    trained = TrainedState(project.architecture, weights_for(project.architecture), run=2, epoch=4, loss=0.05)
    return save_project(replace(project, trained=trained, runs=runs), tmp_path / file)


def curve(item):
    x, y = item.getOriginalDataset()
    return (np.asarray([]), np.asarray([])) if x is None else (np.asarray(x), np.asarray(y))


def shown_predictions(window):
    return curve(window.training_panel.prediction_pane.prediction_curve)[1]


def expected_predictions(window):
    doc = window.document
    return predict(doc.trained.architecture, doc.trained.weights, doc.data.dataset.x)[0, :, 0]


def test_a_reopened_trained_project_shows_everything_at_once(window, tmp_path):
    path = trained_project_file(tmp_path)
    assert open_now(window, path)
    doc, panel, view = window.document, window.training_panel, window.unrolled_view
    assert doc.trained is not None and doc.trained.epoch == 4 and not doc.modified
    assert [r.number for r in doc.runs] == [1, 2] and panel.runs.list.count() == 2
    np.testing.assert_allclose(shown_predictions(window), expected_predictions(window), atol=1e-6)
    assert "epoch 4" in panel.prediction_pane.title.text()
    x, y = curve(panel.loss_pane.loss_curve)
    assert list(x) == [1, 2, 3, 4] and np.allclose(y, [0.4, 0.2, 0.1, 0.05])
    assert "#2 loss" in panel.loss_pane.legend_label.text()
    window.tabs.setCurrentIndex(1)
    assert view.source_label.text() == "values: weights from trained.lstmviz"
    expected = trained_cell_values(doc.trained, doc.data.dataset.x, 0)
    for key in ("i", "f", "g", "o"):
        np.testing.assert_array_equal(view.values.gates[key], expected.gates[key])
    assert panel.controls.continue_box.isEnabled() and window.export_trained_action.isEnabled()


def test_an_edit_is_one_undo_step_for_weights_plots_and_runs(window, tmp_path):
    assert open_now(window, trained_project_file(tmp_path))
    doc, panel = window.document, window.training_panel
    trained, runs = doc.trained, doc.runs
    predicted = shown_predictions(window).copy()
    loss = curve(panel.loss_pane.loss_curve)[1].copy()
    assert doc.set_option(0, "units", 7)
    assert doc.trained is None and panel.notice.isVisible() and len(shown_predictions(window)) == 0
    assert not panel.controls.continue_box.isEnabled() and not window.export_trained_action.isEnabled()
    window.undo_action.trigger()
    assert doc.trained is trained and doc.runs == runs and not panel.notice.isVisible()
    np.testing.assert_array_equal(shown_predictions(window), predicted)
    np.testing.assert_array_equal(curve(panel.loss_pane.loss_curve)[1], loss)
    window.tabs.setCurrentIndex(1)
    assert window.unrolled_view.source_label.text() == "values: weights from trained.lstmviz"
    # Clear runs is undoable too, and the weights stay through it.
    panel.runs.clear_button.click()
    assert doc.runs == () and doc.trained is trained and panel.runs.list.count() == 0
    window.undo_action.trigger()
    assert doc.runs == runs and panel.runs.list.count() == 2


def test_new_data_gets_the_trained_weights_predictions(window, tmp_path):
    assert open_now(window, trained_project_file(tmp_path))
    doc = window.document
    before = shown_predictions(window).copy()
    assert doc.set_dataset(BUILTIN_DATASETS["Sine wave (many-to-many)"])
    after = shown_predictions(window)
    assert doc.data.dataset.x.shape == (64, 5, 1) and not np.allclose(after, before)
    np.testing.assert_allclose(after, expected_predictions(window), atol=1e-6)


def test_large_work_is_predicted_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(trained_predictions, "GUI_THREAD_WORK", 0)
    assert open_now(window, trained_project_file(tmp_path))
    panel = window.training_panel
    qtbot.waitUntil(lambda: len(shown_predictions(window)) == 5, timeout=5000)
    np.testing.assert_allclose(shown_predictions(window), expected_predictions(window), atol=1e-6)
    # An answer for weights that went away meanwhile is dropped.
    window.document.set_option(0, "units", 7)
    qtbot.waitUntil(lambda: not panel.trained_predictions.busy, timeout=5000)
    assert len(shown_predictions(window)) == 0


def test_runs_belong_to_their_project(window, tmp_path):
    doc = window.document
    assert open_now(window, trained_project_file(tmp_path))
    assert len(doc.runs) == 2
    window.open_example("one-to-one")
    assert doc.runs == () and doc.trained is None and window.training_panel.runs.list.count() == 0
    plain = save_project(from_example("many-to-one"), tmp_path / "plain.lstmviz")
    assert open_now(window, plain) and doc.runs == ()
    other = trained_project_file(tmp_path, "many-to-many", "other.lstmviz")
    assert open_now(window, other) and len(doc.runs) == 2


@pytest.mark.parametrize("action", ["open", "example", "new", "close"])
def test_unsaved_trained_weights_ask_before_they_go(window, tmp_path, action):
    doc = window.document
    other = save_project(from_example("one-to-one"), tmp_path / "other.lstmviz")
    trained = TrainedState(doc.architecture, weights_for(doc.architecture), run=1, epoch=3, loss=0.1,
                           source="run #1, epoch 3")
    doc.record_run(a_run(1, [0.3, 0.2, 0.1], doc.training), trained)  # a run finished: not saved yet
    assert doc.modified and window.isWindowModified()
    asked = []

    def cancel():
        asked.append(doc.display_name)
        return QMessageBox.StandardButton.Cancel

    window.ask_save_changes = cancel
    do = {"open": lambda: open_now(window, other), "example": lambda: window.open_example("one-to-one"),
          "new": window.new_document, "close": window.close}[action]
    assert not do()
    assert asked and doc.trained is trained and window.isVisible()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Save
    window.choose_save_path = lambda: str(tmp_path / "kept.lstmviz")
    assert do() or action == "close"
    saved = read_back(tmp_path / "kept.lstmviz")
    assert saved.trained.epoch == 3 and [r.number for r in saved.runs] == [1]


def read_back(path):
    from lstmviz.io.project_io import load_project

    return load_project(path)


def test_a_keras_file_opens_with_its_weights_and_fitting_data(window, tmp_path):
    arch = from_example("one-to-one").architecture
    weights = weights_for(arch, seed=9)
    path = write_keras_file(tmp_path / "model.keras", arch, weights)
    assert open_now(window, path)
    doc, panel = window.document, window.training_panel
    assert doc.keras_file == path and not doc.modified
    assert doc.dataset_spec == from_example("one-to-one").dataset  # suggested and chosen
    assert panel.setup.picker.combo.currentIndex() == 0 and panel.setup.picker.own_label == "Suggested data: tutorial (one-to-one)"
    assert panel.train_button.isEnabled()
    expected = predict(arch, weights, doc.data.dataset.x)[:, 0]
    np.testing.assert_allclose(shown_predictions(window), expected, atol=1e-6)
    x, _ = curve(panel.loss_pane.loss_curve)
    assert len(x) == 0 and panel.loss_pane.current_label == "loss"  # no loss curve comes with a .keras file
    window.tabs.setCurrentIndex(1)
    assert window.unrolled_view.source_label.text() == "values: weights from model.keras"


def test_export_trained_model_writes_the_current_weights(qtbot, window, tmp_path, monkeypatch):
    window.choose_export_path = lambda caption, name, filters: str(tmp_path / "out")
    window.export_trained_action.setEnabled(True)
    assert not window.trained_export.export()
    assert window.shown_errors[-1][0] == "Cannot export" and "no trained weights" in window.shown_errors[-1][1]
    assert open_now(window, trained_project_file(tmp_path))
    window.export_trained_action.trigger()
    archive = read_keras_archive(tmp_path / "out.keras")
    assert [layer.kind for layer in archive.architecture.layers] == ["LSTM", "TimeDistributed"]
    for a, b in zip(archive.weights, window.document.trained.weights):
        np.testing.assert_array_equal(a, b)
    # A large model is written on a worker thread; the window says when it is done.
    monkeypatch.setattr(trained_model_export, "GUI_THREAD_PARAMS", 0)
    window.choose_export_path = lambda caption, name, filters: str(tmp_path / "big.keras")
    assert window.trained_export.export()
    assert window.trained_export.wait(10)
    assert window.statusBar().currentMessage().startswith("Writing ")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved "), timeout=5000)
    assert window.statusBar().currentMessage().endswith("big.keras")
    assert len(read_keras_archive(tmp_path / "big.keras").weights) == 5
    window.choose_export_path = lambda caption, name, filters: str(tmp_path / "no-such-folder" / "x.keras")
    assert window.trained_export.export()
    assert window.trained_export.wait(10)
    qtbot.waitUntil(lambda: "no-such-folder" in window.shown_errors[-1][1], timeout=5000)
