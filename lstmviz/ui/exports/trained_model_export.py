"""File > Export > Trained Model (.keras): the document's trained weights as a Keras archive.

Written by :func:`lstmviz.io.keras_weights.write_keras_file` (h5py, no TensorFlow), which
``keras.saving.load_model`` reads back. A model of up to :data:`GUI_THREAD_PARAMS`
parameters is written on the GUI thread (3.3 million parameters took 0.17 s here); a larger
one on a worker thread, reported in the status bar when done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from lstmviz.i18n import tr, tr_noop
from lstmviz.io.keras_weights import write_keras_file
from lstmviz.model.inference import infer
from lstmviz.ui.document.document import Document
from lstmviz.ui.exports.export_window import ExportWindow
from lstmviz.ui.work.background import SerialWorker

GUI_THREAD_PARAMS = 1_000_000
KERAS_FILTER = tr_noop("Keras models (*.keras)")


class TrainedModelExport(QObject):
    """Writes ``document``'s trained weights where ``window`` asks; failures and success are the window's to say."""

    def __init__(self, document: Document, window: ExportWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.window = window
        self._worker = SerialWorker("lstmviz-keras-export", self)
        self._worker.finished.connect(self._finished)

    def export(self) -> bool:
        """Ask where, then write; False when there is nothing to write, the user cancels or it fails."""
        window = self.window
        trained = self.document.trained
        if trained is None:
            window.show_error(tr("Cannot export"), tr("There are no trained weights: train the model, or open a "
                                                      "trained project or .keras file."))
            return False
        stem = Path(self.document.display_name).stem or "model"
        path = window.choose_export_path(tr("Export trained model"), f"{stem}.keras", tr(KERAS_FILTER))
        if not path:
            return False
        return self.write(path)

    def write(self, path: str | Path) -> bool:
        """Write the current weights to ``path`` (``.keras`` added when missing)."""
        trained = self.document.trained
        if trained is None:
            return False
        path = Path(path)
        if path.suffix.lower() != ".keras":
            path = path.with_name(path.name + ".keras")
        job = lambda: write_keras_file(path, trained.architecture, trained.weights)  # noqa: E731
        if infer(trained.architecture).total_params > GUI_THREAD_PARAMS:
            self.window.statusBar().showMessage(tr("Writing {path}…").format(path=path))
            self._worker.submit(path, job)
            return True
        try:
            job()
        except (OSError, ValueError) as exc:
            self._report(path, exc)
            return False
        self._report(path, None)
        return True

    def wait(self, timeout: float = 30.0) -> bool:
        return self._worker.wait(timeout)

    def _finished(self, path: Path, result: object) -> None:
        self._report(path, result if isinstance(result, Exception) else None)

    def _report(self, path: Path, error: Exception | None) -> None:
        if error is None:
            self.window.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        else:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.window.show_error(tr("Cannot export"), f"{path}: {reason}")
