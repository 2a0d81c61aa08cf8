"""The unrolled view inside the real main window, driven by the real document."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lstmviz.ui.unrolled.view import UnrolledView
from tests.ui.editor_support import isolated_settings, window  # noqa: F401


def test_the_unrolled_tab_redraws_on_every_edit(window):
    view = window.findChild(QWidget, "unrolledDiagram")
    assert isinstance(view, UnrolledView)
    assert window.tabs.indexOf(view) == window.tabs.indexOf(window.unrolled_view) == 1
    window.tabs.setCurrentIndex(1)
    assert len(view.diagram.cell_items(0)) == 5 and view.values is not None
    doc = window.document
    doc.set_input(doc.architecture.input.__class__((3, 1)))
    assert len(view.diagram.cell_items(0)) == 3
    doc.set_option(0, "units", 2)
    block = [i for i in view.diagram.items() if i.data(0) == "weights" and i.node.layer_index == 0][0]
    assert doc.inference[0].params == 32  # 4 × ((1 + 2) × 2 + 2)
    assert "32 shared parameters" in block.node.title.replace("\n", " ")
    doc.set_option(0, "return_sequences", False)
    assert len([w for w in view.diagram.wire_items if w.wire.role == "tap"]) <= 1
    window.undo_stack.undo()
    assert len([w for w in view.diagram.wire_items if w.wire.role == "tap"]) == 3
    doc.insert_layer(1, "GRU", {"units": 4, "return_sequences": True})
    assert view.layer_combo.count() == 2
    doc.select(1)
    assert view.shown_layer == 1 and [i.node.layer_index for i in view.diagram.items() if i.data(0) == "band"] == [1]
    # The document's data has 5 steps; the edited input has 3: the view says so instead of guessing.
    assert view.values is None and "do not fit the input (3, 1)" in view.source_label.text()
    doc.set_input(doc.architecture.input.__class__((5, 1)))
    assert view.shown_layer == 1 and view.values.kind == "GRU" and view.values.steps == 5


def test_edits_made_on_the_architecture_tab_show_up_when_the_tab_opens(window):
    view = window.unrolled_view
    assert window.tabs.currentIndex() == 0 and not view.isVisible()
    window.document.load_example("bidirectional")
    assert view.shown_layer == 0
    assert not view.diagram.cell_items(0, -1)  # nothing is built while the tab is hidden
    window.tabs.setCurrentIndex(1)
    assert {c.node.direction for c in view.diagram.cell_items(0)} == {1, -1}
    assert view.values is not None and view.values.steps == 10
