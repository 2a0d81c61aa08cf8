"""Compare cells: the model trained with SimpleRNN, GRU and LSTM at once, side by side.

One action trains the document's model three times, concurrently in the process pool,
with its first recurrent layer run by each cell (units kept, or parameter counts matched:
the table shows each count with its derivation), on the same data, seed and settings.
Below: the loss curves overlaid in the cells' colours, then one column per cell with its
predictions, its gradient-through-time heatmap (time steps x epochs, each epoch scaled to
its largest step) and its cell, coloured by the gates' mean values. One replay slider
moves every column to the same epoch. All of it is computed from the runs' stored weights
with numpy, so a reopened project shows it without TensorFlow. Export writes one GIF.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QGraphicsScene, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSlider,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr
from lstmviz.model.catalogue import KINDS, cell_of
from lstmviz.model.cells import display_order
from lstmviz.model.gradient_history import DECADES
from lstmviz.model.inference import infer
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.sweep import CELLS, MATCHES, SweepEntry, SweepError, SweepPlan, SweepRecord, cell_counts, \
    compared_layer
from lstmviz.ui.document.document import Document
from lstmviz.ui.sweep.driver import SweepDriver
from lstmviz.ui.sweep.shared import cell_colour, named, status_text
from lstmviz.ui.unrolled.gate_detail import FittedView, draw_cell

PREDICTION_SAMPLES = 64  # predictions shown per cell: enough to see the fit, cheap to recompute per frame
GIF_FRAMES = 30


class CompareWindow(QWidget):
    gif_written = Signal(str, str)  # path, error ("" when written)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setWindowTitle(tr("Compare cells"))
        self.document = document
        self.driver = SweepDriver(document, self)
        self.record: SweepRecord | None = None
        self._data: Any = None
        self._data_spec: Any = None

        self.match = named(QComboBox(), "compareMatch")
        self.match.addItem(tr("units kept"), "units")
        self.match.addItem(tr("parameter counts matched"), "params")
        self.start_button = named(QPushButton(tr("Train all three")), "compareStart")
        self.stop_button = named(QPushButton(tr("Stop")), "compareStop", enabled=False)
        self.status = named(QLabel(), "compareStatus")
        self.status.setWordWrap(True)
        self.counts = named(QTableWidget(0, 4), "compareCounts")
        self.counts.setHorizontalHeaderLabels([tr("cell"), tr("units"), tr("recurrent layer parameters"),
                                               tr("model parameters")])
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts.horizontalHeader().setStretchLastSection(True)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.setMaximumHeight(130)
        self.loss_plot = pg.PlotWidget(objectName="compareLoss", background="w")
        self.loss_plot.setLogMode(y=True)
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)  # the log ticks say the scale; "(x0.001)" confuses
        self.loss_plot.setLabel("left", tr("loss"))
        self.loss_plot.setLabel("bottom", tr("epoch"))
        self.loss_plot.addLegend(offset=(-10, 10))
        self.marker = pg.InfiniteLine(0, pen=pg.mkPen("#66727f", style=Qt.PenStyle.DashLine))
        self.slider = named(QSlider(Qt.Orientation.Horizontal), "compareReplay", enabled=False)
        self.epoch_label = named(QLabel(), "compareEpoch")
        self.export_button = named(QPushButton(tr("Export GIF…")), "compareExport", enabled=False)

        self.prediction_plots: dict[str, pg.PlotWidget] = {}
        self.heatmaps: dict[str, pg.ImageItem] = {}
        self.heat_markers: dict[str, pg.InfiniteLine] = {}
        self.cell_scenes: dict[str, QGraphicsScene] = {}
        self.cell_views: dict[str, FittedView] = {}
        self.titles: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, cell in enumerate(CELLS):
            title = self.titles[cell] = QLabel(f"<b style='color:{cell_colour(cell)}'>{cell}</b>")
            predictions = self.prediction_plots[cell] = pg.PlotWidget(background="w")
            predictions.setObjectName(f"comparePredictions{cell}")
            predictions.setLabel("bottom", tr("sample"))
            predictions.setLabel("left", tr("• target  × prediction"))
            heat = pg.PlotWidget(background="w")
            heat.setObjectName(f"compareGradients{cell}")
            heat.setLabel("left", tr("time step"))
            heat.setLabel("bottom", tr("epoch"))
            image = self.heatmaps[cell] = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(pg.colormap.get("viridis"))
            heat.addItem(image)
            line = self.heat_markers[cell] = pg.InfiniteLine(0, pen=pg.mkPen("w", width=1.5))
            heat.addItem(line)
            scene = self.cell_scenes[cell] = QGraphicsScene(self)
            view = self.cell_views[cell] = FittedView(scene)
            view.setObjectName(f"compareCell{cell}")
            view.setMinimumHeight(120)
            for row, widget in enumerate((title, predictions, heat, view)):
                grid.addWidget(widget, row, column)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        grid.setRowStretch(3, 2)

        top = QHBoxLayout()
        for widget in (QLabel(tr("Cells get")), self.match, self.start_button, self.stop_button, self.export_button):
            top.addWidget(widget)
        top.addStretch(1)
        replay = QHBoxLayout()
        replay.addWidget(QLabel(tr("Replay")))
        replay.addWidget(self.slider, 1)
        replay.addWidget(self.epoch_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.counts)
        layout.addWidget(self.loss_plot, 2)
        layout.addLayout(replay)
        layout.addLayout(grid, 5)

        self.match.currentIndexChanged.connect(self._show_counts)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.driver.stop)
        self.slider.valueChanged.connect(self.show_epoch)
        self.export_button.clicked.connect(self._ask_export)
        self.driver.run_changed.connect(self._run_changed)
        self.driver.finished.connect(self._finished)
        self.driver.failed.connect(self.status.setText)
        document.sweeps_changed.connect(self._document_sweeps_changed)
        document.architecture_changed.connect(self._show_counts)
        self._show_counts()
        self.show_record(self._last_comparison())
        self.resize(1200, 950)

    # ---------------------------------------------------------------- counts
    def _show_counts(self, *_args) -> None:
        record = self.record
        if record is not None and record.entries:
            from lstmviz.model.sweep import count_of

            counts = [count_of(e.architecture) for e in record.entries]
        else:
            try:
                counts = cell_counts(self.document.architecture, CELLS, self.match.currentData())
            except SweepError as exc:
                self.counts.setRowCount(0)
                self.status.setText(str(exc))
                return
        self.counts.setRowCount(len(counts))
        for row, count in enumerate(counts):
            texts = (count.cell, str(count.units), count.formula, f"{count.total_params:,}")
            for column, text in enumerate(texts):
                self.counts.setItem(row, column, QTableWidgetItem(text))

    # ----------------------------------------------------------------- runs
    def plan(self) -> SweepPlan:
        doc = self.document
        return SweepPlan(doc.architecture, doc.dataset_spec, doc.training, None, (), CELLS, 1,
                         self.match.currentData(), gradients=True, title=doc.title)

    def start(self) -> bool:
        if self.driver.running:
            return False
        plan = self.plan()
        try:
            plan.runs()
        except SweepError as exc:
            self.status.setText(str(exc))
            return False
        self.driver.start(plan)  # the application's pool: one worker per core
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.status.setText(tr("training {cells} at once in worker processes").format(cells=", ".join(CELLS)))
        self.show_record(self.driver.session.record)
        return True

    def _last_comparison(self) -> SweepRecord | None:
        return next((s for s in reversed(self.document.sweeps) if s.is_comparison), None)

    def _document_sweeps_changed(self) -> None:
        if not self.driver.running:
            self.show_record(self._last_comparison())

    def _run_changed(self, index: int) -> None:
        session = self.driver.session
        if session is None:
            return
        entry = session.record.entries[index]
        progress = session.progress.get(index)
        state = status_text("running" if index in session.running else entry.status)
        text = f"{entry.cell}: {state}" + (f" ({progress[0]} / {progress[1]})" if progress and not entry.done else "")
        self.titles[entry.cell].setText(f"<b style='color:{cell_colour(entry.cell)}'>{text}</b>")
        if entry.done:
            self.show_record(session.record)

    def _finished(self, stopped: bool) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        session = self.driver.session
        if session is not None:
            self.show_record(session.record)
            failed = [e for e in session.record.entries if e.status == "failed"]
            self.status.setText("; ".join(f"{e.cell}: {e.message}" for e in failed) if failed else
                                (tr("stopped") if stopped else tr("all three trained")))

    # ---------------------------------------------------------------- showing
    def _runs(self) -> dict[int, RunRecord]:
        return {r.number: r for r in self.document.runs}

    def entries(self) -> list[tuple[SweepEntry, RunRecord | None]]:
        if self.record is None:
            return []
        runs = self._runs()
        return [(e, runs.get(e.run) if e.run is not None else None) for e in self.record.entries]

    def show_record(self, record: SweepRecord | None) -> None:
        self.record = record
        if record is not None:  # the choice the shown runs were made with
            self.match.blockSignals(True)
            self.match.setCurrentIndex(max(0, self.match.findData(record.match)))
            self.match.blockSignals(False)
        self._show_counts()
        self.loss_plot.clear()
        legend = self.loss_plot.plotItem.legend
        if legend is not None:
            legend.clear()
        self.loss_plot.addItem(self.marker)
        last = 0
        for entry, run in self.entries():
            self.titles[entry.cell].setText(f"<b style='color:{cell_colour(entry.cell)}'>{entry.cell}: "
                                            f"{status_text(entry.status)}</b>")
            if run is None:
                continue
            loss = run.history.loss
            keep = np.isfinite(loss) & (loss > 0)
            self.loss_plot.plot(run.history.epochs[keep], loss[keep], pen=pg.mkPen(cell_colour(entry.cell), width=2),
                                name=entry.cell)
            last = max(last, run.last_epoch)
            self._show_gradients(entry)
        self.slider.setEnabled(last > 0)
        self.export_button.setEnabled(last > 0)
        self.slider.setRange(0, last)
        self.slider.setValue(last)
        self.show_epoch(self.slider.value())

    def _show_gradients(self, entry: SweepEntry) -> None:
        image = self.heatmaps[entry.cell]
        series = entry.gradients
        if series is None or not len(series.epochs):
            image.clear()
            return
        norms = np.asarray(series.values, np.float64)
        top = np.maximum(norms.max(axis=1, keepdims=True), 1e-30)
        # Each epoch scaled to its largest step, in decades: a gradient that fades shows as a dark early part.
        scaled = np.clip(np.log10(np.maximum(norms / top, 1e-30)), -DECADES, 0.0).T  # (T, epochs)
        image.setImage(scaled, levels=(-DECADES, 0.0))
        first, last = float(series.epochs[0]), float(series.epochs[-1])
        image.setRect(QRectF(first, 0.5, max(last - first, 1.0), scaled.shape[0]))

    def show_epoch(self, epoch: int) -> None:
        """Move every column to ``epoch`` (the replay slider)."""
        self.marker.setValue(epoch)
        self.epoch_label.setText(tr("epoch {epoch}").format(epoch=epoch))
        for line in self.heat_markers.values():
            line.setValue(epoch)
        for entry, run in self.entries():
            weights = self._weights_at(run, epoch)
            self._show_predictions(entry, weights)
            self._show_cell(entry, weights)

    @staticmethod
    def _weights_at(run: RunRecord | None, epoch: int) -> tuple[np.ndarray, ...] | None:
        if run is None or run.snapshots is None or not len(run.snapshots):
            return None
        return run.snapshots.weights(run.snapshots.index_at(epoch))

    def _dataset(self, entry: SweepEntry) -> Any:
        if self._data_spec == entry.dataset:
            return self._data
        doc = self.document
        data = None
        if doc.dataset_spec == entry.dataset and doc.data.dataset is not None:
            data = doc.data.dataset
        elif not entry.dataset.is_csv:  # generated data is quick; a CSV is read only by the document
            from lstmviz.io.dataset_loader import load_dataset
            from lstmviz.model.dataset_spec import DatasetError

            try:
                data = load_dataset(entry.dataset)
            except DatasetError:
                data = None
        self._data, self._data_spec = data, entry.dataset
        return data

    def _show_predictions(self, entry: SweepEntry, weights: tuple[np.ndarray, ...] | None) -> None:
        plot = self.prediction_plots[entry.cell]
        plot.clear()
        data = self._dataset(entry)
        if data is None:
            return
        x = data.x[:PREDICTION_SAMPLES]
        targets = np.asarray(data.y[:PREDICTION_SAMPLES], np.float64).reshape(len(x), -1)[:, 0]
        plot.plot(targets, pen=None, symbol="o", symbolSize=5, symbolBrush="#66727f", symbolPen=None)
        if weights is None:
            return
        from lstmviz.model.forward import predict

        try:
            predicted = predict(entry.architecture, weights, x).reshape(len(x), -1)[:, 0]
        except ValueError:
            return
        plot.plot(predicted, pen=None, symbol="x", symbolSize=7, symbolPen=pg.mkPen(cell_colour(entry.cell)))

    def _show_cell(self, entry: SweepEntry, weights: tuple[np.ndarray, ...] | None) -> None:
        scene = self.cell_scenes[entry.cell]
        scene.clear()
        arch = entry.architecture
        index = compared_layer(arch)
        if index is None:
            return
        info = infer(arch).layers[index]
        layer = arch.layers[index]
        kind, inner = cell_of(layer.kind, layer.options)
        if info.derivation is None:
            return
        rows = {g.symbol: g for g in info.derivation.gates}
        gates = {s: (rows[s].activation, rows[s].total) for s in display_order(kind) if s in rows}
        draw_cell(scene, kind, gates, self._gate_values(entry, weights, index, kind, inner), inner)
        self.cell_views[entry.cell].fit()

    def _gate_values(self, entry: SweepEntry, weights: tuple[np.ndarray, ...] | None, index: int, kind: str,
                     options: Any) -> dict[str, np.ndarray]:
        """The gates' values at the last time step of sample 1, from the weights at the shown epoch."""
        data = self._dataset(entry) if weights is not None else None
        layer = entry.architecture.layers[index]
        if weights is None or data is None or KINDS[layer.kind].directions(layer.options) != 1:
            return {}  # a Bidirectional's cell: no values
        from lstmviz.model.cell_values.trained import trained_cell_values

        try:
            values = trained_cell_values(TrainedState(entry.architecture, weights), data.x, index, 0)
        except ValueError:
            return {}
        return {key: values.array(key)[-1] for key in values.keys()}

    # ------------------------------------------------------------------ export
    def gif_frames(self, frames: int = GIF_FRAMES) -> list[Any]:
        """The replay from the first to the last epoch as images of this window (grabbed on the GUI thread)."""
        from lstmviz.ui.exports.animation_export import frame_indexes, to_pil

        last = self.slider.maximum()
        if last <= 0:
            raise ValueError(tr("there is nothing to replay yet: train the cells first"))
        before = self.slider.value()
        images = []
        try:
            for epoch in frame_indexes(last + 1, frames):
                self.slider.setValue(epoch)
                images.append(to_pil(self.grab().toImage()))
        finally:
            self.slider.setValue(before)
        return images

    def _ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, tr("Export GIF"), "compare-cells.gif", tr("GIF animation (*.gif)"))
        if path:
            self.export_gif(path)

    def export_gif(self, path: str) -> bool:
        """Grab the frames, then encode and write the GIF off the GUI thread; ``gif_written`` says how it
        went. False when there is nothing to export (said in the status line)."""
        from lstmviz.io.atomic_file import write_atomically
        from lstmviz.ui.exports.animation_export import encode_gif
        from lstmviz.ui.work.background import Outcome, run_in_background

        try:
            frames = self.gif_frames()
        except ValueError as exc:
            self.gif_written.emit(path, str(exc))
            self.status.setText(str(exc))
            return False
        self.export_button.setEnabled(False)
        self.status.setText(tr("Writing the GIF…"))

        def written(outcome: Outcome) -> None:
            self.export_button.setEnabled(self.slider.maximum() > 0)
            error = "" if outcome.ok else str(outcome.error)
            self.status.setText(error or tr("wrote {path}").format(path=path))
            self.gif_written.emit(path, error)

        run_in_background(lambda: write_atomically(path, encode_gif(frames)), self, written)
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.driver.stop()
        super().closeEvent(event)
