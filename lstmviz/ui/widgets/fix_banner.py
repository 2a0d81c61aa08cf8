"""A full-width banner for what stops the user (an error, a notice), with a one-click fix.

A message a user must act on belongs where it is seen whole: a banner across its panel
with the text wrapped, never a narrow column that scrolls. When the model core knows the
edit that removes the error (a :class:`~lstmviz.model.fixes.Fix`), the banner offers it as
a button; pressing it applies the fix as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from lstmviz.i18n import tr
from lstmviz.model.fixes import Fix, fix_label
from lstmviz.model.inference import Inference
from lstmviz.ui.document.document import Document

_STYLES = {
    "error": ("#b02a2a", "#fdecec", "#f3b9b9"),
    "lock": ("#6b4e00", "#fff4d6", "#f0d58a"),
}


def layer_name(inference: Inference, fix: Fix) -> str:
    if fix.layer is None or fix.layer >= len(inference.layers):
        return ""
    return inference[fix.layer].name


class Banner(QFrame):
    """A coloured strip holding a wrapped message and up to two buttons (a fix, another action)."""

    fix_requested = Signal(object)  # the Fix shown
    action_requested = Signal()

    def __init__(self, role: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Banner")
        self.role = role
        ink, fill, edge = _STYLES[role]
        self.setStyleSheet(f"QFrame#{name}Banner {{ background: {fill}; border: 1px solid {edge}; "
                           f"border-radius: 4px; }} QFrame#{name}Banner > QLabel {{ color: {ink}; }}")
        self.label = QLabel("")
        self.label.setObjectName(name)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fix_button = QPushButton("")
        self.fix_button.setObjectName(f"{name}Fix")
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._fix_clicked)
        self.action_button = QPushButton("")
        self.action_button.setObjectName(f"{name}Action")
        self.action_button.hide()
        self.action_button.clicked.connect(self.action_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 6, 4)
        row.setSpacing(8)
        row.addWidget(self.label, 1)
        row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.fix: Fix | None = None
        self.hide()

    def show_message(self, text: str | None, fix: Fix | None = None, fix_text: str = "",
                     action: str = "") -> None:
        """Show ``text`` (None hides the banner), a button for ``fix``, and one for ``action``."""
        self.label.setText(text or "")
        self.fix = fix if text else None
        self.fix_button.setText(fix_text)
        self.fix_button.setToolTip(tr("Apply this change as one edit (Ctrl+Z undoes it)"))
        self.fix_button.setVisible(self.fix is not None)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action) and bool(text))
        self.setVisible(bool(text))

    def _fix_clicked(self) -> None:
        if self.fix is not None:
            self.fix_requested.emit(self.fix)


class ModelBanner(Banner):
    """The model's first error, across the top of the window's centre, with its fix."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__("error", "modelProblem", parent)
        self.document = document
        self.fix_requested.connect(document.apply_fix)
        document.architecture_changed.connect(self.refresh)
        document.lock_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        inference = self.document.inference
        text = inference.error_text
        if text is None:
            self.show_message(None)
            return
        fix = inference.fix
        label = fix_label(fix, layer_name(inference, fix)) if fix else ""
        self.show_message("\u26a0 " + text, fix if not self.document.locked else None, label)
