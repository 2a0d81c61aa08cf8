"""What to train on and how: the data picker and the settings form, both views of the document.

Choices go to the document as undoable edits, and the document's changes (undo, a new
example or file) come back into the widgets; nothing here keeps a copy of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lstmviz.i18n import tr
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.settings import TrainingSettings
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.data_source import DataPicker
from lstmviz.ui.training.settings_form import SettingsForm


class TrainingSetup(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.picker = DataPicker()
        self.form = SettingsForm()
        self.picker.grid.addWidget(QLabel("<b>{}</b>".format(tr("Data"))), 0, 0)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(5)
        layout.addWidget(self.picker)
        layout.addWidget(rule)
        layout.addWidget(self.form)

        document.dataset_changed.connect(self._show_data)
        document.loaded.connect(self._show_data)
        document.training_settings_changed.connect(self._show_settings)
        self.picker.spec_chosen.connect(self._spec_chosen)
        self.picker.reload_requested.connect(document.reload_data)
        self.form.settings_edited.connect(self._settings_edited)
        self._show_data()
        self._show_settings()

    # ------------------------------------------------------------------ document → widgets
    def _show_data(self) -> None:
        doc = self.document
        own = doc.loaded_dataset_spec
        if doc.example:
            label = tr("Example data: {name}")
        elif doc.keras_file is not None and doc.path is None:  # a .keras file has no data: one that fits it
            label = tr("Suggested data: {name}")
        else:
            label = tr("Project data: {name}")
        self.picker.set_own(own, label.format(name=self.picker.spec_name(own)))
        self.picker.show_data(doc.data)

    def _show_settings(self) -> None:
        self.form.set_settings(self.document.training)

    # ------------------------------------------------------------------ widgets → document
    def _spec_chosen(self, spec: DatasetSpec) -> None:
        self.document.set_dataset(spec, tr("Choose training data"))

    def _settings_edited(self, settings: TrainingSettings) -> None:
        self.document.set_training(settings)
