"""Inside the cell follows the time step, the sample and the values, and shows all of its tables;
the Unrolled tab's sample picker; values from a finished run's weights equal Keras-order numpy math."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QTableWidget

from lstmviz.model import cell_math
from lstmviz.model.cells import value_name
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.cell_values import CellValues, of_trace
from lstmviz.ui.document.document import Document
from lstmviz.model.cell_values.moments import WeightValues
from lstmviz.ui.unrolled.view import UnrolledView
from tests.ui.recorded_run import record_run


@pytest.fixture
def view(qtbot):
    doc = Document()
    doc.load_example("one-to-one")  # five samples of one step: x = 0.0, 0.2, ..., 0.8
    view = UnrolledView(doc)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _trace(doc, sample):
    options = doc.architecture.layers[0].options
    x = doc.data.dataset.x[sample:sample + 1]
    return cell_math.run_layer("LSTM", x, cell_math.initial_weights("LSTM", 1, options, doc.training.seed), options)


def test_the_sample_picker_shows_each_sample_and_follows_the_predictions(view):
    doc = view.document
    picker = view.sample_spin
    assert picker.isVisible() and (picker.minimum(), picker.maximum()) == (1, 5) and picker.value() == 1
    picker.setValue(3)  # x = 0.4
    assert view.sample == 2 and view.values.sample == 2
    np.testing.assert_allclose(view.values.gates["f"][0], _trace(doc, 2).gates["f"][0, 0], rtol=1e-6)
    assert "sample 3" in view.diagram.value_items[0].text  # the heatmaps' heading names it
    many = Document()
    many.load_example("many-to-many")  # one sample: no picker
    view.document = None
    view.set_architecture(many.architecture, many.inference, dataset=many.data.dataset, seed=1)
    assert not picker.isVisible() and view.sample == 0


def test_the_cell_detail_follows_the_slider_and_its_own_step_buttons(qtbot):
    doc = Document()
    doc.load_example("many-to-many")
    view = UnrolledView(doc)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    cell = view.diagram.cell_items(0)[1]
    view.open_gate_detail(cell.node)
    detail = view.gate_detail
    assert view.slider.value() == 1 and "t = 2" in detail.title.text() and detail.step_label.text() == "t = 2 of 5"
    view.set_step(3)
    assert "t = 4" in detail.title.text() and detail.t == 3
    mean = f"{view.values.gates['f'][3].mean():+.3f}"
    table = detail.values_table
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == value_name("f"))
    assert table.item(row, 0).text() == mean  # the forget gate's mean at t = 4
    detail.next_button.click()
    assert view.slider.value() == 4 and not detail.next_button.isEnabled()
    detail.previous_button.click()
    detail.previous_button.click()
    assert view.slider.value() == 2 and "t = 3" in detail.title.text()


def test_the_cell_detail_follows_live_values_and_shows_whole_tables(qtbot):
    doc = Document()
    doc.load_example("many-to-many")
    view = UnrolledView(doc)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.open_gate_detail(view.diagram.cell_items(0)[0].node)
    detail = view.gate_detail
    qtbot.waitExposed(detail)
    gates = {k: np.full((5, 5), 0.25, np.float32) for k in ("i", "f", "g", "o")}
    states = {k: np.full((5, 5), -0.5, np.float32) for k in ("h", "c")}
    view.set_cell_values(CellValues(0, "LSTM", gates, states, "training, epoch 42", epoch=42))
    qtbot.waitUntil(lambda: "epoch 42" in detail.values_note.text(), timeout=2000)
    assert detail.values_table.item(0, 0).text() in ("+0.250", "-0.500")
    for table in (detail.table, detail.values_table):  # every row shown, no scrolling
        assert isinstance(table, QTableWidget) and not table.verticalScrollBar().isVisible()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        assert table.viewport().height() >= rows


def test_a_finished_runs_weights_give_the_values_for_any_sample(qtbot):
    doc = Document()
    doc.load_example("one-to-one")
    view = UnrolledView(doc)
    qtbot.addWidget(view)
    view.show()
    record_run(doc)
    assert view.source_label.text() == "values: run #1, epoch 1000"
    view.set_sample(4)
    kernel, recurrent, bias = doc.trained.weights[:3]
    options = doc.architecture.layers[0].options
    expect = cell_math.run_layer("LSTM", doc.data.dataset.x[4:5], [kernel, recurrent, bias], options)
    np.testing.assert_allclose(view.values.states["h"], expect.states["h"][0], rtol=1e-5)
    moment = view.moment()
    assert isinstance(moment, WeightValues) and moment.epoch == 1000  # a replay supplies the same kind of object


def test_probe_values_of_another_sample_are_computed_from_the_probes_weights(view):
    doc = view.document
    options = doc.architecture.layers[0].options
    weights = cell_math.initial_weights("LSTM", 1, options, 5)
    x = doc.data.dataset.x
    trace = cell_math.run_layer("LSTM", x[0:1], weights, options)
    probe = of_trace(trace, 0, "training, epoch 3", epoch=3, weights=tuple(weights))
    view.set_cell_values(probe)
    view._apply_probe()
    view.set_sample(3)
    other = cell_math.run_layer("LSTM", x[3:4], weights, options)
    np.testing.assert_allclose(view.values.gates["i"], other.gates["i"][0], rtol=1e-6)
    assert view.source_label.text() == "values: training, epoch 3"


def test_examples_still_draw_with_the_sample_picker(qtbot):
    for name in ("stacked-lstm", "bidirectional", "text-embedding"):
        doc = Document()
        doc.load_example(name)
        view = UnrolledView(doc)
        qtbot.addWidget(view)
        view.show()
        assert view.values is not None, (name, view.source_label.text())
        if doc.data.dataset.samples > 1:
            view.set_sample(doc.data.dataset.samples - 1)
            assert view.values is not None and view.values.sample == doc.data.dataset.samples - 1
    assert EXAMPLES  # every example above is a real one
