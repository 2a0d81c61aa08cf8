"""The training panel driving real Keras training on the worker thread, through its real buttons.

The document's tiny one-to-one experiment trains in well under a second once TensorFlow
is loaded (a few seconds, once per test process), so each test runs a real engine.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMainWindow

from lstmviz.model.examples import EXAMPLES
from lstmviz.model.cell_values import CellValues
from lstmviz.training.messages import EpochLosses, Finished, Predictions, Started
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.text import format_loss
from lstmviz.ui.training.panel import TrainingPanel, discarded_notice
from lstmviz.ui.training.run_session import RunPhase, lock_reason
from lstmviz.ui.training.worker import LOADING, READY, shown_state
from tests.watched_control import WatchedControl

TF_TIMEOUT = 60_000  # ms: the first TensorFlow import and trace can take a while on 2 cores


@pytest.fixture
def controls(monkeypatch) -> list[WatchedControl]:
    """Every run's control, counting what the engine asks of it (the session makes one per run)."""
    made: list[WatchedControl] = []

    def watched() -> WatchedControl:
        made.append(WatchedControl())
        return made[-1]

    monkeypatch.setattr("lstmviz.ui.training.run_session.TrainingControl", watched)
    return made


@pytest.fixture
def panel(qtbot, controls):
    document = Document()
    document.load_example("one-to-one")
    widget = TrainingPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 320)
    widget.show()
    widget.log = []  # every engine message, in the order the engine sent them
    widget.watched = controls  # every run's control, newest last
    widget.session.training_thread.worker.message.connect(widget.log.append, Qt.ConnectionType.DirectConnection)
    yield widget
    assert widget.stop_and_wait()
    assert not widget.session.training_thread.qthread.isRunning()


def settings(panel, **changes) -> None:
    doc = panel.document
    assert doc.set_training(doc.training.updated(**changes))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, panel, timeout=TF_TIMEOUT) -> None:
    qtbot.waitUntil(lambda: not panel.running, timeout=timeout)


def paused_count(qtbot, panel, waits: int) -> int:
    """The epoch count once the engine stands paused for the ``waits``-th time (a pause takes effect after the
    engine's current call) and the panel has received every epoch it sent before."""
    control = panel.watched[-1]
    qtbot.waitUntil(lambda: control.waits >= waits, timeout=TF_TIMEOUT)
    assert control.waits == waits
    sent = max((m.last_epoch for m in panel.log if isinstance(m, EpochLosses)), default=0)
    qtbot.waitUntil(lambda: panel.history.count == sent, timeout=TF_TIMEOUT)  # the queued messages arrive
    return sent


def test_train_through_the_buttons(qtbot, panel):
    states, phases, probes, weights, locks = [], [], [], [], []
    session = panel.session
    session.backend_state_changed.connect(states.append)
    session.phase_changed.connect(lambda phase: phases.append((phase, panel.document.lock_reason)))
    session.probe_received.connect(probes.append)
    panel.document.trained_changed.connect(lambda: weights.append(panel.document.trained))
    panel.document.lock_changed.connect(lambda locked, reason: locks.append((locked, reason)))
    settings(panel, epochs=40)

    click(qtbot, panel.train_button)
    assert panel.status.text() == shown_state(LOADING)  # shown at once, before the worker reports
    assert panel.document.locked and panel.document.lock_reason == lock_reason()
    assert not panel.train_button.isEnabled() and panel.stop_button.isEnabled()
    assert not panel.form.isEnabled() and not panel.picker.isEnabled()
    assert panel.document.set_option(0, "units", 7) is False  # edits are refused while training
    wait_idle(qtbot, panel)

    assert states[:2] == [LOADING, READY]
    assert [p for p, _ in phases] == [RunPhase.LOADING, RunPhase.RUNNING, RunPhase.FINISHED]
    assert phases[0][1] == lock_reason() and phases[-1][1] == ""
    assert locks == [(True, lock_reason()), (False, "")]
    kinds = [type(m) for m in panel.log]
    assert kinds[0] is Started and kinds[-1] is Finished
    epochs = [m for m in panel.log if isinstance(m, EpochLosses)]
    firsts = [m.first_epoch for m in epochs]
    assert firsts[0] == 1 and all(b.first_epoch == a.last_epoch + 1 for a, b in zip(epochs, epochs[1:]))
    assert epochs[-1].last_epoch == 40

    done = session.finished
    assert isinstance(done, Finished) and done.reason == "completed" and done.epochs_run == 40
    # The plot holds one point per epoch, exactly the engine's losses.
    x, y = panel.loss_pane.loss_curve.getOriginalDataset()
    assert list(x) == list(range(1, 41))
    np.testing.assert_allclose(y, done.history["loss"])
    assert panel.progress.value() == panel.progress.maximum() and panel.progress.format().startswith("epoch 40/40 · loss ")
    assert panel.status.text().startswith("Finished 40 epochs in ")

    last_prediction = [m for m in panel.log if isinstance(m, Predictions)][-1]
    assert last_prediction.epoch == 40
    px, py = panel.prediction_pane.prediction_curve.getData()
    tx, ty = panel.prediction_pane.target_curve.getData()
    np.testing.assert_allclose(py, last_prediction.predictions[:, 0])
    np.testing.assert_allclose(ty, [0.0, 0.2, 0.4, 0.6, 0.8], atol=1e-6)

    assert probes and all(isinstance(p, CellValues) for p in probes)
    assert probes[-1].kind == "LSTM" and probes[-1].layer_index == 0
    assert sorted(probes[-1].gates) == ["f", "g", "i", "o"] and probes[-1].gates["i"].shape == (1, 5)

    # The trained weights have Keras's shapes for LSTM(5) -> Dense(1), and belong to the document.
    trained = panel.document.trained
    assert weights[-1] is trained and trained.run == 1 and trained.epoch == 40
    assert [w.shape for w in trained.weights] == [(1, 20), (5, 20), (20,), (5, 1), (1,)]
    assert panel.train_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.form.isEnabled() and not panel.document.locked
    assert len(panel.document.runs) == 1 and panel.document.runs[0].reason == "completed"
    assert panel.runs.runs == panel.document.runs and panel.document.modified


def test_hover_reads_out_the_values_under_the_mouse(qtbot, panel):
    settings(panel, epochs=30)
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)
    panel.resize(1400, 400)
    qtbot.wait(50)
    loss = panel.history.loss

    def hover(pane, x, y):
        view = pane.plot
        scene_point = pane.plot_item.vb.mapViewToScene(QPointF(x, y))
        qtbot.mouseMove(view.viewport(), view.mapFromScene(scene_point))
        return pane.readout.text()

    text = hover(panel.loss_pane, 12, np.log10(loss[11]))
    assert text.startswith(f"epoch 12 · loss {format_loss(float(loss[11]))}")
    last = [m for m in panel.log if isinstance(m, Predictions)][-1]
    text = hover(panel.prediction_pane, 4, 0.6)  # the fourth sample, 0.6: samples count from 1
    assert text == f"sample 4 · prediction {last.predictions[3, 0]:.3f} · target 0.600"


def test_background_import_then_train_has_no_loading_wait(qtbot, panel):
    states = []
    panel.session.backend_state_changed.connect(states.append)
    panel.start_background_tensorflow_import()
    qtbot.waitUntil(lambda: panel.session.backend_state == READY, timeout=TF_TIMEOUT)
    assert states == [LOADING, READY]
    settings(panel, epochs=5)
    click(qtbot, panel.train_button)
    assert panel.status.text() != shown_state(LOADING)
    wait_idle(qtbot, panel)
    assert states == [LOADING, READY] and panel.history.count == 5


def test_stop_mid_run(qtbot, panel):
    settings(panel, epochs=200_000)
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: panel.history.count > 50, timeout=TF_TIMEOUT)
    click(qtbot, panel.stop_button)
    wait_idle(qtbot, panel)
    assert panel.watched[-1].asked_after_stop == 1  # the engine started no new call after Stop
    done = [m for m in panel.log if isinstance(m, Finished)][-1]
    assert done.reason == "stopped" and 50 < done.epochs_run < 200_000
    assert panel.history.count == done.epochs_run
    assert panel.status.text().startswith(f"Stopped at epoch {done.epochs_run}")
    assert "stopped" in panel.progress.format()
    assert panel.document.runs[-1].reason == "stopped" and "(stopped)" in panel.runs.list.item(0).text()
    assert not panel.document.locked and panel.train_button.isEnabled()


def test_pause_step_and_resume(qtbot, panel):
    settings(panel, epochs=200_000)
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: panel.history.count > 20, timeout=TF_TIMEOUT)
    click(qtbot, panel.pause_button)
    assert panel.pause_button.text() == "Resume"
    n = paused_count(qtbot, panel, waits=1)  # paused: the engine waits
    click(qtbot, panel.step_button)
    assert paused_count(qtbot, panel, waits=2) == n + 1  # exactly one epoch, then paused again
    click(qtbot, panel.pause_button)  # Resume
    assert panel.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: panel.history.count > n + 20, timeout=5000)
    click(qtbot, panel.stop_button)
    wait_idle(qtbot, panel)
    epochs = [m for m in panel.log if isinstance(m, EpochLosses)]
    assert all(b.first_epoch == a.last_epoch + 1 for a, b in zip(epochs, epochs[1:]))


def test_step_from_idle_starts_a_paused_run(qtbot, panel):
    click(qtbot, panel.step_button)
    assert panel.running and panel.pause_button.text() == "Resume"
    assert paused_count(qtbot, panel, waits=1) == 1
    click(qtbot, panel.step_button)
    assert paused_count(qtbot, panel, waits=2) == 2
    click(qtbot, panel.stop_button)
    wait_idle(qtbot, panel)
    done = [m for m in panel.log if isinstance(m, Finished)][-1]
    assert (done.reason, done.epochs_run) == ("stopped", 2)


def test_diverging_run_says_so(qtbot, panel):
    form = panel.form
    form.optimizer.setCurrentText("sgd")
    form.learning_rate.setValue(1e6)
    form.epochs.setValue(300)
    assert panel.document.training.learning_rate == 1e6  # the form wrote back to the document
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)
    done = [m for m in panel.log if isinstance(m, Finished)][-1]
    assert done.reason == "diverged"
    text = panel.status.text()
    assert text.startswith("Diverged at epoch ") and panel.status.property("role") == "error"
    assert panel.loss_pane._diverged_line is not None
    assert panel.loss_pane._diverged_line.value() == done.diverged_at == done.epochs_run + 1
    assert "diverged" in panel.progress.format()
    assert "(diverged)" in panel.runs.list.item(0).text()


def test_close_during_training_stops_the_run_and_ends_the_thread(qtbot, qtlog, panel):
    settings(panel, epochs=200_000)
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: panel.history.count > 20, timeout=TF_TIMEOUT)
    panel.close()  # a top-level panel: closeEvent stops training and ends the thread
    assert not panel.session.training_thread.qthread.isRunning()
    assert panel.watched[-1].asked_after_stop == 1  # the engine started no new call after the stop
    assert not panel.running and not panel.document.locked
    panel.deleteLater()
    QApplication.processEvents()
    assert not [r for r in qtlog.records if "QThread" in r.message]


def test_deleting_the_window_during_training_ends_the_thread(qtbot, qtlog, controls):
    document = Document()
    document.load_example("one-to-one")
    document.apply_training(document.training.updated(epochs=200_000))
    window = QMainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel = TrainingPanel(document)
    window.setCentralWidget(panel)
    window.show()
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: panel.history.count > 20, timeout=TF_TIMEOUT)
    thread = panel.session.training_thread
    window.close()  # deletes the window and the panel without asking the panel to stop first
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=TF_TIMEOUT)
    assert not thread.qthread.isRunning()
    assert controls[-1].asked_after_stop == 1  # the engine started no new call after the stop
    del window, panel
    QApplication.processEvents()
    assert not [r for r in qtlog.records if "QThread" in r.message]


def test_an_edit_hides_the_weights_and_undo_brings_them_back(qtbot, panel):
    doc = panel.document
    settings(panel, epochs=10)
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)
    trained = doc.trained
    assert trained is not None and not panel.notice.isVisible()
    predicted = panel.prediction_pane.prediction_curve.getData()[1].copy()
    assert doc.set_option(0, "units", 6)
    assert doc.trained is None and doc.set_aside == ("lstm (LSTM)", "dense (Dense)")
    assert panel.notice.isVisible() and panel.notice.text() == discarded_notice(doc.set_aside)
    assert "lstm (LSTM), dense (Dense)" in panel.notice.text()
    assert panel.prediction_pane.prediction_curve.getData()[0] is None or \
        len(panel.prediction_pane.prediction_curve.getData()[0]) == 0
    doc.undo_stack.undo()
    assert doc.trained is trained and not panel.notice.isVisible()
    # Back from the weights by the numpy forward pass: Keras's predictions to 1e-5.
    np.testing.assert_allclose(panel.prediction_pane.prediction_curve.getData()[1], predicted, atol=1e-5)
    assert list(panel.loss_pane.loss_curve.getOriginalDataset()[0]) == list(range(1, 11))
    # Train the edited model, then undo past the edit: each model gets its own weights back.
    doc.undo_stack.redo()
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)
    edited = doc.trained
    assert edited is not None and edited is not trained and edited.weights[0].shape == (1, 24)
    doc.undo_stack.undo()
    assert doc.trained is trained
    doc.undo_stack.redo()
    assert doc.trained is edited


def test_runs_are_kept_and_overlaid(qtbot, panel):
    doc = panel.document
    settings(panel, epochs=15)
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)
    first = panel.history.loss.copy()
    settings(panel, epochs=12, learning_rate=0.01)
    click(qtbot, panel.train_button)
    # During the second run the first one is drawn behind it.
    assert panel.loss_pane.overlay_count == 1
    wait_idle(qtbot, panel)
    runs = doc.runs
    assert panel.runs.runs == runs
    assert [r.title for r in runs] == ["one-to-one", "one-to-one"]
    assert [r.epochs_run for r in runs] == [15, 12]
    assert [r.settings.learning_rate for r in runs] == [0.001, 0.01]
    assert runs[0].settings.batch_size == EXAMPLES["one-to-one"].training.batch_size
    assert "LSTM" in runs[1].model and "146 params" in runs[1].model
    overlay = panel.loss_pane._overlay_curves[0]
    np.testing.assert_allclose(overlay.getOriginalDataset()[1], first)
    # The range follows the current (12-epoch) run, not the longer one behind it.
    assert panel.loss_pane.plot_item.vb.viewRange()[0][1] < 14.5
    panel.runs.set_checked(runs[0].number, False)
    assert panel.loss_pane.overlay_count == 0
    panel.runs.set_checked(runs[0].number, True)
    assert panel.loss_pane.overlay_count == 1
    click(qtbot, panel.runs.clear_button)
    assert doc.runs == () and panel.runs.runs == () and panel.loss_pane.overlay_count == 0
    doc.undo_stack.undo()  # Clear is an edit like any other
    assert doc.runs == runs and panel.runs.list.count() == 2
    doc.load_example("many-to-one")  # runs belong to their project: the next one starts with its own
    assert doc.runs == () and panel.runs.list.count() == 0 and panel.loss_pane.overlay_count == 0


def test_validation_loss_is_plotted(qtbot, panel):
    panel.document.load_example("long-memory-lstm")  # one recurrent layer, enough windows to hold some back
    settings(panel, epochs=3, validation_split=0.25)
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)
    done = [m for m in panel.log if isinstance(m, Finished)][-1]
    x, y = panel.loss_pane.val_curve.getOriginalDataset()
    assert list(x) == [1, 2, 3]
    np.testing.assert_allclose(y, done.history["val_loss"])
    assert "val_loss" in panel.loss_pane.legend_label.text()


def test_exports_after_training(qtbot, panel, tmp_path):
    with pytest.raises(ValueError, match="no loss history"):
        panel.export_history_csv(str(tmp_path / "empty.csv"))
    settings(panel, epochs=25)
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)

    csv_path = tmp_path / "history.csv"
    panel.export_history_csv(str(csv_path))
    rows = csv_path.read_text().splitlines()
    assert rows[0] == "epoch,loss" and len(rows) == 26
    assert [float(r.split(",")[1]) for r in rows[1:]] == pytest.approx(list(panel.history.loss))

    png = tmp_path / "loss.png"
    panel.export_loss_plot(str(png))
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 800

    svg = tmp_path / "loss.svg"
    panel.export_loss_plot(str(svg))
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert any(el.tag.endswith(("path", "polyline")) for el in root.iter())

    panel.export_prediction_plot(str(tmp_path / "pred.png"))
    assert not QImage(str(tmp_path / "pred.png")).isNull()

    with pytest.raises(OSError):
        panel.export_loss_plot(str(tmp_path / "missing-dir" / "loss.png"))
    with pytest.raises(ValueError, match="choose a .png or .svg"):
        panel.export_loss_plot(str(tmp_path / "loss.txt"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv", "loss.png", "loss.svg", "pred.png"]
