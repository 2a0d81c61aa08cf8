"""The inside of one cell: its gates, the ⊙ and + operations, and each gate's weights.

Opened by clicking a cell of the unrolled view. The drawing is the classic LSTM (or GRU,
or SimpleRNN) cell diagram; the table lists every gate's W, U and b with the shapes and
counts of the layer's own derivation, so the rows add up to the layer's parameter count.
With values, each gate is coloured by its mean at that step and the numbers per unit
are listed.
"""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDialog, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout, QHeaderView, QLabel, QScrollArea,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from lstmviz.diagram.pieces import activation_symbol, value_step
from lstmviz.diagram.types import Node
from lstmviz.i18n import tr
from lstmviz.model.catalogue import KINDS, MULTIPLY, cell_of
from lstmviz.model.kinds.registry import cell_kinds
from lstmviz.model.cells import display_order, value_name
from lstmviz.model.cells import gate as cell_gate  # draw_cell has a local gate()
from lstmviz.model.inference import BuiltLayer
from lstmviz.ui.look import ink, screen_fit, style
from lstmviz.ui.unrolled import palette as P
from lstmviz.model.cell_values import CellValues

CELL_BACK = QColor("#fbfdff")
BUS = QColor("#4a5866")


def formulas(kind: str, options: Mapping[str, Any]) -> list[str]:
    act = options.get("activation", "tanh")
    rec = activation_symbol(options.get("recurrent_activation", "sigmoid"))
    return cell_kinds()[kind].equations(act, rec, options)


class CellDrawing:
    """Builds the cell diagram into a scene with a few drawing primitives."""

    def __init__(self, scene: QGraphicsScene, values: Mapping[str, np.ndarray]) -> None:
        self.scene = scene
        self.values = values

    def line(self, *points: tuple[float, float], colour=P.WIRE["tap"], arrow: bool = True, width: float = 1.8) -> None:
        path = QPainterPath(QPointF(*points[0]))
        for p in points[1:]:
            path.lineTo(QPointF(*p))
        self.scene.addPath(path, QPen(colour, width))
        if arrow:
            (x0, y0), (x1, y1) = points[-2], points[-1]
            n = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-6)
            ux, uy = (x1 - x0) / n, (y1 - y0) / n
            back = QPointF(x1 - 8 * ux, y1 - 8 * uy)
            side = QPointF(-uy * 4, ux * 4)
            self.scene.addPolygon(QPolygonF([QPointF(x1, y1), back + side, back - side]), QPen(Qt.PenStyle.NoPen),
                                  QBrush(colour))

    def text(self, x: float, y: float, text: str, size: int = 12, bold: bool = False, colour=P.TEXT,
             centred: bool = True) -> None:
        item = self.scene.addSimpleText(text, P.font(size, bold))
        item.setBrush(colour)
        r = item.boundingRect()
        item.setPos(x - r.width() / 2 if centred else x, y - r.height() / 2)

    def op(self, x: float, y: float, symbol: str) -> None:
        item = self.scene.addEllipse(QRectF(x - 13, y - 13, 26, 26), QPen(P.CELL_EDGE, 1.5), QBrush(P.CELL_FILL))
        item.setData(0, "operation")
        item.setData(1, symbol)
        self.text(x, y, symbol, 15, True)

    def gate(self, x: float, y: float, symbol: str, activation: str, label: str, params: str) -> None:
        """A gate box centred at (x, y) holding its symbol, activation, name, size and (if known) mean value."""
        values = self.values.get(symbol)
        signed = P.signed_key(symbol)
        fill = P.color(float(np.mean(values)), signed) if values is not None else P.GATE_BLANK
        item = self.scene.addRect(QRectF(x - 42, y - 34, 84, 68), QPen(P.CELL_EDGE, 1.5), QBrush(fill))
        item.setData(0, "gate")
        item.setData(1, symbol)
        ink = P.readable_on(fill)
        self.text(x, y - 22, f"{symbol}  {activation_symbol(activation)}", 14, True, ink)
        self.text(x, y - 6, label, 11, True, ink)
        self.text(x, y + 8, params, 10, False, ink)
        if values is not None:
            self.text(x, y + 22, tr("mean {value}").format(value=f"{float(np.mean(values)):+.2f}"), 10, False, ink)


def draw_cell(scene: QGraphicsScene, kind: str, gates: dict[str, tuple[str, int]], values: Mapping[str, np.ndarray],
              options: Mapping[str, Any]) -> None:
    """``gates``: symbol -> (activation, parameter count)."""
    d = CellDrawing(scene, values)
    scene.addRect(QRectF(40, 20, 560, 300), QPen(P.CELL_EDGE, 2.0), QBrush(CELL_BACK))
    d.text(52, 34, tr('one {kind} cell, used at every time step').format(kind=kind), 12, True, P.MUTED, centred=False)
    act = options.get("activation", "tanh")
    h_colour, c_colour, bus = P.WIRE["h"], P.WIRE["c"], BUS

    def gate(x: float, y: float, symbol: str) -> None:
        activation, count = gates[symbol]
        d.gate(x, y, symbol, activation, tr(cell_gate(kind, symbol).word), tr("{count} params").format(count=f"{count:,}"))

    # [h(t-1), x(t)] runs along the bottom and feeds every gate.
    d.line((0, 380), (110, 380), (110, 300), colour=h_colour, arrow=False)
    d.text(10, 368, "h(t\u22121)", 12, True, h_colour, centred=False)
    d.line((150, 420), (150, 300), colour=P.WIRE["x"], arrow=False)
    d.text(150, 432, "x(t)", 12, True, P.WIRE["x"])
    drawing = cell_kinds()[kind].drawing
    if drawing == "memory":
        d.line((0, 70), (640, 70), colour=c_colour)
        d.text(10, 56, "c(t\u22121)", 12, True, c_colour, centred=False)
        d.text(612, 56, "c(t)", 12, True, c_colour)
        d.line((110, 300), (455, 300), colour=bus, arrow=False)
        for x, symbol in ((170, "f"), (265, "i"), (360, "g"), (455, "o")):
            d.line((x, 300), (x, 274), colour=bus)
            gate(x, 240, symbol)
        d.op(170, 70, "\u2299")
        d.line((170, 206), (170, 83))
        d.op(312, 150, "\u2299")
        d.line((265, 206), (265, 150), (299, 150))
        d.line((360, 206), (360, 150), (325, 150))
        d.op(312, 70, "+")
        d.line((312, 137), (312, 83))
        d.line((530, 70), (530, 112), colour=c_colour)
        scene.addEllipse(QRectF(506, 112, 48, 24), QPen(P.CELL_EDGE, 1.2), QBrush(P.CELL_FILL))
        d.text(530, 124, activation_symbol(act), 11)
        d.op(530, 190, "\u2299")
        d.line((530, 136), (530, 177))
        d.line((455, 206), (455, 190), (517, 190))
        d.line((543, 190), (575, 190), (575, 380), (640, 380), colour=h_colour)
        d.line((575, 190), (575, 0), colour=h_colour)
    elif drawing == "update":
        d.line((0, 70), (110, 70), (110, 300), colour=h_colour, arrow=False)
        d.line((110, 70), (640, 70), colour=h_colour)
        d.text(10, 56, "h(t\u22121)", 12, True, h_colour, centred=False)
        d.line((110, 300), (420, 300), colour=bus, arrow=False)
        for x, symbol in ((180, "z"), (300, "r"), (420, "g")):
            d.line((x, 300), (x, 274), colour=bus)
            gate(x, 240, symbol)
        d.line((342, 240), (378, 240))
        d.text(360, 190, "r \u2299 U h(t\u22121)", 10, False, P.MUTED)
        d.op(180, 70, "\u2299")
        d.line((180, 206), (180, 83))
        d.op(300, 150, "1\u2212")
        d.line((180, 150), (287, 150))
        d.op(470, 150, "\u2299")
        d.line((313, 150), (457, 150))
        d.line((420, 206), (420, 185), (470, 185), (470, 163))
        d.op(470, 70, "+")
        d.line((470, 137), (470, 83))
        d.line((560, 70), (560, 380), (640, 380), colour=h_colour)
        d.line((560, 70), (560, 0), colour=h_colour)
    else:
        d.line((110, 300), (320, 300), (320, 274), colour=bus)
        gate(320, 240, "h")
        d.line((320, 206), (320, 120), (540, 120), (540, 380), (640, 380), colour=h_colour)
        d.line((540, 120), (540, 0), colour=h_colour)
    d.text(612, 366, "h(t)", 12, True, h_colour)
    d.text(590, 10, tr('h(t) up, to the next layer'), 10, False, P.MUTED, centred=False)


class FittedView(QGraphicsView):
    """Shows its whole scene at any size: the drawing scales instead of scrolling.

    In presenter mode (``min_ink`` set) it never scales its text below ``min_ink`` rendered
    pixels: a drawing that does not fit then scrolls.
    """

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.min_ink: float | None = None
        self._set_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _set_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def min_scale(self) -> float:
        """The scale at which the drawing's shortest text inks ``min_ink`` pixels (0 outside presenter mode)."""
        if not self.min_ink:
            return 0.0
        probe = 2.0
        heights = [ink.ink_height(item.text(), item.font(), probe) / probe for item in self.scene().items()
                   if isinstance(item, QGraphicsSimpleTextItem) and ink.has_tall_glyph(item.text())]
        shortest = min((h for h in heights if h > 0), default=0.0)
        return (self.min_ink + 0.75) / shortest if shortest else 0.0

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10)
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        low = self.min_scale()
        scale = min(view.width() / rect.width(), view.height() / rect.height())
        self._set_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded if scale < low else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if scale >= low:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            return
        self.resetTransform()
        self.scale(low, low)
        self.setSceneRect(rect)
        self.centerOn(rect.center())  # the gates, in the middle of the drawing

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()


PREFERRED_SIZE = QSize(1000, 800)  # shrunk to the screen (lstmviz.ui.look.screen_fit)


class GateDetailDialog(QDialog):
    """"Inside the cell": follows the unrolled view's time step, sample and values while it is open."""

    step_requested = Signal(int)  # the user pressed previous / next here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gateDetail")
        self.setWindowTitle(tr("Inside the cell"))
        self.title = QLabel()
        self.title.setObjectName("gateDetailTitle")
        self.title.setWordWrap(True)
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("gateDetailPrevious")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(tr("Previous time step"))
        self.previous_button.clicked.connect(lambda: self._step_by(-1))
        self.next_button = QToolButton()
        self.next_button.setObjectName("gateDetailNext")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(tr("Next time step"))
        self.next_button.clicked.connect(lambda: self._step_by(1))
        self.step_label = QLabel("")
        self.step_label.setObjectName("gateDetailStep")
        self.cell_scene = QGraphicsScene(self)
        self.cell_view = FittedView(self.cell_scene)
        self.cell_view.setObjectName("gateDiagram")
        self.cell_view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.cell_view.setMinimumHeight(260)
        self.formula = QLabel()
        self.formula.setObjectName("gateFormulas")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("gateTable")
        self.table.setHorizontalHeaderLabels([tr("Gate"), tr("Activation"), tr("W over x(t)"),
                                              tr("U over h(t\u22121)"), "b", tr("Parameters")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.values_table = QTableWidget(0, 0)
        self.values_table.setObjectName("gateValues")
        self.values_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.values_note = QLabel()
        self.values_note.setObjectName("gateValuesNote")
        self.values_note.setWordWrap(True)
        # The tables never scroll: they are as large as their cells, and the dialog scrolls instead.
        for table in (self.table, self.values_table):
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.step_label)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addLayout(steps)
        middle = QHBoxLayout()
        middle.addWidget(self.formula)
        middle.addWidget(self.table, 1)
        # Everything scrolls inside the dialog: on a short screen the dialog keeps to the screen's height.
        body = QWidget()
        body.setObjectName("gateDetailBody")
        layout = QVBoxLayout(body)
        layout.addLayout(heading)
        layout.addWidget(self.cell_view, 1)
        layout.addLayout(middle)
        layout.addWidget(self.values_note)
        layout.addWidget(self.values_table)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("gateDetailScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.total = 0
        self.t: int | None = None
        self.steps: int | None = None
        self._sized = False
        screen_fit.fit_window(self, PREFERRED_SIZE)

    def _step_by(self, delta: int) -> None:
        if self.t is None:
            return
        last = (self.steps or self.t + 1) - 1
        step = min(max(self.t + delta, 0), last)
        if step != self.t:
            self.step_requested.emit(step)

    def show_cell(self, info: BuiltLayer, options: Mapping[str, Any], node: Node,
                  values: CellValues | None = None) -> None:
        steps = info.input_shape[1] if info.input_shape and len(info.input_shape) > 1 else None
        self.show_step(info, options, node.t, node.direction, steps, values)

    def show_step(self, info: BuiltLayer, options: Mapping[str, Any], t: int | None, direction: int,
                  steps: int | None, values: CellValues | None = None) -> None:
        """The cell of layer ``info`` at time step ``t`` (0-based), with the numbers of ``values`` there."""
        kind, inner = cell_of(info.kind, options)
        self.t, self.steps = t, steps or (values.steps if values is not None else None)
        backward = direction == -1 and KINDS[info.kind].directions(options) == 2
        step = "?" if t is None else t + 1
        head = (tr("backward {kind} cell at t = {step}") if backward else tr("{kind} cell at t = {step}")).format(
            kind=kind, step=step)
        self.title.setText("<b>{}</b> ".format(head) + tr(
            "of layer {number}, {title}. The same cell, with the same {weights} weights, runs at every one of the "
            "{steps} time steps.").format(number=info.index + 1, title=info.title,
                                          weights=f"{info.params // info.derivation.directions:,}",
                                          steps=steps if steps else "T"))
        self.step_label.setText(tr("t = {step} of {steps}").format(step=step, steps=self.steps or "T"))
        self.previous_button.setEnabled(t is not None and t > 0)
        self.next_button.setEnabled(t is not None and self.steps is not None and t < self.steps - 1)
        at: dict[str, np.ndarray] = {}
        if values is not None and t is not None and t < values.steps:
            k = value_step(t, values.steps, {"go_backwards": direction == -1})
            at = {key: values.array(key)[k] for key in values.keys()}
        rows = {g.symbol: g for g in info.derivation.gates}
        gates = {s: (rows[s].activation, rows[s].total) for s in display_order(kind)}
        self.cell_scene.clear()
        draw_cell(self.cell_scene, kind, gates, at, inner)
        self._fit()
        self.formula.setText("<br>".join(formulas(kind, inner)))
        self._fill_table(info, kind)
        self._fill_values(at, values, t)

    def _fit(self) -> None:
        self.cell_view.fit()

    def set_presenter(self, on: bool, factor: float = 1.0) -> None:
        """Presenter mode: the cell drawing's text never renders below PRESENTER_DIAGRAM_INK (times ``factor``)."""
        self.cell_view.min_ink = style.PRESENTER_DIAGRAM_INK * factor if on else None
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the screen is known once the dialog is placed on it
            self._sized = True
            screen_fit.fit_window(self, PREFERRED_SIZE)
        self._fit()

    @staticmethod
    def _fit_height(table: QTableWidget) -> None:
        """Exactly as tall as its rows: the table never scrolls, the cell drawing takes the rest."""
        row = table.fontMetrics().height() + 8
        table.verticalHeader().setDefaultSectionSize(row)
        table.verticalHeader().setMinimumSectionSize(row)
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + row * table.rowCount() + 2 * table.frameWidth() + 2)
        side = table.verticalHeader().width() if table.verticalHeader().isVisible() else 0
        table.setMinimumWidth(table.horizontalHeader().length() + side + 2 * table.frameWidth() + 2)

    def _fill_table(self, info: BuiltLayer, kind: str) -> None:
        rows = {g.symbol: g for g in info.derivation.gates}
        order = [rows[s] for s in display_order(kind)]
        extra = [(tr("\u00d7 2 directions (Bidirectional)"), info.params)] if info.derivation.directions == 2 else []
        self.table.setRowCount(len(order) + 1 + len(extra))
        one = 0
        for r, g in enumerate(order):
            u = g.recurrent[0]
            bias = tr("none") if g.bias == 0 else f"2 {MULTIPLY} {u} = {g.bias}" if g.bias == 2 * u else str(g.bias)
            cells = (g.gate, g.activation, f"{g.kernel[0]} {MULTIPLY} {g.kernel[1]} = {g.kernel[0] * g.kernel[1]:,}",
                     f"{u} {MULTIPLY} {u} = {u * u:,}", bias, f"{g.total:,}")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
            one += g.total
        r = len(order)
        self.table.setItem(r, 0, QTableWidgetItem(tr("one cell, all gates")))
        self.table.setItem(r, 5, QTableWidgetItem(f"{one:,}"))
        for k, (label, value) in enumerate(extra, start=r + 1):
            self.table.setItem(k, 0, QTableWidgetItem(label))
            self.table.setItem(k, 5, QTableWidgetItem(f"{value:,}"))
        for row in range(r, self.table.rowCount()):
            for c in (0, 5):
                item = self.table.item(row, c)
                assert item is not None  # set just above
                font = self.table.font()  # the table's size (presenter mode's style sheet sets it), in bold
                font.setBold(True)
                item.setFont(font)
        self.table.resizeColumnsToContents()
        self._fit_height(self.table)
        self.total = one * info.derivation.directions

    def gate_counts(self) -> dict[str, int]:
        """Parameters per gate as the table shows them (gate symbol -> count)."""
        out = {}
        for r in range(self.table.rowCount()):
            name, count = self.table.item(r, 0), self.table.item(r, 5)
            symbol = name.text().split()[-1] if name is not None else ""
            if len(symbol) == 1 and count is not None:
                out[symbol] = int(count.text().replace(",", ""))
        return out

    def _fill_values(self, at: dict[str, np.ndarray], values: CellValues | None, t: int | None) -> None:
        if not at or values is None or t is None:  # values at a step come with both
            self.values_note.setText(tr("No values at this step yet: pick a dataset, train, or load a model."))
            self.values_table.setRowCount(0)
            self.values_table.setColumnCount(0)
            self.values_table.hide()
            return
        self.values_table.show()
        keys = list(at)
        units = len(next(iter(at.values())))
        shown = min(units, 12)
        note = tr("Values at t = {step} on sample {sample} ({source}), per unit").format(
            step=t + 1, sample=values.sample + 1, source=values.source)
        if shown < units:
            note += tr("; the first {shown} of {units} units").format(shown=shown, units=units)
        self.values_note.setText(note)
        self.values_table.setRowCount(len(keys))
        self.values_table.setColumnCount(shown + 1)
        self.values_table.setHorizontalHeaderLabels([tr("mean")] + [tr("unit {number}").format(number=u + 1)
                                                                    for u in range(shown)])
        self.values_table.setVerticalHeaderLabels([value_name(k) for k in keys])
        for r, key in enumerate(keys):
            row = at[key]
            for c, value in enumerate([float(np.mean(row)), *row[:shown]]):
                item = QTableWidgetItem(f"{value:+.3f}")
                item.setBackground(P.color(value, P.signed_key(key)))
                item.setForeground(P.readable_on(P.color(value, P.signed_key(key))))
                self.values_table.setItem(r, c, item)
        self.values_table.resizeColumnsToContents()
        self._fit_height(self.values_table)
