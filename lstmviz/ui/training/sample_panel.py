"""The text pane of a character language model: its vocabulary, perplexity, a live sample and its units.

Shown in place of the predictions plot when the data is a text. While a run trains, every
few seconds it takes the newest weights the run sent for its replay and writes a sample
with them (numpy, on a background thread: the window stays responsive), and recomputes
the unit view's passage; in the replay it writes with the scrubbed epoch's weights; on a
reopened project it shows the samples the run kept and writes new ones from the stored
weights, without TensorFlow.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDoubleSpinBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget,
)

from lstmviz.i18n import tr
from lstmviz.model.char_windows import TextDataset
from lstmviz.model.inference import infer
from lstmviz.model.sampling import (
    DEFAULT_LENGTH, DEFAULT_TEMPERATURE, MAX_LENGTH, MAX_TEMPERATURE, Sample, default_prompt,
)
from lstmviz.model.text_corpus import CORPORA, credit
from lstmviz.model.text_metrics import perplexity
from lstmviz.model.unit_activity import text_layers
from lstmviz.ui.work.background import SerialWorker
from lstmviz.ui.document.document import Document
from lstmviz.ui.language.language import ensure_cjk_font
from lstmviz.ui.training.run_session import RunPhase, RunSession
from lstmviz.ui.training.text_work import TextRequest, TextResult, compute, passage_of, weights_tuple
from lstmviz.ui.training.unit_text_view import UnitTextView

LIVE_SAMPLE_MS = 3000  # a new sample while training: often enough to watch it change, rarely enough to read it
NEWLINE_SHOWN = "\u21b5"  # how the prompt field shows a line end


class TextModelPane(QWidget):
    def __init__(self, document: Document, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textModelPane")
        self.document, self.session = document, session
        self.dataset: TextDataset | None = None
        self.replay_weights: tuple[int, tuple] | None = None  # (epoch, weights) of the scrubbed replay frame
        self.shown_sample: Sample | None = None
        self._pending = False
        self._generation = 0
        self._live_epoch: int | None = None  # the epoch of the last live sample asked for
        self.worker = SerialWorker("lstmviz-text", self)
        self.worker.finished.connect(self._finished)
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_SAMPLE_MS)
        self.live_timer.timeout.connect(lambda: self.refresh(live=True))
        self._build_ui()

    # ---------------------------------------------------------------------------- layout
    def _build_ui(self) -> None:
        self.vocabulary_label = QLabel()
        self.vocabulary_label.setObjectName("vocabularyLabel")
        self.vocabulary_label.setWordWrap(True)
        self.credit_label = QLabel()
        self.credit_label.setObjectName("textCredit")
        self.credit_label.setWordWrap(True)
        self.metrics_label = QLabel()
        self.metrics_label.setObjectName("perplexityLabel")
        self.prompt = QLineEdit()
        self.prompt.setObjectName("samplePrompt")
        self.prompt.setToolTip(tr("The characters the model continues ({newline} is a line end)").format(
            newline=NEWLINE_SHOWN))
        self.length = QSpinBox()
        self.length.setObjectName("sampleLength")
        self.length.setRange(1, MAX_LENGTH)
        self.length.setValue(DEFAULT_LENGTH)
        self.temperature = QDoubleSpinBox()
        self.temperature.setObjectName("sampleTemperature")
        self.temperature.setRange(0.0, MAX_TEMPERATURE)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(DEFAULT_TEMPERATURE)
        self.temperature.setToolTip(tr("Below 1 the model writes its likelier characters, above 1 wilder ones; "
                                       "0 always the likeliest"))
        self.write_button = QPushButton(tr("Write"))
        self.write_button.setObjectName("writeSampleButton")
        self.write_button.setToolTip(tr("Write a sample with the current weights"))
        self.write_button.clicked.connect(lambda: self.refresh(live=False))
        self.sample_caption = QLabel()
        self.sample_caption.setObjectName("sampleCaption")
        self.sample_text = QPlainTextEdit()
        self.sample_text.setObjectName("sampleText")
        self.sample_text.setReadOnly(True)

        sample_tab = QWidget()
        sample_tab.setObjectName("samplePanel")
        grid = QGridLayout(sample_tab)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(self.vocabulary_label, 0, 0, 1, 6)
        grid.addWidget(self.metrics_label, 1, 0, 1, 6)
        for column, (label, widget) in enumerate(((tr("Prompt"), self.prompt), (tr("Length"), self.length),
                                                  (tr("Temperature"), self.temperature))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, 2 + column // 3, 2 * column)
            grid.addWidget(widget, 2, 2 * column + 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.write_button, 3, 5)
        grid.addWidget(self.sample_caption, 3, 0, 1, 5)
        grid.addWidget(self.sample_text, 4, 0, 1, 6)
        grid.setRowStretch(4, 1)
        grid.addWidget(self.credit_label, 5, 0, 1, 6)

        self.units = UnitTextView()
        self.units.layer_chosen.connect(lambda _index: self.refresh(live=False, sample=False))
        self.tabs = QTabWidget()
        self.tabs.addTab(sample_tab, tr("Sample"))
        self.tabs.addTab(self.units, tr("Units"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_presentation(self, on: bool) -> None:
        """Presenter mode: the window's style sheet sets the sample and the passage in large type (style.py)."""

    # ---------------------------------------------------------------------- the document
    def show_dataset(self, dataset: TextDataset | None) -> None:
        """The text the model learns (None: not a text; the pane is hidden then)."""
        if dataset is self.dataset:
            return
        self.dataset = dataset
        if dataset is None:
            return
        if any(ord(c) > 0x2E7F for c in dataset.vocabulary.chars):
            ensure_cjk_font()  # Chinese samples render with the bundled font where the system has none
        self.vocabulary_label.setText(tr("Vocabulary: {summary}").format(summary=dataset.vocabulary.summary(12)))
        corpus = CORPORA.get(dataset.name)
        self.credit_label.setText(credit(corpus) if corpus else dataset.name)
        wanted = corpus.prompt if corpus else dataset.text[:1]
        self.prompt.setText(default_prompt(dataset.vocabulary, wanted).replace("\n", NEWLINE_SHOWN))
        self.show_layers()
        self.shown_sample = None
        self.show_stored()

    def show_layers(self) -> None:
        """The recurrent layers the unit view offers (the model's own, after an edit too)."""
        arch = self.document.architecture
        info = infer(arch)
        layers = [(i, info[i].title) for i in text_layers(arch)] if info.ok else []
        current = self.units.layer.currentData()
        self.units.set_layers(layers, current if any(i == current for i, _ in layers) else
                              layers[0][0] if layers else None)

    def show_stored(self) -> None:
        """No run is live: the trained weights' run's last sample (when it kept one), and fresh unit values."""
        if self.session.active or self.dataset is None:
            return
        self.update_metrics()
        trained = self.document.trained
        run = next((r for r in self.document.runs if trained is not None and r.number == trained.run), None)
        if trained is not None and run is not None and run.samples and run.samples[-1].epoch == trained.epoch:
            self._show_sample(run.samples[-1])
            self.refresh(live=False, sample=False)
        elif trained is not None:
            self.refresh(live=False)
        else:
            self.sample_text.setPlainText("")
            self.sample_caption.setText(tr("Train the model: it writes here every few seconds."))
            self.units.show_trace(None, "")

    def phase_changed(self, phase: RunPhase) -> None:
        if phase == RunPhase.LOADING:
            self.replay_weights = None
            self._live_epoch = None
            self.sample_caption.setText(tr("The sample appears once the first epochs are trained."))
            self.live_timer.start()
        elif not phase.active:
            self.live_timer.stop()
            # The final weights' sample (a live one still being written is dropped). Its seed follows
            # from the epoch, so the reopened project writes the same text from its stored weights.
            self.show_stored()

    def show_replay(self, epoch_weights: tuple[int, tuple] | None) -> None:
        """Write with a replayed epoch's weights (None: back to the trained weights)."""
        self.replay_weights = epoch_weights
        if self.dataset is not None:
            self.refresh(live=False)

    def update_metrics(self) -> None:
        """Perplexity (exp of the loss per character) of the last epoch shown: live, replayed or stored."""
        history = self.session.history if self.session.active else None
        if history is None:
            trained = self.document.trained
            run = next((r for r in self.document.runs if trained is not None and r.number == trained.run), None)
            history = run.history if run is not None else None
        loss, val = history.last() if history is not None else (None, None)
        if loss is None or not math.isfinite(loss):
            self.metrics_label.setText(tr("Perplexity: not trained yet (a guess among all {size} characters "
                                          "scores {size})").format(size=self.dataset.vocabulary.size if self.dataset else 0))
            return
        text = tr("Perplexity {value:.2f} (loss {loss:.3f})").format(value=perplexity(loss), loss=loss)
        if val is not None and math.isfinite(val):
            text += tr(", validation {value:.2f}").format(value=perplexity(val))
        self.metrics_label.setText(text)

    # ------------------------------------------------------------------------- sampling
    def _weights(self, live: bool) -> tuple[int | None, tuple] | None:
        if self.replay_weights is not None and not self.session.active:
            return self.replay_weights
        if self.session.active or (live and self.session.snapshots.count):
            return self.session.snapshots.latest()
        trained = self.document.trained
        return None if trained is None else (trained.epoch, weights_tuple(trained.weights))

    def refresh(self, live: bool = False, sample: bool = True) -> bool:
        """Ask for a sample (and the unit values) from the weights of the moment; False when there are none."""
        if self.dataset is None or not self.isVisible() and live:
            return False
        if live and self.worker.busy:
            return False  # the last one is still being written: skip this tick
        found = self._weights(live)
        if found is None:
            return False
        epoch, weights = found
        if live and self.session.active and epoch == self._live_epoch:
            return False  # the same weights and seed would write the same text again
        self._live_epoch = epoch if live and self.session.active else None
        arch = self.document.architecture
        self._generation += 1
        seed = int(self.document.training.seed) + int(epoch or 0)
        request = TextRequest(arch, weights_tuple(weights), epoch, self.dataset.vocabulary, self.prompt_text(),
                              self.length.value(), float(self.temperature.value()), seed,
                              passage_of(self.dataset.text), self.units.layer.currentData())
        generation, keep = self._generation, live and self.session.active
        self._pending = True
        self.worker.submit((generation, keep, sample), lambda: compute(request, sample))
        return True

    def prompt_text(self) -> str:
        return self.prompt.text().replace(NEWLINE_SHOWN, "\n")

    def _finished(self, tag: tuple[int, bool, bool], result: object) -> None:
        generation, keep, sampled = tag
        if generation != self._generation:
            return  # asked again since: a newer one is on its way
        self._pending = False
        if isinstance(result, Exception) or not isinstance(result, TextResult):
            self.sample_caption.setText(tr("No sample: {reason}").format(reason=result))
            return
        if result.problem:
            self.sample_caption.setText(tr("No sample: {reason}").format(reason=result.problem))
            return
        if sampled and result.sample is not None:
            self._show_sample(result.sample)
            if keep:
                self.session.samples.append(result.sample)
        self.units.show_trace(result.trace, result.request.passage, result.request.epoch)
        self.update_metrics()

    def _show_sample(self, sample: Sample) -> None:
        self.shown_sample = sample
        self.sample_text.setPlainText(sample.prompt + sample.text)
        where = tr("epoch {epoch}").format(epoch=sample.epoch) if sample.epoch is not None else tr("stored weights")
        self.sample_caption.setText(tr("Written after {where} at temperature {temperature:g}").format(
            where=where, temperature=sample.temperature))

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until the background work asked for so far is done (tests, screenshots)."""
        return self.worker.wait(timeout)
