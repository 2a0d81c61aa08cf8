"""What to train on and how: the data picker and the settings form, both views of the document.

Choices go to the document as undoable edits, and the document's changes (undo, a new
example or file) come back into the widgets; nothing here keeps a copy of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from lstmviz.i18n import tr
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.settings import LOSSES, TrainingSettings
from lstmviz.ui.look import screen_fit
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.data_source import DataPicker
from lstmviz.model.datasets import losses_for
from lstmviz.ui.training.settings_form import SettingsForm


class TrainingSetup(QWidget):
    folded = Signal(bool)  # the settings form went into its popup or back (the panel fits its height)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.picker = DataPicker()
        self.form = SettingsForm()
        self.picker.grid.addWidget(QLabel("<b>{}</b>".format(tr("Data"))), 0, 0)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.rule = rule
        # Compact (presenter mode): the settings as one line, unfolded on demand.
        self.settings_line = QLabel("")
        self.settings_line.setObjectName("settingsSummary")
        self.settings_line.setProperty("role", "muted")
        self.settings_line.setWordWrap(True)
        self.settings_toggle = QToolButton()
        self.settings_toggle.setObjectName("settingsToggle")
        self.settings_toggle.setText(tr("Settings…"))
        self.settings_toggle.setToolTip(tr("Change the training settings"))
        self.settings_toggle.clicked.connect(self.show_settings_popup)
        # Compact, the form lives in a popup under the button: the panel keeps its height.
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setObjectName("settingsPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup_column = QVBoxLayout(self.popup)
        self.popup_column.setContentsMargins(8, 8, 8, 8)
        self.popup_scroll = QScrollArea(self.popup)  # a form taller than the screen scrolls inside the popup
        self.popup_scroll.setWidgetResizable(True)
        self.popup_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.popup_column.addWidget(self.popup_scroll)
        # What the popup holds: the form when compact; in presenter mode the data picker and whatever
        # the panel hands over (Continue, Export) as well, so that the plots keep the dock's height.
        self.popup_body = QWidget()
        self.body_column = QVBoxLayout(self.popup_body)
        self.body_column.setContentsMargins(0, 0, 0, 0)
        self.body_column.setSpacing(6)
        self.popup_scroll.setWidget(self.popup_body)
        self.presenting = False
        self.compact_row = QWidget()
        row = self.compact_layout = QHBoxLayout(self.compact_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.settings_line, 1)
        row.addWidget(self.settings_toggle)
        self.compact_row.hide()
        self.compact = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(5)
        layout.addWidget(self.picker)
        layout.addWidget(rule)
        layout.addWidget(self.compact_row)
        layout.addWidget(self.form)
        self.column = layout

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
        if doc.data.dataset is not None:  # while a file loads, the list stays as it was
            self.form.set_losses(losses_for(doc.data.dataset))

    def _show_settings(self) -> None:
        s = self.document.training
        self.form.set_settings(s)
        self.settings_line.setText(tr("{epochs} epochs · batch {batch} · {optimizer} {rate} · {loss}").format(
            epochs=s.epochs, batch=s.batch_size, optimizer=s.optimizer, rate=f"{s.learning_rate:g}",
            loss=tr(LOSSES.get(s.loss, s.loss))))

    def set_compact(self, on: bool) -> None:
        """Fold the settings form into one line (presenter mode, a short window); Settings… opens it as a popup."""
        if on == self.compact or (self.presenting and not on):  # presenter mode keeps it folded
            return
        self.compact = on
        self.compact_row.setVisible(on)
        self.rule.setVisible(not on)
        self.popup.hide()
        if on:
            self.column.removeWidget(self.form)
            self.body_column.addWidget(self.form)
        else:
            self.body_column.removeWidget(self.form)
            self.column.addWidget(self.form)
        self.form.show()
        self.folded.emit(on)

    def set_presenting(self, on: bool, extras: tuple[QWidget, ...] = ()) -> None:
        """Presenter mode: the row with Settings… stands for the whole setup; the data picker, the form and
        ``extras`` open in the popup (the owner takes ``extras`` back on leaving). The settings line stays
        out: the popup shows the settings, and the plots get its height."""
        if on == self.presenting:
            return
        self.presenting = on
        self.set_compact(on)
        self.settings_line.setVisible(not on)
        if on:
            self.column.removeWidget(self.picker)
            self.body_column.insertWidget(0, self.picker)
            for widget in extras:
                self.body_column.addWidget(widget)
        else:
            self.body_column.removeWidget(self.picker)
            self.column.insertWidget(0, self.picker)
        self.picker.show()

    def show_settings_popup(self) -> None:
        button = self.settings_toggle
        margins = self.popup_column.contentsMargins()
        scroll = self.popup_scroll.verticalScrollBar().sizeHint().width()
        want = self.popup_body.sizeHint() + QSize(margins.left() + margins.right() + scroll + 2,
                                            margins.top() + margins.bottom() + 2)
        self.popup.resize(screen_fit.fitting_size(want, self))
        self.popup.move(button.mapToGlobal(button.rect().bottomRight()) - self.popup.rect().topRight())
        screen_fit.keep_on_screen(self.popup)
        self.popup.show()

    # ------------------------------------------------------------------ widgets → document
    def _spec_chosen(self, spec: DatasetSpec) -> None:
        self.document.set_dataset(spec, tr("Choose training data"))

    def _settings_edited(self, settings: TrainingSettings) -> None:
        self.document.set_training(settings)
