"""Train / Pause / Step / Stop, the progress bar and the status line under them.

The panel decides what happens; this widget only shows it: which buttons are enabled,
"epoch 120/1000 · loss 0.0123 · ETA 3 s", and one status line. Why Train is off and the
discarded-weights notice go in the panel's banners, across its whole width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QSizePolicy, QStyle, QToolButton,
    QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr, tr_noop
from lstmviz.ui.training.run_session import RunPhase
from lstmviz.ui.training.text import format_loss, format_seconds
from lstmviz.ui.widgets.elided_label import ElidedLabel



def train_tip() -> str:
    return tr("Train the model with these settings: from fresh weights, or on from the trained ones "
              "when “Continue from these weights” is checked")


# Light chunks so the text stays readable over them; red after a divergence or failure.
_PROGRESS_STYLE = (
    "QProgressBar { border: 1px solid #b8c2cc; border-radius: 3px; background: #f4f6f9;"
    " text-align: center; color: #1f2933; min-height: 18px; }"
    "QProgressBar::chunk { background: #a9cbef; border-radius: 2px; }"
    "QProgressBar[state='error']::chunk { background: #f2a0a0; }"
)
_ENDINGS = {"stopped": tr_noop("stopped"), "diverged": tr_noop("diverged"), "failed": tr_noop("failed")}
EXPORTS = (  # (what, menu text, file filter, suffix)
    ("loss", tr_noop("Loss plot as PNG…"), tr_noop("PNG image (*.png)"), ".png"),
    ("loss", tr_noop("Loss plot as SVG…"), tr_noop("SVG image (*.svg)"), ".svg"),
    ("predictions", tr_noop("Predictions plot as PNG…"), tr_noop("PNG image (*.png)"), ".png"),
    ("history", tr_noop("Loss history as CSV…"), tr_noop("CSV file (*.csv)"), ".csv"),
)


def role_label(role: str, name: str) -> QLabel:
    label = QLabel("")
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


PROGRESS_STEPS = 100  # bar steps per epoch: a long epoch moves the bar as it goes
_MOST_EPOCHS_SCALED = 10_000_000


class AiryToolButton(QToolButton):
    """Qt sizes a menu button to the text's advance alone; a two-character Chinese word then touches
    the menu arrow: keep some air in every language, in proportion to the font (presenter mode's is large)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width() + max(4, self.fontMetrics().height() // 3), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()


class RunControls(QWidget):
    export_requested = Signal(str, str, str)  # what ("loss", "predictions", "history"), filter, suffix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()

        def button(name: str, text: str, icon: QStyle.StandardPixmap, tip: str) -> QPushButton:
            b = QPushButton(style.standardIcon(icon), text)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            return b

        SP = QStyle.StandardPixmap
        self.train_button = button("trainButton", tr("Train"), SP.SP_MediaPlay, train_tip())
        self.pause_button = button("pauseButton", tr("Pause"), SP.SP_MediaPause,
                                   tr("Pause or resume the running training"))
        self.step_button = button("stepButton", tr("Step"), SP.SP_MediaSkipForward,
                                  tr("Train one epoch, then pause (starts a paused run when idle)"))
        self.stop_button = button("stopButton", tr("Stop"), SP.SP_MediaStop,
                                  tr("Stop training and keep the weights reached so far"))
        self.train_button.setDefault(True)

        self.continue_box = QCheckBox(tr("Continue from these weights"))
        self.continue_box.setObjectName("continueTraining")
        self.set_continue_source(None)

        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(tr("ready"))
        self.progress.setStyleSheet(_PROGRESS_STYLE)
        self._texts: tuple[str, str] | None = None  # the progress text, and without its ETA or " · done"
        self.progress.installEventFilter(self)
        self.status = role_label("muted", "trainingStatus")
        self.status.hide()  # until there is something to say
        # Presenter mode: the status in one line, shortened at a word (the whole on hover), so that a
        # finished run's summary does not take the plots' height.
        self.status_line = ElidedLabel("")
        self.status_line.setObjectName("trainingStatusLine")
        self.status_line.setProperty("role", "muted")
        self.status_line.hide()
        self.one_line_status = False

        self.export_button = AiryToolButton()
        self.export_button.setObjectName("trainingExportButton")
        self.export_button.setText(tr("Export"))
        self.export_button.setToolTip(tr("Save the loss plot, the predictions plot or the loss history"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for what, text, filters, suffix in EXPORTS:
            menu.addAction(tr(text), lambda w=what, f=tr(filters), s=suffix: self.export_requested.emit(w, f, s))
        self.export_button.setMenu(menu)

        buttons = QGridLayout()
        buttons.setSpacing(4)
        self.buttons = buttons
        self.set_columns(4)
        self.status_row = status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.status_line, 1)
        status_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(5)
        layout.addLayout(buttons)
        # Continue, and whatever the panel adds beside it (the pace), in one row: no extra height.
        self.continue_row = QHBoxLayout()
        self.continue_row.setContentsMargins(0, 0, 0, 0)
        self.continue_row.addWidget(self.continue_box)
        layout.addLayout(self.continue_row)
        layout.addWidget(self.progress)
        layout.addLayout(status_row)

    def take_back_continue_and_export(self) -> None:
        """Continue and Export back in their rows (presenter mode lends them to the settings popup)."""
        self.continue_row.insertWidget(0, self.continue_box)
        self.status_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.continue_box.show()
        self.export_button.show()

    def set_columns(self, columns: int) -> None:
        """Train, Pause, Step and Stop in one row (4) or two (2: a narrow dock in presenter mode)."""
        for k, b in enumerate((self.train_button, self.pause_button, self.step_button, self.stop_button)):
            self.buttons.removeWidget(b)
            self.buttons.addWidget(b, k // columns, k % columns)

    def show_state(self, phase: RunPhase, paused: bool, problem: str | None) -> None:
        """Enable what makes sense in ``phase``; ``problem`` is why Train cannot start."""
        active = phase.active
        self.train_button.setEnabled(not active and problem is None)
        self.train_button.setToolTip(tr("Cannot train: {problem}").format(problem=problem) if problem and not active
                                     else train_tip())
        self.pause_button.setEnabled(active)
        self.pause_button.setText(tr("Resume") if active and paused else tr("Pause"))
        self.pause_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPlay if active and paused else QStyle.StandardPixmap.SP_MediaPause))
        self.step_button.setEnabled(active or problem is None)
        self.stop_button.setEnabled(active)

    def set_continue_source(self, source: str | None) -> None:
        """Offer to continue from the document's trained weights (``source`` says whose), or not."""
        self.continue_box.setEnabled(source is not None)
        self.continue_box.setToolTip(
            tr("Checked: Train goes on from the trained weights ({source}), counting their epochs on. "
               "Unchecked: Train starts from fresh weights.").format(source=source) if source is not None
            else tr("There are no trained weights to continue from: Train starts from fresh weights."))

    @property
    def continue_training(self) -> bool:
        """Whether Train goes on from the trained weights."""
        return self.continue_box.isEnabled() and self.continue_box.isChecked()

    def set_status(self, text: str, error: bool = False) -> None:
        for label in (self.status, self.status_line):
            label.setText(text)
            label.setProperty("role", "error" if error else "muted")
            _repolish(label)
        self._show_status()

    def set_one_line_status(self, on: bool) -> None:
        """Presenter mode: the status in one shortened line instead of as many as it wraps to."""
        self.one_line_status = on
        self._show_status()

    def _show_status(self) -> None:
        text = bool(self.status.text())  # no empty line under the progress bar: the plots get the room
        self.status.setVisible(text and not self.one_line_status)
        self.status_line.setVisible(text and self.one_line_status)

    def progress_text_width(self, epochs: int) -> int:
        """The progress bar's width for its longest usual line: the last epoch with a loss as small as the
        tutorial's runs reach (the ETA and " · done" after it go where they do not fit, see show_progress)."""
        return self._text_width(tr("epoch {epoch}/{total} · loss {loss}").format(
            epoch=epochs, total=epochs, loss=format_loss(2.566e-4)))

    def _fit_progress_text(self) -> None:
        """The progress text with its ETA or " · done" where the bar has room for it; a narrow bar (presenter
        mode at 1280x720) shows the epoch and the loss alone, never cut (the status line says how it ended)."""
        if self._texts is None:
            return
        full, short = self._texts
        shown = short if self.progress.isVisible() and self._text_width(full) > self.progress.width() else full
        self.progress.setFormat(shown.replace("%", "%%"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.progress and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_progress_text()
        return super().eventFilter(watched, event)

    def _text_width(self, text: str) -> int:
        metrics = self.progress.fontMetrics()
        return metrics.horizontalAdvance(text) + metrics.height()

    def set_progress_text(self, text: str) -> None:
        """A text of its own on the bar (the run stopped before it ended), kept as it is."""
        self._texts = None
        self.progress.setFormat(text.replace("%", "%%"))

    def reset_progress(self, total: int, text: str) -> None:
        self._texts = None
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.progress.setFormat(text)
        self.progress.setProperty("state", "")
        _repolish(self.progress)

    def show_progress(self, epoch: int, total: int, loss: float | None, eta: float | None = None,
                      final: str | None = None, position: float | None = None) -> None:
        """``epoch 120/1000 · loss 0.0123 · ETA 3 s``; ``final`` names how the run ended.

        ``position`` (epochs done, fractional) moves the bar within a long epoch; the text
        then names the epoch in progress and ``loss`` is its running mean.
        """
        total = max(1, total)
        position = float(epoch) if position is None else position
        scale = PROGRESS_STEPS if total <= _MOST_EPOCHS_SCALED else 1  # QProgressBar counts in ints
        self.progress.setMaximum(total * scale)
        self.progress.setValue(min(int(position * scale), total * scale))
        if position > epoch:
            epoch += 1
        text = tr("epoch {epoch}/{total} · loss {loss}").format(epoch=epoch, total=total, loss=format_loss(loss))
        short = text
        if final is None and eta is not None:
            text += tr(" · ETA {time}").format(time=format_seconds(eta))
        elif final == "completed":
            text += tr(" · done")
        elif final is not None:
            text += f" · {tr(_ENDINGS.get(final, final))}"
            short = text  # stopped, diverged, failed: said whatever the room
        if final in ("diverged", "failed"):
            self.progress.setProperty("state", "error")
            _repolish(self.progress)
        self._texts = (text, short)
        self._fit_progress_text()
