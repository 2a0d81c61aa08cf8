"""Autosave and recovery inside one process: the recovery file follows the unsaved state,
an orphaned one is offered and restored (or discarded). The crash itself, two processes and a
SIGKILL: the slow test_recovery_after_kill.py."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from lstmviz.io.project_io import from_example, save_project
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.weights import weight_specs
from lstmviz.ui.files import recovery
from lstmviz.ui.document.autosave import Autosaver, find_orphans, read_recovery, recovery_bytes, recovery_folder
from lstmviz.ui.document.document import Document
from tests.ui.editor_support import isolated_settings, window  # noqa: F401


def recovery_files(folder):
    return sorted(p.name for p in folder.glob("recovery-*.lstmviz"))


@pytest.fixture
def saver(qtbot, tmp_path):
    doc = Document()
    doc.load_example("one-to-one")
    autosaver = Autosaver(doc, tmp_path / "recovery", delay_ms=50)
    yield doc, autosaver
    autosaver.close()


def test_unsaved_changes_are_written_a_moment_after_they_are_made(qtbot, saver, tmp_path):
    doc, autosaver = saver
    folder = tmp_path / "recovery"
    assert not folder.exists() or not recovery_files(folder)  # nothing unsaved, nothing written
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        doc.set_option(0, "units", 9)
        doc.set_training(doc.training.updated(epochs=77))
    assert autosaver.path.exists() and (folder / (autosaver.path.name + ".lock")).exists()
    restored = read_recovery(autosaver.path).project
    assert restored.architecture == doc.architecture and restored.training.epochs == 77
    assert restored.example == "one-to-one" and restored.path is None
    # Undo back to the saved state: nothing unsaved any more, so the file goes.
    with qtbot.waitSignal(autosaver.removed, timeout=5000):
        doc.undo_stack.undo()
        doc.undo_stack.undo()
    assert not autosaver.path.exists()


def test_a_save_removes_the_file_and_a_clean_exit_removes_the_lock(qtbot, saver, tmp_path):
    doc, autosaver = saver
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        doc.set_dataset(doc.dataset_spec.updated(layout="many-to-one"))
    with qtbot.waitSignal(autosaver.removed, timeout=5000):
        doc.mark_saved(tmp_path / "p.lstmviz")
    assert not autosaver.path.exists()
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        doc.set_option(0, "units", 3)
    autosaver.close()
    assert recovery_files(tmp_path / "recovery") == [] and not list((tmp_path / "recovery").glob("*.lock"))


def test_trained_weights_are_autosaved_with_their_source(qtbot, saver):
    doc, autosaver = saver
    weights = tuple(np.full(s.shape, 0.25, np.float32) for layer in weight_specs(doc.architecture) for s in layer)
    history = LossHistory()
    history.add(1, [0.3, 0.2])
    run = RunRecord(1, "one-to-one", "data", "model", doc.training, history, "completed", 2, 0.1)
    trained = TrainedState(doc.architecture, weights, run=1, epoch=2, loss=0.2, source="run #1, epoch 2")
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        doc.record_run(run, trained)  # a run finished: nothing else changed
    restored = read_recovery(autosaver.path).project
    assert restored.trained.source == "run #1, epoch 2" and restored.trained.epoch == 2
    assert [r.number for r in restored.runs] == [1] and list(restored.runs[0].history.loss) == [0.3, 0.2]
    np.testing.assert_array_equal(restored.trained.weights[0], weights[0])


def test_a_running_windows_file_is_not_an_orphan(qtbot, saver, tmp_path):
    doc, autosaver = saver
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        doc.set_option(0, "units", 8)
    assert find_orphans(tmp_path / "recovery") == []  # its window still holds the lock


def write_orphan(folder, project, name="recovery-old.lstmviz"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(recovery_bytes(project))
    return path


def test_an_orphan_is_offered_and_restored(qtbot, window, tmp_path):
    folder = tmp_path / "recovery"
    project = from_example("many-to-one")
    edited = replace(project, architecture=project.architecture.set_option(0, "units", 11),
                     training=project.training.updated(epochs=321))
    weights = tuple(np.full(s.shape, 0.1, np.float32) for layer in weight_specs(edited.architecture) for s in layer)
    edited = replace(edited, trained=TrainedState(edited.architecture, weights, run=None, epoch=0,
                                                  source="weights from x.keras"))
    orphan = write_orphan(folder, edited)
    asked = []
    autosaver = recovery.start(window, folder, ask=lambda parent, found: asked.append(found) or True)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    doc = window.document
    assert recovery.describe(asked[0]).startswith("lstmviz did not close properly last time.")
    assert "trained weights (weights from x.keras)" in recovery.describe(asked[0])
    assert doc.architecture == edited.architecture and doc.training.epochs == 321
    assert doc.modified and window.isWindowModified() and doc.example == "many-to-one"
    assert doc.trained is not None and doc.trained.source == "weights from x.keras"
    # Its own recovery file is written, then the orphan goes.
    qtbot.waitUntil(lambda: autosaver.path.exists() and not orphan.exists(), timeout=5000)
    assert read_recovery(autosaver.path).project.architecture == edited.architecture
    window.about_to_close.emit()  # a clean exit
    assert recovery_files(folder) == []


def test_a_declined_orphan_is_deleted_and_an_unreadable_one_kept_aside(qtbot, window, tmp_path):
    folder = tmp_path / "recovery"
    kept = window.document.architecture
    write_orphan(folder, from_example("stacked-lstm"), "recovery-a.lstmviz")
    damaged = folder / "recovery-b.lstmviz"
    damaged.write_text('{"format": "lstmviz", "version": 2, "archi')
    future = write_orphan(folder, from_example("one-to-one"), "recovery-c.lstmviz")
    future.write_text(future.read_text().replace('"version": 2', '"version": 99', 1))
    autosaver = Autosaver(window.document, folder)
    assert not recovery.offer(window, autosaver, folder, ask=lambda parent, found: False)
    assert window.document.architecture == kept and not window.document.modified
    assert recovery_files(folder) == [] and not list(folder.glob("*.lock"))
    aside = folder / "unreadable"
    assert recovery_files(aside) == ["recovery-b.lstmviz", "recovery-c.lstmviz"]
    assert (aside / "recovery-b.lstmviz").read_text() == '{"format": "lstmviz", "version": 2, "archi'
    [(title, message)] = window.shown_errors
    assert title == "Recovery file kept aside" and str(aside) in message and "newer lstmviz" in message
    assert "recovery-b.lstmviz" in message
    # Kept aside means never offered again.
    assert not recovery.offer(window, autosaver, folder, ask=lambda parent, found: pytest.fail("offered"))
    autosaver.close()


def test_an_orphan_is_kept_while_the_window_is_busy(qtbot, window, tmp_path):
    folder = tmp_path / "recovery"
    orphan = write_orphan(folder, from_example("stacked-lstm"))
    autosaver = Autosaver(window.document, folder)
    window.document.lock("training")
    try:
        assert not recovery.offer(window, autosaver, folder, ask=lambda parent, found: pytest.fail("asked"))
    finally:
        window.document.unlock()
    assert orphan.exists() and find_orphans(folder)[0].path == orphan
    autosaver.close()


def test_a_restored_recovery_is_untitled_unless_its_file_is_a_project_of_ours(qtbot, window, tmp_path):
    folder = tmp_path / "recovery"
    notes = tmp_path / "notes.json"
    notes.write_text('{"my": "notes"}')
    ours = tmp_path / "ours.lstmviz"
    save_project(from_example("stacked-lstm"), ours)
    for path, kept in ((notes, None), (tmp_path / "gone.lstmviz", None), (ours, ours)):
        orphan = write_orphan(folder, replace(from_example("many-to-one"), path=path), f"recovery-{path.stem}.lstmviz")
        autosaver = Autosaver(window.document, folder)
        assert recovery.offer(window, autosaver, folder, ask=lambda parent, found: True)
        assert window.document.path == kept and window.document.modified
        autosaver.close()
        orphan.unlink(missing_ok=True)
    assert notes.read_text() == '{"my": "notes"}'


def test_a_state_too_large_for_a_project_is_autosaved_without_what_does_not_fit(qtbot, saver, monkeypatch):
    from lstmviz.io import project_io
    from lstmviz.model.snapshots import RunSnapshots

    doc, autosaver = saver
    weights = tuple(np.full(s.shape, 0.5, np.float32) for layer in weight_specs(doc.architecture) for s in layer)
    shapes = tuple(w.shape for w in weights)
    size = sum(w.size for w in weights)
    snapshots = RunSnapshots(np.arange(0, 2001), np.random.default_rng(0).random((2001, size), np.float32), shapes)
    history = LossHistory()
    history.add(1, np.linspace(1, 0.1, 2000))
    run = RunRecord(1, "t", "d", "m", doc.training, history, "completed", 2000, 1.0, snapshots=snapshots)
    trained = TrainedState(doc.architecture, weights, run=1, epoch=2000, loss=0.1, source="run #1")
    full = len(recovery_bytes(replace(doc.project(), trained=trained, runs=(run,))))
    monkeypatch.setattr(project_io, "MAX_PROJECT_BYTES", full - 1)
    notes = []
    autosaver.trimmed.connect(notes.append)
    with qtbot.waitSignal(autosaver.saved, timeout=10000):
        doc.record_run(run, trained)
    assert len(autosaver.path.read_bytes()) <= full - 1
    restored = read_recovery(autosaver.path).project
    assert restored.runs[0].snapshots is None and restored.trained.epoch == 2000
    assert notes and "snapshots" in notes[0]


def test_the_recovery_folder_is_the_users_application_data(monkeypatch, tmp_path, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("lstmviz")  # as the app names itself (app.py)
    qapp.setApplicationName("lstmviz")
    try:
        assert recovery_folder() == tmp_path / "data" / "lstmviz" / "lstmviz" / "recovery"
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])


def test_an_unwritable_folder_is_said_once_and_nothing_breaks(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    doc = Document()
    autosaver = Autosaver(doc, blocker / "recovery", delay_ms=10)
    failures = []
    autosaver.failed.connect(failures.append)
    doc.set_option(0, "units", 4)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    doc.set_option(0, "units", 5)
    assert not autosaver.timer.isActive()  # no second attempt is scheduled ...
    autosaver.save_now()  # ... and one asked for directly does not try the folder again
    assert len(failures) == 1 and "autosave" in failures[0] and not autosaver.active
    autosaver.close()


LOCK_AND_DIE = r"""
import os, sys
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
os._exit(0)  # killed, as it were: the lock file stays behind
"""


def test_a_stale_lock_makes_an_orphan(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "recovery"
    dead = write_orphan(folder, from_example("one-to-one"), "recovery-dead.lstmviz")
    subprocess.run([sys.executable, "-c", LOCK_AND_DIE, str(dead) + ".lock"], check=True, timeout=60)
    assert (folder / "recovery-dead.lstmviz.lock").exists()
    live = QLockFile(str(folder / "recovery-live.lstmviz.lock"))
    assert live.tryLock(0)
    write_orphan(folder, from_example("one-to-one"), "recovery-live.lstmviz")
    try:
        found = find_orphans(folder)
        assert [o.path for o in found] == [dead]
        for orphan in found:
            orphan.release()
    finally:
        live.unlock()
    json.loads(dead.read_text())  # left as it was


def test_a_trained_run_left_by_a_window_that_died_comes_back_with_its_predictions_and_values(qtbot, window,
                                                                                          tmp_path):
    """The recovery after a crash, in one process: a real run trains in one window, whose recovery
    file is left behind as a killed app leaves it; a new window restores the edit, the run and its
    weights, and draws the weights' predictions and cell values. The same with a real SIGKILL
    between two processes is the slow test_recovery_after_kill.py (a dead process's lock:
    test_a_stale_lock_makes_an_orphan)."""
    from lstmviz.app import create_main_window

    folder = tmp_path / "recovery"
    first = recovery.start(window, folder, ask=lambda parent, found: True)
    doc = window.document
    doc.load_example("one-to-one")
    doc.set_option(0, "units", 7)
    doc.set_training(doc.training.updated(epochs=40))
    assert window.training_panel.train()
    qtbot.waitUntil(lambda: not window.training_panel.running, timeout=120_000)
    qtbot.waitUntil(lambda: first.path.exists() and read_recovery(first.path).project.trained is not None,
                    timeout=10_000)
    weights = [w.copy() for w in doc.trained.weights]
    first.close(keep=True)  # the file stays, as after a kill; its lock goes with the process
    assert recovery_files(folder) == [first.path.name]

    again = create_main_window()
    again.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(again)
    again.show()
    asked = []
    second = recovery.start(again, folder, ask=lambda parent, found: asked.append(found) or True)
    qtbot.waitUntil(lambda: bool(asked) and again.document.trained is not None, timeout=10_000)
    restored = again.document
    assert restored.architecture.layers[0].options["units"] == 7 and restored.training.epochs == 40
    assert [r.number for r in restored.runs] == [1] and restored.trained.epoch == 40
    for ours, theirs in zip(restored.trained.weights, weights):
        np.testing.assert_array_equal(ours, theirs)
    assert restored.modified and again.windowTitle().startswith("one-to-one[*]")
    again.tabs.setCurrentWidget(again.unrolled_view)
    curve = again.training_panel.prediction_pane.prediction_curve
    qtbot.waitUntil(lambda: curve.getData()[1] is not None and len(curve.getData()[1]) == 5, timeout=10_000)
    qtbot.waitUntil(lambda: again.unrolled_view.source_label.text() == "values: run #1, epoch 40", timeout=10_000)
    qtbot.waitUntil(lambda: not first.path.exists(), timeout=10_000)  # the orphan goes once ours is written
    again.about_to_close.emit()
    second.close()
    assert recovery_files(folder) == []
