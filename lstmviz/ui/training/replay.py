"""Pace and replay controls of the training panel.

:class:`PaceControl` sets how many epochs a second a run unfolds at (0: as fast as
possible). :class:`ReplayBar` scrubs the epochs of a finished run: its slider walks the
run's weight snapshots (:class:`~lstmviz.model.snapshots.RunSnapshots`) and emits a
:class:`ReplayFrame` per position; Play walks them at the pace. While a run trains the
bar is disabled (the plots follow the live run); it comes back when the run ends.
:class:`ReplayMarker` marks the scrubbed epoch on the loss curve.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QWidget

from lstmviz.i18n import tr
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord
from lstmviz.model.settings import RANGES
from lstmviz.model.snapshots import RunSnapshots
from lstmviz.ui.training.plot_base import DIVERGED_COLOUR

PLAY_FPS = 30
PLAY_SECONDS_UNPACED = 5.0  # "as fast as possible" replays the whole run in this time


@dataclass(frozen=True, eq=False)
class ReplayFrame:
    """One scrubbed moment: the weights after ``epoch`` of run ``run`` (Keras order)."""

    run: RunRecord
    epoch: int
    weights: tuple[np.ndarray, ...]
    final: bool  # the slider stands at the run's end


class PaceControl(QSpinBox):
    """Epochs per second; 0 reads "as fast as possible"."""

    pace_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paceControl")
        low, high = RANGES["pace"]
        self.setRange(int(low), int(high))
        self.setSpecialValueText(tr("as fast as possible"))
        self._unit_for(self.value())
        self.setKeyboardTracking(False)
        self.setToolTip(tr("How fast a run unfolds: at 100 epochs/s, 1000 epochs take about 10 s. "
                           "Changing it while a run trains takes effect at once."))
        self.valueChanged.connect(self._unit_for)
        self.valueChanged.connect(lambda value: self.pace_changed.emit(float(value)))

    def _unit_for(self, value: int) -> None:
        self.setSuffix(tr(" epoch/s") if value == 1 else tr(" epochs/s"))  # "1 epoch/s", never "1 epochs/s"

    def set_pace(self, pace: float) -> None:
        self.blockSignals(True)
        self.setValue(int(round(pace)))
        self.blockSignals(False)
        self._unit_for(self.value())

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        # 1, 2, 5, 10, 20, 50, 100, ...: a pace is chosen by its order of magnitude
        value = self.value()
        for _ in range(abs(steps)):
            value = _next_pace(value, steps > 0)
        self.setValue(value)


def _next_pace(value: int, up: bool) -> int:
    ladder = [0] + [m * 10 ** e for e in range(7) for m in (1, 2, 5) if m * 10 ** e <= RANGES["pace"][1]]
    if up:
        return next((v for v in ladder if v > value), ladder[-1])
    return next((v for v in reversed(ladder) if v < value), 0)


class ReplayBar(QWidget):
    """Slider over a run's snapshots, Play, and the epoch shown."""

    frame_changed = Signal(object)  # ReplayFrame

    def __init__(self, parent: QWidget | None = None, pace: Callable[[], float] = lambda: 0.0) -> None:
        super().__init__(parent)
        self.setObjectName("replayBar")
        self.run: RunRecord | None = None
        self._pace = pace  # reads the pace where it is kept (the document's settings): no copy here
        self._live = False
        self.play_button = QPushButton(tr("Play"))
        self.play_button.setObjectName("replayPlay")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(tr("Replay the run at the pace"))
        self.play_button.toggled.connect(self.play)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("replaySlider")
        self.slider.setToolTip(tr("Scrub the epochs of the run: the loss marker, the predictions and the "
                                  "Unrolled tab show that epoch"))
        self.slider.valueChanged.connect(self._moved)
        self.label = QLabel()
        self.label.setObjectName("replayEpoch")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(tr("epoch {epoch}").format(
            epoch=88888)))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(6)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(1000 // PLAY_FPS)
        self._timer.timeout.connect(self._advance)
        self._position = 0.0  # the epoch Play has reached (fractional: slow paces)
        self.set_run(None)

    @property
    def pace(self) -> float:
        """Epochs per second Play walks at (0: the whole run in a few seconds)."""
        return self._pace()

    @property
    def snapshots(self) -> RunSnapshots | None:
        return self.run.snapshots if self.run is not None else None

    def set_run(self, run: RunRecord | None) -> None:
        """Scrub ``run``'s snapshots (None, or a run without them: the bar is off); the slider goes to its end."""
        self.play(False)
        self.run = run
        snaps = self.snapshots
        self.slider.blockSignals(True)
        if snaps is None or len(snaps) < 2:
            self.slider.setRange(0, 0)
            self.label.setText(tr("no replay"))
        else:
            self.slider.setRange(0, len(snaps) - 1)
            self.slider.setValue(len(snaps) - 1)
            self.label.setText(tr("epoch {epoch}").format(epoch=snaps.last_epoch))
        self.slider.blockSignals(False)
        self._update_enabled()

    def set_live(self, live: bool) -> None:
        """While a run trains the replay is off: the plots follow the run."""
        self._live = live
        if live:
            self.play(False)
        self._update_enabled()

    @property
    def has_replay(self) -> bool:
        """Whether there is a run to scrub (presenter mode hides an empty bar: its height is the plots')."""
        return self.snapshots is not None and len(self.snapshots) >= 2

    def _update_enabled(self) -> None:
        usable = self.has_replay and not self._live
        self.slider.setEnabled(usable)
        self.play_button.setEnabled(usable)

    @property
    def epoch(self) -> int | None:
        snaps = self.snapshots
        return None if snaps is None else int(snaps.epochs[self.slider.value()])

    def scrub_to_epoch(self, epoch: int) -> None:
        """Move the slider to the snapshot shown at ``epoch`` (the last one at or before it)."""
        snaps = self.snapshots
        if snaps is not None:
            self.slider.setValue(snaps.index_at(epoch))

    def _moved(self, index: int) -> None:
        snaps, run = self.snapshots, self.run
        if snaps is None or run is None:
            return
        epoch = int(snaps.epochs[index])
        self.label.setText(tr("epoch {epoch}").format(epoch=epoch))
        self.frame_changed.emit(ReplayFrame(run, epoch, snaps.weights(index), index == len(snaps) - 1))

    # ------------------------------------------------------------------------ play
    def play(self, on: bool = True) -> None:
        snaps = self.snapshots
        on = bool(on) and snaps is not None and len(snaps) >= 2
        if self.play_button.isChecked() != on:
            self.play_button.blockSignals(True)
            self.play_button.setChecked(on)
            self.play_button.blockSignals(False)
        self.play_button.setText(tr("Pause") if on else tr("Play"))
        if not on or snaps is None:
            self._timer.stop()
            return
        if self.slider.value() == self.slider.maximum():
            self.slider.setValue(0)  # from the start, as a replay of the whole run
        self._position = float(snaps.epochs[self.slider.value()])
        self._timer.start()

    def epochs_per_tick(self) -> float:
        """How far Play moves per tick: the pace, or the whole run in a few seconds when unpaced."""
        snaps = self.snapshots
        if snaps is None:
            return 0.0
        if self.pace > 0:
            return self.pace / PLAY_FPS
        return max((snaps.last_epoch - snaps.first_epoch) / (PLAY_SECONDS_UNPACED * PLAY_FPS), 1e-9)

    def _advance(self) -> None:
        snaps = self.snapshots
        if snaps is None:
            self.play(False)
            return
        self._position += self.epochs_per_tick()
        index = snaps.index_at(int(self._position))
        if index != self.slider.value():
            self.slider.setValue(index)
        if self._position >= snaps.last_epoch:
            self.play(False)


class ReplayMarker:
    """A vertical line and a dot at the scrubbed epoch on the loss plot."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.plot_item = plot_item
        pen = pg.mkPen(DIVERGED_COLOUR, width=1.5)
        self.line = pg.InfiniteLine(angle=90, pen=pen)
        self.dot = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(DIVERGED_COLOUR), pen=pg.mkPen("w", width=1))
        for item in (self.line, self.dot):
            item.setZValue(20)
            plot_item.addItem(item, ignoreBounds=True)
        self.epoch: int | None = None
        self.show(None)

    def show(self, epoch: int | None, history: LossHistory | None = None) -> None:
        self.epoch = epoch
        visible = epoch is not None
        self.line.setVisible(visible)
        self.dot.setVisible(visible)
        if epoch is None:
            return
        self.line.setPos(epoch)
        loss = None
        if history is not None and 1 <= epoch <= history.count:
            loss = float(history.loss[epoch - 1])
        if loss is not None and np.isfinite(loss) and loss > 0:
            self.dot.setData([epoch], [np.log10(loss)])  # the plot's y axis is logarithmic
            self.dot.setVisible(True)
        else:
            self.dot.setVisible(False)
