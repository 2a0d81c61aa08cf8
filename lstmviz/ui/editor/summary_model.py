"""The summary table's model: Keras's Layer (type) | Output shape | Param # plus the derivation.

Every cell holds text (what a user would copy); recurrent layers have one child row per
gate block with its W, U and b. The last row holds the totals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.catalogue import MULTIPLY, GateRow
from lstmviz.model.inference import Inference, LayerInfo, describe_shape
from lstmviz.ui.look import style

HEADERS = (tr_noop("Layer (type)"), tr_noop("Output shape"), tr_noop("Param #"), tr_noop("Derivation"))
LAYER_ROLE = Qt.ItemDataRole.UserRole + 1  # layer index on column 0 of a layer row
TOTAL_ROW = -3  # LAYER_ROLE value of the totals row
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _shape(dims: tuple[int, int]) -> str:
    return f"{dims[0]}{MULTIPLY}{dims[1]}"


def gate_cells(gate: GateRow, directions: int) -> tuple[str, str, str, str]:
    one = gate.total
    parts = f"{gate.kernel[0]} {MULTIPLY} {gate.kernel[1]} + {gate.recurrent[0]} {MULTIPLY} {gate.recurrent[1]}"
    if gate.bias:
        parts += f" + {gate.bias}"
    formula = f"{parts} = {one:,}" if directions == 1 else f"2 {MULTIPLY} ({parts}) = {2 * one:,}"
    name = f"{gate.gate} ({gate.activation})" + (tr(" ×2 directions") if directions == 2 else "")
    weights = f"W {_shape(gate.kernel)} · U {_shape(gate.recurrent)} · b {gate.bias}"
    return name, weights, f"{one * directions:,}", formula


def layer_cells(info: LayerInfo) -> tuple[str, str, str, str]:
    if info.error:
        return info.title, tr("error"), "?", str(info.error)
    if info.output_shape is None:
        return info.title, "?", "?", tr('unknown until the layer above is fixed')
    formula = info.derivation.formula if info.derivation else ""
    return info.title, describe_shape(info.output_shape), f"{info.params:,}", formula


def total_cells(inference: Inference) -> tuple[str, str, str, str]:
    counts = [info.params for info in inference.layers]
    total = inference.total_params
    if counts and all(c is not None for c in counts) and len(counts) > 1:
        formula = " + ".join(f"{c:,}" for c in counts) + f" = {total:,}"
    else:
        formula = ("" if inference.ok else tr("no layers yet: drag one from the palette") if not inference.layers
                   else tr("incomplete: fix the input first") if inference.input_error is not None
                   else tr('incomplete: fix the red layer first'))
    shape = describe_shape(inference.output_shape) if inference.ok else ""
    return tr('Total params'), shape, tr('{total:,}').format(total=total), formula


class SummaryModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.inference: Inference | None = None

    def _row(self, cells: tuple[str, ...], *, bold: bool = False, error: bool = False,
             tooltip: str = "") -> list[QStandardItem]:
        row = []
        for column, text in enumerate(cells):
            item = QStandardItem(text)
            item.setEditable(False)
            if column == 2:
                item.setTextAlignment(RIGHT)
            if bold:
                f = QFont(item.font())
                f.setBold(True)
                item.setFont(f)
            if error:
                item.setForeground(QBrush(QColor(style.ERROR)))
            # the full text (columns elide) plus, where known, why the count is what it is
            item.setToolTip(f"{text}\n\n{tooltip}" if tooltip and column == 3 else (tooltip or text))
            row.append(item)
        return row

    def set_inference(self, inference: Inference) -> None:
        self.inference = inference
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the whole rebuild, not one per row
        try:
            self.removeRows(0, self.rowCount())
            root = self.invisibleRootItem()
            for info in inference.layers:
                tip = info.derivation.explanation if info.derivation else (str(info.error) if info.error else "")
                row = self._row(layer_cells(info), error=info.error is not None, tooltip=tip)
                row[0].setData(info.index, LAYER_ROLE)
                if info.derivation and info.derivation.gates:
                    muted = QBrush(QColor(style.MUTED))
                    for gate in info.derivation.gates:
                        child = self._row(gate_cells(gate, info.derivation.directions))
                        for item in child:
                            item.setForeground(muted)
                        row[0].appendRow(child)
                root.appendRow(row)
            total = self._row(total_cells(inference), bold=True)
            total[0].setData(TOTAL_ROW, LAYER_ROLE)
            root.appendRow(total)
        finally:
            self.blockSignals(False)
            self.endResetModel()

    def row_of_layer(self, index: int) -> int:
        return index if 0 <= index < self.rowCount() - 1 else -1

    def as_text(self, expanded: set[int] | None = None) -> str:
        """The table as aligned plain text; gate rows of layers in ``expanded`` (None: all)."""
        lines: list[tuple[str, ...]] = [tuple(tr(h) for h in HEADERS)]  # four cells each
        rule_after = [0]
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            layer = item.data(LAYER_ROLE)
            if layer == TOTAL_ROW:
                rule_after.append(len(lines) - 1)
            lines.append(tuple(self.item(r, c).text() for c in range(4)))
            if expanded is None or layer in expanded:
                for k in range(item.rowCount()):
                    cells = [item.child(k, c).text() for c in range(4)]
                    cells[0] = "  " + cells[0]
                    lines.append(tuple(cells))
        widths = [max(len(line[c]) for line in lines) for c in range(3)]
        out = []
        for n, (a, b, c, d) in enumerate(lines):
            out.append(f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}  {d}".rstrip())
            if n in rule_after:
                out.append("-" * (sum(widths) + 6 + max(len(line[3]) for line in lines)))
        return "\n".join(out) + "\n"
