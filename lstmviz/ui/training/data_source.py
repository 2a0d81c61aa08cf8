"""The data picker: the example's own data, the built-in sequences, or a CSV file.

Whatever is chosen is built at once (the arrays are tiny) so the windowed shapes show
beside the field, e.g. ``X (95, 5, 1) → y (95, 1)``, and any problem shows inline in
red; nothing here opens a message box.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QLabel, QLineEdit, QSpinBox, QToolButton, QWidget,
)

from lstmviz.model.datasets import BUILTIN_DATASETS, LAYOUTS, Dataset, DatasetError, describe, make_dataset

OWN = "own"
CSV = "csv"


def _key(spec: dict[str, Any] | None) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in (spec or {}).items()))


class DataPicker(QWidget):
    """Emits :attr:`spec_chosen` with a dataset spec the user picked and that loads."""

    spec_chosen = Signal(dict)
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_spec: dict[str, Any] = {}
        self.own_label = "Example's own data"
        self.dataset: Dataset | None = None
        self.problem: str | None = None
        self.file_dialog: QFileDialog | None = None
        self._cache: dict[tuple, Dataset] = {}

        self.combo = QComboBox()
        self.combo.setObjectName("dataCombo")
        self.combo.setToolTip("Training data: the example's own, a built-in sequence, or a CSV file")
        self.combo.addItem(self.own_label, OWN)
        for name in BUILTIN_DATASETS:
            self.combo.addItem(name, name)
        self.combo.addItem("CSV file…", CSV)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.activated.connect(self._activated)

        self.csv_path = QLineEdit()
        self.csv_path.setObjectName("csvPath")
        self.csv_path.setPlaceholderText("path to a .csv file")
        self.csv_path.setClearButtonEnabled(True)
        self.csv_path.editingFinished.connect(self._csv_edited)
        self.csv_browse = QToolButton()
        self.csv_browse.setObjectName("csvBrowse")
        self.csv_browse.setText("…")
        self.csv_browse.setToolTip("Choose a CSV file")
        self.csv_browse.clicked.connect(self.browse)
        self.csv_layout = QComboBox()
        self.csv_layout.setObjectName("csvLayout")
        self.csv_layout.addItems(list(LAYOUTS))
        self.csv_layout.setCurrentText("many-to-one")
        self.csv_layout.setToolTip("What one sample maps to: one step → next value, a window → the next "
                                   "value, or a window → the window one step later")
        self.csv_layout.activated.connect(lambda _i: self._csv_edited())
        self.csv_steps = QSpinBox()
        self.csv_steps.setObjectName("csvTimeSteps")
        self.csv_steps.setRange(1, 10_000)
        self.csv_steps.setValue(5)
        self.csv_steps.setPrefix("T = ")
        self.csv_steps.setToolTip("Time steps per window")
        self.csv_steps.setKeyboardTracking(False)
        self.csv_steps.valueChanged.connect(lambda _v: self._csv_edited())

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

        self.csv_row = QWidget()
        rows = QGridLayout(self.csv_row)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setHorizontalSpacing(4)
        rows.setVerticalSpacing(3)
        rows.addWidget(self.csv_path, 0, 0, 1, 2)
        rows.addWidget(self.csv_browse, 0, 2)
        rows.addWidget(self.csv_layout, 1, 0)
        rows.addWidget(self.csv_steps, 1, 1, 1, 2)
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
        grid.addWidget(self.error, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.grid = grid

    # ------------------------------------------------------------------ from the document
    def set_own(self, spec: dict[str, Any], label: str) -> None:
        """The data the example or project came with: the first entry of the list."""
        self.own_spec = dict(spec)
        self.own_label = label
        self.combo.setItemText(0, label)

    def show_spec(self, spec: dict[str, Any], prefer_own: bool = False) -> None:
        """Reflect the document's dataset without emitting anything."""
        if prefer_own and _key(spec) == _key(self.own_spec):
            index = 0
        elif _key(self.spec_at(self.combo.currentIndex())) == _key(spec):
            index = self.combo.currentIndex()  # already shown (the same data can be listed twice)
        elif _key(spec) == _key(self.own_spec):
            index = 0
        else:
            index = next((i for i in range(1, self.combo.count() - 1) if _key(self.spec_at(i)) == _key(spec)), 0)
            if not index and spec.get("kind") == CSV:
                index = self.combo.count() - 1
                self._fill_csv_fields(spec)
        self.combo.setCurrentIndex(index)
        self.csv_row.setVisible(self.combo.currentData() == CSV)
        self._build(spec if spec else self.own_spec)

    def spec_at(self, index: int) -> dict[str, Any]:
        data = self.combo.itemData(index)
        if data == OWN:
            return self.own_spec
        if data == CSV:
            return self.csv_spec()
        return BUILTIN_DATASETS.get(data, {})

    def _fill_csv_fields(self, spec: dict[str, Any]) -> None:
        for widget in (self.csv_path, self.csv_layout, self.csv_steps):
            widget.blockSignals(True)
        self.csv_path.setText(str(spec.get("path", "")))
        self.csv_layout.setCurrentText(str(spec.get("layout", "many-to-one")))
        if isinstance(spec.get("time_steps"), int):
            self.csv_steps.setValue(spec["time_steps"])
        for widget in (self.csv_path, self.csv_layout, self.csv_steps):
            widget.blockSignals(False)

    # ---------------------------------------------------------------------- user actions
    def _activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        self.csv_row.setVisible(data == CSV)
        if data == CSV:
            if self.csv_path.text().strip():
                self._csv_edited()
            else:
                self._show(None, "Choose a CSV file: type its path or press “…”")
                self.browse()
            return
        spec = self.own_spec if data == OWN else BUILTIN_DATASETS[data]
        if self._build(spec):
            self.spec_chosen.emit(dict(spec))

    def browse(self) -> None:
        """Open a non-blocking file dialog; choosing a file loads it like typing its path."""
        start = os.path.dirname(self.csv_path.text().strip()) or os.getcwd()
        dialog = QFileDialog(self, "Open CSV data", start, "CSV files (*.csv *.tsv *.txt);;All files (*)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_csv_file)
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    def load_csv_file(self, path: str) -> bool:
        self.csv_path.setText(path)
        return self._csv_edited()

    def csv_spec(self) -> dict[str, Any]:
        return {"kind": CSV, "path": self.csv_path.text().strip(), "layout": self.csv_layout.currentText(),
                "time_steps": self.csv_steps.value()}

    def _csv_edited(self) -> bool:
        if self.combo.currentData() != CSV:
            self.combo.setCurrentIndex(self.combo.count() - 1)
        self.csv_row.show()
        spec = self.csv_spec()
        if not spec["path"]:
            self._show(None, "Choose a CSV file: type its path or press “…”")
            return False
        if self._build(spec, reload=True):
            self.spec_chosen.emit(spec)
            return True
        return False

    # ------------------------------------------------------------------------- building
    def _build(self, spec: dict[str, Any], reload: bool = False) -> bool:
        key = _key(spec)
        dataset = None if reload else self._cache.get(key)
        if dataset is None:
            try:
                dataset = make_dataset(spec)
            except DatasetError as exc:
                self._show(None, str(exc))
                return False
            except Exception as exc:  # noqa: BLE001 - a bad file must never escape as a traceback
                self._show(None, f"the data cannot be loaded: {exc}")
                return False
            self._cache[key] = dataset
        self._show(dataset, None)
        return True

    def _show(self, dataset: Dataset | None, problem: str | None) -> None:
        was_valid = self.problem is None
        self.dataset, self.problem = dataset, problem
        self.preview.setText(describe(dataset) if dataset is not None else "")
        self.preview.setVisible(dataset is not None)
        self.preview.setToolTip(dataset.description if dataset is not None else "")
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        if was_valid != (problem is None):
            self.validity_changed.emit(problem is None)
