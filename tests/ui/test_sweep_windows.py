"""The Compare Cells and Sweep windows with real widgets, real clicks and real runs in worker processes."""

from __future__ import annotations

import sys
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from lstmviz.io import project_io
from lstmviz.io.project_io import load_project, save_project
from lstmviz.model.forward import predict
from lstmviz.model.sweep import CELLS, cell_counts, sweep_points
from lstmviz.ui.document.document import Document
from lstmviz.ui.sweep.compare_window import CompareWindow
from lstmviz.ui.sweep.sweep_window import SweepWindow

# The sweep backends' and the Sweep and Compare windows' tests run on one test worker
# (`--dist loadgroup`) and share one pool of worker processes, whose TensorFlow is imported once.
pytestmark = [pytest.mark.xdist_group("sweep_pool"), pytest.mark.usefixtures("sweep_pool")]

WAIT_MS = 600_000  # worker processes import TensorFlow first: generous on a loaded machine


def tiny_long_memory(epochs=3):
    project = project_io.from_example("long-memory-lstm")
    return replace(project, dataset=project.dataset.updated(samples=16, time_steps=4),
                   architecture=project.architecture.with_input(project.architecture.input.sequence(4, 1)),
                   training=project.training.updated(batch_size=16, epochs=epochs))


def test_compare_cells_trains_three_cells_and_shows_them_side_by_side(qtbot, tmp_path):
    tensorflow_before = "tensorflow" in sys.modules
    document = Document()
    document.load(tiny_long_memory())
    window = CompareWindow(document)
    qtbot.addWidget(window)
    window.show()
    expected = cell_counts(document.architecture, CELLS, "units")
    assert [window.counts.item(r, 2).text() for r in range(3)] == [c.formula for c in expected]
    window.match.setCurrentIndex(window.match.findData("params"))
    matched = cell_counts(document.architecture, CELLS, "params")
    assert [window.counts.item(r, 1).text() for r in range(3)] == [str(c.units) for c in matched]

    with qtbot.waitSignal(window.driver.finished, timeout=WAIT_MS):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    if not tensorflow_before:
        assert "tensorflow" not in sys.modules  # the runs trained in worker processes

    record = document.sweeps[-1]
    assert record.is_comparison and [e.status for e in record.entries] == ["completed"] * 3
    runs = {r.number: r for r in document.runs}
    curves = window.loss_plot.plotItem.listDataItems()
    assert len(curves) == 3
    for curve, entry in zip(curves, record.entries):
        np.testing.assert_allclose(curve.yData, runs[entry.run].history.loss)
        assert entry.gradients is not None and entry.gradients.values.shape[1] == 4
        assert window.heatmaps[entry.cell].image.shape == (4, len(entry.gradients.epochs))
    assert [e.architecture.layers[0].options["units"] for e in record.entries] == [c.units for c in matched]

    # One slider moves every column: predictions are the model's at that epoch's weights.
    window.slider.setValue(1)
    data = document.data.dataset
    for entry in record.entries:
        run = runs[entry.run]
        weights = run.snapshots.weights(run.snapshots.index_at(1))
        shown = window.prediction_plots[entry.cell].plotItem.listDataItems()[1].getData()[1]
        np.testing.assert_allclose(shown, predict(entry.architecture, weights, data.x[:16]).ravel(), rtol=1e-5)
        assert window.heat_markers[entry.cell].value() == 1
        assert window.cell_scenes[entry.cell].items()

    gif = tmp_path / "compare.gif"
    with qtbot.waitSignal(window.gif_written, timeout=60_000) as written:
        assert window.export_gif(str(gif))  # encoded and written off the GUI thread
    assert written.args == [str(gif), ""]
    missing = tmp_path / "no such folder" / "compare.gif"
    with qtbot.waitSignal(window.gif_written, timeout=60_000) as failed:
        assert window.export_gif(str(missing))
    assert failed.args[1] and failed.args[1] in window.status.text() and not missing.exists()
    assert window.export_button.isEnabled()
    from PIL import Image

    with Image.open(gif) as image:
        assert image.n_frames == 4  # epochs 0 to 3

    # Saved in the project, reopened (no training needed) and shown the same way.
    path = save_project(document.project(), tmp_path / "compared.lstmviz")
    reopened = Document()
    reopened.load(load_project(path))
    again = CompareWindow(reopened)
    qtbot.addWidget(again)
    assert [c.yData.tolist() for c in again.loss_plot.plotItem.listDataItems()] == [c.yData.tolist() for c in curves]
    assert again.slider.maximum() == 3


def test_the_sweep_window_runs_plots_and_opens_a_clicked_run(qtbot, tmp_path):
    document = Document()
    document.load(tiny_long_memory(epochs=2))
    window = SweepWindow(document)
    qtbot.addWidget(window)
    window.show()
    assert window.variable.currentData() == "lag"
    window.values.setText("2,3")
    window.cells["GRU"].setChecked(False)
    window.jobs.setValue(2)
    with qtbot.waitSignal(window.driver.finished, timeout=WAIT_MS):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
        assert window.stop_button.isEnabled()
    record = document.sweeps[-1]
    assert [e.status for e in record.entries] == ["completed"] * 4
    assert window.table.rowCount() == 4 and window.table.item(0, 3).text() == "completed"
    points = sweep_points(record, document.runs)
    for cell in ("SimpleRNN", "LSTM"):
        x, y = window.scatters[cell].getData()
        mine = [p for p in points if p.cell == cell]
        assert x.tolist() == [2.0, 3.0] and y.tolist() == [p.mean for p in mine]

    # A click on the LSTM's point at lag 3 opens that run with its final weights.
    plot = window.plot
    window.resize(1200, 700)
    target = next(p for p in points if p.cell == "LSTM" and p.value == 3)
    view = plot.plotItem.vb
    qtbot.waitUntil(lambda: view.width() > 100 and view.viewRect().contains(QPointF(3.0, target.mean)),
                    timeout=5000)  # laid out, with the point in view
    scene_pos = plot.plotItem.vb.mapViewToScene(QPointF(3.0, target.mean))
    with qtbot.waitSignal(window.run_opened, timeout=5000) as opened:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.mapFromScene(scene_pos))
    project = opened.args[0]
    run = project.runs[0]
    assert run.number == target.runs[0]
    assert project.architecture.input.time_steps == 4 and project.architecture.layers[0].kind == "LSTM"
    final = run.snapshots.weights(len(run.snapshots) - 1)
    assert all(np.array_equal(a, b) for a, b in zip(project.trained.weights, final))

    # A reopened project shows the sweep's plot.
    path = save_project(document.project(), tmp_path / "swept.lstmviz")
    reopened = Document()
    reopened.load(load_project(path))
    again = SweepWindow(reopened)
    qtbot.addWidget(again)
    assert again.scatters["LSTM"].getData()[1].tolist() == window.scatters["LSTM"].getData()[1].tolist()


def test_each_finished_sweep_run_reaches_the_recovery_file(qtbot, tmp_path):
    from lstmviz.model.sweep import sweep_json
    from lstmviz.ui.document.autosave import Autosaver, read_recovery
    from tests.sweep.sweep_support import hand_made, tiny_plan

    record, runs, _ = hand_made(tiny_plan())
    document = Document()
    document.load(tiny_long_memory())
    saver = Autosaver(document, tmp_path / "recovery", delay_ms=20)
    try:
        half = replace(record, entries=tuple(replace(e, status="pending", run=None) if e.run > 2 else e
                                             for e in record.entries))
        with qtbot.waitSignal(saver.saved, timeout=10_000):
            document.record_sweep(replace(half, key="k"), tuple(runs[:2]))  # two of four runs finished
        restored = read_recovery(saver.path).project
        assert [e.status for e in restored.sweeps[0].entries] == ["completed", "completed", "pending", "pending"]
        assert sweep_json(restored.sweeps[0], restored.runs) == sweep_json(half, runs[:2])
        # A failed run adds no run, but the sweep's change is written too.
        failed = half.with_entry(2, replace(half.entries[2], status="failed", message="boom"))
        with qtbot.waitSignal(saver.saved, timeout=10_000):
            document.record_sweep(failed)
        assert read_recovery(saver.path).project.sweeps[0].entries[2].message == "boom"
        assert len(document.sweeps) == 1  # the same sweep, grown in place
    finally:
        saver.close()


def test_a_sweeps_runs_join_the_runs_list_unchecked_and_marked(qtbot):
    """A dozen sweep runs overlaid on the loss plot would bury the run being taught: they are listed
    (marked, openable), but start unchecked; the user's own runs keep starting checked."""
    from lstmviz.ui.training.panel import TrainingPanel
    from tests.sweep.sweep_support import hand_made, tiny_plan

    record, runs, _ = hand_made(tiny_plan())
    document = Document()
    document.load(tiny_long_memory())
    panel = TrainingPanel(document)
    qtbot.addWidget(panel)
    document.record_sweep(replace(record, key="k"), tuple(runs))
    items = [panel.runs.list.item(i) for i in range(panel.runs.list.count())]
    assert len(items) == len(runs) and all(item.checkState() == Qt.CheckState.Unchecked for item in items)
    assert all("sweep" in item.text() and "Compare menu" in item.toolTip() for item in items)
    assert panel.runs.checked_runs() == []
    # Checking one overlays it like any run.
    with qtbot.waitSignal(panel.runs.overlays_changed, timeout=5_000):
        items[0].setCheckState(Qt.CheckState.Checked)
    assert [run.number for run in panel.runs.checked_runs()] == [items[0].data(Qt.ItemDataRole.UserRole)]
