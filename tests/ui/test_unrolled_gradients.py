"""Gradients through time on the Unrolled tab: bands under the h and c arrows, heatmaps, the live wiring."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMessageBox

from lstmviz.app import create_main_window
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.gradient_history import GradientHistory
from lstmviz.training.messages import LayerGradients, StepGradients
from lstmviz.ui.training.run_session import RunSession
from lstmviz.ui.unrolled.gradient_items import GradientHeatmapItem, GradientWireItem
from lstmviz.ui.unrolled.view import UnrolledView
from tests.ui.test_run_session import session_on

T = 30


def lstm_arch(kind="LSTM", steps=T, **options):
    return Architecture(InputSpec((steps, 1)), (LayerSpec(kind, {"units": 4, **options}), LayerSpec("Dense", {"units": 1})))


def fading(steps=T, per_step=0.5):
    """Norms that shrink by ``per_step`` for every step back from t = T."""
    return per_step ** np.arange(steps)[::-1]


@pytest.fixture
def view(qtbot):
    v = UnrolledView()
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


def history_of(*observations):
    history = GradientHistory()
    for epoch, rows in observations:
        history.add(epoch, rows, samples=64)
    return history


def test_arrows_carry_the_gradient_of_the_state_they_pass_on(view):
    view.set_architecture(lstm_arch(), dataset=DatasetSpec("long-memory", time_steps=T, samples=8))
    h, c = fading(per_step=0.7), fading(per_step=0.9)
    view.set_step_gradients(history_of((5, {(0, 1, "h"): h, (0, 1, "c"): c})))
    wires = [i for i in view.diagram.items() if isinstance(i, GradientWireItem)]
    shown = {(w.state, w.t) for w in wires if w.isVisible()}
    # 30 steps collapse to 1 2 3 … 28 29 30: the arrows leave t = 1, 2, 3, the gap (t = 27), 28 and 29.
    assert shown == {(s, t) for s in ("h", "c") for t in (0, 1, 2, 26, 27, 28)}
    by_step = {w.t: w for w in wires if w.state == "h"}
    assert by_step[28].norm == pytest.approx(h[28]) and by_step[0].norm == pytest.approx(h[0])
    assert by_step[0].width < by_step[2].width < by_step[28].width  # thicker where more gradient flows
    assert by_step[0].level == pytest.approx(1 - 29 * np.log10(1 / 0.7) / 6)  # 4.5 of the 6 decades shown
    assert "h(1)" in by_step[0].toolTip() and "epoch 5" in by_step[0].toolTip()
    assert by_step[0].end.x() > by_step[0].start.x()  # drawn from t = 2 back to t = 1
    hovered = []
    view.diagram.hovered.connect(hovered.append)
    by_step[28].hoverEnterEvent(None)
    assert hovered and "||\u2202L/\u2202h(29)|| = 0.7" in hovered[-1] and "10^-0.2 of the largest step" in hovered[-1]


def test_heatmap_holds_every_step_and_epoch_below_the_value_heatmaps(view):
    view.set_architecture(lstm_arch(), dataset=DatasetSpec("long-memory", time_steps=T, samples=8))
    rows = [(epoch, {(0, 1, "h"): fading(per_step=0.5 + epoch / 100), (0, 1, "c"): fading()}) for epoch in (0, 4, 9)]
    history = history_of(*rows)
    view.set_step_gradients(history)
    maps = view.diagram.gradients.heatmaps()
    assert [m.row for m in maps] == [(0, 1, "h"), (0, 1, "c")]
    h_map = maps[0]
    assert h_map.norms.shape == (T, 3) and h_map.epochs == [0, 4, 9] and h_map.marked == 2
    r = h_map.rect
    top_left = h_map.text_at(QPointF(r.x() + 1, r.y() + 1))
    assert top_left.startswith("gradient flowing back into h(1) at epoch 0")
    bottom_right = h_map.text_at(QPointF(r.right() - 1, r.bottom() - 1))
    assert "h(30) at epoch 9" in bottom_right and "the largest step" in bottom_right
    values_bottom = max(i.mapRectToScene(i.boundingRect()).bottom() for i in view.diagram.value_items)
    assert h_map.mapRectToScene(h_map.boundingRect()).top() > values_bottom
    assert view.diagram.sceneRect().bottom() >= h_map.mapRectToScene(h_map.boundingRect()).bottom()
    # A replay asks for an earlier epoch: the arrows and the heatmap's mark follow it.
    view.set_step_gradients(history, epoch=5)
    assert view.diagram.gradients.shown_epoch == 4 and view.diagram.gradients.heatmaps()[0].marked == 1
    wire = next(w for w in view.diagram.items() if isinstance(w, GradientWireItem) and w.state == "h" and w.t == 0)
    assert wire.norm == pytest.approx(rows[1][1][(0, 1, "h")][0])


def test_bidirectional_rows_both_get_arrows_and_an_edit_clears_them(view):
    arch = Architecture(InputSpec((5, 1)), (LayerSpec("Bidirectional", {"layer": "GRU", "units": 3}),
                                            LayerSpec("Dense", {"units": 1})))
    view.set_architecture(arch, dataset=DatasetSpec("sine", time_steps=5, samples=8))
    forward, backward = fading(5), fading(5)[::-1]
    view.set_step_gradients(history_of((1, {(0, 1, "h"): forward, (0, -1, "h"): backward})))
    wires = [w for w in view.diagram.items() if isinstance(w, GradientWireItem) and w.isVisible()]
    assert {w.row[1] for w in wires} == {1, -1}
    back = {w.t: w for w in wires if w.row[1] == -1}
    assert sorted(back) == [1, 2, 3, 4]  # the backward row passes on the states of t = 5 .. 2 leftwards
    assert back[4].start.x() > back[4].end.x()
    assert [m.title for m in view.diagram.gradients.heatmaps()] == [
        "||\u2202L/\u2202h(t)||, forward", "||\u2202L/\u2202h(t)||, backward"]
    view.set_architecture(lstm_arch(steps=5), dataset=DatasetSpec("sine", time_steps=5, samples=8))
    assert not [w for w in view.diagram.items() if isinstance(w, GradientWireItem) and w.isVisible()]
    assert not [i for i in view.diagram.items() if isinstance(i, GradientHeatmapItem)]


def test_session_keeps_the_runs_gradients_and_passes_them_on(qtbot):
    doc, session, thread = session_on("many-to-many")
    session.set_gradients_wanted(True)
    assert session.train()
    (job,) = thread.jobs
    assert job.gradients and job.control.gradients is True
    got = []
    session.gradients_received.connect(got.append)
    message = StepGradients(3, 1, (LayerGradients(0, "LSTM", 1, np.ones(5), np.full(5, 2.0)),))
    session.handle(message)
    assert got == [message] and session.gradient_history.epochs == [3]
    np.testing.assert_array_equal(session.gradient_history.matrix((0, 1, "c")), np.full((5, 1), 2.0))
    session.set_gradients_wanted(False)
    assert job.control.gradients is False
    session.run_returned(None)
    assert session.train()
    job = thread.jobs[-1]
    assert job.gradients and job.control.gradients is False  # traced in, switched off until a view wants them
    session.run_returned(None)


def test_the_unrolled_tab_asks_for_gradients_and_shows_them_while_training(qtbot):
    window = create_main_window("many-to-many")
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    session: RunSession = window.training_panel.session
    assert not session.gradients_wanted  # the Architecture tab shows: nothing to draw them on
    window.tabs.setCurrentIndex(1)
    assert session.gradients_wanted
    window.document.set_training(window.document.training.updated(epochs=20))
    assert window.training_panel.train()
    qtbot.waitUntil(lambda: not window.training_panel.running, timeout=60_000)
    qtbot.waitUntil(lambda: 20 in session.gradient_history.epochs, timeout=5000)
    assert session.gradient_history.epochs[0] == 0
    maps = window.unrolled_view.diagram.gradients.heatmaps()
    assert maps and maps[0].norms.shape == (5, len(session.gradient_history))
    assert window.unrolled_view.diagram.gradients.shown_epoch == 20
    window.tabs.setCurrentIndex(0)
    assert not session.gradients_wanted
    window.document.undo_stack.setClean()
    window.training_panel.stop_and_wait()
