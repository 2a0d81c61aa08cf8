"""The training panel: pick data, set up training, press Train and watch it learn.

The panel talks to the engine only through :mod:`lstmviz.ui.training.worker`. Engine
messages land in numpy buffers; a ~30 ms timer pushes them into the plots and the
progress bar, so a burst of messages never floods the event loop. While a run is going
the document is locked, so the model cannot change under the engine.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QFrame, QHBoxLayout, QScrollArea, QSplitter, QStyle, QVBoxLayout, QWidget,
)

from lstmviz.model.catalogue import RECURRENT_KINDS
from lstmviz.ui.training.exports import export_plot, write_text_atomically
from lstmviz.ui.training.history import LossHistory
from lstmviz.ui.training.plots import LossPlot, PredictionPlot
from lstmviz.ui.training.run_controls import IDLE, PAUSED, RUNNING, RunControls, outcome
from lstmviz.ui.training.runs import RunRecord, RunsList
from lstmviz.ui.training.setup_form import TrainingSetup
from lstmviz.ui.training.worker import FAILED_PREFIX, LOADING, READY, TrainingJob, TrainingThread, new_control

LOCK_REASON = "training is running (press Stop to edit the model)"
DISCARDED_NOTICE = "The model changed, so the trained weights were discarded. Train again to see trained values."
REDRAW_MS = 30


def _shutdown_when_destroyed(training_thread: TrainingThread):
    # A plain closure, not a method: when ``destroyed`` fires the panel is half gone.
    return lambda *_args: training_thread.shutdown()


def _model_text(inference: Any) -> str:
    parts = [info.title for info in inference.layers] if inference.layers else ["(no layers)"]
    return f"{' → '.join(parts)}, {inference.total_params:,} params"


class TrainingPanel(QWidget):
    """The bottom dock's content. Signals are for the main window; it also works on its own."""

    tensorflow_state_changed = Signal(str)  # "Loading TensorFlow…", "TensorFlow ready", "TensorFlow failed: …"
    cell_probe_received = Signal(object)  # CellProbe, for the unrolled view
    training_started = Signal()
    training_finished = Signal(object)  # Finished (or Failed when the run could not go on)
    weights_changed = Signal(object)  # trained weights (list of arrays), or None when discarded
    message_received = Signal(object)  # every engine message, in order (for tests and tools)

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.document = document
        self.history = LossHistory()
        self.state = IDLE
        self.tensorflow_state = ""
        self.trained_weights: Any = None
        self.probe_layer: int | None = None  # None: the selected recurrent layer, else the engine's choice
        self.engine_options: dict[str, Any] = {}  # extra run_training keywords, e.g. {"engine": "fit"}
        self.redraw_count = 0
        self.order_errors = 0  # EpochLosses that did not continue where the last one ended
        self._control: Any = None
        self._job: TrainingJob | None = None
        self._run_labels = ("", "", "")  # title, data and model of the current run
        self._total_epochs = 0
        self._start_epoch = 1
        self._elapsed = 0.0
        self._finished: Any = None
        self._current_run: RunRecord | None = None
        self._progress_dirty = False

        self.training_thread = TrainingThread()
        # If the panel is deleted without stop_and_wait (a window closed without asking it),
        # the thread must still end before Python drops it.
        self.destroyed.connect(_shutdown_when_destroyed(self.training_thread))
        worker = self.training_thread.worker
        # Always queued: these are emitted on the worker thread and handled on this one.
        queued = Qt.ConnectionType.QueuedConnection
        worker.message.connect(self._on_message, queued)
        worker.run_returned.connect(self._on_run_returned, queued)
        worker.backend_state_changed.connect(self._on_backend_state, queued)

        self._build_ui()
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setInterval(REDRAW_MS)
        self.redraw_timer.timeout.connect(self.redraw)

        document.architecture_changed.connect(self._architecture_changed)
        self.setup.changed.connect(self._update_problem)
        self.runs.overlays_changed.connect(self._overlays_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)
        self._update_problem()

    # ---------------------------------------------------------------------------- layout
    def _build_ui(self) -> None:
        self.setup = TrainingSetup(self.document)
        self.picker, self.form = self.setup.picker, self.setup.form
        self.controls = RunControls()
        c = self.controls
        self.train_button, self.pause_button = c.train_button, c.pause_button
        self.step_button, self.stop_button = c.step_button, c.stop_button
        self.progress, self.status, self.problem, self.notice = c.progress, c.status, c.problem, c.notice
        self.train_button.clicked.connect(self.train)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.step_button.clicked.connect(self.step)
        self.stop_button.clicked.connect(self.stop)
        c.export_requested.connect(self._export_dialog)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(5)
        column.addWidget(self.setup)
        column.addWidget(self.controls)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.controls_scroll = scroll

        self.loss_pane = LossPlot(self.history)
        self.loss_plot = self.loss_pane.plot
        self.prediction_pane = PredictionPlot()
        self.prediction_plot = self.prediction_pane.plot
        self.runs = RunsList()
        self.runs.setMinimumWidth(110)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.loss_pane)
        splitter.addWidget(self.prediction_pane)
        splitter.addWidget(self.runs)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([420, 420, 200])
        self.splitter = splitter

        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(scroll)
        layout.addWidget(splitter, 1)

    def _fit_controls_width(self) -> None:
        """Make the controls column as wide as its content asks, but let a small window squeeze it
        (a horizontal scroll bar appears then) rather than force the window wider than 1000 px."""
        scroll, left = self.controls_scroll, self.controls_scroll.widget()
        left.ensurePolished()
        text, csv_shown = self.pause_button.text(), self.picker.csv_row.isVisibleTo(self.picker)
        self.pause_button.setText("Resume")  # the widest text the row of buttons shows
        self.picker.csv_row.show()
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = left.minimumSizeHint().width() + bar + 6
        self.pause_button.setText(text)
        self.picker.csv_row.setVisible(csv_shown)
        scroll.setMinimumWidth(min(300, width))
        self.splitter.setMinimumWidth(0)
        left.setMinimumWidth(width - bar - 6)
        scroll.setMaximumWidth(max(440, width))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._fit_controls_width()
        super().showEvent(event)

    # ---------------------------------------------------------------- document → panel
    def _architecture_changed(self) -> None:
        if self.state == IDLE and self.trained_weights is not None:
            self.trained_weights = None
            self.prediction_pane.clear()
            self.prediction_pane.redraw()
            self.controls.set_notice(DISCARDED_NOTICE)
            self.weights_changed.emit(None)

    def _overlays_changed(self, runs: list) -> None:
        self.loss_pane.set_overlays([r for r in runs if r is not self._current_run])

    # -------------------------------------------------------------------------- checks
    def check_problem(self) -> str | None:
        """Why Train cannot run now (data, split or model/data mismatch), or None."""
        return self.setup.problem()

    def _update_problem(self) -> None:
        problem = self.check_problem() if self.state == IDLE else None
        # A data problem is already shown beside the data field; don't say it twice.
        self.controls.set_problem(problem if problem and problem != self.setup.data_problem() else None)
        self._update_controls(problem)

    def _update_controls(self, problem: str | None = None) -> None:
        idle = self.state == IDLE
        if idle and problem is None:
            problem = self.check_problem()
        self.controls.show_state(self.state, problem)
        self.picker.setEnabled(idle)
        self.form.setEnabled(idle)

    # ------------------------------------------------------------------------ controls
    def train(self, paused: bool = False) -> bool:
        """Start a run from fresh weights; False (with the reason shown) when it cannot start."""
        if self.state != IDLE:
            return False
        problem = self.check_problem()
        if problem:
            self._update_problem()
            return False
        doc = self.document
        control = new_control()
        if paused:
            control.step(1)  # starts paused with one epoch granted
        job = TrainingJob(doc.architecture, self.setup.dataset, self.setup.settings(), control,
                          probe_layer=self._probe_layer(), probe_sample=self.prediction_pane.sample_spin.value(),
                          extra=dict(self.engine_options))
        self._control, self._job = control, job
        # Named now: the document may hold something else by the time the run ends.
        self._run_labels = (doc.display_name, f"{job.dataset.name}: {self.picker.preview.text()}",
                            _model_text(doc.inference))
        self._reset_run_view()
        self.state = PAUSED if paused else RUNNING
        doc.lock(LOCK_REASON)
        self._update_controls()
        loading = not self.training_thread.worker.backend_ready
        self._set_status(LOADING if loading else "Starting…")
        self.controls.reset_progress(self._total_epochs, LOADING if loading else "starting…")
        self.redraw_timer.start()
        self.training_started.emit()
        self.training_thread.run(job)
        return True

    def _probe_layer(self) -> int | None:
        if self.probe_layer is not None:
            return self.probe_layer
        layers = self.document.architecture.layers
        selected = self.document.selected
        if 0 <= selected < len(layers) and layers[selected].kind in RECURRENT_KINDS:
            return selected
        return None

    def _reset_run_view(self) -> None:
        self.history.clear()
        self.order_errors = 0
        self._total_epochs = self.setup.settings().epochs
        self._start_epoch = 1
        self._elapsed = 0.0
        self._finished = None
        self._current_run = None
        self.prediction_pane.clear()
        self.loss_pane.mark_diverged(None)
        self.loss_pane.set_current_label(f"#{self.runs.next_number()} loss")
        self.controls.set_notice(None)
        self.controls.set_problem(None)
        self.controls.reset_progress(self._total_epochs, "starting…")
        self._overlays_changed(self.runs.checked_runs())
        self.redraw()

    def toggle_pause(self) -> None:
        if self._control is None:
            return
        if self.state == PAUSED:
            self._control.resume()
            self.state = RUNNING
            self._set_status("Training…")
        elif self.state == RUNNING:
            self._control.pause()
            self.state = PAUSED
            self._set_status(self._paused_text())
        self._update_controls()

    def _paused_text(self) -> str:
        return f"Paused at epoch {self.history.count}: press Step for one more epoch, or Resume"

    def step(self) -> None:
        """One epoch: from a paused run, or from a fresh run that starts paused."""
        if self.state == IDLE:
            self.train(paused=True)
        elif self._control is not None:
            self._control.step(1)  # a running run pauses after this epoch
            if self.state == RUNNING:
                self.state = PAUSED
                self._update_controls()
            self._set_status(f"Stepping one epoch from epoch {self.history.count}…")

    def stop(self) -> None:
        if self._control is not None:
            self._control.stop()
            self._set_status("Stopping…")

    # ------------------------------------------------------------------ worker → panel
    def _on_backend_state(self, text: str) -> None:
        if text != self.tensorflow_state:
            self.tensorflow_state = text
            self.tensorflow_state_changed.emit(text)
        if self.state != IDLE and (text == LOADING or text.startswith(FAILED_PREFIX)):
            self._set_status(text, error=text.startswith(FAILED_PREFIX))
        elif self.state != IDLE and text == READY and not self.history.count:
            self._set_status("Building the model…")

    def _on_message(self, msg: Any) -> None:
        if self._control is None:
            return  # a late message from a run the panel already gave up on
        self.message_received.emit(msg)
        kind = type(msg).__name__
        if kind == "EpochLosses":
            if msg.first_epoch != self.history.count + 1:
                self.order_errors += 1
            self.history.add(msg.first_epoch, msg.losses, msg.val_losses)
            self._elapsed = msg.elapsed
            self._total_epochs = msg.total_epochs
            self._progress_dirty = True
            if self.state == RUNNING and self.status.text() != "Training…":
                self._set_status("Training…")
            elif self.state == PAUSED:  # the engine finishes its current call before it pauses
                self._set_status(self._paused_text())
        elif kind == "Predictions":
            self.prediction_pane.set_predictions(msg.epoch, msg.predictions, msg.targets)
        elif kind == "CellProbe":
            self.cell_probe_received.emit(msg)
        elif kind == "Started":
            self._total_epochs = msg.total_epochs
            self._start_epoch = msg.start_epoch
            self._set_status("Training…" if self.state == RUNNING else "Paused before the first epoch")
            self._progress_dirty = True
        elif kind == "Finished":
            self._finish(msg)
        elif kind == "Failed":
            self._finish(msg, failed=True)

    def _finish(self, msg: Any, failed: bool = False) -> None:
        self._finished = msg
        self.redraw()
        if failed:
            reason, epochs, seconds, text = "failed", self.history.count, 0.0, msg.message
        else:
            reason, epochs, seconds, text = msg.reason, msg.epochs_run, msg.train_seconds, msg.message
        status, error, diverged_at = outcome(reason, epochs, seconds, text, self.history.last()[0])
        self._set_status(status, error)
        if diverged_at is not None:
            self.loss_pane.mark_diverged(diverged_at)
        self._update_progress(final=reason)
        if self.history.count and self._job is not None:
            title, data, model = self._run_labels
            run = RunRecord(self.runs.next_number(), title, data, model, self._job.settings, self.history.copy(),
                            reason, epochs, seconds, text)
            self._current_run = run
            self.runs.add(run)
        self.training_finished.emit(msg)

    def _on_run_returned(self, weights: Any) -> None:
        if self._control is None:
            return
        self._control = None
        self.state = IDLE
        self.redraw_timer.stop()
        self.redraw()
        if self._finished is None:  # stopped before the engine even began
            self._set_status("Stopped before the first epoch")
            self.progress.setFormat("stopped")
        self.document.unlock()
        self._update_problem()
        if weights is not None and self._job is not None and self._job.architecture != self.document.architecture:
            self.controls.set_notice(DISCARDED_NOTICE)  # the document moved on while this run trained
        elif weights is not None:
            self.trained_weights = weights
            self.weights_changed.emit(weights)

    # ----------------------------------------------------------------------- redrawing
    def redraw(self) -> None:
        """Timer slot: push buffered data into the plots and the progress bar."""
        drawn = self.loss_pane.redraw()
        drawn = self.prediction_pane.redraw() or drawn
        if self._progress_dirty:
            self._update_progress()
        if drawn:
            self.redraw_count += 1

    def _update_progress(self, final: str | None = None) -> None:
        self._progress_dirty = False
        n, total = self.history.count, self._total_epochs
        done = n - self._start_epoch + 1
        eta = self._elapsed / done * (total - n) if done > 0 and self._elapsed > 0 else None
        self.controls.show_progress(n, total, self.history.last()[0], eta, final)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.controls.set_status(text, error)

    # ------------------------------------------------------------------------ exports
    def export_loss_plot(self, path: str) -> None:
        """Save the loss plot as PNG or SVG (by suffix); raises OSError/ValueError with a readable message."""
        self.loss_pane.redraw()
        export_plot(self.loss_pane.plot_item, path)

    def export_prediction_plot(self, path: str) -> None:
        self.prediction_pane.redraw()
        export_plot(self.prediction_pane.plot_item, path)

    def export_history_csv(self, path: str) -> None:
        """Write epoch, loss (and val_loss) of the current run; atomic."""
        if not self.history.count:
            raise ValueError("there is no loss history yet: train the model first")
        write_text_atomically(path, self.history.to_csv())

    def _export_dialog(self, what: str, filters: str, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export", f"{what}{suffix}", filters)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            {"loss": self.export_loss_plot, "predictions": self.export_prediction_plot,
             "history": self.export_history_csv}[what](path)
        except (OSError, ValueError) as exc:
            self._set_status(f"Export failed: {exc}", error=True)
        else:
            self._set_status(f"Saved {path}")

    # ------------------------------------------------------------------- thread control
    def start_background_tensorflow_import(self) -> None:
        """Load TensorFlow on the worker thread now, so pressing Train later has no wait."""
        if not self.training_thread.worker.backend_ready:
            self.training_thread.import_backend()

    @property
    def running(self) -> bool:
        return self.state != IDLE

    def stop_and_wait(self, timeout: float = 2.0) -> bool:
        """Stop any run and end the worker thread; True when it ended (within ``timeout`` when training)."""
        ended = self.training_thread.shutdown(timeout)
        self.redraw_timer.stop()
        if self.state != IDLE:
            self._control = None
            self.state = IDLE
            self.document.unlock()
        return ended

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.stop_and_wait()
        super().closeEvent(event)

