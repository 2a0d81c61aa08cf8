"""The test period of a real series: the split drawn on the series, forecasts against the actual
values, scores beside the naive baselines, the confusion matrix, and which past steps a
prediction used.

A view of numbers computed elsewhere: :func:`lstmviz.model.evaluation.evaluate` turns the
model's outputs into scores, :mod:`lstmviz.model.saliency` the bars (both numpy, so a
reopened project and the replay show them without TensorFlow). The panel hands it the
document's data, then predictions: live ones while a run trains, those of stored or
replayed weights after.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.baselines import BASELINE_LABELS
from lstmviz.model.datasets import Dataset
from lstmviz.model.evaluation import Evaluation, accuracy_history, evaluate
from lstmviz.model.snapshots import RunSnapshots
from lstmviz.model.evaluation_text import series_lines
from lstmviz.model.forward import predict
from lstmviz.model.metrics import METRIC_LABELS
from lstmviz.model.saliency import step_saliency
from lstmviz.model.tasks import Task
from lstmviz.ui.work.background import SerialWorker
from lstmviz.ui.training.plot_base import (
    LOSS_COLOUR, PREDICTION_COLOUR, TARGET_COLOUR, VAL_COLOUR, PlotPane, legend_html,
)

VALIDATION_BRUSH = QColor(224, 123, 36, 28)
TEST_BRUSH = QColor(47, 126, 216, 30)
MULTI_STEP_COLOUR = "#8a63c9"
BAR_COLOUR = "#3c9d73"
TEST_COLOUR = "#3c9d73"
PRESENTER_TAB_PLOT_HEIGHT = 90


def part_label(part: str) -> str:
    return {"train": tr("training"), "validation": tr("validation"), "test": tr("test"),
            "test_multi_step": tr("test, outputs fed back")}.get(part, part)


class SeriesPlot(PlotPane):
    """The target series in its own units, the validation and test parts shaded, forecasts on the test part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Series and test forecasts"), "seriesPlot", parent)
        item = self.plot_item
        item.setLabel("bottom", tr("row"))
        self.regions = [pg.LinearRegionItem(movable=False, brush=QBrush(colour), pen=pg.mkPen(None))
                        for colour in (VALIDATION_BRUSH, TEST_BRUSH)]
        for region in self.regions:
            region.setZValue(-50)
            item.addItem(region, ignoreBounds=True)
        self.part_labels = [pg.TextItem("", color=TARGET_COLOUR, anchor=(0, 0)) for _ in range(3)]
        for label in self.part_labels:
            item.addItem(label, ignoreBounds=True)
        self.actual_curve = item.plot([], [], pen=pg.mkPen(TARGET_COLOUR, width=1.2))
        self.one_step_curve = item.plot([], [], pen=pg.mkPen(PREDICTION_COLOUR, width=2))
        self.multi_step_curve = item.plot([], [], pen=pg.mkPen(MULTI_STEP_COLOUR, width=2,
                                                               style=Qt.PenStyle.DashLine))
        for curve in (self.actual_curve, self.one_step_curve, self.multi_step_curve):
            # Years of daily rows on a few hundred pixels: about ten points a pixel, peaks kept.
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        self.legend_label.setText(legend_html([
            ("—", TARGET_COLOUR, tr("actual")), ("—", PREDICTION_COLOUR, tr("one step ahead")),
            ("- -", MULTI_STEP_COLOUR, tr("outputs fed back"))]))
        self.row_names: tuple[str, ...] = ()

    def show_series(self, dataset: Dataset) -> None:
        info = dataset.series
        assert info is not None
        values = np.asarray(info.series, dtype=float).reshape(info.split.rows, -1)[:, 0]
        rows = np.arange(info.split.rows, dtype=float)
        self.row_names = info.row_names
        self.actual_curve.setData(rows, values)
        self.plot_item.setLabel("left", info.target_names[0])
        split = info.split
        bounds = [(split.train_end - 0.5, split.test_start - 0.5), (split.test_start - 0.5, split.rows - 0.5)]
        for region, (lo, hi) in zip(self.regions, bounds):
            region.setRegion((lo, hi))
            region.setVisible(hi > lo)
        top = float(np.nanmax(values)) if values.size else 0.0
        for label, text, x in zip(self.part_labels, (tr("training"), tr("validation"), tr("test")),
                                  (0, split.train_end, split.test_start)):
            label.setText(text)
            label.setPos(x, top)
        self.show_forecasts(None)

    def show_forecasts(self, evaluation: Evaluation | None, test_start: int = 0) -> None:
        for curve, values in ((self.one_step_curve, None if evaluation is None else evaluation.forecast),
                              (self.multi_step_curve, None if evaluation is None else evaluation.multi_step)):
            if values is None:
                curve.setData([], [])
            else:
                column = np.asarray(values, dtype=float)[:, 0]
                curve.setData(np.arange(test_start, test_start + len(column), dtype=float), column)

    def readout_at(self, x: float, y: float) -> str:
        row = int(round(x))
        name = self.row_names[row] if 0 <= row < len(self.row_names) else str(row)
        return f"{name}: {y:.4g}"


class AccuracyPlot(PlotPane):
    """Classification: accuracy of the training, validation and test parts per epoch, beside the loss;
    the majority class on the test part as a dashed line."""

    PART_COLOURS = {"train": LOSS_COLOUR, "validation": VAL_COLOUR, "test": TEST_COLOUR}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Accuracy per epoch"), "accuracyPlot", parent)
        item = self.plot_item
        item.setLabel("left", tr("accuracy"))
        item.setLabel("bottom", tr("epoch"))
        item.setYRange(0, 1)
        item.enableAutoRange(axis="y", enable=False)
        self.curves = {part: item.plot([], [], pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=4,
                                       symbolBrush=pg.mkBrush(colour), symbolPen=None)
                       for part, colour in self.PART_COLOURS.items()}
        self.majority = pg.InfiniteLine(angle=0, pen=pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.PenStyle.DashLine))
        self.majority.setVisible(False)
        item.addItem(self.majority)
        self.legend_label.setText(legend_html([
            ("—", LOSS_COLOUR, tr("training")), ("—", VAL_COLOUR, tr("validation")),
            ("—", TEST_COLOUR, tr("test")), ("- -", TARGET_COLOUR, tr("majority class"))]))
        self.epochs = np.zeros(0)
        self.values: dict[str, np.ndarray] = {}

    def clear(self) -> None:
        self.set_history(np.zeros(0), {})

    def set_history(self, epochs: np.ndarray, values: dict[str, np.ndarray]) -> None:
        self.epochs, self.values = np.asarray(epochs, dtype=float), dict(values)
        for part, curve in self.curves.items():
            curve.setData(self.epochs, self.values[part]) if part in self.values else curve.setData([], [])
        self.settle_range()

    def add_point(self, epoch: int, evaluation: Evaluation) -> None:
        """One epoch's accuracies while a run trains (an epoch seen again replaces the points after it)."""
        keep = self.epochs < epoch
        values = {p: np.append(self.values.get(p, np.zeros(len(self.epochs)))[keep], v["accuracy"])
                  for p, v in evaluation.metrics.items() if p in self.curves}
        self.set_history(np.append(self.epochs[keep], epoch), values)

    def show_majority(self, evaluation: Evaluation | None) -> None:
        baseline = None if evaluation is None else evaluation.baselines.get("majority_class")
        self.majority.setVisible(baseline is not None)
        if baseline is not None:
            self.majority.setValue(baseline["accuracy"])

    def readout_at(self, x: float, y: float) -> str:
        if not len(self.epochs):
            return ""
        i = int(np.argmin(np.abs(self.epochs - x)))
        parts = ", ".join(f"{part_label(p)} {v[i]:.3f}" for p, v in self.values.items() if i < len(v))
        return tr("epoch {epoch}: {values}").format(epoch=int(self.epochs[i]), values=parts)


class SaliencyPlot(PlotPane):
    """|∂ŷ/∂x_t| of one test sample, summed over features: one bar per input step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Which past steps the prediction used"), "saliencyPlot", parent)
        item = self.plot_item
        item.setLabel("bottom", tr("input step (t = 1 is the oldest)"))
        item.setLabel("left", "|\u2202\u0177/\u2202x\u209c|")
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR_COLOUR)
        item.vb.addItem(self.bars)  # beside the curves, not among them: presenter mode restyles curves only
        self.sample_label = QLabel(tr("test sample"))
        self.sample_spin = QSpinBox()
        self.sample_spin.setObjectName("saliencySample")
        self.sample_spin.setRange(1, 1)
        self.sample_spin.setKeyboardTracking(False)
        self.header.addWidget(self.sample_label)
        self.header.addWidget(self.sample_spin)
        self.values = np.zeros(0)
        note = tr("summed over the features; estimated from the stored weights by central differences")
        self.legend_label.setText(note)
        self.setToolTip(note)

    def show_bars(self, values: np.ndarray | None) -> None:
        self.values = np.zeros(0) if values is None else np.asarray(values, dtype=float)
        self.bars.setOpts(x=np.arange(1, len(self.values) + 1), height=self.values, width=0.7)
        self.settle_range()

    def readout_at(self, x: float, y: float) -> str:
        t = int(round(x))
        if 1 <= t <= len(self.values):
            return tr("t = {t}: {value:.4g}").format(t=t, value=self.values[t - 1])
        return ""


class ScoresTable(QTableWidget):
    """Scores per part, then each baseline on the test part, in the data's units."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsTable")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_scores(self, evaluation: Evaluation | None) -> None:
        self.clear()
        if evaluation is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        metrics = ["rmse", "mae"] if evaluation.task is Task.REGRESSION else ["loss", "accuracy"]
        rows = [(part_label(p), v) for p, v in evaluation.metrics.items()]
        for name, values in evaluation.baselines.items():
            label = tr("baseline: {name}").format(name=tr(BASELINE_LABELS.get(name, name)))
            if name == "majority_class" and evaluation.classes:
                label += f" ({evaluation.classes[int(values['class'])]})"
            rows.append((label, values))
        self.setColumnCount(len(metrics))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels([tr(METRIC_LABELS[m]) for m in metrics])
        self.setVerticalHeaderLabels([label for label, _ in rows])
        for r, (_, values) in enumerate(rows):
            for c, metric in enumerate(metrics):
                value = values.get(metric)
                cell = QTableWidgetItem("" if value is None else f"{value:.4g}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, cell)


class ConfusionTable(QTableWidget):
    """The test part's confusion matrix: rows the true class, columns the predicted one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setToolTip(tr("Test part: rows are the true classes, columns the predicted ones"))

    def show_matrix(self, classes: Sequence[str], matrix: np.ndarray | None) -> None:
        self.clear()
        n = len(classes) if matrix is not None else 0
        self.setRowCount(n)
        self.setColumnCount(n)
        if matrix is None:
            return
        self.setHorizontalHeaderLabels([tr("→ {name}").format(name=c) for c in classes])
        self.setVerticalHeaderLabels(list(classes))
        top = max(int(matrix.max()), 1)
        for r in range(n):
            for c in range(n):
                count = int(matrix[r, c])
                cell = QTableWidgetItem(str(count))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                strength = int(200 * count / top)
                base = (60, 157, 115) if r == c else (210, 59, 59)
                cell.setBackground(QColor(*base, strength // 2 if count else 0))
                self.setItem(r, c, cell)


class EvaluationPane(QWidget):
    """Everything about the test period, in tabs; hidden unless the data is a series split in time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationPane")
        self.dataset: Dataset | None = None
        self.evaluation: Evaluation | None = None
        self._model: tuple[Architecture, Sequence[np.ndarray]] | None = None
        self._pending: tuple[np.ndarray, int | None] | None = None  # live predictions not drawn yet, and their epoch
        self._history_wanted: object = None  # the snapshots whose accuracy curves are being computed
        self._history_worker = SerialWorker("lstmviz-accuracy", self)
        self._history_worker.finished.connect(self._history_ready)
        self._weights_wanted: object = None  # the weights whose forecasts and step bars are being computed
        self._weights_worker = SerialWorker("lstmviz-evaluation", self)
        self._weights_worker.finished.connect(self._weights_ready)

        self.series_plot = SeriesPlot()
        self.accuracy_plot = AccuracyPlot()
        self.saliency_plot = SaliencyPlot()
        self.saliency_plot.sample_spin.valueChanged.connect(lambda _v: self._sample_changed())
        self.scores = ScoresTable()
        self.confusion = ConfusionTable()

        scores_tab = QWidget()
        scores_layout = QHBoxLayout(scores_tab)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        scores_layout.addWidget(self.scores, 3)
        scores_layout.addWidget(self.confusion, 3)
        plot_tab = QWidget()
        plot_layout = QVBoxLayout(plot_tab)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.addWidget(self.series_plot, 1)
        plot_layout.addWidget(self.accuracy_plot, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("evaluationTabs")
        self.tabs.setDocumentMode(True)  # no frame: a few pixels the presenter dock needs
        self.tabs.addTab(plot_tab, tr("Test period"))
        self.tabs.addTab(scores_tab, tr("Scores"))
        self.tabs.addTab(self.saliency_plot, tr("Steps used"))
        self.data_text = QLabel("")
        self.data_text.setObjectName("seriesData")
        self.data_text.setWordWrap(True)
        self.data_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.data_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data_scroll = QScrollArea()
        data_scroll.setWidget(self.data_text)
        data_scroll.setWidgetResizable(True)
        data_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(data_scroll, tr("Data"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tabs, 1)
        self.setVisible(False)

    # ----------------------------------------------------------------------- inputs
    def show_data(self, dataset: Dataset | None) -> None:
        """The document's data: a series shows its split and waits for predictions; anything else hides the pane."""
        self.dataset = dataset if dataset is not None and dataset.series is not None else None
        self.evaluation, self._model, self._pending, self._history_wanted = None, None, None, None
        self._weights_wanted = None
        self.accuracy_plot.clear()
        self.setVisible(self.dataset is not None)
        if self.dataset is None:
            return
        info = self.dataset.series
        assert info is not None
        classification = info.task is Task.CLASSIFICATION
        self.series_plot.setVisible(not classification)
        self.accuracy_plot.setVisible(classification)
        self.confusion.setVisible(classification)
        if not classification:
            self.series_plot.show_series(self.dataset)
        self.data_text.setText("\n".join(series_lines(info)))
        n_test = info.parts()[2]
        self.saliency_plot.sample_spin.setRange(1, max(n_test, 1))
        self.saliency_plot.sample_spin.setSuffix(tr(" of {count}").format(count=n_test))
        self._show(None)

    def start_run(self) -> None:
        """A run begins: its accuracy curves start empty."""
        self._history_wanted = self._weights_wanted = None
        self.accuracy_plot.clear()

    def show_live(self, predictions: np.ndarray, epoch: int | None = None) -> None:
        """Outputs of a running model (no weights here): scores and one-step forecasts, drawn on the next redraw."""
        if self.dataset is not None and len(predictions) == self.dataset.samples:
            self._pending = (np.asarray(predictions), epoch)
            self._model = self._weights_wanted = None

    def show_run_history(self, architecture: Architecture, snapshots: RunSnapshots | None) -> None:
        """The accuracy curves of a finished or reopened run, rebuilt from its kept weights off the GUI thread."""
        data = self.dataset
        if data is None or not data.classes or snapshots is None or not len(snapshots):
            return
        wanted = self._history_wanted
        if isinstance(wanted, tuple) and wanted[0] is snapshots and wanted[1] is data:
            return  # on its way, or shown
        tag = self._history_wanted = (snapshots, data)
        self._history_worker.submit(tag, lambda: accuracy_history(architecture, snapshots, data))

    def _history_ready(self, tag: object, result: object) -> None:
        if tag is not self._history_wanted or isinstance(result, Exception):
            return  # other data or another run since, or weights that do not fit: the live curves stay
        assert isinstance(result, tuple)
        self.accuracy_plot.set_history(result[0], result[1])

    def show_weights(self, architecture: Architecture, weights: Sequence[np.ndarray],
                     predictions: np.ndarray | None = None) -> None:
        """Stored, finished or replayed weights: scores, both forecasts and the step bars.

        The scores of ``predictions`` show at once; the forecast fed back (a forward pass per
        test step) and the step bars follow from a worker thread, for the newest weights asked.
        """
        data = self.dataset
        if data is None:
            return
        self._model = (architecture, weights)
        self._pending = None
        if predictions is not None:
            self._evaluate(predictions, None)
        tag = self._weights_wanted = (weights, data, self.saliency_plot.sample_spin.value())
        self._weights_worker.submit(tag, lambda: self._weights_work(architecture, weights, data, tag[2]))

    @staticmethod
    def _weights_work(architecture: Architecture, weights: Sequence[np.ndarray], data: Dataset,
                      sample: int) -> tuple[Evaluation | None, np.ndarray | None]:
        def forward(x: np.ndarray) -> np.ndarray:
            return predict(architecture, weights, x)

        evaluation = evaluate(data, forward(data.x), forward)
        return evaluation, saliency_bars(forward, data, sample)

    def _weights_ready(self, tag: object, result: object) -> None:
        if tag is not self._weights_wanted:
            return  # other weights, data or sample asked for since
        if isinstance(result, ValueError):  # weights of another model: nothing to show
            self._model = None
            self._show(None)
            return
        if isinstance(result, Exception):
            return
        assert isinstance(result, tuple)
        self._show(result[0])
        self.saliency_plot.show_bars(result[1])

    def redraw(self) -> bool:
        if self._pending is None or self.dataset is None:
            return False
        (predictions, epoch), self._pending = self._pending, None
        self._evaluate(predictions, None)
        if epoch is not None and self.evaluation is not None and self.dataset.classes:
            self.accuracy_plot.add_point(epoch, self.evaluation)
        return True

    # ----------------------------------------------------------------------- showing
    def _evaluate(self, predictions: np.ndarray, forward) -> None:
        assert self.dataset is not None
        self._show(evaluate(self.dataset, predictions, forward))

    def _show(self, evaluation: Evaluation | None) -> None:
        self.evaluation = evaluation
        info = self.dataset.series if self.dataset is not None else None
        if info is not None and info.task is Task.CLASSIFICATION:
            self.accuracy_plot.show_majority(evaluation)
            self.confusion.show_matrix(info.classes, None if evaluation is None else evaluation.confusion)
        elif info is not None:
            self.series_plot.show_forecasts(evaluation, info.split.test_start)
        self.scores.show_scores(evaluation)
        if self._model is None:
            self.saliency_plot.show_bars(None)

    def _sample_changed(self) -> None:
        if self._model is not None:
            self.show_weights(*self._model)

    @property
    def busy(self) -> bool:
        return self._weights_worker.busy or self._history_worker.busy

    def set_presentation(self, on: bool) -> None:
        for pane in (self.series_plot, self.accuracy_plot, self.saliency_plot):
            pane.set_presentation(on)
        for pane in (self.series_plot, self.accuracy_plot):  # the tab names them: the side dock keeps the height
            pane.title.setVisible(not on)
        for pane in (self.series_plot, self.accuracy_plot, self.saliency_plot):
            if on:  # under a tab bar, in a 720-pixel dock beside the loss plot and the controls
                pane.plot.setMinimumHeight(PRESENTER_TAB_PLOT_HEIGHT)
        self.saliency_plot.legend_label.setVisible(not on)  # its tooltip keeps the note


def saliency_bars(forward, data: Dataset, sample: int) -> np.ndarray | None:
    """The step bars of test sample ``sample`` (from 1): for a classifier, of the class it picks."""
    info = data.series
    if info is None:
        return None
    n_train, n_val, n_test = info.parts()
    if not n_test:
        return None
    window = data.x[n_train + n_val + min(max(sample, 1), n_test) - 1]
    output = int(np.argmax(forward(window[None])[0])) if info.task is Task.CLASSIFICATION else None
    return step_saliency(forward, window, output)
