"""A one-line label that shortens itself at a word to fit its width, with the whole text in its tooltip.

For status lines whose text can be longer than the room they get (a file name in a
problem, a hover read-out): better "values: no values (the dataset's samples …" with the
rest on hover than text running off the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QComboBox, QLabel, QSizePolicy, QStyle, QStyleOptionComboBox, QStylePainter, QWidget,
)

from lstmviz.ui.widgets.text_runs import elide_words


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        self._full = text or ""
        self._refresh()

    def text(self) -> str:
        """The whole text (what is painted may be shortened)."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def set_tip(self, tip: str) -> None:
        """A tooltip of its own, shown when the text is not shortened."""
        self._tip = tip
        self._refresh()

    def _refresh(self) -> None:
        width = self.contentsRect().width()
        shown = elide_words(self._full, self.font(), width) if width > 0 else self._full
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else self._tip)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = QFontMetricsF(self.font())
        return QSize(int(metrics.horizontalAdvance(self._full)) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())


class ElidedComboBox(QComboBox):
    """A combo box whose current text shortens itself at a word when the box is narrow (whole text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = ""
        self.currentIndexChanged.connect(lambda _i: self._update_tip())

    def set_tip(self, tip: str) -> None:
        self._tip = tip
        self._update_tip()

    def _field(self) -> tuple[QStyleOptionComboBox, float]:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return option, float(field.width() - 4)

    def _update_tip(self) -> None:
        _option, room = self._field()
        text = self.currentText()
        cut = QFontMetricsF(self.font()).horizontalAdvance(text) > room
        self.setToolTip(f"{text}\n\n{self._tip}" if cut and self._tip else text if cut else self._tip)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._update_tip()  # items may have changed with signals blocked
        painter = QStylePainter(self)
        option, room = self._field()
        option.currentText = elide_words(option.currentText, self.font(), room)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
