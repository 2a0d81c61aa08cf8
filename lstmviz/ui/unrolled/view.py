"""The "Unrolled" tab: a recurrent layer drawn as one cell repeated over time, with live values.

Bound to the document (its architecture, inference, loaded data and seed, and its
selection), or used on its own: ``view.set_architecture(arch, dataset=spec_or_dataset)``.
"""

from __future__ import annotations

import os
import time
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox, QGraphicsView, QHBoxLayout, QLabel, QMessageBox, QSlider, QToolButton, QVBoxLayout,
    QWidget,
)

from lstmviz.diagram.layout import build_layout
from lstmviz.diagram.types import UnrolledLayout
from lstmviz.i18n import tr
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.failures import describe_failure, failure_text
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import cell_of
from lstmviz.model.cells import unrolled_layers
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from lstmviz.model.datasets import Dataset
from lstmviz.model.gradient_history import GradientHistory
from lstmviz.model.inference import Inference, infer
from lstmviz.model.limits import one_line
from lstmviz.training.messages import CellProbe
from lstmviz.ui import file_dialogs
from lstmviz.ui.document.document import Document
from lstmviz.ui.unrolled.export import FILTER, ExportError, export_scene
from lstmviz.ui.unrolled.scene import UnrolledScene
from lstmviz.ui.unrolled.trained_values import trained_cell_values
from lstmviz.ui.unrolled.values import CellValues, from_probe, initial_values

HEADER_H = 54
MIN_FIT_SCALE = 0.55  # below this text gets unreadable: scroll instead
PROBE_INTERVAL = 0.06  # seconds between repaints for live values


class UnrolledView(QGraphicsView):
    layer_shown_changed = Signal(int)
    values_changed = Signal()

    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unrolledDiagram")
        self.diagram = UnrolledScene(self)
        self.setScene(self.diagram)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setMouseTracking(True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.architecture: Architecture | None = None
        self.inference: Inference | None = None
        self.diagram_layout: UnrolledLayout | None = None
        self.values: CellValues | None = None
        self.values_problem: str | None = None
        self.gate_detail = None
        self._live: dict[int, CellValues] = {}  # values from training or a loaded model, per layer
        self._trained_cache: tuple[tuple, CellValues | None] | None = None  # values of the document's weights
        self._dataset: DatasetSpec | Dataset | None = None
        self._data_x: np.ndarray | None = None
        self._data_problem: str | None = None
        self._seed = 0
        self._shown: int | None = None
        self._stale = False  # an architecture arrived while hidden: build when shown
        self._zoomed = False
        self._build_header()
        self._values_due = False
        self._probe_at = 0.0
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.setInterval(int(PROBE_INTERVAL * 1000))
        self._probe_timer.timeout.connect(self._apply_probe)
        self.timer = QTimer(self)
        self.timer.setInterval(600)
        self.timer.timeout.connect(self._advance)
        self.diagram.cell_clicked.connect(self.open_gate_detail)
        self.diagram.hovered.connect(self.hover_label.setText)
        self.document = document
        if document is not None:
            self._bind(document)

    # ------------------------------------------------------------------ header

    def _build_header(self) -> None:
        self.header = QWidget(self)
        self.header.setObjectName("unrolledHeader")
        self.header.setAutoFillBackground(True)
        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("unrolledLayer")
        self.layer_combo.setToolTip("The recurrent layer whose values are shown")
        self.layer_combo.activated.connect(lambda i: self.set_layer(self.layer_combo.itemData(i)))
        self.source_label = QLabel()
        self.source_label.setObjectName("unrolledSource")
        self.play_button = QToolButton()
        self.play_button.setObjectName("unrolledPlay")
        self.play_button.setCheckable(True)
        self.play_button.setText("\u25b6 Play")
        self.play_button.setToolTip("Walk through the time steps")
        self.play_button.toggled.connect(self.play)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("unrolledStep")
        self.slider.setMinimumWidth(160)
        self.slider.valueChanged.connect(self._step_changed)
        self.step_label = QLabel("t = 1")
        self.step_label.setMinimumWidth(56)
        self.fit_button = QToolButton()
        self.fit_button.setText("Fit")
        self.fit_button.setToolTip("Fit the diagram to the window (Ctrl+wheel zooms)")
        self.fit_button.clicked.connect(self.fit)
        self.readout = QLabel()
        self.readout.setObjectName("unrolledReadout")
        self.hover_label = QLabel()
        self.hover_label.setObjectName("unrolledHover")
        self.hover_label.setStyleSheet("color: #4a5866;")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for w in (QLabel("Layer"), self.layer_combo, self.source_label):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.play_button, self.slider, self.step_label, self.fit_button):
            top.addWidget(w)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.readout)
        bottom.addStretch(1)
        bottom.addWidget(self.hover_label)
        box = QVBoxLayout(self.header)
        box.setContentsMargins(6, 2, 6, 2)
        box.setSpacing(0)
        box.addLayout(top)
        box.addLayout(bottom)
        self.setViewportMargins(0, HEADER_H, 0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        frame = self.frameWidth()
        self.header.setGeometry(frame, frame, self.width() - 2 * frame, HEADER_H)
        if not self._zoomed:
            self.fit()

    # ---------------------------------------------------------------- document

    def _bind(self, document: Document) -> None:
        for signal in (document.architecture_changed, document.training_settings_changed,
                       document.dataset_changed, document.loaded):
            signal.connect(self._read_document)
        document.selection_changed.connect(self._selection_changed)
        document.trained_changed.connect(self._trained_changed)
        self._read_document()

    def _trained_changed(self) -> None:
        """New weights (a run finished, a file opened, an undo): they replace the last probe's values."""
        self._live.clear()
        if self.diagram_layout is not None and not self._stale and self.isVisible():
            self._apply_values()
        else:
            self._values_due = True

    def _read_document(self) -> None:
        doc = self.document
        assert doc is not None
        data = doc.data
        # The document's loaded data only: a CSV file is read once, by the document, off the GUI thread.
        if data.dataset is not None:
            dataset: DatasetSpec | Dataset | str = data.dataset
        elif data.loading:
            dataset = tr("the data is still loading")
        else:
            dataset = data.problem or tr("no dataset")
        self.set_architecture(doc.architecture, doc.inference, dataset=dataset, seed=doc.training.seed)

    def _selection_changed(self, index: int) -> None:
        if self.inference is not None:
            self.set_layer(index)

    # ------------------------------------------------------------------ public

    @property
    def shown_layer(self) -> int | None:
        return self._shown

    def set_architecture(self, architecture: Architecture, inference: Inference | None = None, *,
                         dataset: DatasetSpec | Dataset | None = None, seed: int | None = None) -> None:
        """Redraw for a new architecture; live values of an older one are dropped."""
        if (architecture == self.architecture and dataset == self._dataset
                and (seed is None or int(seed) == self._seed) and self.diagram_layout is not None):
            return  # the document re-announced what is already shown
        if architecture != self.architecture:
            self._live.clear()
            self.diagram.gradients.show(None)  # gradients of another model
        self.architecture = architecture
        self.inference = inference or infer(architecture)
        if seed is not None:
            self._seed = int(seed)
        self._set_dataset(dataset)
        self._shown = self._resolve(self._shown)
        self._refresh()

    def set_dataset(self, dataset: DatasetSpec | Dataset | None, seed: int | None = None) -> None:
        """A dataset (or a spec to load); its first sample gives the initial-weight values."""
        if seed is not None:
            self._seed = int(seed)
        self._set_dataset(dataset)
        if self.diagram_layout is not None and not self._stale:
            self._apply_values()

    def set_layer(self, index: int | None) -> None:
        if self.architecture is None or index == self._shown or index != self._resolve(index):
            return
        self._shown = index
        self._refresh()
        self.layer_shown_changed.emit(index)

    def ensure_current(self) -> None:
        """Build the diagram now if an edit arrived while the view was hidden."""
        if self._stale:
            self._stale = False
            self._rebuild()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_current()
        if self._values_due:
            self._apply_values()

    def set_cell_values(self, probe: CellProbe, source: str | None = None) -> None:
        """Show gates and states from a CellProbe-like object (epoch, layer_index, kind, gates, states)."""
        values = from_probe(probe, source)
        self._live[values.layer_index] = values
        if values.layer_index != self._shown:
            self.source_label.setText(f"new values for layer {values.layer_index + 1}: choose it to see them")
        elif self._stale or not self.isVisible():
            self._values_due = True  # painted when the tab is shown
        elif time.monotonic() - self._probe_at >= PROBE_INTERVAL:
            self._apply_probe()
        elif not self._probe_timer.isActive():
            # Probes may arrive 30 times a second; repainting a long sequence that often is wasted work.
            self._probe_timer.start()

    def set_step_gradients(self, history: GradientHistory | None, epoch: int | None = None) -> None:
        """Show a run's gradients through time: the arrows at ``epoch`` (None: the latest), all epochs below.

        Training calls it at every observation; a replay can call it with any epoch. None clears.
        """
        self.diagram.gradients.show(history, epoch)

    def clear_cell_values(self) -> None:
        """Forget live values and go back to the initial weights."""
        self._live.clear()
        self._apply_values()

    def set_step(self, step: int) -> None:
        self.slider.setValue(step)

    def play(self, on: bool = True) -> None:
        if self.play_button.isChecked() != on:
            self.play_button.setChecked(on)
            return
        self.play_button.setText("\u25a0 Stop" if on else "\u25b6 Play")
        self.timer.start() if on else self.timer.stop()

    def fit(self) -> None:
        rect = self.diagram.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        scale = max(scale, MIN_FIT_SCALE)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center()) if scale > MIN_FIT_SCALE else self.ensureVisible(rect.x(), rect.y(), 1, 1)
        self._zoomed = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            self._zoomed = True
            event.accept()
        else:
            super().wheelEvent(event)

    def export_image(self, path: str | os.PathLike[str]) -> str:
        """Save the diagram (with heatmaps and legend) as PNG or SVG, chosen by the suffix."""
        self.ensure_current()
        return str(export_scene(self.diagram, path))

    def export_image_dialog(self, parent: QWidget | None = None) -> str | None:
        """File > Export > Image…: ask for a file name, save, and report problems in a message box."""
        parent = parent or self.window()
        path = file_dialogs.save_path(parent, tr("Export diagram image"), "unrolled.png", FILTER)
        if not path:
            return None
        try:
            return self.export_image(path)
        except Exception as exc:  # noqa: BLE001 - whatever failed: one line, nothing half-written
            text = failure_text(exc, path) or (one_line(str(exc)) if isinstance(exc, (ExportError, ValueError))
                                                else describe_failure(exc, path))
            QMessageBox.warning(parent, tr("Export image"), text)
            return None

    def open_gate_detail(self, node: Any) -> None:
        from lstmviz.ui.unrolled.gate_detail import GateDetailDialog

        info = self.inference[node.layer_index]
        values = self.values if self.values is not None and self.values.layer_index == node.layer_index \
            and self.diagram.values_row(self.values) == node.direction else None
        if self.gate_detail is None:
            self.gate_detail = GateDetailDialog(self)
        self.gate_detail.show_cell(info, self.architecture.layers[node.layer_index].options, node, values)
        self.gate_detail.show()
        self.gate_detail.raise_()

    # ----------------------------------------------------------------- internals

    def _set_dataset(self, dataset: DatasetSpec | Dataset | str | None) -> None:
        """A dataset, a spec to load (used without a document), or why there is no data (a str)."""
        if dataset is self._dataset or (isinstance(dataset, (DatasetSpec, str)) and dataset == self._dataset):
            if self._data_x is not None or self._data_problem is not None:
                return
        self._dataset, self._data_x, self._data_problem = dataset, None, None
        if isinstance(dataset, str):
            self._data_problem = dataset
        elif isinstance(dataset, Dataset):
            self._data_x = dataset.x
        elif dataset is None or not dataset.chosen:
            self._data_problem = tr("no dataset")
        else:
            try:
                self._data_x = load_dataset(dataset).x
            except DatasetError as exc:
                self._data_problem = one_line(str(exc))

    def _resolve(self, focus: int | None) -> int | None:
        """The layer to show: ``focus`` when it is recurrent, else the first recurrent layer."""
        recurrent = unrolled_layers(layer.kind for layer in self.architecture.layers)
        return focus if focus in recurrent else (recurrent[0] if recurrent else None)

    def _refresh(self) -> None:
        # Building a large diagram costs tens of milliseconds: skip it while the tab is hidden.
        if self.isVisible():
            self._stale = False
            self._rebuild()
        else:
            self._stale = True

    def _rebuild(self) -> None:
        self.diagram_layout = build_layout(self.architecture, self.inference, self._shown)
        self.diagram.show_layout(self.diagram_layout)
        self._fill_combo()
        self._apply_values()
        if not self._zoomed:
            self.fit()

    def _fill_combo(self) -> None:
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for index in self.diagram_layout.recurrent_layers:
            info = self.inference[index]
            self.layer_combo.addItem(f"{index + 1}: {info.name} ({info.kind})", index)
        if self._shown is not None:
            self.layer_combo.setCurrentIndex(self.diagram_layout.recurrent_layers.index(self._shown))
        self.layer_combo.setEnabled(len(self.diagram_layout.recurrent_layers) > 1)
        self.layer_combo.blockSignals(False)

    def _initial_values(self) -> CellValues | None:
        if self._data_x is None:
            self.values_problem = self._data_problem
            return None
        try:
            return initial_values(self.architecture, self._data_x, self._shown, self._seed)
        except ValueError as exc:
            self.values_problem = str(exc)
            return None

    def _trained_values(self) -> CellValues | None:
        """The shown layer's values from the document's trained weights (numpy), or None."""
        trained = self.document.trained if self.document is not None else None
        if trained is None or self._data_x is None or trained.architecture != self.architecture:
            return None
        cached = self._trained_cache
        if cached is None or cached[0][0] is not trained or cached[0][1] != self._shown \
                or cached[0][2] is not self._data_x:
            try:
                values = trained_cell_values(trained, self._data_x, self._shown)
            except ValueError:
                values = None  # the initial-weight values say why the data does not fit
            self._trained_cache = ((trained, self._shown, self._data_x), values)
        return self._trained_cache[1]

    def _apply_probe(self) -> None:
        self._probe_at = time.monotonic()
        self._apply_values()

    def _apply_values(self) -> None:
        self._values_due = False
        self.values_problem = None
        values = None
        if self._shown is not None and self.diagram_layout is not None and self.diagram_layout.nodes:
            values = self._live.get(self._shown) or self._trained_values() or self._initial_values()
        if values is not None:
            options = self.architecture.layers[values.layer_index].options
            _, inner = cell_of(self.architecture.layers[values.layer_index].kind, options)
            heading = f"{self.inference[values.layer_index].title}: values on sample {values.sample + 1} " \
                      f"({values.source})"
            problem = self.diagram.set_values(values, inner, heading)
            if problem:
                self.values_problem, values = problem, None
        else:
            self.diagram.set_values(None, {})
        self.diagram.gradients.place()  # below the value heatmaps, which may have changed height
        self.values = values
        if values is not None:
            self.source_label.setText(f"values: {values.source}")
        elif self._shown is not None:
            self.source_label.setText(f"no values ({self.values_problem or 'none yet'})")
        else:
            self.source_label.setText("")
        steps = values.steps if values is not None else self._steps()
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(steps - 1, 0))
        self.slider.setValue(min(self.slider.value(), max(steps - 1, 0)))
        self.slider.blockSignals(False)
        self.slider.setEnabled(steps > 1)
        self.play_button.setEnabled(steps > 1)
        self._step_changed(self.slider.value())
        self.values_changed.emit()

    def _steps(self) -> int:
        if self.layout is None or self._shown is None:
            return 0
        steps = [c.node.t for c in self.diagram.cell_items(self._shown) if c.node.t is not None]
        return max(steps) + 1 if steps else 0

    def _step_changed(self, step: int) -> None:
        self.step_label.setText(f"t = {step + 1}")
        self.diagram.set_step(step if self._steps() else None)
        self.readout.setText(self.diagram.readout(step))

    def _advance(self) -> None:
        top = self.slider.maximum()
        self.slider.setValue(0 if self.slider.value() >= top else self.slider.value() + 1)
