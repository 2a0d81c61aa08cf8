"""The small things a live demo trips over: undo from a spin box, the paused status, the run's
colour, the empty loss plot, targets before training, and time steps counted from 1."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lstmviz.training.messages import EpochLosses, Started
from lstmviz.ui.training.plot_base import run_colour
from lstmviz.ui.training.run_session import lock_reason
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.recorded_run import record_run

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_in_a_spin_box_undoes_the_document_edit(window, qtbot):
    doc = window.document
    spin = window.training_panel.form.epochs
    window.activateWindow()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert doc.training.epochs == 1001
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL)
    assert doc.training.epochs == 1000 and spin.value() == 1000
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert doc.training.epochs == 1001
    # While a number is being typed, Ctrl+Z undoes the typing, not the document.
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL)
    assert doc.training.epochs == 1001


def test_the_status_bar_says_paused_while_paused(window):
    session = window.training_panel.session

    class Thread:  # the run is fed by hand: no TensorFlow
        def run(self, job):
            pass

    session.training_thread.run = Thread().run
    assert session.train()
    session.handle(Started(total_epochs=100, batch_size=5, samples=5, engine="fast"))
    assert "running" in window.lock_status.text()
    session.handle(EpochLosses(1, (0.5,), None, 0.1, 100))
    session.toggle_pause()
    assert window.lock_status.text() == f"Editing locked: {lock_reason(paused=True)}"
    assert "paused" in window.lock_status.text() and session.eta is None
    session.toggle_pause()
    assert "running" in window.lock_status.text()
    session.stop()
    session.run_returned(None)


def test_the_current_curve_has_its_runs_colour(window):
    panel = window.training_panel
    record_run(window.document)
    panel.redraw()
    item = panel.runs.list.item(0)
    swatch = item.icon().pixmap(12, 12).toImage().pixelColor(6, 6)
    curve = panel.loss_pane.loss_curve.opts["pen"].color()
    assert swatch.name() == curve.name() == QColor(run_colour(1)).name()
    assert run_colour(1) in panel.loss_pane.legend_label.text()


def test_before_training_the_loss_plot_waits_and_the_targets_show(window):
    panel = window.training_panel
    loss = panel.loss_pane
    assert loss.empty_hint.isVisible() and not loss.plot_item.getAxis("left").style["showValues"]
    pred = panel.prediction_pane
    x, y = pred.target_curve.getData()
    assert list(x) == [1, 2, 3, 4, 5]  # t counts from 1, as the tutorial does
    np.testing.assert_allclose(y, [0.0, 0.2, 0.4, 0.6, 0.8], atol=1e-6)
    assert pred.prediction_curve.getData()[0] is None or len(pred.prediction_curve.getData()[0]) == 0
    assert pred.readout_at(3, 0.4) == "time step 3 · target 0.400"
    record_run(window.document)
    panel.redraw()
    assert not loss.empty_hint.isVisible() and loss.plot_item.getAxis("left").style["showValues"]
    assert pred.readout_at(3, 0.4).startswith("time step 3 · prediction")
