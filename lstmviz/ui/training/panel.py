"""The training panel: pick data, set up training, press Train and watch it learn.

It displays two things it does not own: the document (data, settings, trained state,
runs) and a :class:`~lstmviz.ui.training.run_session.RunSession` (the run in progress).
Engine messages land in numpy buffers; a ~30 ms timer pushes them into the plots and
the progress bar, so a burst of messages never floods the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication, QBoxLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSplitter, QStyle, QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import write_atomically
from lstmviz.model.cells import unrolls
from lstmviz.model.fixes import fix_label
from lstmviz.model.history import LossHistory
from lstmviz.training.messages import Predictions
from lstmviz.ui.files import file_dialogs
from lstmviz.ui.document.document import Document
from lstmviz.ui.widgets.fix_banner import Banner, layer_name
from lstmviz.ui.training.evaluation_view import EvaluationPane
from lstmviz.ui.training.exports import export_plot
from lstmviz.ui.training.plot_base import run_colour
from lstmviz.ui.training.plots import LossPlot, PredictionPlot
from lstmviz.ui.training.replay import PaceControl, ReplayBar, ReplayFrame, ReplayMarker
from lstmviz.ui.training.run_controls import RunControls
from lstmviz.ui.training.run_session import RunPhase, RunSession
from lstmviz.ui.training.runs import RunsList, RunsMenuButton
from lstmviz.ui.training.sample_panel import TextModelPane
from lstmviz.ui.training.setup_form import TrainingSetup
from lstmviz.ui.training.trained_predictions import TrainedPredictions, TrainedPredictionsResult

REDRAW_MS = 30


def discarded_notice(layers: tuple[str, ...] = ()) -> str:
    """None of the trained weights fit the edited model; ``layers`` are the ones that no longer fit."""
    if not layers:
        return tr("The model changed, so the trained weights no longer fit it: Undo (Ctrl+Z) brings them back, "
                  "or Train again.")
    return tr("The weights of {layers} no longer fit the edited model, so they were set aside: Undo (Ctrl+Z) "
              "brings them back, or Train again.").format(layers=", ".join(layers))


def set_aside_notice(layers: tuple[str, ...]) -> str:
    """Some layers kept their trained weights; ``layers`` did not."""
    return tr("The weights of {layers} no longer fit the edited model and were set aside; the other layers keep "
              "their trained weights. Undo (Ctrl+Z) brings them back.").format(layers=", ".join(layers))


def _shutdown_when_destroyed(session: RunSession):
    # A plain closure, not a method: when ``destroyed`` fires the panel is half gone.
    return lambda *_args: session.training_thread.shutdown()


class TrainingPanel(QWidget):
    """The bottom dock's content: the window wires the session's signals to the other panels."""

    replay_changed = Signal(object)  # ReplayFrame scrubbed, or None (back to the live or final state)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.document = document
        self.session = RunSession(document)
        self._probe_shown: int | None = None  # the layer the unrolled view shows (None: the selected one)
        self.session.probe_choice = self._probe_layer  # the warm-up traces for the layer Train will probe
        self.presenting = False  # presenter mode: the dock stands on the right
        # If the panel is deleted without stop_and_wait (a window closed without asking it),
        # the thread must still end before Python drops it.
        self.destroyed.connect(_shutdown_when_destroyed(self.session))

        self._build_ui()
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setInterval(REDRAW_MS)
        self.redraw_timer.timeout.connect(self.redraw)

        s = self.session
        s.phase_changed.connect(self._phase_changed)
        s.status_changed.connect(self.controls.set_status)
        # A status that wraps to a second line must not be cut: the presenter column refits its height.
        s.status_changed.connect(self._refit_soon)
        s.predictions_received.connect(self._predictions)
        for signal in (document.architecture_changed, document.dataset_changed, document.training_settings_changed):
            signal.connect(self._update_controls)
        document.trained_changed.connect(self._trained_changed)
        document.loaded.connect(self._document_loaded)
        document.training_settings_changed.connect(self._pace_from_document)
        document.loaded.connect(self._pace_from_document)
        document.dataset_changed.connect(self._show_evaluation_data)
        document.dataset_changed.connect(self._show_trained_predictions)
        for signal in (document.dataset_changed, document.loaded, document.architecture_changed):
            signal.connect(self._show_text_pane)
        self.trained_predictions = TrainedPredictions(self)
        self.trained_predictions.ready.connect(self._trained_predictions_ready)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)
        self._update_controls()
        self._show_text_pane()
        self._show_evaluation_data()
        self._trained_changed()
        self._pace_from_document()

    # ---------------------------------------------------------------------------- layout
    def _build_ui(self) -> None:
        self.setup = TrainingSetup(self.document)
        self.setup.folded.connect(self._refit_soon)
        self.picker, self.form = self.setup.picker, self.setup.form
        self.controls = RunControls()
        c = self.controls
        self.train_button, self.pause_button = c.train_button, c.pause_button
        self.step_button, self.stop_button = c.step_button, c.stop_button
        self.progress, self.status = c.progress, c.status
        # Why Train is off, and the discarded-weights notice: across the panel, read whole.
        self.problem_banner = Banner("error", "trainingProblem")
        self.problem_banner.fix_requested.connect(self.document.apply_fix)
        self.notice_banner = Banner("lock", "trainingNotice")
        self.notice_banner.action_requested.connect(self.document.undo_stack.undo)
        self.problem, self.notice = self.problem_banner.label, self.notice_banner.label
        self.train_button.clicked.connect(self.train)
        self.pause_button.clicked.connect(self.session.toggle_pause)
        self.step_button.clicked.connect(self.step)
        self.stop_button.clicked.connect(self.session.stop)
        c.export_requested.connect(self._export_dialog)

        left = self.controls_column = QWidget()  # what controls_scroll scrolls
        column = self.controls_layout = QVBoxLayout(left)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(5)
        column.addWidget(self.setup)
        column.addWidget(self.controls)
        pace_label = self.pace_label = QLabel(tr("Pace"))
        self.pace_control = PaceControl()
        pace_label.setBuddy(self.pace_control)
        self.pace_control.pace_changed.connect(self._pace_edited)
        # Beside "Continue" (no extra height); beside Settings… in presenter mode.
        self.pace_box = QWidget()
        pace_row = self.pace_row = QHBoxLayout(self.pace_box)
        pace_row.setContentsMargins(0, 0, 0, 0)
        pace_row.addStretch(1)
        pace_row.addWidget(pace_label)
        pace_row.addWidget(self.pace_control)
        c.continue_row.addWidget(self.pace_box, 1)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.controls_scroll = scroll

        self.loss_pane = LossPlot(self.session.history)
        self.loss_plot = self.loss_pane.plot
        self.replay_bar = ReplayBar(pace=lambda: self.document.training.pace)
        self.replay_bar.frame_changed.connect(self._replay_frame)
        self.replay_marker = ReplayMarker(self.loss_pane.plot_item)
        self.replay_frame: ReplayFrame | None = None
        loss_column = QWidget()
        loss_layout = QVBoxLayout(loss_column)
        loss_layout.setContentsMargins(0, 0, 0, 0)
        loss_layout.setSpacing(2)
        loss_layout.addWidget(self.loss_pane, 1)
        loss_layout.addWidget(self.replay_bar)
        self.prediction_pane = PredictionPlot()
        self.prediction_plot = self.prediction_pane.plot
        self.runs = RunsList()
        self.runs.setMinimumWidth(110)
        self.runs.overlays_changed.connect(self._overlays_changed)
        self.runs.clear_requested.connect(self.document.clear_runs)
        # Presenter mode has no room for the list: the loss plot's header offers it as a menu.
        self.runs_button = RunsMenuButton(self.runs)
        self.loss_pane.header.addWidget(self.runs_button)
        self.runs_button.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(loss_column)
        splitter.addWidget(self.prediction_pane)
        # A character model writes text: its pane stands where the predictions plot would.
        self.text_pane = TextModelPane(self.document, self.session)
        self.text_pane.hide()
        splitter.addWidget(self.text_pane)
        splitter.addWidget(self.runs)
        # A series split in time adds its test period, scores and step bars (hidden for other data).
        self.evaluation_pane = EvaluationPane()
        splitter.addWidget(self.evaluation_pane)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        splitter.setStretchFactor(3, 2)
        splitter.setStretchFactor(4, 5)
        splitter.setSizes([420, 420, 420, 200, 420])
        self.splitter = splitter

        # The banners stand over the plots, as wide as they are: the controls keep their height.
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(4)
        right.addWidget(self.problem_banner)
        right.addWidget(self.notice_banner)
        right.addWidget(splitter, 1)
        body = QHBoxLayout(self)
        body.setContentsMargins(2, 2, 4, 4)
        body.setSpacing(6)
        body.addWidget(scroll)
        body.addLayout(right, 1)
        self.body = body

    def _fit_controls_width(self) -> None:
        """Make the controls column as wide as its content asks, but let a small window squeeze it
        (a horizontal scroll bar appears then) rather than force the window wider than 1000 px."""
        scroll, left = self.controls_scroll, self.controls_column
        left.ensurePolished()
        text, csv_shown = self.pause_button.text(), self.picker.csv_row.isVisibleTo(self.picker)
        self.pause_button.setText(tr("Resume"))  # the widest text the row of buttons shows
        self.picker.csv_row.show()
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = left.minimumSizeHint().width() + bar + 6
        self.pause_button.setText(text)
        self.picker.csv_row.setVisible(csv_shown)
        scroll.setMinimumWidth(width)  # never a horizontal scroll bar over the buttons
        self.splitter.setMinimumWidth(0)
        left.setMinimumWidth(width - bar - 6)
        scroll.setMaximumWidth(max(440, width))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._fit_controls_width()
        super().showEvent(event)

    def needed_height(self) -> int:
        """The panel's height that shows every control without scrolling (the window sizes the dock with it)."""
        left = self.controls_column
        left.ensurePolished()
        margins = self.body.contentsMargins()
        return left.sizeHint().height() + 2 * self.controls_scroll.frameWidth() + margins.top() + margins.bottom()

    def set_presentation(self, on: bool) -> None:
        """Presenter mode: the dock stands at the right, so the controls go above the plots and the
        plots stack; the settings fold into one line; curves are drawn thicker."""
        self.presenting = on
        direction = QBoxLayout.Direction.TopToBottom if on else QBoxLayout.Direction.LeftToRight
        self.body.setDirection(direction)
        self.splitter.setOrientation(Qt.Orientation.Vertical if on else Qt.Orientation.Horizontal)
        # One row (the pace, Settings…) above the buttons; the data, the settings, Continue and Export open
        # in the Settings… popup: at a projector's text size their rows would take the plots' height.
        self.setup.set_presenting(on, (self.controls.continue_box, self.controls.export_button))
        if not on:
            self.controls.take_back_continue_and_export()
        self.picker.set_compact(on)
        self._place_evaluation()
        self.controls.set_columns(2 if on else 4)
        self.controls.set_one_line_status(on)
        self._place_pace(on)
        self.runs.setVisible(not on)  # the loss plot still draws the checked runs behind the current one
        self.runs_button.setVisible(on)
        for pane in (self.loss_pane, self.prediction_pane, self.text_pane, self.evaluation_pane):
            pane.set_presentation(on)
        self._show_replay_bar()
        scroll = self.controls_scroll
        if on:
            scroll.setMinimumWidth(0)
            scroll.setMaximumWidth(16_777_215)
            self.controls_column.setMinimumWidth(0)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.splitter.setSizes([400, 400, 400, 120])
        else:
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            scroll.setMinimumHeight(0)
            scroll.setMaximumHeight(16_777_215)
            self.splitter.setSizes([420, 420, 420, 200])
            self._fit_controls_width()
        self.fit_controls_height()

    def _place_pace(self, presenting: bool) -> None:
        """Beside Continue in normal mode; in presenter mode beside Settings…, above the buttons, where the
        teacher slows a run down (without its caption where the dock is narrow: the value says what it is)."""
        row = self.setup.compact_layout
        if presenting:
            self.controls.continue_row.removeWidget(self.pace_box)
            row.insertWidget(0, self.pace_box, 1)
            QTimer.singleShot(0, self, self._fit_pace_row)
        else:
            row.removeWidget(self.pace_box)
            self.controls.continue_row.addWidget(self.pace_box, 1)
            self.pace_label.show()
        self.pace_box.show()

    def presenter_controls_width(self) -> int:
        """The narrowest the training dock's column can be in presenter mode: the pace without its caption, the
        progress bar's line whole, each plot's legend on its title's row."""
        margins = self.controls_layout.contentsMargins()
        row = self.setup.compact_layout
        pace = self.pace_control.minimumSizeHint().width() + row.spacing() \
            + self.setup.settings_toggle.sizeHint().width()
        epochs = self.document.training.epochs
        progress = self.controls.progress_text_width(epochs)
        # Each plot's legend beside its title on one line: the loss's naming its run ("#1 loss"), the
        # predictions' title naming the last epoch.
        titles = (self.loss_pane.header_width(legend_extra="#1 "), self.prediction_pane.header_width(
            tr("Predictions · {when}").format(when=tr("epoch {epoch}").format(epoch=epochs))))
        return max(pace, progress, *titles, self.controls.minimumSizeHint().width()) + margins.left() + margins.right()

    def _fit_pace_row(self) -> None:
        """The pace's caption where the row has room for it beside Settings…, else only the value."""
        if not self.presenting:
            return
        margins = self.controls_layout.contentsMargins()
        width = self.controls_scroll.viewport().width() - margins.left() - margins.right()
        if width < 120:
            return  # not laid out yet
        caption = self.pace_label.sizeHint().width() + self.pace_row.spacing()
        need = self.setup.compact_row.minimumSizeHint().width() + (caption if self.pace_label.isHidden() else 0)
        if self.pace_label.isHidden() == (need <= width):
            self.pace_label.setVisible(need <= width)
            self.fit_controls_height()

    def _refit_soon(self, *_args) -> None:
        if self.presenting:
            QTimer.singleShot(0, self, self.fit_controls_height)  # after the new text is laid out; dies with self

    def fit_controls_height(self) -> None:
        """In presenter mode the controls take the height they need at the dock's width, never a scroll bar."""
        scroll = self.controls_scroll
        if not self.presenting:
            return
        layout = self.controls_column.layout()
        assert layout is not None  # _build_ui gave the column its layout
        width = scroll.viewport().width()
        if width < 120:
            return  # not laid out yet: the width would make every label wrap word by word
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        scroll.setFixedHeight(height + 2 * scroll.frameWidth())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_controls_height()
        if self.presenting:
            # Not from inside the resize: moving a widget between layouts while Qt lays them out crashes.
            QTimer.singleShot(0, self, self._fit_pace_row)

    # ----------------------------------------------------------------- what it shows
    @property
    def history(self) -> LossHistory:
        """The losses the loss plot shows: the running run's, or the last finished one's."""
        return self.loss_pane.history

    @property
    def running(self) -> bool:
        return self.session.active

    def _update_controls(self) -> None:
        active = self.session.active
        problem = self.session.problem()
        self._show_problem(problem)
        self.controls.show_state(self.session.phase, self.session.paused, problem)
        self.picker.setEnabled(not active)
        self.form.setEnabled(not active)
        self.controls.continue_box.setEnabled(not active and self.document.trained is not None)

    def _show_problem(self, problem: str | None) -> None:
        doc = self.document
        data = doc.data
        data_problem = problem if data.loading else data.problem  # the picker says "Loading…" already
        # A data problem is already shown beside the data field; don't say it twice.
        if not problem or problem == data_problem:
            self.problem_banner.show_message(None)
            return
        inference = doc.inference
        if not inference.ok:  # the window's banner above the diagram says what and offers the fix
            self.problem_banner.show_message(tr("Cannot train until the model is fixed (see the message above "
                                                "the diagram)."))
            return
        issue = doc.training_issue()
        fix = issue.fix if issue is not None else None
        label = fix_label(fix, layer_name(inference, fix)) if fix is not None else ""
        self.problem_banner.show_message(tr("Cannot train: {problem}").format(problem=problem), fix, label)

    def _set_notice(self, text: str | None) -> None:
        self.notice_banner.show_message(text, action=tr("Undo"))

    @staticmethod
    def _is_text(data) -> bool:
        from lstmviz.model.char_windows import TextDataset

        return isinstance(data, TextDataset)

    def _show_text_pane(self, *_args) -> None:
        """A text dataset swaps the predictions plot for the text pane (sample, perplexity, units)."""
        from lstmviz.model.char_windows import TextDataset

        data = self.document.data.dataset
        text = data if isinstance(data, TextDataset) else None
        self.text_pane.setVisible(text is not None)
        if text is None:
            self.text_pane.show_dataset(None)
        elif text is not self.text_pane.dataset:
            self.text_pane.show_dataset(text)
        else:
            self.text_pane.show_layers()  # the model changed: its recurrent layers may have too
        self._place_evaluation()

    def _phase_changed(self, phase: RunPhase) -> None:
        self.replay_bar.set_live(phase.active)
        self.text_pane.phase_changed(phase)
        if phase == RunPhase.LOADING:
            self._end_replay()
            self.loss_pane.show_history(self.session.history)
            self._show_targets()
            self.evaluation_pane.start_run()
            self.loss_pane.mark_diverged(None)
            number = self._next_run_number()
            self.loss_pane.set_current_label(tr("#{number} loss").format(number=number), run_colour(number))
            self._set_notice(None)
            self.controls.reset_progress(self.session.total_epochs,
                                         tr("loading TensorFlow…") if not self.session.backend_ready
                                         else tr("starting…"))
            self._overlays_changed(self.runs.checked_runs())
            self.redraw_timer.start()
        elif not phase.active:
            self._load_replay()
            self.redraw_timer.stop()
            self.redraw()
            done = self.session.finished
            if done is not None and done.diverged_at is not None:
                self.loss_pane.mark_diverged(done.diverged_at)
            if self.session.outcome is None:
                self.controls.set_progress_text(tr("stopped"))
            trained = self.document.trained
            self.controls.set_continue_source(trained.source if trained is not None else None)
            self._overlays_changed(self.runs.checked_runs())  # the finished run is the current curve, not an earlier one
            if done is None:  # nothing was trained: show the weights the document still has
                self._show_trained_predictions()
            elif trained is not None and self.evaluation_pane.dataset is not None:
                # The run's weights: forecasts fed back and step bars need them, not just the last outputs.
                self.evaluation_pane.show_weights(trained.architecture, trained.weights)
        self._update_controls()

    def _show_targets(self) -> None:
        """Before training (or after the weights went): the targets the model will learn, drawn alone."""
        data = self.document.data.dataset
        self.prediction_pane.show_targets(data.y if data is not None else None)
        self.prediction_pane.redraw()

    def _next_run_number(self) -> int:
        runs = self.document.runs
        return runs[-1].number + 1 if runs else 1

    def _predictions(self, msg: Predictions) -> None:
        self.prediction_pane.set_predictions(msg.epoch, msg.predictions, msg.targets)
        self.evaluation_pane.show_live(msg.predictions, msg.epoch)

    def _show_evaluation_data(self) -> None:
        was_shown = self.evaluation_pane.isVisibleTo(self)
        self.evaluation_pane.show_data(self.document.data.dataset)
        if self.evaluation_pane.isVisibleTo(self) and not was_shown and not self.presenting:
            self.splitter.setSizes([300, 260, 0, 110, 520])  # the test period needs the room most
        self._place_evaluation()

    def _place_evaluation(self) -> None:
        """In presenter mode the test period takes the predictions plot's place (the side dock has
        room for three plots); the predictions come back for data that is not a series."""
        series = self.evaluation_pane.isVisibleTo(self)
        text = self.text_pane.dataset is not None  # a character model's text pane stands in its place
        self.prediction_pane.setVisible(not text and not (self.presenting and series))

    def _trained_changed(self) -> None:
        doc = self.document
        self.runs.show_runs(doc.runs, frozenset(e.run for s in doc.sweeps for e in s.entries if e.run is not None))
        if self.session.active:
            return
        trained = doc.trained
        self._load_replay()
        self.controls.set_continue_source(trained.source if trained is not None else None)
        if trained is None:
            # Weights kept for another version of the model: an edit made them not fit.
            self._set_notice(discarded_notice(doc.set_aside) if doc.stored_trained is not None else None)
            self.loss_pane.set_empty_hint(None)
        else:
            self._set_notice(set_aside_notice(doc.set_aside) if doc.set_aside else None)
            run = next((r for r in doc.runs if r.number == trained.run), None)
            # Weights from a file have no loss curve here; an earlier model's must not stand in for it.
            self.loss_pane.show_history(run.history if run is not None else LossHistory())
            if run is not None:
                self.loss_pane.set_current_label(tr("#{number} loss").format(number=run.number), run_colour(run.number))
            else:
                self.loss_pane.set_current_label(tr("loss"))
            self.loss_pane.set_empty_hint(tr("no loss curve comes with these weights ({source})").format(
                source=trained.source) if run is None else None)
            self.loss_pane.redraw()
        self._show_trained_predictions()
        self._overlays_changed(self.runs.checked_runs())
        if self.text_pane.isVisibleTo(self):
            self.text_pane.show_stored()

    def _document_loaded(self) -> None:
        """Another file, example or restored project: nothing of the last run's may stay on show."""
        if not self.session.active:
            self.controls.reset_progress(1, tr("ready"))
            self.controls.set_status("")
            self.loss_pane.mark_diverged(None)
        self._trained_changed()

    def _show_trained_predictions(self) -> None:
        """The predictions of the document's weights on its data (no run is live)."""
        if self.session.active:
            return
        doc = self.document
        trained, data = doc.trained, doc.data.dataset
        if self._is_text(data):  # the text pane writes samples instead; no plot of every step's softmax
            self.trained_predictions.cancel()
            return
        if trained is None or data is None or self.evaluation_pane.dataset is not data:
            self.evaluation_pane.show_data(data)  # the split alone, until predictions arrive
            self._show_run_history()
        if trained is None or data is None:
            self.trained_predictions.cancel()
            self._show_targets()  # before training: the targets alone
            return
        result = self.trained_predictions.request(trained, data)
        if result is not None:
            self._trained_predictions_ready(result)

    def _trained_predictions_ready(self, result: TrainedPredictionsResult) -> None:
        if self.session.active:
            return
        if result.predictions is None:
            self.prediction_pane.show_targets(result.dataset.y)
        else:
            trained = result.trained
            # Weights of no run here (read from a file, or kept through an edit): say whose they are, not "epoch 0".
            source = trained.source if trained.run is None and trained.source else None
            self.prediction_pane.set_predictions(trained.epoch, result.predictions, result.dataset.y, source=source)
            if result.dataset is self.evaluation_pane.dataset:
                self.evaluation_pane.show_weights(result.trained.architecture, result.trained.weights,
                                                  result.predictions)
        self.prediction_pane.redraw()

    def _overlays_changed(self, runs: list) -> None:
        shown = self.document.trained
        if self.session.active and self.session.start_epoch == 1:
            shown = None  # a fresh run draws its own curve: the run whose weights stay behind is an earlier one
        self.loss_pane.set_overlays([r for r in runs if shown is None or r.number != shown.run])

    # -------------------------------------------------------------------- pace and replay
    def _pace_from_document(self) -> None:
        self.pace_control.set_pace(self.document.training.pace)

    def _pace_edited(self, pace: float) -> None:
        # Through the document, the pace's one owner (undoable, also while a run holds the lock):
        # the session, its run and the replay bar follow it.
        self.document.set_pace(pace)

    def _replay_frame(self, frame: ReplayFrame) -> None:
        """Show the scrubbed epoch: the marker, and the predictions of its snapshot (numpy forward)."""
        from lstmviz.model.forward import predict

        if self.session.active:
            return
        self.replay_frame = frame
        self.replay_marker.show(frame.epoch, frame.run.history)
        if self.text_pane.isVisibleTo(self):
            self.text_pane.show_replay((frame.epoch, tuple(frame.weights)))
        data = self.document.data.dataset
        if data is not None:
            try:
                predictions = predict(self.document.architecture, frame.weights, data.x)
            except ValueError:
                predictions = None
            if predictions is not None:
                self.prediction_pane.set_predictions(frame.epoch, predictions, data.y)
                self.prediction_pane.redraw()
                self.evaluation_pane.show_weights(self.document.architecture, frame.weights, predictions)
        self.replay_changed.emit(frame)

    def _load_replay(self) -> None:
        """The replay scrubs the run whose weights the document holds (none: the bar is off)."""
        self._end_replay()
        trained = self.document.trained
        self.replay_bar.set_run(self._trained_run())
        self._show_replay_bar()
        self._show_run_history()

    def _trained_run(self):
        trained = self.document.trained
        return next((r for r in self.document.runs if trained is not None and r.number == trained.run), None)

    def _show_run_history(self) -> None:
        """A classifier's accuracy per epoch, from the kept weights of the run the document's weights came from."""
        run = self._trained_run()
        if run is not None and self.document.data.dataset is self.evaluation_pane.dataset:
            self.evaluation_pane.show_run_history(self.document.architecture, run.snapshots)

    def _show_replay_bar(self) -> None:
        self.replay_bar.setVisible(not self.presenting or self.replay_bar.has_replay)

    def _end_replay(self) -> None:
        if self.replay_frame is None:
            return
        self.replay_frame = None
        self.replay_marker.show(None)
        if self.text_pane.replay_weights is not None:
            self.text_pane.show_replay(None)
        self.replay_changed.emit(None)

    def scrub_to_epoch(self, epoch: int) -> None:
        """Show the replay at ``epoch`` (the last kept snapshot at or before it)."""
        self.replay_bar.scrub_to_epoch(epoch)

    # ------------------------------------------------------------------------ controls
    def train(self, paused: bool = False) -> bool:
        """Start a run (from fresh weights, or on from the trained ones when "Continue" is checked);
        False (with the reason shown) when it cannot start."""
        self.trained_predictions.cancel()
        started = self.session.train(paused, probe_layer=self._probe_layer(),
                                     probe_sample=self.prediction_pane.sample,
                                     continue_training=self.controls.continue_training)
        if not started:
            self._update_controls()
        return started

    def step(self) -> None:
        if self.session.active:
            self.session.step()
        else:
            self.train(paused=True)

    @property
    def probe_layer(self) -> int | None:
        """The layer the unrolled view shows (None: the selected one); the run probes it."""
        return self._probe_shown

    @probe_layer.setter
    def probe_layer(self, index: int | None) -> None:
        if index != self._probe_shown:
            self._probe_shown = index
            self.session.inputs_changed()

    def _probe_layer(self) -> int | None:
        if self.probe_layer is not None:
            return self.probe_layer
        layers = self.document.architecture.layers
        selected = self.document.selected
        if 0 <= selected < len(layers) and unrolls(layers[selected].kind):
            return selected
        return None

    # ----------------------------------------------------------------------- redrawing
    def redraw(self) -> bool:
        """Timer slot: push buffered data into the plots and the progress bar; True when a plot changed."""
        drawn = self.loss_pane.redraw()
        drawn = self.prediction_pane.redraw() or drawn
        if self.session.progress_dirty and self.text_pane.isVisibleTo(self):
            self.text_pane.update_metrics()
        drawn = self.evaluation_pane.redraw() or drawn
        if self.session.progress_dirty:
            self._update_progress()
        return drawn

    def _update_progress(self) -> None:
        s = self.session
        s.progress_dirty = False
        self.controls.show_progress(s.history.count, s.total_epochs, s.shown_loss, s.eta, s.outcome, s.position)

    # ------------------------------------------------------------------------ exports
    def export_loss_plot(self, path: str) -> None:
        """Save the loss plot as PNG or SVG (by suffix); raises OSError/ValueError with a readable message."""
        self.loss_pane.redraw()
        export_plot(self.loss_pane.plot_item, path)

    def export_prediction_plot(self, path: str) -> None:
        self.prediction_pane.redraw()
        export_plot(self.prediction_pane.plot_item, path)

    def export_history_csv(self, path: str) -> None:
        """Write epoch, loss (and val_loss) of the shown run; atomic."""
        if not self.history.count:
            raise ValueError(tr("there is no loss history yet: train the model first"))
        write_atomically(path, self.history.to_csv())

    def _export_dialog(self, what: str, filters: str, suffix: str) -> None:
        path = file_dialogs.save_path(self, tr("Export"), f"{what}{suffix}", filters)
        if not path:
            return
        try:
            {"loss": self.export_loss_plot, "predictions": self.export_prediction_plot,
             "history": self.export_history_csv}[what](path)
        except (OSError, ValueError) as exc:
            self.controls.set_status(tr("Export failed: {error}").format(error=exc), True)
        else:
            self.controls.set_status(tr("Saved {path}").format(path=path), False)

    # ------------------------------------------------------------------- thread control
    def start_background_tensorflow_import(self) -> None:
        self.session.start_background_import()

    def stop_and_wait(self, timeout: float = 2.0) -> bool:
        """Stop any run and end the worker thread; True when it ended (within ``timeout`` when training)."""
        ended = self.session.shutdown(timeout)
        self.redraw_timer.stop()
        return ended

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.stop_and_wait()
        super().closeEvent(event)
