"""Presenter mode: the action, what it changes and puts back, and text a room can read.

Text sizes are measured in rendered pixels (lstmviz.ui.look.ink: each text painted alone in its
font at its view's scale, from the top of its tallest glyph to the bottom of its lowest).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QKeySequence

from lstmviz import cli
from lstmviz.diagram.types import PRESENTER_TYPE
from lstmviz.ui.look import ink
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.text_fit import smallest_text
from tests.ui.window_sizes import open_window, settle, show_tab

TUTORIAL = ("one-to-one", "many-to-one", "many-to-many")


def _no_scroll_bars(view) -> bool:
    return not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()


def _short(inks, minimum):
    """The texts (with a full-height glyph) that ink fewer than ``minimum`` rendered pixels."""
    return [(i.text, i.height, i.where) for i in inks if i.counts and i.height < minimum]


def _report(label, inks) -> str:
    low = ink.smallest(inks)
    return f"{label} {low.height:.0f} px ({low.text!r})" if low else f"{label} -"


@pytest.mark.parametrize("example", TUTORIAL)
def test_presenter_mode_at_1280x720_draws_every_text_at_least_16_px_of_ink_and_widgets_18(qtbot, example):
    window = open_window(qtbot, example, (1280, 720), presenter=True, tab=1)
    view = window.unrolled_view
    panes = (window.training_panel.loss_pane.plot, window.training_panel.prediction_pane.plot)
    diagram, plots = ink.scene_inks(view), [i for p in panes for i in ink.plot_inks(p)]
    widgets = ink.widget_inks(window)
    show_tab(window, 0)
    canvas = ink.scene_inks(window.canvas)
    print(f"{example} presenter 1280x720 ink: " + ", ".join(
        (_report("unrolled", diagram), _report("architecture", canvas), _report("plots", plots),
         _report("widgets", widgets))) + f"; scale {view.transform().m22():.2f}, columns {view._columns}")
    assert diagram and canvas and plots and widgets
    assert _short(diagram, 16) == [] and _short(canvas, 16) == [] and _short(plots, 16) == []
    assert _short(widgets, 18) == []
    assert view.diagram.cell_items(view.shown_layer) and view.values is not None  # the cells, with their values


def test_presenter_text_grows_on_a_larger_screen(qtbot):
    window = open_window(qtbot, "many-to-many", (1920, 1080), presenter=True, tab=1)
    assert window.presenter.factor == 1.5
    assert _short(ink.scene_inks(window.unrolled_view), 24) == []
    assert _short(ink.widget_inks(window), 27) == []
    assert _short(ink.plot_inks(window.training_panel.loss_pane.plot), 24) == []


def test_a_diagram_too_large_for_its_text_shows_fewer_steps_and_follows_the_step_shown(qtbot):
    window = open_window(qtbot, "many-to-one", (1280, 720), presenter=True, tab=1)
    view = window.unrolled_view
    assert view._columns[1] == 1 and not view.diagram.heatmaps()  # the first step, "…", the last
    view.set_step(view.slider.maximum())
    settle()
    last = max((c for c in view.diagram.cell_items(view.shown_layer) if c.node.t is not None),
               key=lambda c: c.node.t)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(last.sceneBoundingRect())
    view.set_step(0)
    settle()
    first = min((c for c in view.diagram.cell_items(view.shown_layer) if c.node.t is not None),
                key=lambda c: c.node.t)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    # Where the first and the last cell fit side by side, both stay in view: unrolling needs two cells.
    assert shown.contains(first.sceneBoundingRect()) and shown.contains(last.sceneBoundingRect())
    # The initial states ("c(0) = 0") are what unrolling starts from: whole in view where there is room for them.
    row = first.sceneBoundingRect()
    starts = [item.sceneBoundingRect() for item in view.diagram.items()
              if item.data(0) == "wire-label:init" and item.sceneBoundingRect().left() < row.left()
              and item.sceneBoundingRect().bottom() >= row.top() and item.sceneBoundingRect().top() <= row.bottom()]
    assert starts
    if last.sceneBoundingRect().right() - min(r.left() for r in starts) < shown.width():
        assert all(shown.contains(r) for r in starts), (shown, starts)


def test_the_cell_detail_keeps_its_text_readable_in_presenter_mode(qtbot):
    window = open_window(qtbot, "many-to-many", (1280, 720), presenter=True, tab=1)
    view = window.unrolled_view
    view.open_gate_detail(view.diagram.cell_items(view.shown_layer)[0].node)
    detail = view.gate_detail
    qtbot.waitExposed(detail)
    settle()
    drawing = ink.scene_inks(detail.cell_view)
    print(_report("cell detail drawing", drawing), _report("cell detail widgets", ink.widget_inks(detail)))
    assert drawing and _short(drawing, 16) == []
    assert _short(ink.widget_inks(detail), 18) == []
    detail.close()
    window.presenter.set_active(False)
    view.open_gate_detail(view.diagram.cell_items(view.shown_layer)[0].node)
    assert detail.cell_view.min_ink is None  # normal mode: the drawing fits the dialog again
    detail.close()


def test_ink_is_measured_from_rendered_pixels():
    font = QFont("DejaVu Sans")
    font.setPixelSize(100)
    cap = QFontMetricsF(font).capHeight()
    assert abs(ink.ink_height("H", font) - cap) <= 2
    assert ink.ink_height("Hg", font) > ink.ink_height("H", font) + 15  # the descender of g
    assert abs(ink.ink_height("H", font, 0.5) - cap / 2) <= 2
    assert ink.ink_height("   ", font) == 0
    assert ink.has_tall_glyph("t = 1") and ink.has_tall_glyph("训练") and not ink.has_tall_glyph("c")
    size = ink.pixel_size_for_ink(18)
    font.setPixelSize(size)
    assert min(ink.ink_height(ch, font) for ch in "t1H") >= 18
    font.setPixelSize(size - 1)
    assert min(ink.ink_height(ch, font) for ch in "t1H") < 18


@pytest.mark.parametrize("example", TUTORIAL)
def test_normal_mode_at_1920x1080_shows_the_unrolled_text_at_least_9_px(qtbot, example):
    window = open_window(qtbot, example, (1920, 1080), presenter=False, tab=1)
    view = window.unrolled_view
    size, text = smallest_text(view)
    print(f"{example} normal 1920x1080: smallest text {size:.1f} px ({text!r}), scale {view.transform().m22():.2f}")
    assert size >= 9.0, (size, text)
    assert _no_scroll_bars(view) and view.diagram.heatmaps()


def test_the_action_enters_and_leaves_presenter_mode(window, qtbot):
    action = window.presenter.action
    assert action.objectName() == "presenterAction" and action.isCheckable()
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F11)
    assert action in window.view_menu.actions()
    docks = (window.palette_dock, window.inspector_dock, window.summary_dock)
    assert all(d.isVisible() for d in docks)
    area = window.dockWidgetArea(window.training_dock)
    action.trigger()
    assert window.presenter.active and window.isFullScreen()
    assert not any(d.isVisible() for d in docks) and window.presenter.strip.isVisible()
    assert window.dockWidgetArea(window.training_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.unrolled_view.typography == PRESENTER_TYPE and not window.statusBar().isVisible()
    assert window.training_panel.loss_pane.line_scale == 2.0
    # The strip brings a collapsed panel back, and hides it again.
    strip_inspector = window.presenter.strip.buttons[1]
    strip_inspector.click()
    assert window.inspector_dock.isVisible() and strip_inspector.isChecked()
    strip_inspector.click()
    assert not window.inspector_dock.isVisible()
    action.trigger()
    assert not window.presenter.active and not window.isFullScreen()
    assert all(d.isVisible() for d in docks) and not window.presenter.strip.isVisible()
    assert window.dockWidgetArea(window.training_dock) == area and window.statusBar().isVisible()
    assert window.training_panel.loss_pane.line_scale == 1.0 and not window.unrolled_view.presenter


def test_presenter_mode_draws_thicker_curves_and_folds_the_settings(window):
    panel = window.training_panel
    normal = panel.loss_pane.loss_curve.opts["pen"].widthF()
    window.presenter.set_active(True, size=(1280, 720))
    assert panel.loss_pane.loss_curve.opts["pen"].widthF() == 2 * normal
    settle()
    assert panel.setup.compact and not panel.form.isVisible()  # folded into one line
    assert not panel.controls_scroll.verticalScrollBar().isVisible()
    panel.setup.settings_toggle.click()  # the settings open in a popup, the panel keeps its height
    assert panel.form.isVisible() and panel.setup.popup.isVisible()
    panel.setup.popup.hide()
    window.presenter.set_active(False)
    assert panel.loss_pane.loss_curve.opts["pen"].widthF() == normal


def test_the_screenshot_command_renders_presenter_mode(tmp_path):
    out = tmp_path / "presenter.png"
    assert cli.main(["screenshot", "many-to-many", "-o", str(out), "--tab", "unrolled", "--size", "1280x720",
                     "--presenter"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_lstmviz_presenter_file_opens_the_window_in_presenter_mode(monkeypatch):
    seen = []
    monkeypatch.setattr("lstmviz.app.main_gui", lambda argv: seen.append(argv) or 0)
    assert cli.main(["--presenter", "one-to-one"]) == 0
    assert cli.main(["--presenter"]) == 0
    assert seen == [["--presenter", "one-to-one"], ["--presenter"]]


def test_leaving_presenter_mode_keeps_the_architecture_tab_readable(qtbot):
    window = open_window(qtbot, "many-to-many", (1280, 720), presenter=True, tab=0)
    assert window.canvas.zoom > 1.0  # larger blocks for the room
    show_tab(window, 1)
    window.presenter.set_active(False)
    assert window.canvas.zoom == 1.0 and window.unrolled_view.typography.body < PRESENTER_TYPE.body


@pytest.mark.parametrize("presenter", [True, False])
def test_a_short_log_axis_labels_ticks_a_line_apart(qtbot, presenter):
    """A loss falling two decades on a plot 130 px high: pyqtgraph labelled every 2 ... 9 over one another."""
    import numpy as np

    from lstmviz.ui.training.plot_base import PlotPane
    from tests.ui.real_display import _overlapping_ticks

    pane = PlotPane("loss", "lossPlot")
    qtbot.addWidget(pane)
    pane.plot_item.setLogMode(x=False, y=True)
    pane.set_presentation(presenter)
    epochs = np.arange(1, 301)
    pane.plot_item.plot(epochs, 0.2 * np.exp(-epochs / 70) + 0.003)
    pane.resize(520, pane.plot.minimumHeight() + 60)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: pane.plot_item.vb.height() > 50)
    pane.settle_range()
    assert pane.plot_item.vb.viewRange()[1][0] < -2.3  # the range covers the curve: 0.003 ... 0.2
    assert _overlapping_ticks(pane.plot_item) == []
    axis = pane.plot_item.getAxis("left")
    shown = [v for _spacing, values in axis.tickValues(*pane.plot_item.vb.viewRange()[1], pane.plot_item.vb.height())
             for v in values]
    assert -2.0 in [round(v, 6) for v in shown] and -1.0 in [round(v, 6) for v in shown]  # 0.01 and 0.1


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_presenter_mode_fits_the_architecture_blocks_to_the_canvas_width(qtbot, size):
    """Every text of the canvas as large as a block's title: the zoom their ink needs leaves the blocks whole in
    the width the training dock leaves, with no horizontal scroll."""
    window = open_window(qtbot, "encoder-decoder", size, presenter=True, tab=0)
    canvas = window.canvas
    settle()
    assert canvas.horizontalScrollBar().maximum() == 0
    seen = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    blocks = [canvas.canvas_scene.input_block, *canvas.canvas_scene.blocks]
    assert all(seen.left() <= b.sceneBoundingRect().left() and b.sceneBoundingRect().right() <= seen.right()
               for b in blocks)
    assert _short(ink.scene_inks(canvas), 16 * window.presenter.factor - 0.5) == []
    window.presenter.set_active(False)
    settle()
    assert canvas.canvas_scene.least_text == 0 and canvas.zoom == 1.0  # each text its own size again
