"""The kinds that slide a window along time, in the window: palette, canvas, inspector, Unrolled tab."""

from __future__ import annotations

import pytest

from lstmviz.model import catalogue
from lstmviz.ui.look import style
from lstmviz.ui.editor import canvas_items
from tests.ui.editor_support import gap_point, isolated_settings, layer_kinds, window  # noqa: F401
from tests.ui.test_editor_canvas import drop, palette_mime

WINDOW_KINDS = tuple(k for k in ("Conv1D", "MaxPooling1D", "GlobalAveragePooling1D") if k in catalogue.KINDS)


@pytest.mark.parametrize("kind", WINDOW_KINDS)
def test_a_window_kind_is_dropped_drawn_edited_and_unrolled(window, qtbot, kind):
    canvas = window.canvas
    below_last = len(window.document.architecture.layers)
    drop(canvas, palette_mime(window, kind), gap_point(canvas, below_last))
    assert layer_kinds(window) == ["LSTM", "TimeDistributed", kind]
    info = window.document.inference[below_last]
    assert info.ok, info.error

    # On the canvas: its own block, in its family's colour, with the shape inference gives.
    block = canvas.canvas_scene.blocks[below_last]
    assert block.content.kind == kind and not block.content.error
    assert block.content.shape == catalogue.fmt_shape(info.output_shape)
    assert style.family(kind) == "Convolution" and style.kind_colour(kind) != style.kind_colour("Dense")
    assert canvas_items.key_options(kind, window.document.architecture.layers[below_last].options) \
        == block.content.detail

    # An option edited as the inspector does (one undoable edit) reaches the block.
    spec = catalogue.KINDS[kind]
    if spec.options:
        option = next(o for o in spec.options if o.type is int or o.type is bool)
        value = (not spec.options[0].default) if option.type is bool else option.default + 1
        window.document.set_option(below_last, option.name, value)
        assert window.document.architecture.layers[below_last].options[option.name] == value
        assert canvas.canvas_scene.blocks[below_last].content.kind == kind

    # On the Unrolled tab: drawn once, after the steps it reads.
    window.tabs.setCurrentWidget(window.unrolled_view)
    view = window.unrolled_view

    def drawn():
        layout = view.diagram_layout
        return [] if layout is None else [n for n in layout.nodes if n.layer_index == below_last and n.role == "single"]

    qtbot.waitUntil(lambda: len(drawn()) == 1)
    assert drawn()[0].kind == kind
