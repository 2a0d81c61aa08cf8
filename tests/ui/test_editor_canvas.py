"""The canvas: palette drops insert where they land, blocks move by drag, Delete, zoom, errors in red."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QMenu

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.ui.look import style
from lstmviz.ui.editor import canvas_items
from lstmviz.ui.document.document import INPUT_SELECTED
from lstmviz.ui.editor.palette import MIME_TYPE
from tests.ui.editor_support import LEFT, block_point, gap_point, isolated_settings, layer_kinds, window  # noqa: F401

COPY = Qt.DropAction.CopyAction


def palette_mime(window, kind: str) -> QMimeData:
    """The QMimeData the palette itself hands to QDrag when ``kind`` is dragged."""
    palette = window.layer_palette
    item = palette.item_for(kind)
    palette.setCurrentItem(item)
    return palette.model().mimeData(palette.selectedIndexes())


def drag_over(canvas, mime: QMimeData, point: QPoint) -> QDragMoveEvent:
    viewport = canvas.viewport()
    enter = QDragEnterEvent(point, COPY, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, COPY, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    return move


def drop(canvas, mime: QMimeData, point: QPoint) -> QDropEvent:
    """Enter, move and drop, as a real drag does (Qt routes the drop to the widget the drag entered)."""
    drag_over(canvas, mime, point)
    event = QDropEvent(QPointF(point), COPY, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas.viewport(), event)
    return event


def test_drop_between_blocks_inserts_there_with_a_marker(window):
    canvas = window.canvas
    mime = palette_mime(window, "Dropout")
    target = gap_point(canvas, 1)  # between the LSTM and the TimeDistributed block
    move = drag_over(canvas, mime, target)
    assert move.isAccepted()
    marker = canvas.canvas_scene.marker
    assert marker.isVisible()
    assert marker.pos().y() == canvas_items.gap_centre(1)
    assert marker.label == "insert Dropout"

    event = drop(canvas, mime, target)
    assert event.isAccepted()
    assert not marker.isVisible()
    assert layer_kinds(window) == ["LSTM", "Dropout", "TimeDistributed"]
    assert window.document.selected == 1
    assert window.summary.summary_model.item(1, 0).text() == "dropout (Dropout)"


def test_drop_above_first_and_below_last_block(window):
    canvas = window.canvas
    drop(canvas, palette_mime(window, "Dense"), gap_point(canvas, 2))
    assert layer_kinds(window) == ["LSTM", "TimeDistributed", "Dense"]
    top = canvas.mapFromScene(QPointF(50, canvas_items.BLOCK_HEIGHT + 5))  # just under the Input block
    drop(canvas, palette_mime(window, "GRU"), top)
    assert layer_kinds(window) == ["GRU", "LSTM", "TimeDistributed", "Dense"]


def test_foreign_drags_are_refused(window):
    canvas = window.canvas
    mime = QMimeData()
    mime.setText("LSTM")
    assert not drag_over(canvas, mime, gap_point(canvas, 1)).isAccepted()
    assert not canvas.canvas_scene.marker.isVisible()
    fake = QMimeData()
    fake.setData(MIME_TYPE, b"NotALayer")
    assert not drop(canvas, fake, gap_point(canvas, 1)).isAccepted()
    assert layer_kinds(window) == ["LSTM", "TimeDistributed"]


def test_drag_leave_hides_marker(window):
    canvas = window.canvas
    drag_over(canvas, palette_mime(window, "LSTM"), gap_point(canvas, 0))
    assert canvas.canvas_scene.marker.isVisible()
    QApplication.sendEvent(canvas.viewport(), QDragLeaveEvent())
    assert not canvas.canvas_scene.marker.isVisible()


def test_locked_document_refuses_drops(window):
    window.document.lock("training is running")
    canvas = window.canvas
    assert not drag_over(canvas, palette_mime(window, "Dense"), gap_point(canvas, 1)).isAccepted()
    drop(canvas, palette_mime(window, "Dense"), gap_point(canvas, 1))
    assert layer_kinds(window) == ["LSTM", "TimeDistributed"]


def test_moving_a_block_by_drag(window, qtbot):
    window.open_example("encoder-decoder")
    canvas = window.canvas
    viewport = canvas.viewport()
    before = window.document.architecture
    assert layer_kinds(window) == ["LSTM", "RepeatVector", "LSTM", "TimeDistributed"]
    start = block_point(canvas, 3)
    qtbot.mousePress(viewport, LEFT, pos=start)
    assert window.document.selected == 3
    halfway = (start + gap_point(canvas, 1)) / 2
    qtbot.mouseMove(viewport, halfway)
    qtbot.mouseMove(viewport, gap_point(canvas, 1))
    marker = canvas.canvas_scene.marker
    assert marker.isVisible() and marker.pos().y() == canvas_items.gap_centre(1)
    assert marker.label == "move TimeDistributed"
    qtbot.mouseRelease(viewport, LEFT, pos=gap_point(canvas, 1))
    assert layer_kinds(window) == ["LSTM", "TimeDistributed", "RepeatVector", "LSTM"]
    assert window.document.selected == 1
    assert not marker.isVisible()
    window.undo_stack.undo()
    assert window.document.architecture == before


def test_click_without_moving_only_selects(window, qtbot):
    viewport = window.canvas.viewport()
    qtbot.mouseClick(viewport, LEFT, pos=block_point(window.canvas, 1))
    assert window.document.selected == 1
    assert window.undo_stack.count() == 0
    qtbot.mouseClick(viewport, LEFT, pos=block_point(window.canvas, INPUT_SELECTED))
    assert window.document.selected == INPUT_SELECTED
    assert window.canvas.canvas_scene.input_block.selected


def test_delete_key_removes_selection_and_undo_restores(window, qtbot):
    canvas = window.canvas
    before = window.document.architecture
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=block_point(canvas, 0))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert layer_kinds(window) == ["TimeDistributed"]
    # TimeDistributed now reads the 3-D input directly and stays valid.
    assert window.document.inference.ok
    window.undo_stack.undo()
    assert window.document.architecture == before
    window.undo_stack.redo()
    assert layer_kinds(window) == ["TimeDistributed"]


def test_impossible_architecture_marks_the_right_block(window):
    arch = Architecture(InputSpec((5, 1)), (LayerSpec("LSTM", {"units": 5}), LayerSpec("Dropout"),
                                            LayerSpec("TimeDistributed", {"units": 1})))
    window.document.replace_architecture(arch, "test")
    scene = window.canvas.canvas_scene
    assert [b.content.error for b in scene.blocks] == [False, False, True]
    bad = scene.blocks[2]
    assert "TimeDistributed needs a 3-D input" in bad.toolTip()
    assert "return_sequences=True" in bad.toolTip()
    assert bad.content.shape == "error"
    # the block is drawn red: sample its colour stripe
    image = QImage(int(canvas_items.BLOCK_WIDTH), int(canvas_items.BLOCK_HEIGHT), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, image.rect(), bad.sceneBoundingRect().adjusted(3, 3, -3, -3))
    painter.end()
    stripe = image.pixelColor(3, int(canvas_items.BLOCK_HEIGHT / 2))
    assert stripe.name() == QColor(style.ERROR).name()
    # the status bar names the layer too
    assert "layer 3" in window.model_status.text()
    # fixing it clears the red
    window.document.set_option(0, "return_sequences", True)
    assert not any(b.content.error for b in scene.blocks)


def test_zoom_with_ctrl_wheel_keys_and_fit(window, qtbot):
    canvas = window.canvas
    assert canvas.zoom == 1.0
    window.zoom_in_action.trigger()
    assert canvas.zoom > 1.0
    window.reset_zoom_action.trigger()
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(canvas.viewport().rect().center())
    wheel = QWheelEvent(centre, QPointF(canvas.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert abs(canvas.zoom - 1.15 ** 2) < 1e-6
    window.zoom_out_action.trigger()
    assert canvas.zoom < 1.15 ** 2
    window.open_example("encoder-decoder")
    for _ in range(8):
        window.document.insert_layer(0, "Dropout")
    window.fit_action.trigger()
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.canvas_scene.itemsBoundingRect())
    assert canvas.zoom < 1.0


def test_context_menu_inserts_and_moves(window):
    canvas = window.canvas
    menu = canvas.context_menu_at(block_point(canvas, 1))
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["Delete", "Move up", "Move down"]
    assert not menu.actions()[2].isEnabled()  # the last block cannot move down
    below = next(m for m in menu.findChildren(QMenu) if m.title() == "Insert layer below")
    next(a for a in below.actions() if a.text() == "RepeatVector").trigger()
    assert layer_kinds(window) == ["LSTM", "TimeDistributed", "RepeatVector"]
    menu = canvas.context_menu_at(block_point(canvas, 2))
    next(a for a in menu.actions() if a.text() == "Move up").trigger()
    assert layer_kinds(window) == ["LSTM", "RepeatVector", "TimeDistributed"]


def test_empty_model_shows_a_drop_hint(window):
    doc = window.document
    doc.replace_architecture(doc.architecture.__class__(doc.architecture.input), "remove every layer")
    scene = window.canvas.canvas_scene
    assert scene.blocks == []
    assert any(isinstance(i, canvas_items.EmptyHint) for i in scene.items())
    drop(window.canvas, palette_mime(window, "LSTM"), gap_point(window.canvas, 0))
    assert layer_kinds(window) == ["LSTM"]


def test_dragging_the_background_pans(window, qtbot):
    canvas = window.canvas
    canvas.set_zoom(2.5)
    spot = QPointF(30, canvas_items.gap_centre(0))  # between two blocks, left of the arrow
    canvas.centerOn(spot)
    bar = canvas.verticalScrollBar()
    start_value = bar.value()
    assert bar.minimum() < start_value < bar.maximum()
    viewport = canvas.viewport()
    empty = canvas.mapFromScene(spot)
    assert canvas.canvas_scene.block_at(canvas.mapToScene(empty)) is None
    qtbot.mousePress(viewport, LEFT, pos=empty)
    qtbot.mouseMove(viewport, empty + QPoint(0, 40))
    qtbot.mouseMove(viewport, empty + QPoint(0, 120))
    qtbot.mouseRelease(viewport, LEFT, pos=empty + QPoint(0, 120))
    assert bar.value() < start_value  # dragging down shows what is above
    assert window.undo_stack.count() == 0
