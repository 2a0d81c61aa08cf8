"""Every open (project, .keras file, example) and every restore shows that file's own state and
nothing else: its own runs, a loss range that follows its run, no line left from the last run.

One test trains for real (a few epochs of the one-to-one experiment) so that the stale lines
are the ones a finished run really leaves; the others need no TensorFlow.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt

from lstmviz.io.keras_weights import write_keras_file
from lstmviz.io.project_io import from_example, save_project
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.runs import TrainedState
from lstmviz.ui.document.autosave import Autosaver, recovery_bytes
from lstmviz.ui.files import recovery
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.test_trained_document import a_run, open_now, weights_for

TF_TIMEOUT = 60_000


def visible_ticks(pane) -> bool:
    axis = pane.plot_item.getAxis("left")
    return bool(axis.style["showValues"])


def project_with_runs(tmp_path, lengths, name="many-to-many", file="runs.lstmviz"):
    """A trained project whose runs have ``lengths`` epochs; the last run's weights are the trained ones."""
    project = from_example(name)
    runs = tuple(a_run(k + 1, list(np.geomspace(1.0, 1e-3, n)), project.training) for k, n in enumerate(lengths))
    trained = TrainedState(project.architecture, weights_for(project.architecture), run=len(lengths),
                           epoch=lengths[-1], loss=1e-3, source=f"run #{len(lengths)}, epoch {lengths[-1]}")
    return save_project(replace(project, trained=trained, runs=runs), tmp_path / file)


def test_the_loss_range_follows_the_current_run_not_earlier_ones(window, tmp_path):
    panel = window.training_panel
    assert open_now(window, project_with_runs(tmp_path, [1000, 100]))
    pane = panel.loss_pane
    assert pane.overlay_count == 1  # run #1 drawn behind run #2
    pane.redraw()
    (x0, x1), _ = pane.plot_item.vb.viewRange()
    assert x1 < 200, (x0, x1)  # 100 epochs fill the width; the 1000-epoch curve runs off the right
    # Unchecking the current run's neighbour and checking it again keeps the range on the current run.
    panel.runs.set_checked(1, False)
    panel.runs.set_checked(1, True)
    pane.redraw()
    assert pane.plot_item.vb.viewRange()[0][1] < 200


def test_earlier_runs_alone_show_whole_with_ticks_and_no_hint(window, tmp_path):
    panel = window.training_panel
    assert open_now(window, project_with_runs(tmp_path, [300, 200]))
    doc = window.document
    assert doc.set_option(0, "units", 7)  # the weights no longer fit: no current curve, the runs stay listed
    panel.loss_pane.show_history(panel.session.history)  # what a new run shows before its first epoch
    panel._overlays_changed(panel.runs.checked_runs())
    pane = panel.loss_pane
    pane.redraw()
    assert pane.overlay_count == 2 and pane.history.count == 0
    assert not pane.empty_hint.isVisible() and visible_ticks(pane)
    assert pane.plot_item.vb.viewRange()[0][1] >= 290


def test_the_runs_are_reachable_in_presenter_mode(window, tmp_path, qtbot):
    panel = window.training_panel
    assert open_now(window, project_with_runs(tmp_path, [30, 20]))
    window.presenter.set_active(True)
    try:
        button = panel.runs_button
        assert button.isVisible() and not panel.runs.isVisible()
        assert button.text() == "Runs (2)"
        menu = button.menu()
        menu.aboutToShow.emit()
        runs = [a for a in menu.actions() if a.isCheckable()]
        assert [a.text().split()[0] for a in runs] == ["#2", "#1"] and all(a.isChecked() for a in runs)
        runs[1].trigger()  # uncheck run #1: its curve leaves the plot, as with the list
        assert [r.number for r in panel.runs.checked_runs()] == [2]
        assert panel.loss_pane.overlay_count == 0
    finally:
        window.presenter.set_active(False)
    assert not panel.runs_button.isVisible() and panel.runs.isVisible()


def test_a_keras_file_after_a_run_shows_its_own_state(qtbot, window, tmp_path):
    panel, doc = window.training_panel, window.document
    window.open_example("one-to-one")
    assert doc.set_training(doc.training.updated(epochs=8))
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(doc.runs) == 1 and not panel.running, timeout=TF_TIMEOUT)
    assert "done" in panel.progress.format() and panel.status.isVisible()

    arch = from_example("many-to-many").architecture
    path = write_keras_file(tmp_path / "model.keras", arch, weights_for(arch))
    assert open_now(window, path)
    assert doc.runs == () and panel.runs.list.count() == 0
    assert panel.progress.format() == "ready" and not panel.status.isVisible()
    title = panel.prediction_pane.title.text()
    assert "weights from model.keras" in title and "epoch 0" not in title
    pane = panel.loss_pane
    assert pane.overlay_count == 0 and "no loss curve" in pane.empty_hint_text
    # The tutorial's settings for the model the file holds, not 100 epochs at batch size 32.
    expected = EXAMPLES["many-to-many"].training
    assert (doc.training.epochs, doc.training.batch_size) == (expected.epochs, expected.batch_size)
    assert panel.form.epochs.value() == expected.epochs


def test_a_restored_recovery_file_shows_its_own_state(window, tmp_path):
    panel, doc = window.training_panel, window.document
    project = from_example("one-to-one")
    trained = TrainedState(project.architecture, weights_for(project.architecture), run=1, epoch=3, loss=0.1,
                           source="run #1, epoch 3")
    settings = project.training.updated(epochs=321, batch_size=3)
    project = replace(project, training=settings, trained=trained,
                      runs=(a_run(1, [0.3, 0.2, 0.1], settings),), title="mine")
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "recovery-dead.lstmviz").write_bytes(recovery_bytes(project))
    panel.controls.show_progress(1000, 1000, 0.001, final="completed")  # what a run before the crash left
    panel.controls.set_status("Finished 1000 epochs in 3 s")
    autosaver = Autosaver(doc, tmp_path / "mine")
    assert recovery.offer(window, autosaver, folder, ask=lambda *_: True)
    assert doc.modified and doc.title == "mine"
    assert (doc.training.epochs, doc.training.batch_size) == (321, 3)
    assert panel.progress.format() == "ready" and not panel.status.isVisible()
    assert "epoch 3" in panel.prediction_pane.title.text()
    assert [r.number for r in doc.runs] == [1] and panel.loss_pane.history.count == 3
