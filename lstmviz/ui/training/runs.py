"""Finished runs, kept with their settings and loss curve so they can be compared.

The list is checkable: a checked run is drawn behind the current curve on the loss plot
(say, many-to-one's curve under many-to-many's).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from lstmviz.model.examples import TrainingSettings
from lstmviz.ui.training.history import LossHistory, format_loss, format_seconds
from lstmviz.ui.training.plot_base import RUN_COLOURS


@dataclass(eq=False)
class RunRecord:
    number: int
    title: str  # what was trained: the document's name
    dataset: str  # the dataset's description, e.g. "document (one-to-one): X (5, 1, 1) → y (5, 1)"
    model: str  # e.g. "LSTM(5) → Dense(1), 146 params"
    settings: TrainingSettings
    history: LossHistory
    reason: str  # "completed", "stopped", "diverged" or "failed"
    epochs_run: int
    seconds: float
    message: str = ""

    @property
    def colour(self) -> str:
        return RUN_COLOURS[(self.number - 1) % len(RUN_COLOURS)]

    @property
    def short_label(self) -> str:
        return f"#{self.number} {self.title}"

    @property
    def label(self) -> str:
        s = self.settings
        loss, _ = self.history.last()
        end = {"completed": "", "stopped": " (stopped)", "diverged": " (diverged)", "failed": " (failed)"}
        return (f"#{self.number} {self.title}{end.get(self.reason, '')}\n"
                f"{s.optimizer} {s.learning_rate:g} · {self.epochs_run} ep\nloss {format_loss(loss)}")

    @property
    def details(self) -> str:
        s = self.settings
        loss, val = self.history.last()
        lines = [
            f"Run {self.number}: {self.title}",
            f"Model: {self.model}",
            f"Data: {self.dataset}",
            f"Epochs: {self.epochs_run} of {s.epochs} ({self.reason}) in {format_seconds(self.seconds)}",
            f"Batch size {s.batch_size}, {s.optimizer} with learning rate {s.learning_rate:g}, "
            f"loss {s.loss}, seed {s.seed}, validation split {s.validation_split:g}",
            f"Final loss {format_loss(loss)}" + (f", val_loss {format_loss(val)}" if val is not None else ""),
        ]
        if self.message:
            lines.append(self.message)
        return "\n".join(lines)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RunsList(QWidget):
    """Checkable list of finished runs; emits the checked ones whenever that changes."""

    overlays_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunRecord] = []
        self.list = QListWidget()
        self.list.setObjectName("trainingRuns")
        self.list.setToolTip("Finished runs. Check a run to draw its loss curve behind the current one.")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(lambda _item: self.overlays_changed.emit(self.checked_runs()))
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear")
        self.clear_button.setObjectName("clearRunsButton")
        self.clear_button.setToolTip("Forget all finished runs")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        header = QHBoxLayout()
        header.setContentsMargins(2, 0, 2, 0)
        title = QLabel("<b>Runs</b>")
        title.setToolTip(self.list.toolTip())
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)

    def next_number(self) -> int:
        return self.runs[-1].number + 1 if self.runs else 1

    def add(self, run: RunRecord, checked: bool = True) -> None:
        self.runs.append(run)
        item = QListWidgetItem(_swatch(run.colour), run.label)
        item.setToolTip(run.details)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(Qt.ItemDataRole.UserRole, run.number)
        self.list.blockSignals(True)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.insertItem(0, item)  # newest first
        self.list.blockSignals(False)
        self.clear_button.setEnabled(True)
        self.overlays_changed.emit(self.checked_runs())

    def set_checked(self, number: int, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_runs(self) -> list[RunRecord]:
        checked = {self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                   if self.list.item(r).checkState() == Qt.CheckState.Checked}
        return [run for run in self.runs if run.number in checked]

    def clear(self) -> None:
        self.runs = []
        self.list.clear()
        self.clear_button.setEnabled(False)
        self.overlays_changed.emit([])
