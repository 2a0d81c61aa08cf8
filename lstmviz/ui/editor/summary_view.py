"""The summary table view: follows the document, keeps expanded layers open, copies as text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from lstmviz.i18n import tr
from lstmviz.ui.document.document import Document
from lstmviz.ui.editor.summary_model import LAYER_ROLE, SummaryModel


class SummaryView(QTreeView):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryTable")
        self.document = document
        self.summary_model = SummaryModel(self)
        self.setModel(self.summary_model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The Derivation fills what is left and never hides behind a horizontal scroll bar: in a
        # narrow dock it is shortened with "…", the whole formula in its tooltip.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._expanded: set[int] = set()

        self.copy_action = QAction(tr("Copy summary as text"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_to_clipboard)
        self.addAction(self.copy_action)

        self.summary_model.modelAboutToBeReset.connect(self._remember_expanded)
        self.summary_model.modelReset.connect(self._restore_expanded)
        document.architecture_changed.connect(self.refresh)
        document.loaded.connect(self._loaded)
        document.selection_changed.connect(self._show_selection)
        self.refresh()
        self._expand_first_recurrent()

    def refresh(self) -> None:
        self.summary_model.set_inference(self.document.inference)
        self._show_selection(self.document.selected)

    def _loaded(self) -> None:
        self._expanded.clear()
        self.collapseAll()
        self._expand_first_recurrent()

    def _expand_first_recurrent(self) -> None:
        model = self.summary_model
        for r in range(model.rowCount()):
            if model.item(r, 0).rowCount():
                self.expand(model.index(r, 0))
                break
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column in range(3):
            self.resizeColumnToContents(column)

    def needed_width(self) -> int:
        """Pixels that show every column whole, the Derivation included."""
        self._fit_columns()
        columns = sum(max(self.sizeHintForColumn(c), self.header().sectionSizeHint(c)) for c in range(4))
        bar = self.verticalScrollBar().sizeHint().width()
        return columns + bar + 2 * self.frameWidth() + 8

    def _remember_expanded(self) -> None:
        model = self.summary_model
        self._expanded = {model.item(r, 0).data(LAYER_ROLE) for r in range(model.rowCount())
                          if self.isExpanded(model.index(r, 0))}

    def _restore_expanded(self) -> None:
        model = self.summary_model
        for r in range(model.rowCount()):
            if model.item(r, 0).data(LAYER_ROLE) in self._expanded:
                self.expand(model.index(r, 0))
        self._fit_columns()

    def expanded_layers(self) -> set[int]:
        model = self.summary_model
        return {model.item(r, 0).data(LAYER_ROLE) for r in range(model.rowCount())
                if self.isExpanded(model.index(r, 0))}

    # -------------------------------------------------------------- selection
    def _show_selection(self, index: int) -> None:
        row = self.summary_model.row_of_layer(index)
        selection = self.selectionModel()
        selection.blockSignals(True)
        try:
            if row < 0:
                selection.clearSelection()
            else:
                selection.select(self.summary_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            selection.blockSignals(False)
        self.viewport().update()

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt override
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        if not current.isValid():
            return
        top = current.sibling(current.row(), 0)
        while top.parent().isValid():
            top = top.parent()
        layer = top.data(LAYER_ROLE)
        if isinstance(layer, int) and layer >= 0:
            self.document.select(layer)

    # ------------------------------------------------------------------- copy
    def summary_text(self) -> str:
        return self.summary_model.as_text(self.expanded_layers())

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addAction(tr("Expand all gates"), self.expandAll)
        menu.addAction(tr("Collapse all"), self.collapseAll)
        menu.exec(event.globalPos())
