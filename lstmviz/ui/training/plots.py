"""The loss plot (log axis, earlier runs overlaid) and the predictions-against-targets plot.

Both keep persistent curves and only call ``setData`` from :meth:`redraw`, which the
panel drives from a ~30 ms timer: messages fill numpy buffers, never the plots.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.history import LossHistory
from lstmviz.ui.training.text import format_loss
from lstmviz.ui.training.plot_base import (
    DIVERGED_COLOUR, LOSS_COLOUR, PREDICTION_COLOUR, TARGET_COLOUR, TEXT_COLOUR, VAL_COLOUR, PlotPane,
    finite_positive, legend_html, run_colour,
)


class LossPlot(PlotPane):
    """Loss per epoch on a log axis, validation loss when present, earlier runs behind."""

    def __init__(self, history: LossHistory, parent: QWidget | None = None) -> None:
        super().__init__(tr("Loss per epoch"), "lossPlot", parent)
        self.history = history
        item = self.plot_item
        item.setLogMode(x=False, y=True)
        item.setLabel("bottom", tr("epoch"))
        self._axis_label = tr("loss (log)")
        item.setLabel("left", self._axis_label)
        self._overlay_curves: list[pg.PlotDataItem] = []
        self._overlay_legend: list[tuple[str, str, str]] = []
        self.current_colour = LOSS_COLOUR
        self.loss_curve = item.plot([], [], pen=pg.mkPen(LOSS_COLOUR, width=2))
        self.val_curve = item.plot([], [], pen=pg.mkPen(VAL_COLOUR, width=2, style=Qt.PenStyle.DashLine))
        for curve in (self.loss_curve, self.val_curve):
            # Thousands of epochs on a few hundred pixels: draw about one point per pixel
            # (peaks kept) so a frame costs the same at epoch 20,000 as at epoch 200.
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        self._has_val = False
        self.current_label = tr("loss")
        self._update_legend()
        self._diverged_line: pg.InfiniteLine | None = None
        self._drawn_version = -1
        # Before any run a log axis over no data would read 2 ... 9: say what will appear instead.
        self.empty_hint = pg.TextItem(tr("no run yet: press Train"),
                                      color="#66727f", anchor=(0.5, 0.5))
        self.empty_hint_text = self.empty_hint.toPlainText()
        self.empty_hint.setParentItem(item.vb)
        item.vb.sigResized.connect(self._place_hint)
        self._show_empty(True)

    def set_presentation(self, on: bool) -> None:
        super().set_presentation(on)
        # The title says "per epoch": in presenter mode the axis's own "epoch" gives its line to the curve.
        self.plot_item.getAxis("bottom").showLabel(not on)
        if on:
            self.plot.setMinimumHeight(self.presenter_min_height())
        font = QFont("DejaVu Sans")
        if on:
            font.setPixelSize(self.presenter_pixel_size())
        else:
            font.setPointSizeF(9)
        self.empty_hint.setFont(font)
        # Large text on a short plot: the rotated "(log)" would run past the plot's height; the
        # ticks (0.1, 0.01, ...) say it.
        self._axis_label = tr("loss") if on else tr("loss (log)")
        self.plot_item.setLabel("left", self._axis_label)
        self._show_empty(self.history.count == 0)

    def set_empty_hint(self, text: str | None) -> None:
        """What the empty plot says (None: "no run yet: press Train")."""
        self.empty_hint.setPlainText(text or tr("no run yet: press Train"))
        self.empty_hint_text = self.empty_hint.toPlainText()
        self._place_hint()

    def _place_hint(self, *_args) -> None:
        rect = self.plot_item.vb.boundingRect()
        self.empty_hint.setPos(rect.center())

    def _show_empty(self, empty: bool) -> None:
        # Earlier runs drawn behind: their curves need the axis's ticks, and the hint would cover them.
        nothing = empty and not self._overlay_curves
        self.empty_hint.setVisible(nothing)
        self.plot_item.getAxis("left").setStyle(showValues=not nothing)
        self.plot_item.getAxis("left").setLabel(self._axis_label if not nothing else "")
        self._place_hint()

    def show_history(self, history: LossHistory) -> None:
        """Draw ``history`` (the running run's, or a finished run's) from the next redraw on."""
        if history is not self.history:
            self.history = history
            self._drawn_version = -1

    def redraw(self) -> bool:
        """Push the buffers into the curves if they changed; True when something was drawn."""
        h = self.history
        if h.version == self._drawn_version:
            return False
        self._drawn_version = h.version
        epochs = h.epochs
        self._show_empty(h.count == 0)
        self.loss_curve.setData(*finite_positive(epochs, h.loss))
        val = h.val_loss
        if val is not None:
            self.val_curve.setData(*finite_positive(epochs, val))
        else:
            self.val_curve.setData([], [])
        if self._has_val != (val is not None):
            self._has_val = val is not None
            self._update_legend()
        self.settle_range()
        return True

    def _update_legend(self) -> None:
        entries = [("━", self.current_colour, self.current_label)]
        if self._has_val:
            entries.append(("╌", VAL_COLOUR, "val_loss"))
        if self._overlay_legend:
            entries.append(("", TEXT_COLOUR, "<span style='color:#66727f'>" + tr("earlier:") + "</span>"))
        self.legend_label.setText(legend_html(entries + self._overlay_legend))

    def set_overlays(self, runs) -> None:
        """Draw ``runs`` (RunRecord objects) thinly behind the current curve."""
        item = self.plot_item
        for curve in self._overlay_curves:
            item.removeItem(curve)
        self._overlay_curves = []
        self._overlay_legend = []
        for run in runs:
            colour = run_colour(run.number)
            pen = pg.mkPen(QColor(colour), width=1.5)
            x, y = finite_positive(run.history.epochs, run.history.loss)
            curve = pg.PlotDataItem(x, y, pen=pen)
            curve.setZValue(-10)
            # The range follows the current run: a 1000-epoch run behind a 100-epoch one must not
            # squash it into a tenth of the width (:meth:`_range_to_overlays` covers a plot without one).
            item.addItem(curve, ignoreBounds=True)
            curve.setDownsampling(auto=True, method="peak")  # only once it is in a view
            curve.setClipToView(True)
            self._overlay_curves.append(curve)
            self._overlay_legend.append(("━", colour, f"#{run.number}"))
        self.style_curves()
        self._update_legend()
        self._show_empty(self.history.count == 0)
        if self.history.count == 0:
            self._range_to_overlays()

    def _range_to_overlays(self) -> None:
        """No current curve yet: show the earlier runs whole (the range follows the run once it draws)."""
        xs = [c.getOriginalDataset()[0] for c in self._overlay_curves]
        ys = [c.getOriginalDataset()[1] for c in self._overlay_curves]
        xs = [x for x in xs if x is not None and len(x)]
        ys = [y for y in ys if y is not None and len(y)]
        if not xs or not ys:
            return
        x = np.concatenate(xs)
        y = np.log10(np.concatenate(ys))
        vb = self.plot_item.vb
        vb.setRange(xRange=(float(x.min()), float(x.max())), yRange=(float(y.min()), float(y.max())))
        vb.enableAutoRange()  # the next run's points take over the range

    @property
    def overlay_count(self) -> int:
        return len(self._overlay_curves)

    def set_current_label(self, text: str, colour: str | None = None) -> None:
        """Name the current curve; ``colour`` is its run's colour (the same swatch as in Runs)."""
        self.current_label = text
        if colour is not None and colour != self.current_colour:
            self.current_colour = colour
            pen = pg.mkPen(QColor(colour), width=2)
            self.loss_curve.setPen(pen)
            self.loss_curve.base_width = 2.0
            self.style_curves()
        self._update_legend()

    def mark_diverged(self, epoch: int | None) -> None:
        if self._diverged_line is not None:
            self.plot_item.removeItem(self._diverged_line)
            self._diverged_line = None
        if epoch is None:
            return
        line = pg.InfiniteLine(pos=epoch, angle=90, pen=pg.mkPen(DIVERGED_COLOUR, width=1.5,
                                                                   style=Qt.PenStyle.DashLine),
                               label=tr("diverged at epoch {epoch}").format(epoch=epoch),
                               labelOpts={"position": 0.85, "color": DIVERGED_COLOUR, "fill": (255, 255, 255, 220)})
        self.plot_item.addItem(line)
        self._diverged_line = line

    def readout_at(self, x: float, y: float) -> str:
        h = self.history
        epoch = int(round(x))
        if not h.count:
            return ""
        if not 1 <= epoch <= h.count:
            return tr("epoch {epoch} · loss {loss}").format(epoch=f"{x:.0f}", loss=format_loss(10 ** y))
        text = tr("epoch {epoch} · loss {loss}").format(epoch=epoch, loss=format_loss(float(h.loss[epoch - 1])))
        if h.val_loss is not None:
            text += tr(" · val_loss {loss}").format(loss=format_loss(float(h.val_loss[epoch - 1])))
        return text


MAX_SAMPLES_SHOWN = 100  # one point per sample: the first this many
MAX_SYMBOLS = 200  # beyond this many points the markers hide the curve (and cost a lot to draw)
MAX_JOINED_SAMPLES = 20  # samples are independent: joining many of them draws noise, a few read as a curve


def prediction_series(predictions: np.ndarray | None, targets: np.ndarray, sample: int = 0
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """What to draw: x positions, predictions, targets and the x axis's name.

    Sequence targets (N, T, F) are drawn per time step of one sample; one vector per
    sample with a single sample (the tutorial's many-to-one, y (1, 5)) per output;
    otherwise one point per sample, for the first :data:`MAX_SAMPLES_SHOWN` samples. Only
    the first feature of wider outputs is drawn.
    Positions count from 1, as the tutorial counts time steps: t = 1 ... 5.
    """
    t_all = np.asarray(targets)
    if t_all.ndim >= 3:
        s = min(max(sample, 0), t_all.shape[0] - 1)
        rows, axis, x_count = slice(s, s + 1), tr_noop("time step"), t_all.shape[1]
    elif t_all.ndim == 2 and t_all.shape[0] == 1 and t_all.shape[1] > 1:
        rows, axis, x_count = slice(0, 1), tr_noop("output"), t_all.shape[1]
    else:  # a plot of 600,000 points says nothing and takes seconds: only the rows drawn are touched
        x_count = min(t_all.shape[0], MAX_SAMPLES_SHOWN)
        rows, axis = slice(0, x_count), tr_noop("sample")
    t = np.asarray(t_all[rows], dtype=float)
    p = np.full(t.shape, np.nan)
    if predictions is not None:
        p_all = np.asarray(predictions)
        if p_all.shape == t_all.shape:
            p = np.asarray(p_all[rows], dtype=float)
        elif p_all.ndim == 2 and t_all.shape == (p_all.shape[0], 1) and p_all.shape[1] > 1:
            # Class probabilities against class ids (a classification): the class the model picks.
            p = np.argmax(p_all[rows], axis=1).astype(float).reshape(-1, 1)
        elif p_all.size >= t_all.size:  # the same values in another shape
            p = np.asarray(p_all.reshape(-1)[: t_all.size].reshape(t_all.shape)[rows], dtype=float)
    x = np.arange(1, x_count + 1, dtype=float)
    if axis == "output":
        return x, p[0], t[0], axis
    p2, t2 = p.reshape(x_count, -1), t.reshape(x_count, -1)
    return x, p2[:, 0], t2[:, 0], axis


class PredictionPlot(PlotPane):
    """The model's outputs against the targets, for the latest probe of the run."""

    sample_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Predictions"), "predictionPlot", parent)
        item = self.plot_item
        item.setLabel("bottom", tr('time step'))
        item.setLabel("left", tr("value"))
        self._target_pen = pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.PenStyle.DotLine)
        self._prediction_pen = pg.mkPen(PREDICTION_COLOUR, width=2)
        self.target_curve = item.plot([], [], pen=self._target_pen,
                                      symbol="o", symbolSize=7, symbolBrush=pg.mkBrush("w"),
                                      symbolPen=pg.mkPen(TARGET_COLOUR, width=1.5))
        self.prediction_curve = item.plot([], [], pen=self._prediction_pen, symbol="o",
                                          symbolSize=6, symbolBrush=pg.mkBrush(PREDICTION_COLOUR), symbolPen=None)
        for curve in (self.target_curve, self.prediction_curve):
            curve.setClipToView(True)
        self.legend_label.setText(legend_html([("○", TARGET_COLOUR, tr("target")), ("●", PREDICTION_COLOUR, tr("prediction"))]))
        self.sample_label = QLabel(tr("sample"))
        self.sample_spin = QSpinBox()
        self.sample_spin.setObjectName("predictionSample")
        self.sample_spin.setRange(1, 1)
        self.sample_spin.setToolTip(tr("Which sample's time steps to show"))
        self.sample_spin.valueChanged.connect(self._sample_changed)
        self.header.insertWidget(1, self.sample_label)
        self.header.insertWidget(2, self.sample_spin)
        self.sample_label.hide()
        self.sample_spin.hide()
        self.epoch: int | None = None
        self.source: str | None = None
        self._predictions: np.ndarray | None = None
        self._targets: np.ndarray | None = None
        self._series: tuple[np.ndarray, np.ndarray, np.ndarray, str] | None = None
        self._dirty = False

    def set_predictions(self, epoch: int | None, predictions: np.ndarray | None, targets: np.ndarray,
                        source: str | None = None) -> None:
        """Predictions of ``epoch`` against the targets; predictions None draws the targets alone.

        ``source`` names weights that come without an epoch ("weights from m.keras"): the title says it instead.
        """
        self.epoch = epoch
        self.source = source
        self._predictions, self._targets = predictions, targets
        self._dirty = True

    def show_targets(self, targets: np.ndarray | None) -> None:
        """Before training: the targets the model will learn, without predictions."""
        if targets is None:
            self.clear()
        else:
            self.set_predictions(None, None, targets)

    @property
    def sample(self) -> int:
        """The sample (0-based) whose time steps are drawn."""
        return self.sample_spin.value() - 1

    def set_sample(self, sample: int) -> None:
        if self.sample_spin.maximum() < sample + 1:
            self.sample_spin.setMaximum(sample + 1)  # the targets that need it arrive later
        self.sample_spin.setValue(sample + 1)

    def clear(self) -> None:
        self.epoch = None
        self._predictions = self._targets = None
        self._series = None
        self._dirty = True

    def _sample_changed(self, value: int) -> None:
        self._dirty = True
        self.sample_changed.emit(value - 1)
        self.redraw()

    def redraw(self) -> bool:
        if not self._dirty:
            return False
        self._dirty = False
        if self._targets is None:
            self._series = None
            self.target_curve.setData([], [])
            self.prediction_curve.setData([], [])
            self.title.setText(tr("Predictions"))
            self.sample_label.hide()
            self.sample_spin.hide()
            return True
        sequences = self._targets.ndim >= 3 and self._targets.shape[0] > 1
        self.sample_label.setVisible(sequences)
        self.sample_spin.setVisible(sequences)
        if sequences:
            self.sample_spin.blockSignals(True)
            self.sample_spin.setRange(1, self._targets.shape[0])
            self.sample_spin.setSuffix(tr(" of {count}").format(count=self._targets.shape[0]))
            self.sample_spin.blockSignals(False)
        self._series = prediction_series(self._predictions, self._targets, self.sample)
        x, p, t, axis = self._series
        count = self._targets.shape[0]
        if axis == "sample" and count > len(x):
            self.plot_item.setLabel("bottom", tr("sample (the first {shown} of {count:,})").format(
                shown=len(x), count=count))
        else:
            self.plot_item.setLabel("bottom", tr(axis))
        self._style_curves(len(x), joined=axis != "sample" or len(x) <= MAX_JOINED_SAMPLES)
        self.target_curve.setData(x, t)
        if np.isfinite(p).any():
            self.prediction_curve.setData(x, p, connect="finite")
        else:  # targets alone, before training
            self.prediction_curve.setData([], [])
        if self.source and np.isfinite(p).any():
            when = self.source
        else:
            when = tr("epoch {epoch}").format(epoch=self.epoch) if self.epoch is not None else tr("targets")
        self.title.setText(tr("Predictions · {when}").format(when=when))
        self.settle_range()
        return True

    def _style_curves(self, points: int, joined: bool) -> None:
        symbol = "o" if points <= MAX_SYMBOLS or not joined else None
        for curve, base in ((self.target_curve, self._target_pen), (self.prediction_curve, self._prediction_pen)):
            pen = QPen(base)
            pen.setWidthF(base.widthF() * self.line_scale)  # presenter mode's thicker curves
            if not joined:
                pen.setStyle(Qt.PenStyle.NoPen)
            curve.setPen(pen)
            curve.setSymbol(symbol)
            # A long sequence's time steps on a few hundred pixels: about ten points a pixel, peaks kept.
            # Drawn whole, the dotted target line of 100,000 steps took over a second per repaint. Unjoined
            # samples are dots, each its own: never merged.
            curve.setDownsampling(auto=joined, method="peak")

    def readout_at(self, x: float, y: float) -> str:
        if self._series is None:
            return ""
        xs, p, t, axis = self._series
        i = int(round(x)) - 1  # positions count from 1
        if not 0 <= i < len(xs):
            return tr("{axis} {position} · value {value}").format(axis=tr(axis), position=f"{x:.1f}",
                                                                  value=f"{y:.3f}")
        if not np.isfinite(p[i]):
            return tr("{axis} {position} · target {target}").format(axis=tr(axis), position=i + 1,
                                                                    target=f"{t[i]:.3f}")
        return tr("{axis} {position} · prediction {prediction} · target {target}").format(
            axis=tr(axis), position=i + 1, prediction=f"{p[i]:.3f}", target=f"{t[i]:.3f}")
