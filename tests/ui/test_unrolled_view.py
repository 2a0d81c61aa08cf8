"""The unrolled view with real widgets offscreen: items per step, hover, clicks, values, documents."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from lstmviz.model import cell_math
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.diagram.types import KEEP
from lstmviz.model.cell_values import CellValues
from lstmviz.ui.unrolled.items import CellItem, NodeItem, WireItem
from lstmviz.ui.document.document import Document
from lstmviz.ui.unrolled.view import UnrolledView


def arch(steps, *layers, features=1):
    return Architecture(InputSpec((steps, features)), tuple(LayerSpec(k, o) for k, o in layers))


def probe_of(epoch, gates, states, kind="LSTM"):
    """Values of layer 0 on sample 0 as the engine's probe sends them at ``epoch``."""
    return CellValues(0, kind, gates, states, f"training, epoch {epoch}", epoch=epoch)


@pytest.fixture
def make_view(qtbot):
    def make(architecture=None, example=None, document=None, size=(1100, 700)):
        view = UnrolledView(document)
        qtbot.addWidget(view)
        view.resize(*size)
        if example is not None:
            ex = EXAMPLES[example]
            view.set_architecture(ex.architecture, dataset=ex.dataset, seed=0)
        elif architecture is not None:
            view.set_architecture(architecture)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def by_role(view, role):
    return [i for i in view.diagram.items() if i.data(0) == role]


def viewport_point(view, item):
    view.centerOn(item)
    return view.mapFromScene(item.mapToScene(item.boundingRect().center()))


def test_one_cell_item_per_time_step(make_view):
    view = make_view(arch(5, ("LSTM", {"units": 3})))
    assert view.objectName() == "unrolledDiagram"
    cells = view.diagram.cell_items(0)
    assert sorted(c.data(2) for c in cells) == [0, 1, 2, 3, 4]
    assert all(isinstance(c, CellItem) for c in by_role(view, "cell"))
    view.set_architecture(arch(100, ("LSTM", {"units": 3})))
    cells = view.diagram.cell_items(0)
    assert sorted(c.data(2) for c in cells) == list(range(KEEP)) + list(range(100 - KEEP, 100))
    gaps = [g for g in by_role(view, "gap") if g.node.layer_index == 0]
    assert len(gaps) == 1 and "94 more" in gaps[0].node.lines[0]


def test_the_weight_block_is_wired_to_every_step(make_view):
    view = make_view(example="many-to-many")
    for layer, steps in ((0, 5), (1, 5)):
        (block,) = [b for b in by_role(view, "weights") if b.node.layer_index == layer]
        ties = [w for w in view.diagram.wire_items if w.wire.role == "tie" and w.wire.source == block.node.id]
        targets = {w.wire.target for w in ties}
        members = [i for i in view.diagram.node_items.values() if i.node.layer_index == layer
                   and i.node.role in ("cell", "step")]
        assert len(ties) == len(members) == steps and targets == {m.node.id for m in members}
    assert "6 shared parameters" in [b for b in by_role(view, "weights") if b.node.layer_index == 1][0].node.title \
        .replace("\n", " ")


def test_taps_follow_return_sequences_in_the_scene(make_view):
    many = make_view(example="many-to-many")
    one = make_view(example="many-to-one")
    taps = lambda v: [w for w in v.diagram.wire_items if w.wire.role == "tap"]  # noqa: E731
    assert len(taps(many)) == 5
    assert len(taps(one)) == 1 and taps(one)[0].wire.label == "h(5)"
    (dense,) = by_role(one, "single")
    assert "30 parameters" in dense.node.lines[0]


def move_mouse(widget, pos: QPoint) -> None:
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_hovering_a_step_lights_up_every_step_and_the_weights(make_view, qtbot):
    view = make_view(arch(4, ("GRU", {"units": 2})))
    cells = view.diagram.cell_items(0)
    (block,) = by_role(view, "weights")
    ties = [w for w in view.diagram.wire_items if w.wire.role == "tie"]
    assert not block.highlighted
    # Mouse-move events straight to the viewport: QTest.mouseMove goes through the cursor, and
    # offscreen every window sits at (0, 0), so a window left by an earlier test may take it.
    move_mouse(view.viewport(), QPoint(4, 4))
    move_mouse(view.viewport(), viewport_point(view, cells[2]))
    qtbot.waitUntil(lambda: block.highlighted)
    assert all(c.highlighted for c in cells) and all(t.highlighted for t in ties)
    corner = QPoint(3, 3)  # the scene's empty top-left margin
    assert not [i for i in view.items(corner) if i.acceptHoverEvents()]
    move_mouse(view.viewport(), corner)
    qtbot.waitUntil(lambda: not block.highlighted)
    assert not any(c.highlighted for c in cells)


@pytest.mark.parametrize("example,layer", [("many-to-many", 0), ("gru-vs-lstm", 0), ("bidirectional", 0),
                                           (None, 0)])
def test_clicking_a_cell_opens_its_gates_with_counts_summing_to_the_layer(make_view, qtbot, example, layer):
    view = make_view(example=example) if example else make_view(arch(3, ("SimpleRNN", {"units": 4}), features=2))
    cell = view.diagram.cell_items(layer)[1]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, cell))
    qtbot.waitUntil(lambda: view.gate_detail is not None and view.gate_detail.isVisible())
    detail = view.gate_detail
    info = view.inference[layer]
    counts = detail.gate_counts()
    kind = info.kind if info.kind != "Bidirectional" else view.architecture.layers[layer].options["layer"]
    assert list(counts) == {"LSTM": ["f", "i", "g", "o"], "GRU": ["z", "r", "g"], "SimpleRNN": ["h"]}[kind]
    assert sum(counts.values()) * info.derivation.directions == info.params == detail.total
    gates = [i.data(1) for i in detail.cell_scene.items() if i.data(0) == "gate"]
    assert sorted(gates) == sorted(counts)
    operations = [i.data(1) for i in detail.cell_scene.items() if i.data(0) == "operation"]
    if kind == "LSTM":
        assert sorted(operations) == sorted(["\u2299", "\u2299", "\u2299", "+"])
    assert f"t = {cell.node.t + 1}" in detail.title.text()


def test_displayed_values_equal_cell_math_on_initial_weights(make_view):
    view = make_view(example="many-to-many")
    assert view.source_label.text() == "values: initial weights"
    x = load_dataset(EXAMPLES["many-to-many"].dataset).x
    options = view.architecture.layers[0].options
    trace = cell_math.run_layer("LSTM", x[:1], cell_math.initial_weights("LSTM", 1, options, 0), options)
    for cell in view.diagram.cell_items(0):
        t = cell.node.t
        for key in ("i", "f", "g", "o"):
            np.testing.assert_allclose(cell.values[key], trace.gates[key][0, t], rtol=1e-6)
        for key in ("h", "c"):
            np.testing.assert_allclose(cell.values[key], trace.states[key][0, t], rtol=1e-6)
    heatmaps = {h.symbol: h for h in view.diagram.heatmaps()}
    assert sorted(heatmaps) == sorted(["h", "c", "f", "i", "g", "o"])
    hm = heatmaps["f"]
    r = hm.rect
    point = QPointF(r.x() + r.width() * 3.5 / 5, r.y() + r.height() * 1.5 / 5)  # t = 4, unit 2
    assert hm.cell_at(point) == (3, 1)
    assert hm.text_at(point).endswith(f"{trace.gates['f'][0, 3, 1]:+.4f}")


def test_a_training_probe_replaces_the_initial_values(make_view):
    view = make_view(example="many-to-many")
    rng = np.random.default_rng(3)
    gates = {k: rng.uniform(0, 1, (5, 5)).astype(np.float32) for k in ("i", "f", "g", "o")}
    states = {k: rng.uniform(-1, 1, (5, 5)).astype(np.float32) for k in ("h", "c")}
    view.set_cell_values(probe_of(7, gates, states))
    assert view.source_label.text() == "values: training, epoch 7"
    for cell in view.diagram.cell_items(0):
        np.testing.assert_array_equal(cell.values["o"], gates["o"][cell.node.t])
        np.testing.assert_array_equal(cell.values["c"], states["c"][cell.node.t])
    view.set_step(2)
    assert view.readout.text().startswith(f"t = 3:  h {states['h'][2].mean():+.2f}")
    cell = view.diagram.cell_items(0)[2]
    assert cell.step_selected and f"{gates['f'][2].mean():+.3f}" in cell.describe("f")
    view.clear_cell_values()
    assert view.source_label.text() == "values: initial weights"


def test_a_backwards_layer_shows_each_value_above_the_input_it_read(make_view):
    view = make_view(arch(4, ("SimpleRNN", {"units": 2, "go_backwards": True})))
    h = np.arange(8, dtype=np.float32).reshape(4, 2) / 10  # processing order: row 0 read x(4)
    view.set_cell_values(probe_of(1, {}, {"h": h}, kind="SimpleRNN"))
    for cell in view.diagram.cell_items(0, -1):
        np.testing.assert_array_equal(cell.values["h"], h[3 - cell.node.t])
    (hm,) = view.diagram.heatmaps()
    np.testing.assert_array_equal(hm.values, h[::-1])


def test_values_for_a_mismatched_dataset_say_why(make_view):
    view = make_view(arch(7, ("LSTM", {"units": 2})))
    view.set_dataset(DatasetSpec("tutorial", layout="many-to-many"))
    assert view.values is None
    assert view.source_label.text().startswith("no values (the dataset's samples (5, 1) do not fit the input (7, 1)")
    view.set_dataset(DatasetSpec("csv", path="/nonexistent/prices.csv", time_steps=7, layout="many-to-one"))
    assert "prices.csv" in view.source_label.text()


def test_the_slider_and_play_walk_through_time(make_view, qtbot):
    view = make_view(example="many-to-one")
    assert view.slider.maximum() == 4
    view.timer.setInterval(10)
    view.play_button.click()
    assert view.play_button.isChecked()
    qtbot.waitUntil(lambda: view.slider.value() >= 2, timeout=3000)
    view.play_button.click()
    assert not view.timer.isActive()
    step = view.slider.value()
    selected = [c.node.t for c in view.diagram.cell_items(0) if c.step_selected]
    assert selected == [step]
    assert all(h.step == step for h in view.diagram.heatmaps())


def test_the_view_follows_the_document(make_view):
    doc = Document()
    doc.load_example("stacked-lstm")
    view = make_view(document=doc)
    assert view.shown_layer == 0 and view.layer_combo.count() == 2
    assert [n.layer_index for n in (i.node for i in by_role(view, "band"))] == [0]
    doc.select(1)
    assert view.shown_layer == 1 and view.layer_combo.currentIndex() == 1
    assert [i.node.layer_index for i in by_role(view, "band")] == [1]
    assert view.values.layer_index == 1 and view.values.units == 8
    doc.select(2)  # the Dense layer: nothing to show, keep the LSTM
    assert view.shown_layer == 1
    doc.replace_architecture(doc.architecture.set_option(1, "return_sequences", True).remove(2)
                             .with_input(InputSpec((4, 1))), "edit")
    assert len(view.diagram.cell_items(1)) == 4
    assert len([w for w in view.diagram.wire_items if w.wire.role == "tap"]) == 8
    assert view.values is None and "do not fit" in view.source_label.text()
    doc.replace_architecture(doc.architecture.insert(0, LayerSpec("GRU", {"units": 3, "return_sequences": True})),
                             "edit")
    assert view.layer_combo.count() == 3 and view.diagram.cell_items(0)[0].node.kind == "GRU"


def test_an_architecture_without_recurrent_layers_shows_a_message(make_view):
    view = make_view(arch(5, ("Dense", {"units": 2})))
    assert not view.diagram.cell_items()
    texts = [i.text for i in view.diagram.items() if hasattr(i, "text") and isinstance(i.text, str)]
    assert any("no recurrent layer" in t for t in texts)
    assert view.layer_combo.count() == 0 and not view.slider.isEnabled()


def test_items_carry_their_model_data(make_view):
    view = make_view(example="bidirectional")
    assert {i.data(0) for i in view.diagram.items() if isinstance(i, NodeItem)} >= {
        "cell", "weights", "input", "merge", "single", "output"}
    assert {i.data(0) for i in view.diagram.items() if isinstance(i, WireItem)} >= {
        "x", "tap", "state", "init", "tie", "merge"}
    directions = {c.node.direction for c in view.diagram.cell_items(0)}
    assert directions == {1, -1}


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_every_example_paints_with_values(make_view, name):
    from PySide6.QtGui import QImage, QPainter

    view = make_view(example=name)
    assert view.values is not None, view.source_label.text()
    assert view.diagram.heatmaps() and all(c.values for c in view.diagram.cell_items(view.shown_layer, 1))
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    view.render(painter)  # paint errors inside items fail the test through pytest-qt
    painter.end()
    for cell in view.diagram.cell_items():
        view.open_gate_detail(cell.node)
    assert view.gate_detail.total == view.inference[view.diagram.cell_items()[-1].node.layer_index].params


def test_fast_probes_are_coalesced_and_hidden_views_wait(make_view, qtbot):
    view = make_view(example="many-to-one")
    h = np.zeros((5, 5), np.float32)

    def probe(epoch):
        gates = {k: np.full((5, 5), epoch / 100, np.float32) for k in ("i", "f", "g", "o")}
        return probe_of(epoch, gates, {"h": h, "c": h})

    for epoch in range(1, 6):
        view.set_cell_values(probe(epoch))
    assert view.source_label.text() == "values: training, epoch 1"  # the rest arrived within one interval
    qtbot.waitUntil(lambda: view.source_label.text() == "values: training, epoch 5", timeout=2000)
    view.hide()
    view.set_cell_values(probe(9))
    assert view.source_label.text() == "values: training, epoch 5"
    view.show()
    assert view.source_label.text() == "values: training, epoch 9"
    assert float(view.diagram.cell_items(0)[0].values["f"][0]) == pytest.approx(0.09)


def test_the_header_ends_where_a_vertical_scroll_bar_begins(make_view, qtbot):
    view = make_view(example="many-to-many", size=(900, 400))
    bar = view.verticalScrollBar()

    def fit_button_clear_of_the_bar() -> bool:
        right = view.fit_button.mapTo(view, QPoint(view.fit_button.width(), 0)).x()
        return not bar.isVisible() or right <= bar.mapTo(view, QPoint(0, 0)).x()

    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a tall diagram: it scrolls
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    qtbot.waitUntil(fit_button_clear_of_the_bar, timeout=2000)
    assert view.header.width() == view.width() - 2 * view.frameWidth() - bar.width()
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    qtbot.waitUntil(lambda: view.header.width() == view.width() - 2 * view.frameWidth(), timeout=2000)
