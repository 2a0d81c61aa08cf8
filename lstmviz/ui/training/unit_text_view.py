"""What one unit does: its value coloured over the characters of a passage, and the units ranked.

A view of a :class:`~lstmviz.model.cell_math.CellTrace` of one recurrent layer over a
passage of the training text: pick ``h``, ``c`` or a gate, rank the units by variance or
by correlation with a feature of the text ("inside quotes", "position in line", ...),
and the chosen unit's value colours every character (blue below zero, red above; gates,
which run from 0 to 1, from white to red).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr
from lstmviz.model.cell_math import CellTrace
from lstmviz.model.unit_activity import FEATURES, VARIANCE, rank_units, unit_values, value_names

SHOWN_UNITS = 64  # the ranking lists the best this many


def colour(value: float, scale: float, gate: bool) -> str:
    """A background for a character: white at 0 (a gate: at 0 too), red up to ``scale``, blue down to -``scale``."""
    v = 0.0 if scale <= 0 or not np.isfinite(value) else max(-1.0, min(1.0, value / scale))
    if gate:
        v = max(v, 0.0)
    fade = int(round(255 * (1.0 - abs(v))))
    return f"#ff{fade:02x}{fade:02x}" if v >= 0 else f"#{fade:02x}{fade:02x}ff"


def passage_html(text: str, values: np.ndarray, gate: bool) -> str:
    """The passage as HTML, each character on the colour of its value (a line end shown as ↵)."""
    scale = 1.0 if gate else float(np.nanmax(np.abs(values))) if values.size else 1.0
    parts = []
    for char, value in zip(text, values):
        shown = "\u21b5<br>" if char == "\n" else html.escape(char).replace(" ", "&nbsp;")
        parts.append(f'<span style="background-color:{colour(float(value), scale, gate)}">{shown}</span>')
    return "".join(parts)


class UnitTextView(QWidget):
    layer_chosen = Signal(int)  # the recurrent layer whose units to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitTextView")
        self.trace: CellTrace | None = None
        self.passage = ""
        self.layer = QComboBox()
        self.layer.setObjectName("unitLayer")
        self.layer.activated.connect(lambda _i: self.layer_chosen.emit(int(self.layer.currentData())))
        self.value = QComboBox()
        self.value.setObjectName("unitValue")
        self.value.setToolTip(tr("The value to colour: h (the output), c (the cell state) or one gate"))
        self.value.currentIndexChanged.connect(self._rerank)
        self.rank_by = QComboBox()
        self.rank_by.setObjectName("unitRankBy")
        self.rank_by.addItem(tr("rank by variance"), VARIANCE)
        for name in FEATURES:
            self.rank_by.addItem(tr("rank by correlation with: {feature}").format(feature=tr(name)), name)
        self.rank_by.currentIndexChanged.connect(self._rerank)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((tr("Layer"), self.layer), (tr("Value"), self.value)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addWidget(self.rank_by, 1)
        self.ranking = QListWidget()
        self.ranking.setObjectName("unitRanking")
        self.ranking.currentRowChanged.connect(self._show_unit)
        self.text = QTextBrowser()
        self.text.setObjectName("unitPassage")
        self.caption = QLabel()
        self.caption.setObjectName("unitCaption")
        self.caption.setWordWrap(True)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.text, 1)
        split = QSplitter()
        split.addWidget(self.ranking)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([150, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_layers(self, layers: list[tuple[int, str]], current: int | None) -> None:
        self.layer.blockSignals(True)
        self.layer.clear()
        for index, title in layers:
            self.layer.addItem(title, index)
        found = self.layer.findData(current)
        self.layer.setCurrentIndex(max(found, 0))
        self.layer.blockSignals(False)

    def show_trace(self, trace: CellTrace | None, passage: str, epoch: int | None = None) -> None:
        """New values (a later epoch, another layer): the ranking is recomputed, the chosen unit kept."""
        self.trace, self.passage = trace, passage
        names = value_names(trace) if trace is not None else ()
        if tuple(self.value.itemData(i) for i in range(self.value.count())) != names:
            chosen = self.value.currentData()
            self.value.blockSignals(True)
            self.value.clear()
            for name in names:
                self.value.addItem(name, name)
            self.value.setCurrentIndex(max(self.value.findData(chosen), 0))
            self.value.blockSignals(False)
        self.epoch = epoch
        self._rerank()

    @property
    def values(self) -> np.ndarray | None:
        if self.trace is None or self.value.currentData() is None:
            return None
        return unit_values(self.trace, self.value.currentData())[: len(self.passage)]

    def _rerank(self, *_args) -> None:
        values = self.values
        unit = self.chosen_unit
        self.ranking.blockSignals(True)
        self.ranking.clear()
        if values is None:
            self.ranking.blockSignals(False)
            self.text.clear()
            self.caption.setText(tr("Train the model (or open a trained one) to see what its units do."))
            return
        by = self.rank_by.currentData()
        self.ranked = rank_units(values, by, self.passage)[:SHOWN_UNITS]
        for r in self.ranked:
            text = (tr("unit {unit}: variance {score:.3f}") if r.correlation is None
                    else tr("unit {unit}: r = {correlation:+.2f}")).format(
                unit=r.unit + 1, score=r.score, correlation=r.correlation or 0.0)
            item = QListWidgetItem(text)
            item.setData(256, r.unit)
            self.ranking.addItem(item)
        row = next((i for i, r in enumerate(self.ranked) if r.unit == unit), 0)
        self.ranking.setCurrentRow(row)
        self.ranking.blockSignals(False)
        self._show_unit(row)

    @property
    def chosen_unit(self) -> int | None:
        item = self.ranking.currentItem()
        return None if item is None else int(item.data(256))

    def _show_unit(self, row: int) -> None:
        values = self.values
        if values is None or not 0 <= row < self.ranking.count():
            return
        unit = int(self.ranking.item(row).data(256))
        name = self.value.currentData()
        gate = name not in ("h", "c")
        self.text.setHtml(passage_html(self.passage, values[:, unit], gate))
        epoch = getattr(self, "epoch", None)
        where = tr(" after epoch {epoch}").format(epoch=epoch) if epoch is not None else ""
        self.caption.setText(tr("{value} of unit {unit}{where}: red above 0, blue below; a gate runs from 0 (white) "
                                "to 1 (red).").format(value=name, unit=unit + 1, where=where))
