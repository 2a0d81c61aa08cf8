"""File handling for the main window: New, Open, Save, Save As, Import .keras, the unsaved-changes prompt.

:class:`FileActions` holds it, so the window stays about layout and wiring. It gets the
document, the recent-files list and the file loader as arguments, and asks the window
(:class:`FileWindow`) only for its status bar and for the methods that would show a dialog
(``ask_save_changes``, ``show_error``, ``choose_open_path``, ``choose_save_path``,
``choose_export_path``): those are the window's so that tests and scripts can replace them
there. The dialogs themselves are the functions below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from lstmviz.i18n import tr
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.failures import describe_failure, failure_text
from lstmviz.io.project import Project
from lstmviz.io.project_io import PROJECT_SUFFIX, save_project
from lstmviz.io.safe_open import shown_path
from lstmviz.model.examples import STARTER
from lstmviz.model.limits import one_line
from lstmviz.model.dataset_spec import DatasetError
from lstmviz.model.datasets import suggest_dataset
from lstmviz.ui.document.document import Document
from lstmviz.ui.files import file_dialogs
from lstmviz.ui.files.file_loader import FileLoader
from lstmviz.ui.files.recent_files import RecentFiles



# Functions, not constants: the filters' names are shown in the language chosen at start-up.
def project_filter() -> str:
    return tr("lstmviz projects ({patterns})").format(patterns=f"*{PROJECT_SUFFIX} *.json")


def image_filter() -> str:
    return tr("PNG image (*.png)") + ";;" + tr("SVG image (*.svg)")


def open_filter() -> str:
    return ";;".join((tr("Models ({patterns})").format(patterns=f"*{PROJECT_SUFFIX} *.json *.keras"),
                      project_filter(), tr("Keras models (*.keras)"), tr("All files (*)")))


def ask_save_changes(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Ask whether to save the unsaved changes to the document called ``name``."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    return QMessageBox.question(
        parent, tr("Unsaved changes"),
        tr("“{name}” has changes that are not saved. Save them first?").format(name=name),
        buttons, QMessageBox.StandardButton.Save)


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Tell the user what went wrong and where, without a traceback."""
    QMessageBox.warning(parent, title, one_line(message, 2000))


def choose_open_path(parent: QWidget, caption: str, filters: str, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters)
    return path


def choose_save_path(parent: QWidget, folder: str, name: str) -> str:
    stem = Path(name).stem or "untitled"
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save project"), str(Path(folder) / f"{stem}{PROJECT_SUFFIX}"),
                                          project_filter())
    return path


def choose_export_path(parent: QWidget, caption: str, name: str, filters: str, folder: str) -> str:
    """Where to export; the suffix follows the chosen filter."""
    return file_dialogs.save_path(parent, caption, str(Path(folder) / name), filters)


class FileWindow(Protocol):
    """What :class:`FileActions` asks of its window: the dialogs (tests replace them) and the status bar."""

    def ask_save_changes(self) -> QMessageBox.StandardButton: ...

    def show_error(self, title: str, message: str) -> None: ...

    def choose_open_path(self, caption: str, filters: str) -> str: ...

    def choose_save_path(self) -> str: ...

    def choose_export_path(self, caption: str, name: str, filters: str) -> str: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


class FileActions:
    """New, Open, Save, Save As, Import .keras and the exports of one window's document."""

    def __init__(self, window: FileWindow, document: Document, recent: RecentFiles, loader: FileLoader,
                 opened: Callable[[], None]) -> None:
        """``opened`` runs after another document replaced the window's (the canvas resets its zoom)."""
        self.window = window
        self.document = document
        self.recent = recent
        self.file_loader = loader
        self._opened = opened
        self._open_edits: tuple[int, bool] | None = None  # the undo index and modified flag when opening began

    def start_folder(self) -> str:
        """Where the file dialogs start: the document's folder, else the last file's, else home."""
        for candidate in (self.document.path, self.document.keras_file):
            if candidate:
                return str(Path(candidate).parent)
        recent = self.recent.paths()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def confirm_discard(self) -> bool:
        """True when the current document may be replaced (saved, discarded, or unchanged)."""
        if not self.document.modified:
            return True
        answer = self.window.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_document(self) -> bool:
        """A small model that trains as it stands (LSTM(8) + Dense(1) on a sine wave), to edit from."""
        if self.document.locked or not self.confirm_discard():
            return False
        self.document.load(Project(STARTER.architecture, STARTER.dataset, STARTER.training, tr("untitled")))
        self._opened()
        return True

    def open_example(self, name: str) -> bool:
        if self.document.locked or not self.confirm_discard():
            return False
        self.document.load_example(name)
        self._opened()
        return True

    def open_file(self) -> bool:
        path = self.window.choose_open_path(tr("Open project or model"), open_filter())
        return self.open_path(path) if path else False

    def import_keras(self) -> bool:
        path = self.window.choose_open_path(tr("Import a Keras model"),
                                            tr("Keras models (*.keras)") + ";;" + tr("All files (*)"))
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Start opening a project or .keras file off the GUI thread; True when it started.

        The document stays as it is until the file has been read; a file that cannot be
        opened is reported (the window's ``show_error``) and changes nothing. ``file_loader.opened`` /
        ``failed`` say how it ended (``file_loader.wait()`` waits for it).
        """
        if self.document.locked or not self.confirm_discard():
            return False
        self._open_edits = self.document.undo_stack.index(), self.document.modified
        self.file_loader.load(str(path), self._file_arrived)
        return True

    def _file_arrived(self, path: str, project: Project | None, problem: str | None) -> None:
        window = self.window
        if project is None:
            window.show_error(tr("Cannot open file"), problem or "")
            self.file_loader.finish(path, False, problem)
            return
        if self.document.locked:
            problem = tr("{path}: not opened: training started meanwhile").format(path=shown_path(path))
            window.show_error(tr("Cannot open file"), problem)
            self.file_loader.finish(path, False, problem)
            return
        edited = (self.document.undo_stack.index(), self.document.modified) != self._open_edits
        if edited and not self.confirm_discard():  # edits made while the file was loading
            self.file_loader.finish(path, False, tr("cancelled"))
            return
        self.document.load(project)
        self.recent.add(path)
        self._opened()
        window.statusBar().showMessage(tr("Opened {path}").format(path=shown_path(path)), 4000)
        if project.weights_problem:  # the architecture opened; say why its weights did not
            window.show_error(tr("Weights not read"), project.weights_problem)
        self.file_loader.finish(path, True)

    def save(self) -> bool:
        path = self.document.path
        if path is None or path.suffix.lower() not in (PROJECT_SUFFIX, ".json"):
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        path = self.window.choose_save_path()
        return self.save_to(path) if path else False

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix.lower() not in (PROJECT_SUFFIX, ".json"):
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            save_project(self.document.project(saving_to=path), path)
        except Exception as exc:  # noqa: BLE001 - whatever failed, one line and the document is kept
            self.write_failed(tr("Cannot save"), path, exc)
            return False
        self.document.mark_saved(path)
        self.recent.add(path)
        self.window.statusBar().showMessage(tr("Saved {path}").format(path=path), 4000)
        return True

    def export(self, caption: str, name: str, filters: str, write: Callable[[str], object]) -> bool:
        """Ask where, then ``write(path)``; a failure is one line and leaves nothing half-written."""
        path = self.window.choose_export_path(caption, name, filters)
        if not path:
            return False
        try:
            write(path)
        except Exception as exc:  # noqa: BLE001 - whatever failed, one line and nothing half-written
            self.write_failed(tr("Cannot export"), path, exc)
            return False
        self.window.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def write_failed(self, title: str, path: str | Path, exc: BaseException) -> None:
        text = failure_text(exc, path)
        if text is None:
            text = (f"{shown_path(path)}: {one_line(str(exc))}" if isinstance(exc, ValueError)
                    else describe_failure(exc, path))
        self.window.show_error(title, text)

    def export_script(self) -> bool:
        """A standalone Keras script for the model and its data (writing it needs no TensorFlow)."""
        window = self.window
        inference = self.document.inference
        if not inference.ok:
            window.show_error(tr('Cannot export'), tr('The model cannot be built: {error_text}').format(error_text=inference.error_text))
            return False
        dataset = self.document.data.dataset
        if self.document.data.loading:
            window.show_error(tr("Cannot export"), tr("The data is still loading; export again in a moment."))
            return False
        if dataset is None:
            spec = suggest_dataset(inference)
            try:
                dataset = load_dataset(spec) if spec is not None else None
            except DatasetError as exc:
                window.show_error(tr('Cannot export'), tr('The dataset cannot be read: {exc}').format(exc=exc))
                return False
        if dataset is None:
            window.show_error(tr('Cannot export'), tr('No dataset fits this model; choose one in the training panel.'))
            return False
        from lstmviz.io.keras_script import write_script  # loaded when needed: keeps the window's start light

        stem = Path(self.document.display_name).stem or "model"
        return self.export(tr("Export Keras script"), f"{stem}.py", tr("Python (*.py)"),
                           lambda path: write_script(path, self.document.architecture, dataset,
                                                     self.document.training, title=stem))
