"""Finished runs, kept with their settings and loss curve so they can be compared.

The list is checkable: a checked run is drawn behind the current curve on the loss plot
(say, many-to-one's curve under many-to-many's).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QToolButton, QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.runs import RunRecord
from lstmviz.ui.training.plot_base import run_colour
from lstmviz.ui.training.text import format_loss, format_seconds

# A run's reason stays English in files; shown in the user's language.
REASON_NAMES = {"completed": tr_noop("completed"), "stopped": tr_noop("stopped"), "diverged": tr_noop("diverged"),
                "failed": tr_noop("failed")}


def run_label(run: RunRecord) -> str:
    s = run.settings
    loss, _ = run.history.last()
    end = {"completed": "", "stopped": tr(" (stopped)"), "diverged": tr(" (diverged)"), "failed": tr(" (failed)")}
    # No-break spaces: a narrow list wraps "1000 ep" between the number and its unit otherwise.
    return tr("#{number} {title}{end}\n{optimizer}\u00a0{rate} · {epochs}\u00a0ep\nloss\u00a0{loss}").format(
        number=run.number, title=run.title, end=end.get(run.reason, ""), optimizer=s.optimizer,
        rate=f"{s.learning_rate:g}", epochs=run.epochs_run, loss=format_loss(loss))


def run_details(run: RunRecord) -> str:
    s = run.settings
    loss, val = run.history.last()
    lines = [
        tr("Run {number}: {title}").format(number=run.number, title=run.title),
        tr("Model: {model}").format(model=run.model),
        tr("Data: {data}").format(data=run.dataset),
        tr("Epochs: {run} of {total} ({reason}) in {time}").format(
            run=run.epochs_run, total=s.epochs, reason=tr(REASON_NAMES.get(run.reason, run.reason)),
            time=format_seconds(run.seconds)),
        tr("Batch size {batch}, {optimizer} with learning rate {rate}, loss {loss}, seed {seed}, "
           "validation split {split}").format(batch=s.batch_size, optimizer=s.optimizer, rate=f"{s.learning_rate:g}",
                                              loss=s.loss, seed=s.seed, split=f"{s.validation_split:g}"),
        tr("Final loss {loss}").format(loss=format_loss(loss))
        + (tr(", val_loss {loss}").format(loss=format_loss(val)) if val is not None else ""),
    ]
    if run.message:
        lines.append(run.message)
    return "\n".join(lines)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RunsList(QWidget):
    """Checkable list of the document's finished runs; a checked run is drawn behind the current curve."""

    overlays_changed = Signal(list)  # the checked RunRecords
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: tuple[RunRecord, ...] = ()
        self._unchecked: set[int] = set()  # run numbers the user unchecked
        self.list = QListWidget()
        self.list.setObjectName("trainingRuns")
        self.list.setToolTip(tr("Finished runs. Check a run to draw its loss curve behind the current one."))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._item_changed)
        self.clear_button = QToolButton()
        self.clear_button.setText(tr("Clear"))
        self.clear_button.setObjectName("clearRunsButton")
        self.clear_button.setToolTip(tr("Forget all finished runs (Ctrl+Z brings them back)"))
        self.clear_button.clicked.connect(self.clear_requested)
        self.clear_button.setEnabled(False)
        header = QHBoxLayout()
        header.setContentsMargins(2, 0, 2, 0)
        title = QLabel("<b>{}</b>".format(tr("Runs")))
        title.setToolTip(self.list.toolTip())
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)

    def show_runs(self, runs: tuple[RunRecord, ...], swept: frozenset[int] = frozenset()) -> None:
        """Show the document's runs, newest first; a new run starts checked, unless it is one of a sweep's
        or a comparison's (``swept``: their numbers): a dozen of those would bury the run being taught."""
        if runs == self.runs:
            return
        if not any(run in self.runs for run in runs):
            self._unchecked.clear()  # another project's runs: its numbers start at 1 again
            self.runs = ()
        self._unchecked.update(run.number for run in runs if run.number in swept and run not in self.runs)
        self.runs = runs
        self.list.blockSignals(True)
        self.list.clear()
        for run in reversed(runs):
            swept_run = run.number in swept
            label = run_label(run)
            item = QListWidgetItem(_swatch(run_colour(run.number)), label + tr(" · sweep") if swept_run else label)
            details = run_details(run)
            item.setToolTip(details + "\n" + tr("Trained by a sweep or a comparison (Compare menu)") if swept_run
                            else details)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, run.number)
            checked = run.number not in self._unchecked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.clear_button.setEnabled(bool(runs))
        self.overlays_changed.emit(self.checked_runs())

    def set_checked(self, number: int, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_runs(self) -> list[RunRecord]:
        return [run for run in self.runs if run.number not in self._unchecked]

    def _item_changed(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._unchecked.discard(number)
        else:
            self._unchecked.add(number)
        self.overlays_changed.emit(self.checked_runs())


class RunsMenuButton(QToolButton):
    """"Runs (3)": the Runs list as a menu, where the list itself has no room (presenter mode).

    Each run is a checkable entry that checks it in the list, so the loss plot draws it
    behind the current curve exactly as the list does; *Clear* forgets them (undoable).
    """

    def __init__(self, runs: RunsList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs = runs
        self.setObjectName("runsMenuButton")
        self.setToolTip(runs.list.toolTip())
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)
        runs.overlays_changed.connect(self._count_changed)
        self._count_changed()

    def _count_changed(self, *_args) -> None:
        count = len(self.runs.runs)
        self.setText(tr("Runs ({count})").format(count=count))
        self.setEnabled(bool(count))

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        checked = {run.number for run in self.runs.checked_runs()}
        for run in reversed(self.runs.runs):
            text = run_label(run).replace("\n", " · ")
            action = menu.addAction(_swatch(run_colour(run.number)), text)
            action.setCheckable(True)
            action.setChecked(run.number in checked)
            action.setToolTip(run_details(run))
            action.toggled.connect(lambda on, n=run.number: self.runs.set_checked(n, on))
        menu.addSeparator()
        clear = menu.addAction(tr("Clear"), self.runs.clear_requested)
        clear.setToolTip(self.runs.clear_button.toolTip())
