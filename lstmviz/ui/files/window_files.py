"""File handling for the main window: New, Open, Save, Save As, Import .keras, the unsaved-changes prompt.

A mixin so the window stays about layout and wiring. The three methods that would show a
dialog (:meth:`ask_save_changes`, :meth:`show_error`, :meth:`choose_open_path` /
:meth:`choose_save_path`) are separate so tests and scripts can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import write_atomically
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.failures import describe_failure, failure_text
from lstmviz.io.project import Project
from lstmviz.io.project_io import PROJECT_SUFFIX, save_project
from lstmviz.io.safe_open import shown_path
from lstmviz.model.examples import STARTER
from lstmviz.model.limits import one_line
from lstmviz.model.dataset_spec import DatasetError
from lstmviz.model.datasets import suggest_dataset
from lstmviz.ui.files import file_dialogs



# Functions, not constants: the filters' names are shown in the language chosen at start-up.
def project_filter() -> str:
    return tr("lstmviz projects ({patterns})").format(patterns=f"*{PROJECT_SUFFIX} *.json")


def image_filter() -> str:
    return tr("PNG image (*.png)") + ";;" + tr("SVG image (*.svg)")


def open_filter() -> str:
    return ";;".join((tr("Models ({patterns})").format(patterns=f"*{PROJECT_SUFFIX} *.json *.keras"),
                      project_filter(), tr("Keras models (*.keras)"), tr("All files (*)")))


class FileActions:
    """Mixed into MainWindow (which provides document, recent, canvas, summary, statusBar)."""

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes (tests replace this method)."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(
            self, tr("Unsaved changes"),
            tr("“{name}” has changes that are not saved. Save them first?").format(name=self.document.display_name),
            buttons, QMessageBox.StandardButton.Save)

    def show_error(self, title: str, message: str) -> None:
        """Tell the user what went wrong and where, without a traceback (tests replace this)."""
        QMessageBox.warning(self, title, one_line(message, 2000))

    def choose_open_path(self, caption: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, caption, self._start_folder(), filters)
        return path

    def choose_save_path(self) -> str:
        folder = self._start_folder()
        stem = Path(self.document.display_name).stem or "untitled"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save project"), str(Path(folder) / f"{stem}{PROJECT_SUFFIX}"),
                                              project_filter())
        return path

    def choose_export_path(self, caption: str, name: str, filters: str) -> str:
        """Where to export; the suffix follows the chosen filter."""
        return file_dialogs.save_path(self, caption, str(Path(self._start_folder()) / name), filters)

    def _start_folder(self) -> str:
        for candidate in (self.document.path, self.document.keras_file):
            if candidate:
                return str(Path(candidate).parent)
        recent = self.recent.paths()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def confirm_discard(self) -> bool:
        """True when the current document may be replaced (saved, discarded, or unchanged)."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_document(self) -> bool:
        """A small model that trains as it stands (LSTM(8) + Dense(1) on a sine wave), to edit from."""
        if self.document.locked or not self.confirm_discard():
            return False
        self.document.load(Project(STARTER.architecture, STARTER.dataset, STARTER.training, tr("untitled")))
        self.canvas.reset_zoom()
        return True

    def open_example(self, name: str) -> bool:
        if self.document.locked or not self.confirm_discard():
            return False
        self.document.load_example(name)
        self.canvas.reset_zoom()
        return True

    def open_file(self) -> bool:
        path = self.choose_open_path(tr("Open project or model"), open_filter())
        return self.open_path(path) if path else False

    def import_keras(self) -> bool:
        path = self.choose_open_path(tr("Import a Keras model"), tr("Keras models (*.keras)") + ";;" + tr("All files (*)"))
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Start opening a project or .keras file off the GUI thread; True when it started.

        The document stays as it is until the file has been read; a file that cannot be
        opened is reported (:meth:`show_error`) and changes nothing. ``file_loader.opened`` /
        ``failed`` say how it ended (``file_loader.wait()`` waits for it).
        """
        if self.document.locked or not self.confirm_discard():
            return False
        self._open_edits = self.undo_stack.index(), self.document.modified
        self.file_loader.load(str(path), self._file_arrived)
        return True

    def _file_arrived(self, path: str, project: Project | None, problem: str | None) -> None:
        if project is None:
            self.show_error(tr("Cannot open file"), problem or "")
            self.file_loader.finish(path, False, problem)
            return
        if self.document.locked:
            problem = tr("{path}: not opened: training started meanwhile").format(path=shown_path(path))
            self.show_error(tr("Cannot open file"), problem)
            self.file_loader.finish(path, False, problem)
            return
        edited = (self.undo_stack.index(), self.document.modified) != getattr(self, "_open_edits", None)
        if edited and not self.confirm_discard():  # edits made while the file was loading
            self.file_loader.finish(path, False, tr("cancelled"))
            return
        self.document.load(project)
        self.recent.add(path)
        self.canvas.reset_zoom()
        self.statusBar().showMessage(tr("Opened {path}").format(path=shown_path(path)), 4000)
        if project.weights_problem:  # the architecture opened; say why its weights did not
            self.show_error(tr("Weights not read"), project.weights_problem)
        self.file_loader.finish(path, True)

    def save(self) -> bool:
        path = self.document.path
        if path is None or path.suffix.lower() not in (PROJECT_SUFFIX, ".json"):
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        path = self.choose_save_path()
        return self.save_to(path) if path else False

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix.lower() not in (PROJECT_SUFFIX, ".json"):
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            save_project(self.document.project(saving_to=path), path)
        except Exception as exc:  # noqa: BLE001 - whatever failed, one line and the document is kept
            self._write_failed(tr("Cannot save"), path, exc)
            return False
        self.document.mark_saved(path)
        self.recent.add(path)
        self.statusBar().showMessage(tr("Saved {path}").format(path=path), 4000)
        return True

    def export_summary(self) -> bool:
        return self._export(tr("Export summary"), "summary.txt", tr("Text (*.txt)"),
                            lambda path: write_atomically(path, self.summary.summary_model.as_text()))

    def _export(self, caption: str, name: str, filters: str, write) -> bool:
        path = self.choose_export_path(caption, name, filters)
        if not path:
            return False
        try:
            write(path)
        except Exception as exc:  # noqa: BLE001 - whatever failed, one line and nothing half-written
            self._write_failed(tr("Cannot export"), path, exc)
            return False
        self.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def _write_failed(self, title: str, path: str | Path, exc: BaseException) -> None:
        text = failure_text(exc, path)
        if text is None:
            text = (f"{shown_path(path)}: {one_line(str(exc))}" if isinstance(exc, ValueError)
                    else describe_failure(exc, path))
        self.show_error(title, text)

    def export_loss_plot(self) -> bool:
        return self._export(tr("Export loss plot"), "loss.png", image_filter(), self.training_panel.export_loss_plot)

    def export_prediction_plot(self) -> bool:
        return self._export(tr("Export predictions plot"), "predictions.png", image_filter(),
                            self.training_panel.export_prediction_plot)

    def export_history(self) -> bool:
        return self._export(tr("Export training history"), "history.csv", tr("CSV file (*.csv)"),
                            self.training_panel.export_history_csv)

    def export_script(self) -> bool:
        """A standalone Keras script for the model and its data (writing it needs no TensorFlow)."""
        inference = self.document.inference
        if not inference.ok:
            self.show_error(tr('Cannot export'), tr('The model cannot be built: {error_text}').format(error_text=inference.error_text))
            return False
        dataset = self.document.data.dataset
        if self.document.data.loading:
            self.show_error(tr("Cannot export"), tr("The data is still loading; export again in a moment."))
            return False
        if dataset is None:
            spec = suggest_dataset(inference)
            try:
                dataset = load_dataset(spec) if spec is not None else None
            except DatasetError as exc:
                self.show_error(tr('Cannot export'), tr('The dataset cannot be read: {exc}').format(exc=exc))
                return False
        if dataset is None:
            self.show_error(tr('Cannot export'), tr('No dataset fits this model; choose one in the training panel.'))
            return False
        from lstmviz.io.keras_script import write_script  # loaded when needed: keeps the window's start light

        stem = Path(self.document.display_name).stem or "model"
        return self._export(tr("Export Keras script"), f"{stem}.py", tr("Python (*.py)"),
                            lambda path: write_script(path, self.document.architecture, dataset,
                                                      self.document.training, title=stem))

    def closeEvent(self, event: QCloseEvent) -> None:
        # After a language switch the new window holds the document: there is nothing to save here.
        if getattr(self, "handed_over", False) or self.confirm_discard():
            self.about_to_close.emit()
            event.accept()
        else:
            event.ignore()

