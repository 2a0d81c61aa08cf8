"""Small things a class reads: the legend names only the layer's own gates, "1 epoch/s", an empty
model's summary says what to do, and a run's epochs never wrap away from their unit."""

from __future__ import annotations

import pytest

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.inference import infer
from lstmviz.ui.document.document import Document
from lstmviz.ui.editor.summary_model import total_cells
from lstmviz.ui.training.replay import PaceControl
from lstmviz.ui.training.runs import run_label
from lstmviz.ui.unrolled.view import UnrolledView
from tests.ui.test_trained_document import a_run


@pytest.mark.parametrize(("example", "gates", "tanh"), [
    ("long-memory-rnn", None, "h (tanh)"),
    ("long-memory-gru", "gates z, r (σ)", "h, candidate g (tanh)"),
    ("many-to-many", "gates f, i, o (σ)", "h, c, candidate g (tanh)"),
])
def test_the_colour_legend_names_the_layers_own_gates(qtbot, example, gates, tanh):
    doc = Document()
    doc.load_example(example)
    view = UnrolledView(doc)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    legends = [i for i in view.diagram.value_items if i.data(0) == "legend"]
    assert len(legends) == 1
    heads = [run.text for run in legends[0].text_runs() if run.text.endswith(")")]
    assert heads == ([gates] if gates else []) + [tanh]


def test_the_pace_reads_epoch_in_the_singular_for_one(qtbot):
    pace = PaceControl()
    qtbot.addWidget(pace)
    pace.set_pace(1)
    assert pace.text() == "1 epoch/s"
    pace.stepBy(1)
    assert pace.value() == 2 and pace.text() == "2 epochs/s"
    pace.set_pace(0)
    assert pace.text() == "as fast as possible"


def test_an_empty_model_says_to_add_a_layer_not_to_fix_a_red_one():
    empty = infer(Architecture(InputSpec((5, 1)), ()))
    assert total_cells(empty)[3] == "no layers yet: drag one from the palette"
    # TimeDistributed on a 2-D input: a red layer.
    broken = infer(Architecture(InputSpec((5, 1)), ()).insert(0, LayerSpec("TimeDistributed", {"units": 1}))
                   .with_input(InputSpec((5,))))
    assert not broken.ok and broken.layers
    assert total_cells(broken)[3].startswith("incomplete:")


def test_a_runs_epochs_stay_beside_their_unit():
    doc = Document()
    label = run_label(a_run(1, [0.3] * 1000, doc.training))
    assert "1000\u00a0ep" in label and "1000 ep" not in label
