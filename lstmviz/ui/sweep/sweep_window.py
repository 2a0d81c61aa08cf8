"""The sweep window: vary one setting over a list for one or more cells, and plot the final loss against it.

The runs go to the process pool through :class:`~lstmviz.ui.sweep.driver.SweepDriver`;
the table shows each run's progress and outcome (a failed run says why; the others go
on), the plot one line per cell through the mean over seeds, with bars from the lowest to
the highest seed. Clicking a point opens that run in a window of its own. The window
shows the document's last sweep, so a reopened project shows its plot at once.
"""

from __future__ import annotations

import os

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.sweep import CELLS, MAX_SEEDS, VARIABLES, SweepError, SweepPlan, SweepRecord, fmt_value, \
    parse_values, sweep_points
from lstmviz.ui.document.document import Document
from lstmviz.ui.sweep.driver import SweepDriver
from lstmviz.ui.sweep.shared import VARIABLE_TEXT, cell_colour, named, run_project, status_text

DEFAULT_VALUES = {"lag": "5,10,20,40,70,100", "time_steps": "5,10,20", "units": "2,4,8,16",
                  "learning_rate": "0.001,0.003,0.01,0.03", "seed": "0,1,2"}
COLUMNS = ("cell", "value", "seed", "status", "epoch", "final loss")


class SweepWindow(QWidget):
    run_opened = Signal(object)  # a Project: the run whose point was clicked

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("sweepWindow")
        self.setWindowTitle(tr("Sweep"))
        self.document = document
        self.driver = SweepDriver(document, self)
        self.record: SweepRecord | None = None
        self.scatters: dict[str, pg.ScatterPlotItem] = {}

        self.variable = named(QComboBox(), "sweepVariable")
        for name in VARIABLES:
            self.variable.addItem(tr(VARIABLE_TEXT[name]), name)
        self.values = named(QLineEdit(), "sweepValues")
        self.cells = {cell: named(QCheckBox(cell), f"sweepCell{cell}") for cell in CELLS}
        for box in self.cells.values():
            box.setChecked(True)
        self.seeds = named(QSpinBox(), "sweepSeeds")
        self.seeds.setRange(1, MAX_SEEDS)
        self.epochs = named(QSpinBox(), "sweepEpochs")
        self.epochs.setRange(1, 1_000_000)
        self.jobs = named(QSpinBox(), "sweepJobs")
        self.jobs.setRange(1, 256)
        self.jobs.setValue(os.cpu_count() or 1)
        self.start_button = named(QPushButton(tr("Start")), "sweepStart")
        self.stop_button = named(QPushButton(tr("Stop")), "sweepStop", enabled=False)
        self.status = named(QLabel(), "sweepStatus")
        self.status.setWordWrap(True)
        self.table = named(QTableWidget(0, len(COLUMNS)), "sweepRuns")
        self.table.setHorizontalHeaderLabels([tr("cell"), tr("value"), tr("seed"), tr("status"), tr("epoch"),
                                              tr("final loss")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.plot = pg.PlotWidget(objectName="sweepPlot", background="w")
        self.plot.setLabel("left", tr("final loss"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.addLegend(offset=(-10, 10))
        self.plot.showGrid(x=True, y=True, alpha=0.2)

        form = QFormLayout()
        form.addRow(tr("Vary"), self.variable)
        form.addRow(tr("Values"), self.values)
        cells_row = QHBoxLayout()
        for box in self.cells.values():
            cells_row.addWidget(box)
        form.addRow(tr("Cells"), cells_row)
        form.addRow(tr("Seeds"), self.seeds)
        form.addRow(tr("Epochs per run"), self.epochs)
        form.addRow(tr("Worker processes"), self.jobs)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.status)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.plot, 3)

        self.variable.currentIndexChanged.connect(self._variable_changed)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.driver.stop)
        self.driver.run_changed.connect(self._run_changed)
        self.driver.finished.connect(self._finished)
        self.driver.failed.connect(self.status.setText)
        document.sweeps_changed.connect(self._document_sweeps_changed)
        document.loaded.connect(self._defaults)
        self._defaults()
        self.resize(1200, 700)

    # ------------------------------------------------------------------ form
    def _defaults(self) -> None:
        doc = self.document
        self.epochs.setValue(doc.training.epochs)
        preset = EXAMPLES[doc.example].sweep if doc.example in EXAMPLES else None
        self.variable.setCurrentIndex(self.variable.findData(
            preset.variable if preset else "lag" if doc.dataset_spec.kind == "long-memory" else "units"))
        self._variable_changed()
        if preset is not None:
            self.values.setText(",".join(fmt_value(v) for v in preset.values))
            for cell, box in self.cells.items():
                box.setChecked(cell in preset.cells)
        self.show_record(self._last_sweep())

    def _variable_changed(self, *_args) -> None:
        self.values.setText(DEFAULT_VALUES[self.variable.currentData()])
        self.plot.setLabel("bottom", self.variable.currentText())

    def plan(self) -> SweepPlan:
        """The sweep the form describes; SweepError or ValueError says what is wrong."""
        doc = self.document
        name = self.variable.currentData()
        values = parse_values(name, self.values.text())
        cells = tuple(cell for cell, box in self.cells.items() if box.isChecked())
        plan = SweepPlan(doc.architecture, doc.dataset_spec, doc.training.updated(epochs=self.epochs.value()), name,
                         values, cells, self.seeds.value(), title=doc.title)
        plan.runs()  # raises when it cannot run
        return plan

    def start(self) -> bool:
        if self.driver.running:
            return False
        try:
            plan = self.plan()
        except (SweepError, ValueError) as exc:
            self.status.setText(str(exc))
            return False
        self.driver.start(plan, self.jobs.value())
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.show_record(self.driver.session.record)
        self.status.setText(tr("{runs} runs on {jobs} worker processes; the finished ones are kept in the project")
                            .format(runs=len(self.driver.session.specs), jobs=self.jobs.value()))
        return True

    # --------------------------------------------------------------- results
    def _last_sweep(self) -> SweepRecord | None:
        return next((s for s in reversed(self.document.sweeps) if not s.is_comparison), None)

    def _document_sweeps_changed(self) -> None:
        session = self.driver.session
        if session is not None and self.driver.running:
            return  # run_changed keeps the table of the sweep under way
        self.show_record(self._last_sweep())

    def show_record(self, record: SweepRecord | None) -> None:
        self.record = record
        if record is not None and record.variable is not None:  # the form says what the shown sweep varied
            self.variable.blockSignals(True)
            self.variable.setCurrentIndex(self.variable.findData(record.variable))
            self.variable.blockSignals(False)
            self.values.setText(",".join(fmt_value(v) for v in record.values))
            for cell, box in self.cells.items():
                box.setChecked(cell in record.cells)
            self.seeds.setValue(record.seeds)
        entries = record.entries if record else ()
        self.table.setRowCount(len(entries))
        for row in range(len(entries)):
            self._fill_row(row)
        self._plot()

    def _fill_row(self, row: int) -> None:
        assert self.record is not None
        entry = self.record.entries[row]
        runs = {r.number: r for r in self.document.runs}
        run = runs.get(entry.run) if entry.run is not None else None
        status = entry.status
        epoch = ""
        session = self.driver.session
        if session is not None and session.record.key == self.record.key and not entry.done:
            if row in session.running:
                status = "running"
            if row in session.progress:
                epoch = "{} / {}".format(*session.progress[row])
        if run is not None:
            epoch = str(run.last_epoch)
        final = run.history.last()[0] if run is not None else None
        texts = (entry.cell, fmt_value(entry.value), str(entry.seed), status_text(status), epoch,
                 "" if final is None else f"{final:.4g}")
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 3 and entry.message:
                item.setToolTip(entry.message)
            if column == 3 and entry.status == "failed":
                item.setText(tr("failed: {message}").format(message=entry.message))
            self.table.setItem(row, column, item)

    def _run_changed(self, index: int) -> None:
        session = self.driver.session
        if session is None:
            return
        if self.record is None or self.record.key != session.record.key:
            self.show_record(session.record)
            return
        self.record = session.record
        self._fill_row(index)
        if session.record.entries[index].done:
            self._plot()

    def _finished(self, stopped: bool) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        session = self.driver.session
        if session is not None:
            self.show_record(session.record)
            done = session.record.finished
            failed = len(session.failed)
            text = tr("{done} of {total} runs ended; {failed} failed").format(
                done=done, total=len(session.specs), failed=failed)
            self.status.setText(text + (" " + tr("(stopped)") if stopped else ""))

    def points(self):
        return [] if self.record is None else sweep_points(self.record, self.document.runs)

    def _plot(self) -> None:
        self.plot.clear()
        self.scatters.clear()
        legend = self.plot.plotItem.legend
        if legend is not None:
            legend.clear()
        if self.record is None:
            return
        by_cell: dict[str, list] = {}
        for point in self.points():
            by_cell.setdefault(point.cell, []).append(point)
        for cell in self.record.cells:
            mine = by_cell.get(cell, [])
            if not mine:
                continue
            x = np.array([float(p.value) for p in mine])
            mean = np.array([p.mean for p in mine])
            colour = cell_colour(cell)
            self.plot.plot(x, mean, pen=pg.mkPen(colour, width=2), name=cell)
            if self.record.seeds > 1:
                low, high = np.array([p.low for p in mine]), np.array([p.high for p in mine])
                self.plot.addItem(pg.ErrorBarItem(x=x, y=mean, top=high - mean, bottom=mean - low, beam=0.0,
                                                  pen=pg.mkPen(colour)))
            scatter = pg.ScatterPlotItem(x=x, y=mean, data=[p.runs[0] for p in mine], size=11,
                                         brush=pg.mkBrush(colour), pen=pg.mkPen("w"), hoverable=True)
            scatter.sigClicked.connect(self._clicked)
            self.plot.addItem(scatter)
            self.scatters[cell] = scatter
        self.plot.setLabel("bottom", tr(VARIABLE_TEXT.get(self.record.variable or "", "")) or "")

    def _clicked(self, _scatter, spots, *_event) -> None:
        if len(spots):
            self.open_run(int(spots[0].data()))

    def open_run(self, number: int) -> bool:
        """Open run ``number`` of the shown sweep in a window of its own (``run_opened``)."""
        if self.record is None:
            return False
        runs = {r.number: r for r in self.document.runs}
        entry = next((e for e in self.record.entries if e.run == number), None)
        if entry is None or number not in runs:
            return False
        self.run_opened.emit(run_project(entry, runs[number]))
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.driver.stop()  # the finished runs are in the document already
        super().closeEvent(event)
