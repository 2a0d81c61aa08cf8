"""What both training plots share: a header with a hover read-out, whole-number axes, a cheap grid.

pyqtgraph's own grid stretches each axis over the whole plot, so every curve update
repaints the axes' tick labels as well; :class:`GridLines` draws the grid with C++ path
items instead, which keeps a frame at about a third of the cost.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from lstmviz.ui.look import style
from lstmviz.ui.widgets.elided_label import ElidedLabel

LOSS_COLOUR = "#2f7ed8"
VAL_COLOUR = "#e07b24"
TARGET_COLOUR = "#66727f"
PREDICTION_COLOUR = "#e07b24"
DIVERGED_COLOUR = "#d23b3b"
RUN_COLOURS = ("#8a63c9", "#3c9d73", "#c9a227", "#d2527f", "#4aa3c9", "#7d8b99", "#a0522d")
TEXT_COLOUR = "#1f2933"


def run_colour(number: int) -> str:
    """The colour of finished run ``number`` in the runs list and on the loss plot."""
    return RUN_COLOURS[(number - 1) % len(RUN_COLOURS)]
_AXIS_PEN = pg.mkPen("#8795a4")


def finite_positive(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points a log axis can show: a nan/inf/zero loss (a diverged epoch) is left out."""
    keep = np.isfinite(y) & (y > 0)
    return x[keep], y[keep]


MIN_PLOT_HEIGHT = 120
PRESENTER_TICK_DENSITY = 0.5
# Presenter mode: the data area (the axes' text aside) keeps at least this height on a 1280x720
# projector (times the screen's factor), enough for a curve a room can follow and the "no run yet" hint.
PRESENTER_MIN_VIEW_HEIGHT = 100

class ReadableAxis(pg.AxisItem):
    """An axis whose labelled ticks never crowd: on a short vertical axis with large labels (presenter
    mode) the major interval grows until the labels are at least their line height apart."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph override
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or self.orientation not in ("left", "right") or not math.isfinite(maxVal - minVal):
            return levels
        font = self.style.get("tickFont")
        room = QFontMetricsF(font if font is not None else self.font()).height()
        labels = max(1.0, size / room)  # how many labels fit one above the other
        interval, offset = levels[0]
        span = abs(maxVal - minVal)
        steps = iter((2.0, 2.5, 2.0, 2.0, 2.5, 2.0) * 4)  # 0.2 -> 0.4 -> 1 -> 2 -> 4 -> 10 ...
        while interval > 0 and span / interval > labels:
            grown = interval * next(steps, 2.0)
            if grown > span:
                break  # one labelled tick at least, even where two crowd
            interval = grown
        return [(interval, offset), *[(i, o) for i, o in levels[1:] if i < interval]]


    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph override
        levels = super().tickValues(minVal, maxVal, size)
        if not self.logMode or self.orientation not in ("left", "right") or size <= 0:
            return levels
        # On a log axis spanning less than about two decades pyqtgraph labels every 2 ... 9 of each decade,
        # one above the other: keep 1-2-5, then 1-5, then the decades, whichever lie a line apart.
        font = self.style.get("tickFont")
        line = 1.15 * QFontMetricsF(font if font is not None else self.font()).height()
        per_unit = size / max(abs(maxVal - minVal), 1e-12)  # pixels per decade

        def apart(values: list[float]) -> bool:
            return all((b - a) * per_unit >= line for a, b in zip(values, values[1:]))

        values = sorted({float(v) for _spacing, vs in levels for v in vs})
        if apart(values):
            return levels
        kept = values
        for mantissas in ((1, 2, 5), (1, 5), (1,)):
            chosen = [v for v in values if round(10 ** (v - math.floor(v + 1e-9)), 3) in mantissas]
            kept = chosen or kept
            if chosen and apart(chosen):
                return [(None, chosen)]
        step = 2
        while not apart(kept[::step]) and step < len(kept):
            step += 1
        return [(None, kept[::step])]


class IntegerAxis(ReadableAxis):
    """An axis of epochs, samples or time steps: ticks only at whole numbers."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph override
        levels = []
        for spacing, values in super().tickValues(minVal, maxVal, size):
            if spacing < 1:
                continue
            levels.append((spacing, [v for v in values if float(v).is_integer()]))
        if not levels:  # zoomed in to less than one unit: still show the whole numbers in view
            levels = [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]
        return levels


class GridLines:
    """Grid lines drawn by two C++ path items inside the view, rebuilt only when the range changes.

    With pyqtgraph's grid a frame cost ~35 ms here, with these ~12 ms: time the GUI
    thread would otherwise take from the training it shares the GIL with.
    """

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.plot_item = plot_item
        self.items = []
        for alpha in (42, 18):  # major, then minor ticks
            pen = QPen(QColor(31, 41, 51, alpha))
            pen.setCosmetic(True)
            pen.setWidth(1)
            item = QGraphicsPathItem()
            item.setPen(pen)
            item.setZValue(-100)
            plot_item.vb.addItem(item, ignoreBounds=True)
            self.items.append(item)
        plot_item.vb.sigRangeChanged.connect(self.rebuild)
        plot_item.vb.sigResized.connect(self.rebuild)

    def rebuild(self, *_args) -> None:
        vb = self.plot_item.vb
        (x0, x1), (y0, y1) = vb.viewRange()
        paths = [QPainterPath(), QPainterPath()]
        for name, lo, hi, size, vertical in (("bottom", x0, x1, vb.width(), True),
                                             ("left", y0, y1, vb.height(), False)):
            if size <= 0 or not hi > lo:
                continue
            levels = self.plot_item.getAxis(name).tickValues(lo, hi, size)
            for level, (_spacing, values) in enumerate(levels[:2]):
                path = paths[level]
                for v in values:
                    if vertical:
                        path.moveTo(v, y0)
                        path.lineTo(v, y1)
                    else:
                        path.moveTo(x0, v)
                        path.lineTo(x1, v)
        for item, path in zip(self.items, paths):
            item.setPath(path)


def legend_html(entries: list[tuple[str, str, str]]) -> str:
    """A legend for the header: (symbol, colour, name) triples, kept out of the data area."""
    return " ".join(f"<span style='color:{colour}'>{symbol}</span>&nbsp;{name}&nbsp;"
                    for symbol, colour, name in entries)


class WrappingLabel(QLabel):
    """A word-wrapped label that can ask for the height of its wrapped lines (a splitter's pane does not)."""

    fit_height = False

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._fit()

    def set_fit_height(self, on: bool) -> None:
        self.fit_height = on
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.fit_height and self.width() > 0 else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(max(need, 0))


class PlotPane(QWidget):
    """A pyqtgraph plot with a header: a title, a hover read-out and room for small controls."""

    line_scale = 1.0  # presenter mode draws every curve thicker

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": IntegerAxis("bottom"),
                                                             "left": ReadableAxis("left")})
        self.plot.setObjectName(object_name)
        self.plot.setMinimumSize(170, MIN_PLOT_HEIGHT)
        item = self.plot.getPlotItem()
        self.grid = GridLines(item)
        item.setMenuEnabled(False)  # our own export actions replace pyqtgraph's menu
        self._style_axes(False)
        for side in ("left", "bottom"):
            item.getAxis(side).enableAutoSIPrefix(False)  # "(x0.001)" beside a loss axis only confuses
        self.title = ElidedLabel(title)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.legend_label = WrappingLabel("")
        self.legend_label.setObjectName(f"{object_name}Legend")
        self.legend_label.setWordWrap(True)  # many earlier runs take a second line, never the plot's width
        self.readout = ElidedLabel("")
        self.readout.setObjectName(f"{object_name}Readout")
        self.readout.setProperty("role", "muted")
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Two short rows, so that the plot can be narrow (presenter mode stacks the plots in a side dock).
        self.header = QHBoxLayout()
        self.header.setContentsMargins(2, 0, 2, 0)
        self.header.setSpacing(8)
        self.header.addWidget(self.title, 1)
        self.below = below = QHBoxLayout()
        below.setContentsMargins(2, 0, 2, 0)
        below.setSpacing(10)
        below.addWidget(self.legend_label, 3)
        below.addWidget(self.readout, 2)
        self._legend_beside_title = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addLayout(below)
        layout.addWidget(self.plot, 1)
        # Room under the plot for controls that belong to it (a replay's timeline under the loss);
        # empty, it takes no height.
        self.footer = QHBoxLayout()
        self.footer.setContentsMargins(2, 0, 2, 0)
        layout.addLayout(self.footer)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

    @property
    def plot_item(self) -> pg.PlotItem:
        return self.plot.getPlotItem()

    text_factor = 1.0  # presenter mode on a screen larger than 1280x720 draws larger text (style.presenter_factor)

    def presenter_pixel_size(self) -> int:
        """Presenter mode's tick and axis text: it inks style.PRESENTER_DIAGRAM_INK pixels, times the factor."""
        return style.presenter_pixel_size(style.PRESENTER_DIAGRAM_INK * self.text_factor)

    def presenter_min_height(self) -> int:
        """The plot's height in presenter mode that leaves PRESENTER_MIN_VIEW_HEIGHT (times the factor) to the
        data area once the bottom axis has its tick labels and its title at the projector's text size."""
        axis = self.plot_item.getAxis("bottom")
        text = QFontMetricsF(axis.style["tickFont"]).height()
        title = text if axis.labelText and axis.label.isVisible() else 0.0
        # Tick length, the labels' offset and the title's padding: about half a line (pyqtgraph's own sizes).
        axis_height = text + title + 0.5 * text + 10
        return math.ceil(axis_height + PRESENTER_MIN_VIEW_HEIGHT * self.text_factor + 8)

    def set_text_factor(self, factor: float) -> None:
        self.text_factor = factor
        if self.line_scale > 1:  # presenter mode is on
            self.set_presentation(True)

    def _style_axes(self, presenter: bool) -> None:
        font = QFont("DejaVu Sans")
        if presenter:
            font.setPixelSize(self.presenter_pixel_size())
        else:
            font.setPointSizeF(8)
        label_style = {"color": "#0d1620" if presenter else TEXT_COLOUR,
                       "font-size": f"{self.presenter_pixel_size()}px" if presenter else "9pt"}
        item = self.plot.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen("#3d4852", width=1.5) if presenter else _AXIS_PEN)
            axis.setTextPen(pg.mkPen("#0d1620" if presenter else TEXT_COLOUR))
            # Large labels on a short plot: fewer ticks, and labels on the major ones only, so they never overlap.
            axis.setStyle(tickFont=font, maxTextLevel=0 if presenter else 2)
            axis.setTickDensity(PRESENTER_TICK_DENSITY if presenter else 1.0)
            if axis.labelText:
                axis.setLabel(axis.labelText, axis.labelUnits, **label_style)
            else:  # not labelled yet: setLabel would show an empty label; keep the style for later
                axis.labelStyle = label_style

    def set_presentation(self, on: bool) -> None:
        """Presenter mode: curves twice as thick, larger tick labels, darker axes."""
        self.line_scale = 2.0 if on else 1.0
        self.legend_label.set_fit_height(on)  # large text wraps more: the legend takes the lines it needs
        self._put_legend_beside_title(on)
        self._style_axes(on)
        self.plot.setMinimumHeight(self.presenter_min_height() if on else MIN_PLOT_HEIGHT)
        self.style_curves()

    def header_width(self, title: str | None = None, legend_extra: str = "") -> int:
        """The width the title's row needs with the legend beside it on one line (presenter mode), for
        ``title`` (default: the title shown) and a legend longer by ``legend_extra``."""
        from PySide6.QtGui import QTextDocument

        legend = QTextDocument()
        legend.setHtml(self.legend_label.text())
        width = QFontMetricsF(self.title.font()).horizontalAdvance(title if title is not None else self.title.text())
        width += QFontMetricsF(self.legend_label.font()).horizontalAdvance(legend.toPlainText() + legend_extra)
        shown = 2
        for k in range(self.header.count()):
            item = self.header.itemAt(k)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.title, self.legend_label, self.readout) \
                    and widget.isVisibleTo(self):
                width += widget.sizeHint().width()
                shown += 1
        margins = self.header.contentsMargins()
        return math.ceil(width + (shown - 1) * self.header.spacing() + margins.left() + margins.right() + 12)

    def _put_legend_beside_title(self, on: bool) -> None:
        """Presenter mode: the legend on the title's row, not on a row of its own (a row of height for the
        curve), and no hover read-out (the room reads the axes); the title keeps its whole text."""
        if on == self._legend_beside_title:
            return
        self._legend_beside_title = on
        (self.below if on else self.header).removeWidget(self.legend_label)
        if on:
            self.header.insertWidget(1, self.legend_label, 1)
        else:
            self.below.insertWidget(0, self.legend_label, 3)
        self.readout.setVisible(not on)
        self.header.setStretchFactor(self.title, 0 if on else 1)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred if on else QSizePolicy.Policy.Ignored,
                                 QSizePolicy.Policy.Preferred)
        if not on:
            self.legend_label.setWordWrap(True)
        else:
            QTimer.singleShot(0, self, self._fit_legend)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._legend_beside_title:
            QTimer.singleShot(0, self, self._fit_legend)  # not from inside the layout's own pass

    def _fit_legend(self) -> None:
        """Beside the title, the legend keeps one line where the row has room for it (a wrapped legend takes
        the curve's height), and wraps where it has not (the title keeps its whole text)."""
        if not self._legend_beside_title:
            return
        one_line = self.header_width() <= self.width()
        if self.legend_label.wordWrap() == one_line:
            self.legend_label.setWordWrap(not one_line)
            self.legend_label.set_fit_height(not one_line)

    def style_curves(self) -> None:
        """Apply :attr:`line_scale` to every curve (each keeps the width it was made with)."""
        for curve in self.plot_item.listDataItems():
            pen = pg.mkPen(curve.opts["pen"])
            base = getattr(curve, "base_width", None)
            if base is None:
                base = curve.base_width = pen.widthF()
            if not hasattr(curve, "base_symbol"):
                curve.base_symbol = curve.opts.get("symbolSize") or 0
            pen.setWidthF(base * self.line_scale)
            curve.setPen(pen)
            if curve.opts.get("symbol") is not None and curve.base_symbol:
                curve.setSymbolSize(curve.base_symbol * (1.5 if self.line_scale > 1 else 1.0))

    def _mouse_moved(self, scene_pos) -> None:
        vb = self.plot_item.vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            self.readout.setText("")
            return
        point = vb.mapSceneToView(scene_pos)
        self.readout.setText(self.readout_at(point.x(), point.y()))

    def readout_at(self, x: float, y: float) -> str:
        return ""

    def settle_range(self) -> None:
        """Apply auto-range now rather than in the next paint, which would then paint twice."""
        vb = self.plot_item.vb
        if any(a is not False for a in vb.state["autoRange"]):
            vb.updateAutoRange()
