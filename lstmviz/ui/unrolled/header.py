"""The strip above the unrolled diagram: which layer and sample, the time step, and what the values are.

Two short rows: the choices and the time-step controls (previous, Play, next, slider; a row of
their own when the header is narrow), then where the values come from and the numbers under the pointer or at the current step. Every
text that can grow shortens itself with its whole text in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QToolButton, QVBoxLayout, QWidget

from lstmviz.i18n import tr
from lstmviz.ui.widgets.elided_label import ElidedComboBox, ElidedLabel


def play_text(playing: bool) -> str:
    return tr("\u25a0 Stop") if playing else tr("\u25b6 Play")


class UnrolledHeader(QWidget):
    rows_changed = Signal()  # the step controls moved to their own row or back: the header's height changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unrolledHeader")
        self.setAutoFillBackground(True)
        self.layer_label = QLabel(tr("Layer"))
        self.layer_combo = ElidedComboBox()
        self.layer_combo.setObjectName("unrolledLayer")
        self.layer_combo.set_tip(tr("The recurrent layer whose values are shown"))
        # As wide as its names when there is room, shortened (whole name in the tooltip) when not.
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layer_combo.setMinimumContentsLength(14)
        self.sample_label = QLabel(tr("Sample"))
        self.sample_spin = QSpinBox()
        self.sample_spin.setObjectName("unrolledSample")
        self.sample_spin.setRange(1, 1)
        self.sample_spin.setToolTip(tr("Which sample of the data the cell works on"))
        self.previous_button = self._arrow("unrolledPrevious", Qt.ArrowType.LeftArrow, tr("Previous time step (Left)"))
        self.next_button = self._arrow("unrolledNext", Qt.ArrowType.RightArrow, tr("Next time step (Right)"))
        self.play_button = QToolButton()
        self.play_button.setObjectName("unrolledPlay")
        self.play_button.setCheckable(True)
        self.play_button.setText(play_text(False))
        self.play_button.setToolTip(tr("Walk through the time steps"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("unrolledStep")
        self.slider.setMinimumWidth(120)
        self.step_label = QLabel(tr("t = {step}").format(step=1))
        self.step_label.setObjectName("unrolledStepLabel")
        self.fit_button = QToolButton()
        self.fit_button.setObjectName("unrolledFit")
        self.fit_button.setText(tr("Fit"))
        self.fit_button.setToolTip(tr("Fit the diagram to the window (Ctrl+wheel zooms)"))
        self.source_label = ElidedLabel()
        self.source_label.setObjectName("unrolledSource")
        self.readout = ElidedLabel()
        self.readout.setObjectName("unrolledReadout")
        self.hover_label = ElidedLabel()
        self.hover_label.setObjectName("unrolledHover")
        self.hover_label.setStyleSheet("color: #4a5866;")
        self.hover_label.hide()

        top = self.top_row = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        for w in (self.layer_label, self.layer_combo, self.sample_label, self.sample_spin):
            top.addWidget(w)
        top.addStretch(1)
        # The time-step controls: at the end of the first row, or a row of their own when the header is
        # too narrow for both (presenter mode's large text).
        self.step_controls = (self.previous_button, self.play_button, self.next_button, self.slider,
                              self.step_label, self.fit_button)
        for control in self.step_controls:
            top.addWidget(control)
        self.step_row = QHBoxLayout()
        self.step_row.setContentsMargins(0, 0, 0, 0)
        self.step_row.setSpacing(6)
        self.stacked = False
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(12)
        bottom.addWidget(self.source_label, 2)
        bottom.addWidget(self.readout, 3)
        bottom.addWidget(self.hover_label, 3)
        box = self.rows = QVBoxLayout(self)
        box.setContentsMargins(6, 2, 6, 2)
        box.setSpacing(2)
        box.addLayout(top)
        box.addLayout(self.step_row)
        box.addLayout(bottom)
        self.set_samples(1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Not from inside the resize: moving widgets between rows while Qt lays them out is unsafe.
        QTimer.singleShot(0, self._arrange)

    def one_row_width(self) -> int:
        """The width the choices and the step controls need side by side."""
        widgets = (self.layer_label, self.layer_combo, self.sample_label, self.sample_spin, *self.step_controls)
        shown = [w for w in widgets if not w.isHidden()]
        margins = self.rows.contentsMargins()
        return sum(w.minimumSizeHint().width() for w in shown) + 6 * len(shown) + margins.left() + margins.right()

    def _arrange(self) -> None:
        stack = self.one_row_width() > self.width()
        if stack == self.stacked:
            return
        self.stacked = stack
        source, target = (self.top_row, self.step_row) if stack else (self.step_row, self.top_row)
        for w in self.step_controls:
            source.removeWidget(w)
        if stack:
            self.step_row.addStretch(1)
        else:
            while self.step_row.count():
                self.step_row.takeAt(0)
        for w in self.step_controls:
            target.addWidget(w)
        self.rows_changed.emit()

    @staticmethod
    def _arrow(name: str, arrow: Qt.ArrowType, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAutoRepeat(True)
        return button

    def set_samples(self, count: int) -> None:
        """The sample picker shows only when the data has more than one sample."""
        spin = self.sample_spin
        spin.blockSignals(True)
        spin.setRange(1, max(count, 1))
        spin.setSuffix(tr(" of {count}").format(count=count))
        spin.blockSignals(False)
        self.sample_label.setVisible(count > 1)
        spin.setVisible(count > 1)

    def show_hover(self, text: str) -> None:
        """While the pointer is over a cell or a heatmap its numbers take the read-out's place."""
        self.hover_label.setText(text)
        self.hover_label.setVisible(bool(text))
        self.readout.setVisible(not text)

    def set_step_text(self, step: int, steps: int) -> None:
        self.step_label.setText(tr("t = {step} of {steps}").format(step=step + 1, steps=steps) if steps
                                else tr("t = {step}").format(step=1))
        metrics = self.step_label.fontMetrics()
        widest = tr("t = {step} of {steps}").format(step=steps, steps=steps)
        self.step_label.setMinimumWidth(metrics.horizontalAdvance(widest) + 4)
