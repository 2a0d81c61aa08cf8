"""Nothing the Unrolled view draws is cut at its edges: a text or a box is wholly in view or wholly out of it,
for every bundled example and for wide models, on 1280x720 and 1920x1080, in presenter and normal mode, in
English and Chinese. Where presenter text makes the diagram larger than the view, the view shows less (fewer
steps, closer columns) and scrolls to where its edges fall between things, never through them."""

from __future__ import annotations

import pytest

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import example_names
from lstmviz.ui.language import language
from lstmviz.ui.unrolled import edges
from lstmviz.ui.unrolled.items import TextItem
from tests.ui.real_display import cut_at_edges
from tests.ui.window_sizes import open_window, settle

WIDE_MODELS = {
    "a long layer name": Architecture(InputSpec((12, 3)), (
        LayerSpec("LSTM", {"units": 8, "return_sequences": True}, name="encoder_lstm_with_a_very_long_keras_name"),
        LayerSpec("Dense", {"units": 1}),
    )),
    "many units": Architecture(InputSpec((40, 16)), (
        LayerSpec("LSTM", {"units": 512}),
        LayerSpec("Dense", {"units": 10}),
    )),
    "Bidirectional": Architecture(InputSpec((30, 2)), (
        LayerSpec("Bidirectional", {"layer": "GRU", "units": 64, "merge_mode": "concat", "return_sequences": True}),
        LayerSpec("Bidirectional", {"layer": "LSTM", "units": 32, "merge_mode": "sum"}),
        LayerSpec("Dense", {"units": 3}),
    )),
}


@pytest.fixture
def lang(qapp, request):
    request.addfinalizer(lambda: language.apply(language.ENGLISH, qapp))
    language.apply(language.CHINESE if request.param == "zh_CN" else language.ENGLISH, qapp)
    return request.param


# Presenter mode (where the text outgrows the view) in both languages on both screens; normal mode fits the
# diagram at its smallest readable scale or scrolls, once per language. The tightest screen (1280x720) runs
# by default; 1920x1080, where the same rules hold with more room, with ``-m slow``.
LARGE = pytest.mark.slow


@pytest.mark.parametrize(("lang", "size", "presenter"), [
    ("en", (1280, 720), True), ("zh_CN", (1280, 720), True), pytest.param("en", (1920, 1080), True, marks=LARGE),
    pytest.param("zh_CN", (1920, 1080), True, marks=LARGE), ("en", (1280, 720), False),
    pytest.param("zh_CN", (1920, 1080), False, marks=LARGE),
], ids=["en-1280x720-presenter", "zh_CN-1280x720-presenter", "en-1920x1080-presenter",
        "zh_CN-1920x1080-presenter", "en-1280x720-normal", "zh_CN-1920x1080-normal"], indirect=["lang"])
@pytest.mark.parametrize("part", [0, 1], ids=["examples-1", "examples-2-and-wide-models"])
def test_no_text_or_box_is_cut_at_the_unrolled_views_edges(qtbot, lang, size, presenter, part):
    # In two parts (every other example; the wide models with the second), which the test workers share.
    window = open_window(qtbot, "many-to-many", size, presenter, tab=1)
    view = window.unrolled_view
    problems = {}
    for name in example_names()[part::2]:
        assert window.open_example(name)
        settle()
        problems[name] = cut_at_edges(view, detail=True)
        if presenter and len(view.diagram.cell_items(view.shown_layer, 1)) > 1:
            # Unrolling is read from two cells at least, and starts from the initial states: both whole in view.
            seen = view.mapToScene(view.viewport().rect()).boundingRect()
            cells = [c.sceneBoundingRect() for c in view.diagram.cell_items(view.shown_layer, 1)]
            top, bottom = min(c.top() for c in cells), max(c.bottom() for c in cells)
            starts = [i.sceneBoundingRect() for i in view.diagram.items() if i.data(0) == "wire-label:init"
                      and i.sceneBoundingRect().center().x() < min(c.left() for c in cells)
                      and top <= i.sceneBoundingRect().center().y() <= bottom]
            assert sum(seen.contains(c) for c in cells) >= 2, name
            assert starts and all(seen.contains(s) for s in starts), (name, seen, starts)
    for what, architecture in WIDE_MODELS.items() if part == 1 else ():
        assert window.document.replace_architecture(architecture, what)
        settle()
        problems[what] = cut_at_edges(view, detail=True)
    assert {name: cut for name, cut in problems.items() if cut} == {}


def test_the_edges_move_off_what_they_would_cut_and_keep_what_must_stay_whole():
    label, cell, block = (40.0, 0.0, 90.0, 20.0), (100.0, 0.0, 190.0, 80.0), (-200.0, 0.0, -5.0, 80.0)
    scene = (-300.0, 0.0, 600.0, 100.0)
    # A window whose left edge runs through the label moves left of it, the cell still whole.
    moved = edges.place((60.0, 0.0, 260.0, 100.0), [label, cell, block], scene, keep=cell, air=2)
    assert edges.cut_boxes([label, cell, block], moved) == []
    assert moved[0] <= label[0] and moved[2] >= cell[2] and moved[2] - moved[0] == 200
    # Where holding the cell leaves no place that cuts nothing, the fewest are cut and the cell stays whole.
    narrow = edges.place((60.0, 0.0, 160.0, 100.0), [label, cell, block], scene, keep=cell, air=2)
    assert narrow[0] <= cell[0] and narrow[2] >= cell[2]
    # Without anything to keep, the window is only nudged (a quarter of its size at most), never sent elsewhere.
    nudged = edges.place((-10.0, 0.0, 30.0, 100.0), [block], scene, air=2)
    assert abs(nudged[0] - -10.0) <= 10 and edges.cut_boxes([block], nudged) == []


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1920x1080", "1280x720"])
def test_the_gradient_maps_heading_fits_the_presenter_view(qtbot, size):
    """A run's gradients through time add a heading below the diagram; at presenter text size it wraps
    to the row of cells the view shows instead of running past both of its edges."""
    import numpy as np

    from lstmviz.model.gradient_history import GradientHistory

    window = open_window(qtbot, "many-to-many", size, True, tab=1)
    view = window.unrolled_view
    history = GradientHistory()
    for epoch in (0, 1, 2):
        history.add(epoch, {(0, 1, "h"): np.linspace(0.1, 1, 5), (0, 1, "c"): np.linspace(0.2, 1, 5)}, samples=5)
    view.set_step_gradients(history)
    settle()
    heading = next(i for i in view.diagram.items() if isinstance(i, TextItem) and i.text.startswith("Gradients"))
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    # Scrolled down to it, the heading can be seen whole: it is no wider than what the view shows.
    assert "\n" in heading.text and heading.sceneBoundingRect().width() <= seen.width(), (heading.sceneBoundingRect(), seen)
