"""The data picker: the example's own data, the built-in sequences, the bundled real data sets, or a CSV file.

A view of the document's dataset: what the user picks goes to the document as a
:class:`~lstmviz.model.dataset_spec.DatasetSpec`, and the document's loaded data (its
windowed shapes, e.g. ``X (95, 5, 1) → y (95, 1)``, or the problem, in red) comes back.
A series split in time (a bundled data set, or a CSV file with "split in time" checked)
also shows its window tensor, its parts, the scaling fitted on its training part, and
where the data comes from with its licence. Nothing here builds data or opens a message box.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QGridLayout, QLabel, QLineEdit, QSpinBox, QToolButton, QWidget,
)

from lstmviz.i18n import tr
from lstmviz.model.char_windows import DEFAULT_TIME_STEPS
from lstmviz.model.dataset_spec import LAYOUTS, DatasetSpec
from lstmviz.model.bundled import BUNDLED_CHOICES
from lstmviz.model.datasets import BUILTIN_DATASETS, Dataset, describe, spec_title
from lstmviz.model.evaluation_text import series_lines
from lstmviz.model.limits import one_line
from lstmviz.ui.document.document import LoadedData
from lstmviz.ui.widgets.elided_label import ElidedComboBox

OWN = "own"
CSV = "csv"
TEXT_FILE = "text-file"  # a user's .txt for a character model: the CSV row's path and steps, no layout


class DataPicker(QWidget):
    """Emits :attr:`spec_chosen` with a dataset spec the user picked and that loads."""

    spec_chosen = Signal(object)  # DatasetSpec
    reload_requested = Signal()  # the same CSV again: read it anew

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_spec = DatasetSpec()
        self.own_label = tr("Example's own data")
        self.shown: DatasetSpec | None = None  # the document's spec, as last shown
        self.file_dialog: QFileDialog | None = None
        self.compact = False  # presenter mode: a series' details in two short lines
        self._details_of: Dataset | None = None

        self.combo = ElidedComboBox()
        self.combo.setObjectName("dataCombo")
        self.combo.set_tip(tr("Training data: the example's own, a built-in sequence, or a CSV file"))
        self.combo.addItem(self.own_label, OWN)
        for name in BUILTIN_DATASETS:
            self.combo.addItem(tr(name), name)
        for name in BUNDLED_CHOICES:
            self.combo.addItem(tr(name), name)
        self.combo.addItem(tr("Text file (.txt)…"), TEXT_FILE)
        self.combo.addItem(tr("CSV file…"), CSV)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.activated.connect(self._activated)

        self.csv_path = QLineEdit()
        self.csv_path.setObjectName("csvPath")
        self.csv_path.setPlaceholderText(tr("path to a .csv file"))
        self.csv_path.setClearButtonEnabled(True)
        self.csv_path.editingFinished.connect(self._csv_edited)
        self.csv_browse = QToolButton()
        self.csv_browse.setObjectName("csvBrowse")
        self.csv_browse.setText("…")
        self.csv_browse.setToolTip(tr("Choose a CSV file"))
        self.csv_browse.clicked.connect(self.browse)
        self.csv_layout = QComboBox()
        self.csv_layout.setObjectName("csvLayout")
        self.csv_layout.addItems(list(LAYOUTS))
        self.csv_layout.setCurrentText("many-to-one")
        self.csv_layout.setToolTip(tr("What one sample maps to: one step → next value, a window → the next "
                                      "value, or a window → the window one step later"))
        self.csv_layout.activated.connect(lambda _i: self._csv_edited())
        self.csv_steps = QSpinBox()
        self.csv_steps.setObjectName("csvTimeSteps")
        self.csv_steps.setRange(1, 10_000)
        self.csv_steps.setValue(5)
        self.csv_steps.setPrefix("T = ")
        self.csv_steps.setToolTip(tr("Time steps per window"))
        self.csv_steps.setKeyboardTracking(False)
        self.csv_steps.valueChanged.connect(lambda _v: self._csv_edited())
        self.csv_series = QCheckBox(tr("Split in time"))
        self.csv_series.setObjectName("csvSeries")
        self.csv_series.setToolTip(tr("Treat the file as a series: training, validation and test parts in time "
                                      "order, scaled with the training part's mean and deviation, windows "
                                      "predicting the next row"))
        self.csv_series.toggled.connect(self._series_toggled)
        self.csv_target = QLineEdit()
        self.csv_target.setObjectName("csvTarget")
        self.csv_target.setPlaceholderText(tr("target column (all: empty)"))
        self.csv_target.setToolTip(tr("The column to predict, by name or 0-based index; a column of words "
                                      "(labels) makes it a classification"))
        self.csv_target.editingFinished.connect(self._csv_edited)
        self.csv_target.setVisible(False)

        self.preview = QLabel("")
        self.preview.setObjectName("dataPreview")
        self.preview.setProperty("role", "muted")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel("")
        self.error.setObjectName("dataError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.details = QLabel("")
        self.details.setObjectName("dataDetails")
        self.details.setProperty("role", "muted")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()

        self.csv_row = QWidget()
        rows = QGridLayout(self.csv_row)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setHorizontalSpacing(4)
        rows.setVerticalSpacing(3)
        rows.addWidget(self.csv_path, 0, 0, 1, 2)
        rows.addWidget(self.csv_browse, 0, 2)
        rows.addWidget(self.csv_layout, 1, 0)
        rows.addWidget(self.csv_steps, 1, 1, 1, 2)
        rows.addWidget(self.csv_series, 2, 0)
        rows.addWidget(self.csv_target, 2, 1, 1, 2)
        rows.setColumnStretch(0, 1)
        rows.setColumnStretch(1, 1)
        self.csv_row.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.combo, 0, 1)  # column 0 is for a caption the owner may add
        grid.addWidget(self.csv_row, 1, 1)
        grid.addWidget(self.preview, 2, 1)
        grid.addWidget(self.details, 3, 1)
        grid.addWidget(self.error, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.grid = grid

    # ------------------------------------------------------------------ from the document
    def set_own(self, spec: DatasetSpec, label: str) -> None:
        """The data the example or project came with: the first entry of the list."""
        self.own_spec = spec
        self.own_label = label
        self.combo.setItemText(0, label)

    @staticmethod
    def spec_name(spec: DatasetSpec) -> str:
        return spec_title(spec)

    def show_data(self, data: LoadedData) -> None:
        """Reflect the document's dataset (its spec, shapes or problem) without emitting anything."""
        spec = data.spec
        self.shown = spec
        current = self.spec_at(self.combo.currentIndex())
        if current == spec and self.combo.currentData() not in (CSV, TEXT_FILE):
            index = self.combo.currentIndex()  # already shown (the same data can be listed twice)
        elif spec == self.own_spec:
            index = 0
        elif spec.is_csv:
            index = self.combo.count() - 1
        elif spec.is_text and spec.path:
            index = self.combo.findData(TEXT_FILE)
        else:
            index = next((i for i in range(1, self.combo.count() - 2) if self.spec_at(i) == spec), 0)
        if spec.is_csv or (spec.is_text and spec.path):
            self._fill_csv_fields(spec)
        self.combo.setCurrentIndex(index)
        self._show_file_row(self.combo.currentData())
        if data.loading:
            self._show(None, None)
            self.preview.setText(tr("Loading\u2026"))
            self.preview.setToolTip(tr("Reading {name} in the background").format(name=spec_title(spec)))
            self.preview.show()
        else:
            self._show(data.dataset, data.problem)

    def spec_at(self, index: int) -> DatasetSpec:
        data = self.combo.itemData(index)
        if data == OWN:
            return self.own_spec
        if data in (CSV, TEXT_FILE):
            return self.csv_spec()
        return BUILTIN_DATASETS.get(data) or BUNDLED_CHOICES.get(data, DatasetSpec())

    def _fill_csv_fields(self, spec: DatasetSpec) -> None:
        widgets = (self.csv_path, self.csv_layout, self.csv_steps, self.csv_series, self.csv_target)
        for widget in widgets:
            widget.blockSignals(True)
        self.csv_path.setText(spec.path or "")
        self.csv_layout.setCurrentText(spec.layout or "many-to-one")
        if spec.time_steps is not None:
            self.csv_steps.setValue(spec.time_steps)
        self.csv_series.setChecked(spec.is_series)
        self.csv_target.setText(", ".join(str(c) for c in spec.target_columns or ()))
        self._series_fields(spec.is_series)
        for widget in widgets:
            widget.blockSignals(False)

    # ---------------------------------------------------------------------- user actions
    def _show_file_row(self, data: object) -> None:
        """The path row for a CSV or a text file; a text has no layout to choose."""
        self.csv_row.setVisible(data in (CSV, TEXT_FILE))
        self.csv_layout.setVisible(data == CSV)
        self.csv_path.setPlaceholderText(tr("path to a .txt file") if data == TEXT_FILE else tr("path to a .csv file"))

    def _activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        self._show_file_row(data)
        if data in (CSV, TEXT_FILE):
            if data == TEXT_FILE and self.csv_steps.value() < 8:
                self.csv_steps.blockSignals(True)
                self.csv_steps.setValue(DEFAULT_TIME_STEPS)  # a character model reads a few words at a time
                self.csv_steps.blockSignals(False)
            if self.csv_path.text().strip():
                self._csv_edited()
            else:
                self._show(None, tr("Choose a text file: type its path or press “…”") if data == TEXT_FILE
                           else tr("Choose a CSV file: type its path or press “…”"))
                self.browse()
            return
        self.spec_chosen.emit(self.spec_at(index))

    def browse(self) -> None:
        """Open a non-blocking file dialog; choosing a file loads it like typing its path."""
        start = os.path.dirname(self.csv_path.text().strip()) or os.getcwd()
        if self.combo.currentData() == TEXT_FILE:
            dialog = QFileDialog(self, tr("Open a text"), start, tr("Text files (*.txt);;All files (*)"))
        else:
            dialog = QFileDialog(self, tr("Open CSV data"), start, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_csv_file)
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    def load_csv_file(self, path: str) -> None:
        self.csv_path.setText(path)
        self._csv_edited()

    def csv_spec(self) -> DatasetSpec:
        if self.combo.currentData() == TEXT_FILE:
            return DatasetSpec("text", path=self.csv_path.text().strip() or None, time_steps=self.csv_steps.value())
        path = self.csv_path.text().strip() or None
        if self.csv_series.isChecked():
            target = self.csv_target.text().strip()
            columns = tuple(int(c) if c.isdigit() else c for c in (t.strip() for t in target.split(",")) if c)
            return DatasetSpec("series", path=path, time_steps=self.csv_steps.value(),
                               target_columns=columns or None)
        return DatasetSpec("csv", path=path, layout=self.csv_layout.currentText(), time_steps=self.csv_steps.value())

    def _series_fields(self, on: bool) -> None:
        self.csv_layout.setEnabled(not on)  # a series is cut into many-to-one windows
        self.csv_target.setVisible(on)

    def _series_toggled(self, on: bool) -> None:
        self._series_fields(on)
        self._csv_edited()

    def _csv_edited(self) -> None:
        if self.combo.currentData() not in (CSV, TEXT_FILE):
            self.combo.setCurrentIndex(self.combo.count() - 1)
        self._show_file_row(self.combo.currentData())
        spec = self.csv_spec()
        if not spec.path:
            self._show(None, tr("Choose a text file: type its path or press “…”") if spec.is_text
                       else tr("Choose a CSV file: type its path or press “…”"))
            return
        if spec == self.shown:
            self.reload_requested.emit()
        else:
            self.spec_chosen.emit(spec)

    # -------------------------------------------------------------------------- showing
    def _show(self, dataset, problem: str | None) -> None:
        self.preview.setText(describe(dataset) if dataset is not None else "")
        self.preview.setVisible(dataset is not None)
        self.preview.setToolTip(dataset.description if dataset is not None else "")
        self._details_of = dataset
        self._show_details()
        self.error.setText(one_line(problem, 2000) if problem else "")
        self.error.setVisible(bool(problem))

    def _show_details(self) -> None:
        dataset = self._details_of
        details = series_details(dataset, self.compact) if dataset is not None else ""
        self.details.setText(details)
        self.details.setVisible(bool(details))
        full = "\n".join(series_lines(dataset.series)) if dataset is not None and dataset.series else ""
        self.details.setToolTip(full)
        if dataset is not None:
            self.preview.setToolTip(f"{dataset.description}\n{full}" if full else dataset.description)

    def set_compact(self, on: bool) -> None:
        self.compact = on
        self._show_details()

    @property
    def problem(self) -> str | None:
        return self.error.text() or None


def series_details(dataset: Dataset, compact: bool = False) -> str:
    """A series' window tensor, split and licence in a few lines; "" for other data.

    The scaling, classes, source and citation are on the panel's *Data* tab and in the
    tooltip. ``compact`` (presenter mode) shows nothing: the preview's tooltip says it all.
    """
    info = dataset.series
    if info is None or compact:
        return ""
    samples, steps, features = info.window_shape()
    n_train, n_val, n_test = info.parts()
    windows = tr("({samples}, {steps}, {features}) = (samples, time steps, features); split in time: {train} / "
                 "{validation} / {test}").format(samples=samples, steps=steps, features=features, train=n_train,
                                                 validation=n_val, test=n_test)
    return "\n".join([windows] + ([info.short] if info.short else []))
