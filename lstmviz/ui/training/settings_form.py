"""Training settings: epochs, batch size, optimizer, learning rate, loss, seed, validation split.

The form shows the document's :class:`TrainingSettings` and reports each change as a
new settings value, which goes to the document as an undoable edit. Ranges, optimizers
and losses come from :mod:`lstmviz.model.settings`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from lstmviz.i18n import tr
from lstmviz.model.settings import LOSSES, OPTIMIZERS, RANGES, TrainingSettings


class LearningRateSpinBox(QDoubleSpinBox):
    """A spin box for rates from 1e-7 to 1e9 shown as typed (0.001, 1e+06), stepping 1-2-5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)
        self.setRange(*RANGES["learning_rate"])
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt override
        stripped = text.strip()
        try:
            value = float(stripped)
        except ValueError:
            partial = stripped == "" or stripped[-1:] in "eE.-+" or stripped in ("-", "+")
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, pos
        if not math.isfinite(value) or not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        value = self.value()
        for _ in range(abs(steps)):
            value = _next_125(value, up=steps > 0)
        self.setValue(min(max(value, self.minimum()), self.maximum()))


def _next_125(value: float, up: bool) -> float:
    """The next number in 1, 2, 5, 10, 20, 50, ... above (or below) ``value``."""
    exponent = math.floor(math.log10(value))
    candidates = [m * 10.0 ** e for e in (exponent - 1, exponent, exponent + 1) for m in (1, 2, 5)]
    if up:
        return min(c for c in candidates if c > value * (1 + 1e-9))
    return max(c for c in candidates if c < value * (1 - 1e-9))


def whole_range(name: str) -> tuple[int, int]:
    """The range of a whole-number setting, as a QSpinBox takes it."""
    low, high = RANGES[name]
    return int(low), int(high)


class SettingsForm(QWidget):
    """Two columns of small editors; emits :attr:`settings_edited` with the new settings."""

    settings_edited = Signal(object)  # TrainingSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = TrainingSettings()
        self.epochs = QSpinBox()
        self.epochs.setRange(*whole_range("epochs"))
        self.epochs.setToolTip(tr("Passes over the whole dataset"))
        self.batch_size = QSpinBox()
        self.batch_size.setRange(*whole_range("batch_size"))
        self.batch_size.setToolTip(tr("Samples per optimizer step (Keras's batch_size)"))
        self.optimizer = QComboBox()
        self.optimizer.addItems(list(OPTIMIZERS))
        self.learning_rate = LearningRateSpinBox()
        self.learning_rate.setToolTip(tr("Optimizer step size; Keras's default is 0.001 for Adam and RMSprop, "
                                         "0.01 for SGD. The arrows step 1, 2, 5, 10…"))
        self.loss = QComboBox()
        self._losses: tuple[str, ...] = tuple(LOSSES)  # those that fit the data's task (set_losses)
        self._fill_losses(self._settings.loss)
        self.loss.setToolTip(tr("The loss Keras minimises (those that fit the data's task are listed)"))
        self.seed = QSpinBox()
        self.seed.setRange(*whole_range("seed"))
        self.seed.setToolTip(tr("Seeds the initial weights and the shuffling: the same seed gives the same run"))
        self.validation = QDoubleSpinBox()
        self.validation.setRange(*RANGES["validation_split"])
        self.validation.setSingleStep(0.05)
        self.validation.setDecimals(2)
        self.validation.setToolTip(tr("Fraction of samples held out (the last ones, as Keras's validation_split)"))
        names = {"epochs": self.epochs, "batchSize": self.batch_size, "optimizer": self.optimizer,
                 "learningRate": self.learning_rate, "loss": self.loss, "seed": self.seed,
                 "validationSplit": self.validation}
        for name, widget in names.items():
            widget.setObjectName(f"{name}Edit")
            if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.setKeyboardTracking(False)
                widget.valueChanged.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        rows = [(tr("Epochs"), self.epochs, tr("Batch"), self.batch_size),
                (tr("Optimizer"), self.optimizer, tr("Rate"), self.learning_rate),
                (tr("Loss"), self.loss, tr("Seed"), self.seed),
                (tr("Validation"), self.validation, None, None)]
        for r, (left, lw, right, rw) in enumerate(rows):
            grid.addWidget(QLabel(left), r, 0)
            grid.addWidget(lw, r, 1)
            if right and rw is not None:
                grid.addWidget(QLabel(right), r, 2)
                grid.addWidget(rw, r, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def settings(self) -> TrainingSettings:
        return self._settings.updated(
            epochs=self.epochs.value(), batch_size=self.batch_size.value(),
            optimizer=self.optimizer.currentText(), learning_rate=float(self.learning_rate.value()),
            loss=self.loss.currentData(), seed=self.seed.value(),
            validation_split=round(float(self.validation.value()), 4),
        )

    def set_settings(self, settings: TrainingSettings) -> None:
        self._settings = settings
        widgets = (self.epochs, self.batch_size, self.optimizer, self.learning_rate, self.loss, self.seed,
                   self.validation)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.epochs.setValue(settings.epochs)
            self.batch_size.setValue(settings.batch_size)
            if self.optimizer.findText(settings.optimizer) < 0:
                self.optimizer.addItem(settings.optimizer)
            self.optimizer.setCurrentText(settings.optimizer)
            self.learning_rate.setValue(settings.learning_rate)
            self._fill_losses(settings.loss)
            self.seed.setValue(settings.seed)
            self.validation.setValue(settings.validation_split)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def set_losses(self, losses: tuple[str, ...]) -> None:
        """List these losses (the data's task's); the settings' own stays listed even when it is not one."""
        if losses == self._losses:
            return
        self._losses = losses
        self.loss.blockSignals(True)
        try:
            self._fill_losses(self._settings.loss)
        finally:
            self.loss.blockSignals(False)

    def _fill_losses(self, current: str) -> None:
        self.loss.clear()
        for name in self._losses:
            self.loss.addItem(tr(LOSSES[name]) if name in LOSSES else name, name)
        if current and current not in self._losses:
            # A project's loss that does not fit its data: shown as it is (training says why it cannot run).
            label = tr(LOSSES[current]) if current in LOSSES else current
            self.loss.addItem(tr("{loss} (does not fit this data)").format(loss=label), current)
        index = self.loss.findData(current)
        self.loss.setCurrentIndex(max(index, 0) if current else -1)

    def _edited(self, *_args) -> None:
        settings = self.settings()
        if settings != self._settings:
            self._settings = settings
            self.settings_edited.emit(settings)
