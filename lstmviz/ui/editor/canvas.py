"""The architecture canvas: a scene mirroring the document's layer stack, and its view.

The scene is rebuilt from the document on every ``architecture_changed`` (a few
hundred items at most, well under a millisecond per layer); the view turns drops, drags,
clicks and keys into document edits, which come back as that same signal.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMenu, QWidget

from lstmviz.i18n import tr
from lstmviz.model import catalogue
from lstmviz.model.fixes import Fix
from lstmviz.model.inference import LayerInfo, describe_shape
from lstmviz.ui.look import style
from lstmviz.ui.editor import canvas_items as items
from lstmviz.ui.document.document import INPUT_SELECTED, NO_SELECTION, Document
from lstmviz.ui.editor.icons import kind_icon
from lstmviz.ui.editor.palette import kind_from_mime

MIN_ZOOM, MAX_ZOOM = 0.2, 3.0


def _title(kind: str, options) -> str:
    return catalogue.KINDS[kind].title(options)


def layer_content(info: LayerInfo, options) -> items.BlockContent:
    title = _title(info.kind, options)
    if info.error:
        tip = (tr('<p><b>{escape} cannot take its input.</b></p><p><b>Why:</b> {escape2}</p>').format(escape=escape(title), escape2=escape(info.error.message))
               + (f"<p><b>Fix:</b> {escape(info.error.hint)}</p>" if info.error.hint else ""))
        return items.BlockContent(info.kind, title, info.name, info.error.message, "error", "?",
                                  error=True, tooltip=tip)
    if info.output_shape is None:
        return items.BlockContent(
            info.kind, title, info.name, items.key_options(info.kind, options), "?", "? params",
            tooltip=tr('<p><b>{escape}</b></p><p>Its shape is unknown until the layer above is fixed.</p>').format(escape=escape(title)))
    params = tr('{params:,} params').format(params=info.params) if info.params else tr('no weights')
    formula = info.derivation.formula if info.derivation else ""
    tip = (tr('<p><b>{escape} ({escape2})</b></p><p>{escape3} &rarr; <b>{escape4}</b></p><p>Parameters: <code>{escape5}</code></p><p><i>Drag to move it; Delete removes it.</i></p>').format(escape=escape(info.name), escape2=escape(info.keras_class), escape3=escape(describe_shape(info.input_shape)), escape4=escape(describe_shape(info.output_shape)), escape5=escape(formula)))
    return items.BlockContent(info.kind, title, info.name, items.key_options(info.kind, options),
                              describe_shape(info.output_shape), params, tooltip=tip)


def fix_note(fix: Fix) -> str:
    if fix.on_input:
        return tr("fix: set the input to {shape} here").format(shape=describe_shape(tuple(fix.value)))
    return tr("fix: set {option}={value} here").format(option=fix.option, value=fix.value)


class ArchitectureScene(QGraphicsScene):
    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setBackgroundBrush(QColor(style.CANVAS_BACKGROUND))
        self.input_block: items.LayerBlock | None = None
        self.least_text = 0.0  # points; presenter mode sets every text at least this large (items.text_font)
        self.blocks: list[items.LayerBlock] = []
        self.marker = items.InsertionMarker()
        document.architecture_changed.connect(self.rebuild)
        document.selection_changed.connect(self.show_selection)
        document.dataset_changed.connect(self.mark_fix)
        document.training_settings_changed.connect(self.mark_fix)
        self.rebuild()

    def rebuild(self) -> None:
        if self.marker.scene() is self:
            self.removeItem(self.marker)  # clear() would delete it
        self.clear()
        self.addItem(self.marker)
        inference = self.document.inference
        arch = self.document.architecture
        spec = arch.input
        input_error = inference.input_error
        input_content = items.BlockContent(
            catalogue.INPUT.name, catalogue.INPUT.name, "input_layer",
            input_error.message if input_error else items.input_description(spec),
            describe_shape(spec.batch_shape), tr('no weights'), error=bool(input_error),
            tooltip=(tr('<p><b>Input</b>: the shape of one sample, with None for the batch.</p><p><i>Click to edit time steps, features or tokens.</i></p>')))
        self.input_block = items.LayerBlock(INPUT_SELECTED, input_content)
        self.addItem(self.input_block)
        self.blocks = []
        previous = describe_shape(spec.batch_shape)
        for i, info in enumerate(inference.layers):
            self.addItem(items.ShapeArrow(items.row_top(i) + items.BLOCK_HEIGHT, items.GAP, previous,
                                          error=info.error is not None))
            block = items.LayerBlock(i, layer_content(info, arch.layers[i].options))
            block.setPos(0, items.row_top(i + 1))
            self.addItem(block)
            self.blocks.append(block)
            previous = describe_shape(info.output_shape)
        n = len(inference.layers)
        if n:
            label = tr("output {shape}").format(shape=previous)
            self.addItem(items.ShapeArrow(items.row_top(n) + items.BLOCK_HEIGHT, items.GAP, label))
        else:
            self.addItem(items.ShapeArrow(items.BLOCK_HEIGHT, items.GAP, previous))
            self.addItem(items.EmptyHint(items.row_top(1)))
        bottom = items.row_top(max(n, 1) + 1)
        # Room beside the blocks for the insertion marker's ends; in presenter mode no more than that, so that
        # the blocks at a room's zoom fit the view's width.
        side = 24 if self.least_text else 40
        self.setSceneRect(-side, -30, items.BLOCK_WIDTH + 2 * side, bottom + 30)
        self.show_selection(self.document.selected)
        self.mark_fix()

    def set_least_text(self, points: float) -> None:
        """Every text at least ``points`` large (0: each its own size), for presenter mode."""
        if points != self.least_text:
            self.least_text = points
            self.rebuild()

    def fix(self) -> Fix | None:
        """The one-click fix offered now: for the model's error, else for training on the data."""
        doc = self.document
        if not doc.inference.ok:
            return doc.inference.fix
        issue = doc.training_issue()
        return issue.fix if issue is not None else None

    def mark_fix(self) -> None:
        """Mark the block a one-click fix would change, with what it would set."""
        fix = self.fix()
        for block in [self.input_block, *self.blocks]:
            if block is None:
                continue
            target = fix is not None and (block.index == INPUT_SELECTED if fix.on_input else block.index == fix.layer)
            block.set_fix_note(fix_note(fix) if fix is not None and target else "")

    def show_selection(self, index: int) -> None:
        if self.input_block is not None:
            self.input_block.set_selected(index == INPUT_SELECTED)
        for block in self.blocks:
            block.set_selected(block.index == index)

    def block_at(self, scene_pos: QPointF) -> items.LayerBlock | None:
        for item in self.items(scene_pos):
            if isinstance(item, items.LayerBlock):
                return item
        return None

    def gap_at(self, y: float) -> int:
        """The insertion index for a drop at scene height ``y`` (0 ... number of layers)."""
        n = len(self.blocks)
        return sum(1 for i in range(n) if items.row_top(i + 1) + items.BLOCK_HEIGHT / 2 < y)


class ArchitectureCanvas(QGraphicsView):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("architectureCanvas")
        self.document = document
        self.canvas_scene = ArchitectureScene(document, self)
        self.setScene(self.canvas_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press: tuple[items.LayerBlock, QPointF, float] | None = None
        self._moving = False
        # Until the user scrolls, pans or zooms, a new size of the view keeps the first block at the top.
        self._first_block_kept = False
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._scrolled_by_user)  # the user's own moves, not ours

    # ------------------------------------------------------------------ zoom
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.2)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.2)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def show_first_block(self) -> None:
        """Scroll so that the model's first block (the input) shows whole at the top, its title never under
        the tab bar; a model wider than the view (a projector's zoom) keeps its left side, where titles are."""
        scene = self.canvas_scene
        if scene.input_block is None:
            return
        # The blocks, not scene.items(): iterating that from here deleted the scene's arrows (PySide 6.10).
        whole = QRectF(scene.input_block.sceneBoundingRect())
        for block in scene.blocks:
            whole = whole.united(block.sceneBoundingRect())
        if whole.isEmpty():
            return
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        room = 12 / max(self.zoom, 1e-6)  # a little air, in scene units
        x = whole.center().x() if whole.width() <= shown.width() else whole.left() - room + shown.width() / 2
        y = whole.center().y() if whole.height() + 2 * room <= shown.height() \
            else whole.top() - room + shown.height() / 2
        self.centerOn(x, y)
        self._first_block_kept = True

    def _scrolled_by_user(self, _action: int) -> None:
        self._first_block_kept = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._first_block_kept:
            self.show_first_block()

    def fit_to_view(self) -> None:
        rect = self.canvas_scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        # A small model should not blow up to poster size.
        self.set_zoom(min(self.zoom, 1.25))
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._first_block_kept = False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.set_zoom(self.zoom * (1.15 ** steps))
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------ palette drops
    def _scene_pos(self, pos: QPointF | QPoint) -> QPointF:
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        return self.mapToScene(point)

    def _drop_target(self, event) -> tuple[str, int] | None:
        kind = kind_from_mime(event.mimeData())
        if kind is None or self.document.locked:
            return None
        return kind, self.canvas_scene.gap_at(self._scene_pos(event.position()).y())

    def dragEnterEvent(self, event) -> None:
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event) -> None:
        target = self._drop_target(event)
        if target is None:
            self.canvas_scene.marker.setVisible(False)
            event.ignore()
            return
        kind, gap = target
        self.canvas_scene.marker.show_at(gap, f"insert {kind}")
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event) -> None:
        self.canvas_scene.marker.setVisible(False)
        event.accept()

    def dropEvent(self, event) -> None:
        target = self._drop_target(event)
        self.canvas_scene.marker.setVisible(False)
        if target is None:
            event.ignore()
            return
        kind, gap = target
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.document.insert_layer(gap, kind)
        self.setFocus()

    # ------------------------------------------------- moving blocks by drag
    def mousePressEvent(self, event) -> None:
        self._first_block_kept = False
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        pos = self._scene_pos(event.position())
        block = self.canvas_scene.block_at(pos)
        if block is None:
            self.document.select(NO_SELECTION)
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)  # pan by dragging the background
            super().mousePressEvent(event)
            return
        self.document.select(block.index)
        if block.index >= 0 and not self.document.locked:
            self._press = (block, event.position(), pos.y() - block.y())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        block, start, offset = self._press
        if not self._moving:
            if (event.position() - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._moving = True
            block.setOpacity(0.75)
            block.setZValue(5)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        y = self._scene_pos(event.position()).y()
        block.setPos(6, y - offset)  # nudged right so it reads as lifted
        gap = self.canvas_scene.gap_at(y)
        self.canvas_scene.marker.show_at(gap, f"move {block.content.kind}")
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._press is None:
            super().mouseReleaseEvent(event)
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            return
        block, _start, _offset = self._press
        moving, self._press, self._moving = self._moving, None, False
        self.canvas_scene.marker.setVisible(False)
        self.viewport().unsetCursor()
        if not moving:
            return
        gap = self.canvas_scene.gap_at(self._scene_pos(event.position()).y())
        source = block.index
        destination = gap if gap <= source else gap - 1
        if destination == source or not self.document.move_layer(source, destination):
            block.setOpacity(1.0)
            block.setZValue(0)
            block.setPos(0, items.row_top(source + 1))
        event.accept()

    # --------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        sel, n = self.document.selected, len(self.document.architecture.layers)
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and sel >= 0:
            self.document.remove_layer(sel)
        elif key == Qt.Key.Key_Up and event.modifiers() & Qt.KeyboardModifier.AltModifier and sel > 0:
            self.document.move_layer(sel, sel - 1)
        elif key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier and 0 <= sel < n - 1:
            self.document.move_layer(sel, sel + 1)
        elif key == Qt.Key.Key_Up:
            self.document.select(INPUT_SELECTED if sel <= 0 else sel - 1)
        elif key == Qt.Key.Key_Down and n:
            self.document.select(0 if sel < 0 else min(sel + 1, n - 1))
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------ context menu
    def _kinds_menu(self, title: str, parent: QMenu, index: int) -> QMenu:
        menu = parent.addMenu(title)
        for kind in catalogue.KINDS:
            action = QAction(kind_icon(kind), kind, menu)
            action.triggered.connect(lambda _=False, k=kind: self.document.insert_layer(index, k))
            menu.addAction(action)
        menu.setEnabled(not self.document.locked)
        return menu

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at viewport ``pos`` (built separately so tests can read it)."""
        menu = QMenu(self)
        block = self.canvas_scene.block_at(self.mapToScene(pos))
        n = len(self.document.architecture.layers)
        editable = not self.document.locked
        if block is not None and block.index >= 0:
            i = block.index
            self.document.select(i)
            for text, slot, ok in (
                ("Delete", lambda: self.document.remove_layer(i), True),
                (tr('Move up'), lambda: self.document.move_layer(i, i - 1), i > 0),
                (tr('Move down'), lambda: self.document.move_layer(i, i + 1), i < n - 1),
            ):
                action = menu.addAction(text)
                action.triggered.connect(slot)
                action.setEnabled(ok and editable)
            menu.addSeparator()
            self._kinds_menu(tr('Insert layer above'), menu, i)
            self._kinds_menu(tr('Insert layer below'), menu, i + 1)
        else:
            if block is not None:
                self.document.select(INPUT_SELECTED)
                self._kinds_menu(tr('Insert layer after the input'), menu, 0)
            self._kinds_menu(tr('Append layer'), menu, n)
        menu.addSeparator()
        menu.addAction(tr("Fit to view"), self.fit_to_view)
        return menu

    def contextMenuEvent(self, event) -> None:
        self.context_menu_at(event.pos()).exec(event.globalPos())
