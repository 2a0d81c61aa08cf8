"""What to train on and how: the data picker and the settings, kept in step with the document.

Choices go to the document as undoable edits, and the document's changes (undo, a new
example or file) come back into the widgets. :meth:`TrainingSetup.problem` says why a
run could not start right now: bad data, a validation split with nothing left, or a
model whose shapes don't fit the data.
"""

from __future__ import annotations

from pathlib import Path

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lstmviz.model.datasets import Dataset, DatasetError, fit_problem, make_dataset
from lstmviz.model.examples import TrainingSettings
from lstmviz.ui.training.data_source import DataPicker
from lstmviz.ui.training.settings_form import SettingsForm


class TrainingSetup(QWidget):
    changed = Signal()  # data, settings or the model changed: check problem() again

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.picker = DataPicker()
        self.form = SettingsForm()
        self.picker.grid.addWidget(QLabel("<b>Data</b>"), 0, 0)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(5)
        layout.addWidget(self.picker)
        layout.addWidget(rule)
        layout.addWidget(self.form)

        document.dataset_changed.connect(self._dataset_changed)
        document.file_changed.connect(self._file_changed)
        document.training_settings_changed.connect(self._settings_changed)
        document.architecture_changed.connect(self.changed)
        self.picker.spec_chosen.connect(self._spec_chosen)
        self.picker.validity_changed.connect(lambda _ok: self.changed.emit())
        self.form.settings_edited.connect(self._settings_edited)
        self._file_changed()
        self._dataset_changed()
        self._settings_changed()

    @property
    def dataset(self) -> Dataset | None:
        return self.picker.dataset

    def settings(self) -> TrainingSettings:
        return self.form.settings()

    def problem(self) -> str | None:
        """Why Train cannot run now, or None."""
        dataset = self.picker.dataset
        if dataset is None:
            return self.picker.problem or "choose training data"
        try:
            dataset.split(self.form.settings().validation_split)
        except DatasetError as exc:
            return str(exc)
        return fit_problem(self.document.inference, dataset)

    def data_problem(self) -> str | None:
        """The part of :meth:`problem` already shown beside the data field."""
        return self.picker.problem

    # ------------------------------------------------------------------ document → widgets
    def _file_changed(self) -> None:
        doc = self.document
        if doc.undo_stack.count():
            return
        # Freshly loaded: this is the example's (or project's) own data, the list's first entry.
        spec = doc.dataset
        if spec.get("kind") == "csv":  # the picker reads the file below; a label needs no second read
            name = f"CSV {Path(str(spec.get('path', ''))).name}"
        else:
            try:
                name = make_dataset(spec).name  # built-in data: generated in microseconds
            except DatasetError:
                name = spec.get("kind", "none") if spec else "none"
        self.picker.set_own(spec, f"{'Example' if doc.example else 'Project'} data: {name}")
        self.picker.show_spec(spec, prefer_own=True)
        self.changed.emit()

    def _dataset_changed(self) -> None:
        self.picker.show_spec(self.document.dataset)
        self.changed.emit()

    def _settings_changed(self) -> None:
        self.form.set_settings(self.document.training)
        self.changed.emit()

    # ------------------------------------------------------------------ widgets → document
    def _spec_chosen(self, spec: dict) -> None:
        self.document.set_dataset(spec, "Choose training data")
        self.changed.emit()

    def _settings_edited(self, settings: TrainingSettings) -> None:
        self.document.set_training(settings)
        self.changed.emit()
