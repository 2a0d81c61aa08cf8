"""The layer palette: every catalogue kind with its icon, dragged onto the canvas to insert it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QMenu, QWidget

from lstmviz.i18n import tr
from lstmviz.model import catalogue
from lstmviz.ui.look import style
from lstmviz.ui.editor.icons import kind_icon

MIME_TYPE = "application/x-lstmviz-layer-kind"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
INPUT_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_from_mime(mime: QMimeData) -> str | None:
    """The layer kind a palette drag carries, or None for anything else."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    kind = bytes(mime.data(MIME_TYPE).data()).decode("utf-8", "replace")
    return kind if kind in catalogue.KINDS else None


def kind_tooltip(kind: str) -> str:
    spec = catalogue.KINDS[kind]
    return (
        tr('<p><b>{escape}</b> &mdash; {escape2}</p><p>Parameters: <code>{escape3}</code></p><p><i>Drag onto the canvas to insert it there, or double-click to insert it after the selected layer.</i></p>').format(escape=escape(kind), escape2=escape(tr(spec.summary)), escape3=escape(tr(spec.formula)))
    )


def input_tooltip() -> str:
    spec = catalogue.INPUT
    return (
        tr('<p><b>Input</b> &mdash; {escape}</p><p>Parameters: <code>{escape2}</code></p><p><i>Every model has exactly one, at the top of the canvas. Double-click to edit its time steps and features.</i></p>').format(escape=escape(tr(spec.summary)), escape2=escape(tr(spec.formula)))
    )


class LayerPalette(QListWidget):
    insert_requested = Signal(str)  # after the selected layer (or at the end)
    append_requested = Signal(str)  # at the end of the stack
    input_requested = Signal()  # the Input entry: show the model's input in the inspector

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.setIconSize(QSize(28, 28))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(1)
        self.setUniformItemSizes(False)
        self._items: dict[str, QListWidgetItem] = {}  # each layer kind's entry
        self._populate()
        self.itemDoubleClicked.connect(self._double_clicked)

    def _populate(self) -> None:
        for family, kinds in style.FAMILIES.items():
            kinds = tuple(k for k in kinds if k in catalogue.KINDS or k == catalogue.INPUT.name)
            if not kinds:
                continue
            header = QListWidgetItem(tr(style.FAMILY_NAMES[family]).upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            f = QFont(self.font())
            f.setBold(True)
            f.setPointSizeF(max(7.0, f.pointSizeF() - 1))
            header.setFont(f)
            header.setForeground(style.kind_colour(kinds[0]))
            self.addItem(header)
            for kind in kinds:
                item = QListWidgetItem(kind_icon(kind), _shown_name(kind))
                if kind not in catalogue.KINDS:  # the one entry that is no layer kind: the model's input
                    # Not draggable: the model always has its one input; this entry explains it.
                    item.setData(INPUT_ROLE, True)
                    item.setToolTip(input_tooltip())
                    item.setStatusTip(tr(catalogue.INPUT.summary))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.addItem(item)
                    continue
                item.setData(KIND_ROLE, kind)
                self._items[kind] = item
                item.setToolTip(kind_tooltip(kind))
                item.setStatusTip(tr(catalogue.KINDS[kind].summary))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                self.addItem(item)

    def item_for(self, kind: str) -> QListWidgetItem:
        return self._items[kind]  # KeyError: no entry for that kind

    def kinds(self) -> list[str]:
        return [self.item(r).data(KIND_ROLE) for r in range(self.count()) if self.item(r).data(KIND_ROLE)]

    # --------------------------------------------------------------- dragging
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 (Qt override)
        mime = QMimeData()
        kinds = [i.data(KIND_ROLE) for i in items if i.data(KIND_ROLE)]
        if kinds:
            mime.setData(MIME_TYPE, kinds[0].encode("utf-8"))
            mime.setText(kinds[0])
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # ---------------------------------------------------- keyboard / mouse
    def _double_clicked(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind:
            self.insert_requested.emit(kind)
        elif item.data(INPUT_ROLE):
            self.input_requested.emit()

    def keyPressEvent(self, event) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item and item.data(KIND_ROLE):
            self.insert_requested.emit(item.data(KIND_ROLE))
            return
        super().keyPressEvent(event)

    def context_menu_for(self, kind: str) -> QMenu:
        menu = QMenu(self)
        after = QAction(tr("Insert {kind} after the selected layer").format(kind=kind), menu)
        after.triggered.connect(lambda: self.insert_requested.emit(kind))
        end = QAction(tr("Append {kind} at the end").format(kind=kind), menu)
        end.triggered.connect(lambda: self.append_requested.emit(kind))
        menu.addAction(after)
        menu.addAction(end)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        kind = item.data(KIND_ROLE) if item else None
        if kind:
            self.context_menu_for(kind).exec(event.globalPos())


def _shown_name(kind: str) -> str:
    """The palette's entry: the kind's name, or its shorter Keras alias where it has one (the list is narrow)."""
    found = catalogue.KINDS.get(kind)
    return (found.short_name or found.name) if found is not None else kind
