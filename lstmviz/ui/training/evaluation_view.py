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
from lstmviz.model.evaluation import Evaluation, evaluate
from lstmviz.model.evaluation_text import series_lines
from lstmviz.model.forward import predict
from lstmviz.model.metrics import METRIC_LABELS
from lstmviz.model.saliency import step_saliency
from lstmviz.model.tasks import Task
from lstmviz.ui.training.plot_base import PREDICTION_COLOUR, TARGET_COLOUR, PlotPane, legend_html

VALIDATION_BRUSH = QColor(224, 123, 36, 28)
TEST_BRUSH = QColor(47, 126, 216, 30)
MULTI_STEP_COLOUR = "#8a63c9"
BAR_COLOUR = "#3c9d73"
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
    """Classification: accuracy of the training, validation and test parts, the majority class as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Accuracy per part"), "accuracyPlot", parent)
        item = self.plot_item
        item.setLabel("left", tr("accuracy"))
        item.setYRange(0, 1)
        item.getAxis("bottom").setTicks([[(1, tr("training")), (2, tr("validation")), (3, tr("test"))]])
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=PREDICTION_COLOUR)
        item.vb.addItem(self.bars)  # beside the curves, not among them: presenter mode restyles curves only
        self.majority = pg.InfiniteLine(angle=0, pen=pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.PenStyle.DashLine))
        self.majority.setVisible(False)
        item.addItem(self.majority)
        self.legend_label.setText(legend_html([("■", PREDICTION_COLOUR, tr("model")),
                                               ("- -", TARGET_COLOUR, tr("majority class"))]))
        self.values: dict[str, float] = {}

    def show_accuracy(self, evaluation: Evaluation | None) -> None:
        parts = ("train", "validation", "test")
        self.values = {} if evaluation is None else {
            p: evaluation.metrics[p]["accuracy"] for p in parts if p in evaluation.metrics}
        xs = [i + 1 for i, p in enumerate(parts) if p in self.values]
        self.bars.setOpts(x=xs, height=[self.values[p] for p in parts if p in self.values], width=0.6)
        baseline = None if evaluation is None else evaluation.baselines.get("majority_class")
        self.majority.setVisible(baseline is not None)
        if baseline is not None:
            self.majority.setValue(baseline["accuracy"])

    def readout_at(self, x: float, y: float) -> str:
        parts = ("train", "validation", "test")
        i = int(round(x)) - 1
        if 0 <= i < 3 and parts[i] in self.values:
            return tr("{part}: accuracy {value:.3f}").format(part=part_label(parts[i]), value=self.values[parts[i]])
        return ""


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
        self._pending: np.ndarray | None = None  # live predictions not drawn yet

        self.series_plot = SeriesPlot()
        self.accuracy_plot = AccuracyPlot()
        self.saliency_plot = SaliencyPlot()
        self.saliency_plot.sample_spin.valueChanged.connect(lambda _v: self._show_saliency())
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
        self.evaluation, self._model, self._pending = None, None, None
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

    def show_live(self, predictions: np.ndarray) -> None:
        """Outputs of a running model (no weights here): scores and one-step forecasts, drawn on the next redraw."""
        if self.dataset is not None and len(predictions) == self.dataset.samples:
            self._pending = np.asarray(predictions)
            self._model = None

    def show_weights(self, architecture: Architecture, weights: Sequence[np.ndarray],
                     predictions: np.ndarray | None = None) -> None:
        """Stored, finished or replayed weights: scores, both forecasts and the step bars, now."""
        if self.dataset is None:
            return
        self._model = (architecture, weights)
        try:
            if predictions is None:
                predictions = predict(architecture, weights, self.dataset.x)
            self._evaluate(predictions, lambda x: predict(architecture, weights, x))
        except ValueError:  # weights of another model: nothing to show
            self._model = None
            self._show(None)
        self._pending = None

    def redraw(self) -> bool:
        if self._pending is None or self.dataset is None:
            return False
        predictions, self._pending = self._pending, None
        self._evaluate(predictions, None)
        return True

    # ----------------------------------------------------------------------- showing
    def _evaluate(self, predictions: np.ndarray, forward) -> None:
        assert self.dataset is not None
        self._show(evaluate(self.dataset, predictions, forward))

    def _show(self, evaluation: Evaluation | None) -> None:
        self.evaluation = evaluation
        info = self.dataset.series if self.dataset is not None else None
        if info is not None and info.task is Task.CLASSIFICATION:
            self.accuracy_plot.show_accuracy(evaluation)
            self.confusion.show_matrix(info.classes, None if evaluation is None else evaluation.confusion)
        elif info is not None:
            self.series_plot.show_forecasts(evaluation, info.split.test_start)
        self.scores.show_scores(evaluation)
        self._show_saliency()

    def _show_saliency(self) -> None:
        if self.dataset is None or self._model is None or self.dataset.series is None:
            self.saliency_plot.show_bars(None)
            return
        architecture, weights = self._model
        info = self.dataset.series
        n_train, n_val, n_test = info.parts()
        index = n_train + n_val + min(self.saliency_plot.sample_spin.value(), n_test) - 1
        sample = self.dataset.x[index]
        output = None
        if info.task is Task.CLASSIFICATION:  # the class the model chose for this sample
            output = int(np.argmax(predict(architecture, weights, sample[None])[0]))
        self.saliency_plot.show_bars(step_saliency(lambda x: predict(architecture, weights, x), sample, output))

    def set_presentation(self, on: bool) -> None:
        for pane in (self.series_plot, self.accuracy_plot, self.saliency_plot):
            pane.set_presentation(on)
        for pane in (self.series_plot, self.accuracy_plot):  # the tab names them: the side dock keeps the height
            pane.title.setVisible(not on)
        for pane in (self.series_plot, self.accuracy_plot, self.saliency_plot):
            if on:  # under a tab bar, in a 720-pixel dock beside the loss plot and the controls
                pane.plot.setMinimumHeight(PRESENTER_TAB_PLOT_HEIGHT)
        self.saliency_plot.legend_label.setVisible(not on)  # its tooltip keeps the note
