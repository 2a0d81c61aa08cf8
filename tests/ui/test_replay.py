"""Pace and replay in the real window: the pace control, scrubbing a finished run, save/reopen, the GIF."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.model.forward import predict
from lstmviz.model.runs import TrainedState
from lstmviz.model.cell_values.trained import trained_cell_values
from lstmviz.ui.training.replay import PLAY_FPS
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.test_trained_document import open_now

TF_TIMEOUT = 90_000


def trained_window(qtbot, window, epochs=60, example="one-to-one"):
    doc = window.document
    doc.load_example(example)
    assert doc.set_training(doc.training.updated(epochs=epochs))
    panel = window.training_panel
    assert panel.train()
    qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)
    window.tabs.setCurrentWidget(window.unrolled_view)
    return panel


def test_pace_control_is_an_undoable_setting_and_reaches_the_session(qtbot, window):
    panel = window.training_panel
    doc = window.document
    assert panel.pace_control.objectName() == "paceControl"
    assert panel.pace_control.text() == "as fast as possible"
    panel.pace_control.setValue(100)
    assert doc.training.pace == 100.0 and panel.session.pace == 100.0
    panel.pace_control.stepBy(1)
    assert panel.pace_control.value() == 200
    doc.undo_stack.undo()  # successive pace edits merge into one undo step, like a spin box's
    assert doc.training.pace == 0.0 and panel.pace_control.value() == 0 and panel.session.pace == 0.0
    doc.undo_stack.redo()
    assert panel.session.pace == 200.0


def test_the_pace_has_one_owner_the_documents_settings(qtbot, window):
    panel, doc = window.training_panel, window.document
    assert doc.set_training(doc.training.updated(pace=20.0))  # the settings change: everything shows and uses it
    assert panel.pace_control.value() == 20 and panel.replay_bar.pace == 20.0 and panel.session.pace == 20.0
    doc.undo_stack.undo()
    assert panel.pace_control.value() == 0 and panel.replay_bar.pace == 0.0 and panel.session.pace == 0.0
    panel.pace_control.setValue(5)  # the control's edit goes through the document, one undoable step
    assert doc.training.pace == 5.0 and doc.undo_stack.undoText() == "Change pace"
    assert panel.replay_bar.pace == 5.0 and panel.session.pace == 5.0


def test_scrubbing_shows_that_epochs_snapshot_everywhere(qtbot, window):
    panel = trained_window(qtbot, window)
    doc = window.document
    run = doc.runs[-1]
    assert list(run.snapshots.epochs) == list(range(0, 61))  # every epoch of a tutorial model
    slider = window.findChild(type(panel.replay_bar.slider), "replaySlider")
    assert slider is panel.replay_bar.slider and slider.isEnabled()
    slider.setValue(7)
    weights = run.snapshots.weights(7)
    x, y = doc.data.dataset.x, doc.data.dataset.y
    expected = predict(doc.architecture, weights, x)
    assert panel.prediction_pane.epoch == 7
    assert np.array_equal(panel.prediction_pane._predictions, expected)
    assert panel.replay_marker.epoch == 7 and panel.replay_marker.line.isVisible()
    view = window.unrolled_view
    qtbot.waitUntil(lambda: view.values is not None and "epoch 7" in view.values.source, timeout=5000)
    cell = trained_cell_values(TrainedState(doc.architecture, weights), x, 0, view.sample)
    for name, values in cell.gates.items():
        assert np.array_equal(view.values.gates[name], values)
    for name, values in cell.states.items():
        assert np.array_equal(view.values.states[name], values)
    # Keras agrees with the numpy forward pass on the snapshot's weights.
    from lstmviz.training.builder import build_model

    model = build_model(doc.architecture)
    model.set_weights([np.array(w) for w in weights])
    assert np.allclose(model.predict(x, verbose=0), expected, atol=1e-5)
    assert not np.allclose(expected, predict(doc.architecture, run.snapshots.weights(60), x))


def test_replay_is_off_while_training_and_play_walks_to_the_end(qtbot, window):
    panel = trained_window(qtbot, window, epochs=30)
    bar = panel.replay_bar
    window.document.set_pace(60.0)  # 30 epochs in about half a second: Play walks at the document's pace
    assert bar.epochs_per_tick() == pytest.approx(60.0 / PLAY_FPS)
    bar.slider.setValue(0)
    bar.play(True)
    qtbot.waitUntil(lambda: not bar.play_button.isChecked(), timeout=5000)
    assert bar.slider.value() == bar.slider.maximum()
    assert panel.train()
    assert not bar.slider.isEnabled() and not bar.play_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)
    assert bar.slider.isEnabled()


def test_save_and_reopen_keep_the_replay(qtbot, window, tmp_path):
    panel = trained_window(qtbot, window, epochs=25)
    before = window.document.runs[-1].snapshots
    path = tmp_path / "replay.lstmviz"
    window.document.set_pace(50.0)
    assert window.save_to(path)
    window.new_document()
    assert open_now(window, path)
    doc = window.document
    after = doc.runs[-1].snapshots
    assert doc.training.pace == 50.0
    assert np.array_equal(after.epochs, before.epochs) and np.array_equal(after.values, before.values)
    panel.replay_bar.slider.setValue(3)
    assert panel.prediction_pane.epoch == 3


def test_gif_of_the_replay_is_valid_with_many_frames_and_small(qtbot, window, tmp_path):
    from PIL import Image

    trained_window(qtbot, window, epochs=12)
    snapshots = len(window.document.runs[-1].snapshots.epochs)
    assert snapshots == 13  # epochs 0 to 12, fewer than the export's 60 frames: one frame each
    exporter = window.animation_export
    path = tmp_path / "run.gif"
    done = []
    exporter.finished.connect(lambda p, error: done.append(error))
    assert exporter.start(str(path), show_progress=False)
    qtbot.waitUntil(lambda: bool(done), timeout=240_000)  # frames of the whole diagram, on a busy machine
    assert done == [""]
    image = Image.open(path)
    assert image.format == "GIF" and image.n_frames == snapshots == 13
    assert path.stat().st_size < 10 << 20


def test_undo_of_a_discard_brings_the_replay_back(qtbot, window):
    panel = trained_window(qtbot, window, epochs=20)
    doc = window.document
    assert doc.set_option(0, "units", 6)  # the weights no longer fit: discarded
    assert doc.trained is None and not panel.replay_bar.slider.isEnabled()
    doc.undo_stack.undo()
    assert doc.trained is not None and panel.replay_bar.slider.isEnabled()
    panel.replay_bar.slider.setValue(4)
    assert panel.prediction_pane.epoch == 4 and panel.replay_marker.epoch == 4
