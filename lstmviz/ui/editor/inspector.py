"""The inspector: the selected layer's options, each with an editor that fits its type.

Every change becomes an undoable document edit. The form is rebuilt only when the
selection, the kind or the set of visible options changes; otherwise the editors just
take the new values, so a spin box keeps its focus while the user works it.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea,
    QSpinBox, QVBoxLayout, QWidget,
)

from lstmviz.i18n import tr
from lstmviz.model import catalogue
from lstmviz.model.architecture import InputSpec
from lstmviz.model.catalogue import Option
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.limits import elide
from lstmviz.model.inference import describe_shape
from lstmviz.ui.document.document import INPUT_SELECTED, Document
from lstmviz.ui.editor.icons import kind_pixmap

_INT_MAX = 2_000_000_000


def _label(role: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def make_editor(option: Option) -> QWidget:
    """A widget for one catalogue option: spin box, check box or combo box."""
    if option.type is bool:
        editor: QWidget = QCheckBox()
    elif option.choices:
        editor = QComboBox()
        editor.addItems(list(option.choices))
    elif option.type is int:
        editor = QSpinBox()
        editor.setRange(int(option.minimum if option.minimum is not None else -_INT_MAX),
                        int(option.maximum if option.maximum is not None else _INT_MAX))
        editor.setKeyboardTracking(False)  # commit on Enter / focus-out, not per keystroke
        editor.setGroupSeparatorShown(True)
    elif option.type is float:
        editor = QDoubleSpinBox()
        editor.setDecimals(3)
        editor.setSingleStep(0.05)
        editor.setRange(option.minimum if option.minimum is not None else -1e9,
                        option.maximum if option.maximum is not None else 1e9)
        editor.setKeyboardTracking(False)
    else:
        editor = QComboBox()
        editor.setEditable(True)
    editor.setToolTip(tr(option.help))
    editor.setObjectName(f"option_{option.name}")
    return editor


def set_editor_value(editor: QWidget, value: Any) -> None:
    editor.blockSignals(True)
    try:
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            if editor.findText(str(value)) < 0:
                editor.addItem(str(value))
            editor.setCurrentText(str(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value is not None else editor.minimum())
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))
    finally:
        editor.blockSignals(False)


def editor_value(editor: QWidget) -> Any:
    """What ``editor`` (made by :func:`make_editor`) shows: a bool, a text or a number."""
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
        return editor.value()
    raise TypeError(f"not an option editor: {type(editor).__name__}")


def connect_editor(editor: QWidget, slot) -> None:
    if isinstance(editor, QCheckBox):
        editor.toggled.connect(lambda v: slot(bool(v)))
    elif isinstance(editor, QComboBox):
        editor.currentTextChanged.connect(slot)
    elif isinstance(editor, QSpinBox):
        editor.valueChanged.connect(lambda v: slot(int(v)))
    elif isinstance(editor, QDoubleSpinBox):
        editor.valueChanged.connect(lambda v: slot(float(v)))


class LayerInspector(QScrollArea):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerInspector")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document = document
        self.editors: dict[str, QWidget] = {}
        self._form_key: tuple | None = None

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.icon = QLabel()
        self.heading = _label("heading")
        head.addWidget(self.icon)
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        self.summary = _label("muted")
        layout.addWidget(self.summary)
        self.lock_label = _label("lock")
        layout.addWidget(self.lock_label)
        self.error_label = _label("error")
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.error_label)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 4, 0, 4)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.form_host)
        self.formula = _label("formula")
        layout.addWidget(self.formula)
        self.explanation = _label("muted")
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self.setWidget(body)

        document.selection_changed.connect(lambda _i: self.refresh())
        document.architecture_changed.connect(self.refresh)
        document.file_changed.connect(self.refresh)
        document.lock_changed.connect(lambda *_: self.refresh())
        self.refresh()

    # ----------------------------------------------------------------- views
    def refresh(self) -> None:
        doc = self.document
        self.lock_label.setVisible(doc.locked)
        self.lock_label.setText(tr("Editing is locked: {reason}").format(reason=doc.lock_reason))
        self.form_host.setEnabled(not doc.locked)
        index = doc.selected
        if index == INPUT_SELECTED:
            self._show_input()
        elif index >= 0:
            self._show_layer(index)
        else:
            self._show_overview()

    def _rebuild_form(self, key: tuple, options: list[tuple[Option, Any]], on_change) -> None:
        if key != self._form_key:
            while self.form.rowCount():
                self.form.removeRow(0)
            self.editors = {}
            for option, _value in options:
                editor = make_editor(option)
                connect_editor(editor, lambda v, name=option.name: on_change(name, v))
                label = QLabel(option.name)
                label.setToolTip(tr(option.help))
                self.form.addRow(label, editor)
                self.editors[option.name] = editor
            self._form_key = key
        for option, value in options:
            set_editor_value(self.editors[option.name], value)
        self.form_host.setVisible(bool(options))

    def _header(self, kind: str, title: str, summary: str) -> None:
        self.icon.setPixmap(kind_pixmap(kind, 28))
        self.icon.setVisible(True)
        self.heading.setText(title)
        self.summary.setText(summary)

    def _show_layer(self, index: int) -> None:
        doc = self.document
        layer = doc.architecture.layers[index]
        info = doc.inference.layers[index]
        kind = catalogue.KINDS[layer.kind]
        self._header(layer.kind, f"{info.name} ({kind.keras_class})", tr(kind.summary))
        visible = kind.visible_options(layer.options)
        options = [(kind.option(name), layer.options[name]) for name in visible]
        self._rebuild_form(("layer", index, layer.kind, visible), options,
                           lambda name, value: doc.set_option(index, name, value))
        if info.error:
            fix = tr("<br><b>Fix:</b> {hint}").format(hint=escape(info.error.hint)) if info.error.hint else ""
            self.error_label.setText(tr("<b>Why it fails:</b> {message}").format(message=escape(info.error.message)) + fix)
        self.error_label.setVisible(info.error is not None)
        if info.derivation:
            self.formula.setText(tr("Parameters: {formula}").format(formula=info.derivation.formula))
            self.explanation.setText(info.derivation.explanation)
        else:
            self.formula.setText(tr("Parameters: {formula}").format(formula=tr(kind.formula)))
            self.explanation.setText(tr("The count appears once the layer fits its input."))
        self.formula.setVisible(True)
        self.explanation.setVisible(True)

    def _show_input(self) -> None:
        doc = self.document
        spec = doc.architecture.input
        self._header("Input", "Input", tr(catalogue.INPUT.summary))
        values = {"time_steps": spec.shape[0] if (len(spec.shape) >= 2 or spec.is_tokens) else None,
                  "features": spec.features if spec.features is not None else 1,
                  "tokens": spec.is_tokens}
        options = [(o, values[o.name]) for o in catalogue.INPUT.options]
        self._rebuild_form(("input",), options, self._input_changed)
        steps = self.editors["time_steps"]
        if isinstance(steps, QSpinBox) and steps.minimum() != 0:
            steps.setMinimum(0)
            steps.setSpecialValueText(tr("any (None)"))
            set_editor_value(steps, values["time_steps"] or 0)
        self.editors["features"].setEnabled(not spec.is_tokens)
        err = doc.inference.input_error
        self.error_label.setVisible(err is not None)
        if err:
            self.error_label.setText(escape(str(err)))
        self.formula.setText(tr("Input shape: {shape}").format(shape=describe_shape(spec.batch_shape)))
        self.explanation.setText(tr("The first axis, None, is the batch: any number of samples."))
        self.formula.setVisible(True)
        self.explanation.setVisible(True)

    def _input_changed(self, name: str, value: Any) -> None:
        spec = self.document.architecture.input
        steps = editor_value(self.editors["time_steps"]) or None
        features = editor_value(self.editors["features"])
        tokens = editor_value(self.editors["tokens"])
        new = InputSpec.tokens(steps) if tokens else InputSpec((steps, features))
        if new != spec:
            self.document.set_input(new)

    def _show_overview(self) -> None:
        doc = self.document
        ex = EXAMPLES.get(doc.example or "")
        self._header("LSTM", tr(ex.title) if ex else elide(doc.title or doc.display_name, 80),
                     tr(ex.teaches) if ex else tr('Select a layer on the canvas to edit its options.'))
        self._rebuild_form(("none",), [], lambda *_: None)
        inf = doc.inference
        self.error_label.setVisible(not inf.ok)
        if not inf.ok:
            self.error_label.setText(escape(inf.error_text or ""))
        self.formula.setText(tr("Total parameters: {count}").format(count=f"{inf.total_params:,}"))
        self.explanation.setText(tr("Click a block to edit it; drag layers from the palette to add them."))
        self.formula.setVisible(True)
        self.explanation.setVisible(True)
