"""The "Unrolled" tab: a recurrent layer drawn as one cell repeated over time, with live values.

Bound to the document (its architecture, inference, loaded data and seed, and its
selection), or used on its own: ``view.set_architecture(arch, dataset=spec_or_dataset)``.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QMessageBox, QWidget

from lstmviz.diagram.layout import build_layout
from lstmviz.diagram.types import (
    COMPACT_PITCH, GAP, KEEP, MAX_STEPS, NORMAL_TYPE, PITCH, PRESENTER_TYPE, UnrolledLayout,
)
from lstmviz.i18n import tr
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.failures import describe_failure, failure_text
from lstmviz.model.architecture import Architecture
from lstmviz.model.cell_values import CellValues
from lstmviz.model.cell_values.moments import EpochValues, InitialValues, ProbeValues, WeightValues
from lstmviz.model.cell_values.replay import replay_state
from lstmviz.model.catalogue import cell_of
from lstmviz.model.cells import unrolled_layers
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from lstmviz.model.datasets import Dataset
from lstmviz.model.gradient_history import GradientHistory
from lstmviz.model.inference import Inference, infer
from lstmviz.model.limits import one_line
from lstmviz.ui.files import file_dialogs
from lstmviz.ui.look import ink, style
from lstmviz.ui.document.document import Document
from lstmviz.ui.unrolled import edges
from lstmviz.ui.unrolled.export import FILTER, ExportError, export_scene
from lstmviz.ui.unrolled.header import UnrolledHeader, play_text
from lstmviz.ui.unrolled.scene import UnrolledScene

if TYPE_CHECKING:  # imported when a cell is first opened
    from lstmviz.ui.unrolled.gate_detail import GateDetailDialog

MIN_FIT_SCALE = 0.55  # below this text gets unreadable: scroll instead
MAX_FIT_SCALE = 1.0
# Presenter mode: every text inks at least style.PRESENTER_DIAGRAM_INK pixels (times the screen's
# factor), measured from rendered pixels; a small diagram may grow to fill a projector.
PRESENTER_MAX_FIT_SCALE = 2.4
# Columns shown of a long sequence (steps, kept at each end, pitch), most first: where the diagram does not
# fit at readable text, it shows fewer (the first step, "…", the last) before it scrolls; where even the shown
# row with its labels (the initial states left of the first cell) is wider than the view, closer columns.
PRESENTER_STEPS = ((6, 2, PITCH), (3, 1, PITCH), (2, 1, COMPACT_PITCH))
NEAR = 80.0  # scene units around a row within which a text belongs to it ("c(0) = 0", a note, the outputs' labels)
PROBE_INTERVAL = 0.06  # seconds between repaints for live values


class UnrolledView(QGraphicsView):
    layer_shown_changed = Signal(int)
    sample_changed = Signal(int)  # 0-based sample

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
        self.gate_detail: GateDetailDialog | None = None
        self._detail_cell: tuple[int, int] | None = None  # (layer, direction) the open cell detail shows
        self._live: dict[int, ProbeValues] = {}  # the engine's latest probe, per layer
        self._moment: EpochValues | None = None  # weights of a finished run, a loaded model or a replay
        self._sample = 0
        self.typography = NORMAL_TYPE
        self.presenter = False
        self.text_ink = style.PRESENTER_DIAGRAM_INK  # presenter mode's smallest text, in rendered pixels
        self._min_scale: float | None = None  # the scale at which the smallest text inks text_ink (cached)
        self._columns = PRESENTER_STEPS[0][:2]
        self.compact = False  # columns closer than PITCH: presenter mode on a narrow view
        self._dataset: DatasetSpec | Dataset | str | None = None  # a str says why there is no data
        self._data_x: np.ndarray | None = None
        self._data_problem: str | None = None
        self._seed = 0
        self._shown: int | None = None
        self._stale = False  # an architecture arrived while hidden: build when shown
        self._zoomed = False
        self._sized_for: QSize | None = None  # the view's size when the heatmaps were last decided
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
        self.diagram.hovered.connect(self.header.show_hover)
        self.document = document
        if document is not None:
            self._bind(document)

    # ------------------------------------------------------------------ header

    def _build_header(self) -> None:
        self.header = header = UnrolledHeader(self)
        self.layer_combo, self.source_label = header.layer_combo, header.source_label
        self.play_button, self.slider, self.step_label = header.play_button, header.slider, header.step_label
        self.fit_button, self.readout, self.hover_label = header.fit_button, header.readout, header.hover_label
        self.sample_spin = header.sample_spin
        self.layer_combo.activated.connect(lambda i: self.set_layer(self.layer_combo.itemData(i)))
        self.play_button.toggled.connect(self.play)
        self.slider.valueChanged.connect(self._step_changed)
        self.fit_button.clicked.connect(self.fit)
        header.previous_button.clicked.connect(lambda: self.step_by(-1))
        header.next_button.clicked.connect(lambda: self.step_by(1))
        self.sample_spin.valueChanged.connect(lambda v: self.set_sample(v - 1))
        self.verticalScrollBar().installEventFilter(self)  # it spans the header's margin too
        header.rows_changed.connect(self._place_header)
        self._place_header()

    def _place_header(self) -> None:
        height = self.header.sizeHint().height()
        self.setViewportMargins(0, height, 0, 0)
        frame = self.frameWidth()
        bar = self.verticalScrollBar()
        beside = bar.width() if bar.isVisible() else 0  # the header ends where the scroll bar begins
        self.header.setGeometry(frame, frame, self.width() - 2 * frame - beside, height)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.verticalScrollBar() and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._place_header()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_header()
        if self._zoomed:
            return
        # Only a new size of the view itself decides about the heatmaps: a scroll bar coming or
        # going resizes the viewport too, and must not start a back-and-forth.
        if self.size() != self._sized_for and self.diagram_layout is not None and not self._stale \
                and self.isVisible():
            self._sized_for = self.size()
            self._apply_values()  # the heatmaps come or go with the room, then the diagram is fitted
        else:
            self.fit()

    def set_presenter(self, on: bool, factor: float = 1.0) -> None:
        """Presenter mode: larger text in the diagram, fewer columns for long sequences, a fit that keeps every
        text at least ``text_ink`` rendered pixels tall (PRESENTER_DIAGRAM_INK times the screen's ``factor``)."""
        self.text_ink = style.PRESENTER_DIAGRAM_INK * factor
        self._min_scale = None
        if on == self.presenter:
            if on and self.architecture is not None:
                self._refresh()
            return
        self.presenter = on
        self.typography = PRESENTER_TYPE if on else NORMAL_TYPE
        self.diagram.typography = self.typography
        self.header.ensurePolished()
        self._place_header()
        self._zoomed = False
        if self.architecture is not None:
            self.diagram_layout = None
            self._refresh()

    # ---------------------------------------------------------------- document

    def _bind(self, document: Document) -> None:
        for signal in (document.architecture_changed, document.training_settings_changed,
                       document.dataset_changed, document.loaded):
            signal.connect(self._read_document)
        document.selection_changed.connect(self._selection_changed)
        for signal in (document.trained_changed, document.dataset_changed):  # new weights, or new data for them
            signal.connect(self._trained_changed)
        self._read_document()
        self._trained_changed()

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

    def _trained_changed(self) -> None:
        """Weights that fit the model (a finished run, a loaded one) give the values; else the initial ones."""
        doc = self.document
        assert doc is not None  # connected in _bind
        trained, x = doc.trained, doc.data.dataset.x if doc.data.dataset is not None else None
        if trained is None or x is None:
            if isinstance(self._moment, WeightValues):
                self.set_epoch_values(None)
            return
        self.set_epoch_values(WeightValues(trained, x))

    def _selection_changed(self, index: int) -> None:
        if self.inference is not None:
            self.set_layer(index)

    # ------------------------------------------------------------------ public

    @property
    def shown_layer(self) -> int | None:
        return self._shown

    def set_architecture(self, architecture: Architecture, inference: Inference | None = None, *,
                         dataset: DatasetSpec | Dataset | str | None = None, seed: int | None = None) -> None:
        """Redraw for a new architecture; live values of an older one are dropped."""
        if (architecture == self.architecture and dataset == self._dataset
                and (seed is None or int(seed) == self._seed) and self.diagram_layout is not None):
            return  # the document re-announced what is already shown
        if architecture != self.architecture:
            self._live.clear()
            self._moment = None
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

    def set_cell_values(self, probe: CellValues) -> None:
        """Show the engine's latest probe of a layer (its values while a run trains)."""
        self._live[int(probe.layer_index)] = ProbeValues(probe, self.architecture, self._data_x)
        if probe.layer_index != self._shown:
            self.source_label.setText(tr("new values for layer {number}: choose it to see them").format(
                number=probe.layer_index + 1))
        else:
            self._values_soon()

    def set_epoch_values(self, moment: EpochValues | None) -> None:
        """Show the values of one moment of the model (trained weights, a replay's epoch); None: the initial ones.

        Live probes of a run give way to it: a moment set now is newer than the last probe.
        """
        self._moment = moment
        self._live.clear()
        self._probe_timer.stop()
        if self._stale or not self.isVisible():
            self._values_due = True
        else:
            self._apply_probe()  # at once: a finished run's values must not wait for a probe's pacing

    def _values_soon(self) -> None:
        if self._stale or not self.isVisible():
            self._values_due = True  # painted when the tab is shown
        elif time.monotonic() - self._probe_at >= PROBE_INTERVAL:
            self._apply_probe()
        elif not self._probe_timer.isActive():
            # Probes may arrive 30 times a second; repainting a long sequence that often is wasted work.
            self._probe_timer.start()

    def show_replay(self, frame: Any, gradients: GradientHistory | None) -> None:
        """Show a replay's ``frame`` (its run, epoch and weights); None goes back to the document's trained weights.

        ``gradients`` are the last run's gradients through time: shown at the frame's epoch when
        the frame is of that run.
        """
        if frame is None:
            self._trained_changed()
            self.set_step_gradients(gradients if gradients is not None and len(gradients) else None, None)
            return
        doc = self.document
        data = doc.data.dataset if doc is not None else None
        if doc is None or data is None:  # a view without a document has no runs to replay
            return
        self.set_epoch_values(WeightValues(replay_state(doc.architecture, frame), data.x))
        runs = doc.runs
        own = bool(gradients is not None and len(gradients) and runs and runs[-1] is frame.run)
        self.set_step_gradients(gradients if own else None, frame.epoch if own else None)

    def set_step_gradients(self, history: GradientHistory | None, epoch: int | None = None) -> None:
        """Show a run's gradients through time: the arrows at ``epoch`` (None: the latest), all epochs below.

        Training calls it at every observation; a replay can call it with any epoch. None clears.
        """
        self.diagram.gradients.show(history, epoch)

    def clear_cell_values(self) -> None:
        """Forget live values and go back to the initial weights."""
        self._live.clear()
        self._moment = None
        self._apply_values()

    @property
    def sample(self) -> int:
        """The sample (0-based) whose values are shown."""
        return self._sample

    def set_sample(self, sample: int) -> None:
        count = len(self._data_x) if self._data_x is not None else 1
        sample = min(max(int(sample), 0), max(count - 1, 0))
        if sample == self._sample:
            return
        self._sample = sample
        self.sample_spin.blockSignals(True)
        self.sample_spin.setValue(sample + 1)
        self.sample_spin.blockSignals(False)
        self._apply_values()
        self.sample_changed.emit(sample)

    def set_step(self, step: int) -> None:
        self.slider.setValue(step)

    def step_by(self, delta: int) -> None:
        self.slider.setValue(min(max(self.slider.value() + delta, 0), self.slider.maximum()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():
            self.step_by(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def play(self, on: bool = True) -> None:
        if self.play_button.isChecked() != on:
            self.play_button.setChecked(on)
            return
        self.play_button.setText(play_text(on))
        self.timer.start() if on else self.timer.stop()

    def fit_limits(self) -> tuple[float, float]:
        """(smallest, largest) scale of a fit: the smallest keeps text readable, else the view scrolls."""
        if self.presenter:
            low = self.presenter_min_scale()
            return low, max(PRESENTER_MAX_FIT_SCALE, low)
        return MIN_FIT_SCALE, MAX_FIT_SCALE

    def presenter_min_scale(self) -> float:
        """The view scale at which the scene's shortest text inks ``text_ink`` pixels (once per scene)."""
        if self._min_scale is None:
            self._min_scale = ink.scale_for_ink(self.diagram.items(), self.text_ink)
        return self._min_scale

    def _fit_scale(self) -> float:
        """The scale that shows the whole scene, a hair under the exact fit (rounding must not bring scroll bars)."""
        rect = self.diagram.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        return min((view.width() - 2) / rect.width(), (view.height() - 2) / rect.height())

    def fit(self) -> None:
        self.setSceneRect(QRectF())  # the scene's own rect again, not room a last placement scrolled into
        rect = self.diagram.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        low, high = self.fit_limits()
        scale = max(min(self._fit_scale(), high), low)
        self.resetTransform()
        self.scale(scale, scale)
        # How much of the scene one screen shows: texts placed below the diagram keep to it.
        reading = view.width() / scale if self.presenter else None
        if reading != self.diagram.reading_width:
            self.diagram.reading_width = reading
            self.diagram.gradients.place()
        self._zoomed = False
        if rect.width() * scale <= view.width() and rect.height() * scale <= view.height():
            self.centerOn(rect.center())
        elif self.presenter and self._shown is not None and self.diagram.cell_items(self._shown):
            if not self._show_cells_together():
                self._follow_step(self.slider.value(), centre=True)  # the cell of the step shown is what the room reads
        else:
            self.ensureVisible(rect.x(), rect.y(), 1, 1)
            self._settle_edges(None)

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
        """Open "Inside the cell" on a cell; it then follows the time step, the sample and the values."""
        from lstmviz.ui.unrolled.gate_detail import GateDetailDialog

        if self.gate_detail is None:
            self.gate_detail = GateDetailDialog(self)
            self.gate_detail.step_requested.connect(self.set_step)
            self.gate_detail.finished.connect(lambda _result: setattr(self, "_detail_cell", None))
        self.gate_detail.set_presenter(self.presenter, self.text_ink / style.PRESENTER_DIAGRAM_INK)
        self._detail_cell = (node.layer_index, node.direction)
        if node.t is not None and node.layer_index == self._shown:
            self.slider.blockSignals(True)
            self.slider.setValue(node.t)
            self.slider.blockSignals(False)
            self._step_changed(node.t)
        self._update_detail(node.t)
        self.gate_detail.show()
        self.gate_detail.raise_()

    def _update_detail(self, step: int | None = None) -> None:
        """Show the open cell detail at ``step`` (the slider's when None) with the current values."""
        detail = self.gate_detail
        if detail is None or self._detail_cell is None or self.inference is None or self.architecture is None:
            return
        layer, direction = self._detail_cell
        if layer >= len(self.inference.layers) or not self.inference[layer].ok:
            return
        info = self.inference[layer].built()
        values = self.values if self.values is not None and self.values.layer_index == layer \
            and self.diagram.values_row(self.values) == direction else None
        steps = info.input_shape[1] if info.input_shape and len(info.input_shape) > 1 else None
        t = self.slider.value() if step is None or layer == self._shown else step
        detail.show_step(info, self.architecture.layers[layer].options, t, direction, steps, values)

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
        count = len(self._data_x) if self._data_x is not None else 1
        self.header.set_samples(count)
        if self._sample >= count:
            self._sample = 0
        self.sample_spin.blockSignals(True)
        self.sample_spin.setValue(self._sample + 1)
        self.sample_spin.blockSignals(False)

    def _resolve(self, focus: int | None) -> int | None:
        """The layer to show: ``focus`` when it is recurrent, else the first recurrent layer."""
        if self.architecture is None:
            return None
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
        architecture, inference = self.architecture, self.inference
        if architecture is None or inference is None:
            return  # nothing to draw yet
        choices = PRESENTER_STEPS if self.presenter else ((MAX_STEPS, KEEP, PITCH),)
        for choice, (steps, keep, pitch) in enumerate(choices):
            layout = self.diagram_layout = build_layout(architecture, inference, self._shown, max_steps=steps,
                                                        keep=keep, typography=self.typography, pitch=pitch)
            self.diagram.typography = self.typography
            self.diagram.heatmaps_shown = False
            self.diagram.show_layout(layout)
            self._min_scale = None
            self._columns = (steps, keep)
            self.compact = pitch != PITCH
            if not self.presenter or self._fit_scale() >= self.presenter_min_scale():
                break  # fits at readable text; else show fewer columns (never smaller text)
            if choice and self._row_fits():
                break  # the first step, "…" and the last side by side with their labels; the rest scrolls
        self._fill_combo(layout, inference)
        self._apply_values()
        if not self._zoomed:
            self.fit()

    def _fill_combo(self, layout: UnrolledLayout, inference: Inference) -> None:
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for index in layout.recurrent_layers:
            info = inference[index]
            self.layer_combo.addItem(tr("{number}: {name} ({kind})").format(number=index + 1, name=info.name,
                                                                           kind=info.kind), index)
        if self._shown is not None:
            self.layer_combo.setCurrentIndex(layout.recurrent_layers.index(self._shown))
        self.layer_combo.setEnabled(len(layout.recurrent_layers) > 1)
        self.layer_combo.blockSignals(False)

    def moment(self) -> EpochValues | None:
        """Where the shown layer's values come from now: the run's probe, a moment of weights, or the initial ones."""
        if self._shown is None:
            return None
        live = self._live.get(self._shown)
        if live is not None:
            return live
        if self._moment is not None:
            return self._moment
        if self._data_x is None or self.architecture is None:
            return None
        return InitialValues(self.architecture, self._data_x, self._seed)

    def _values_for_shown(self) -> CellValues | None:
        moment = self.moment()
        if moment is None or self._shown is None:  # no layer shown: no moment either
            self.values_problem = self._data_problem
            return None
        try:
            return moment.cell_values(self._shown, self._sample)
        except ValueError as exc:
            self.values_problem = str(exc)
            return None

    def _apply_probe(self) -> None:
        self._probe_at = time.monotonic()
        self._apply_values()

    def _apply_values(self) -> None:
        self._values_due = False
        self.values_problem = None
        values = None
        if self._shown is not None and self.diagram_layout is not None and self.diagram_layout.nodes:
            values = self._values_for_shown()
        if values is not None:
            architecture, inference = self.architecture, self.inference
            assert architecture is not None and inference is not None  # values come for a layer of the diagram
            options = architecture.layers[values.layer_index].options
            _, inner = cell_of(architecture.layers[values.layer_index].kind, options)
            heading = tr("{layer}: values on sample {sample} ({source})").format(
                layer=inference[values.layer_index].title, sample=values.sample + 1, source=values.source)
            self.diagram.heatmaps_shown = True
            problem = self.diagram.set_values(values, inner, heading)
            self._min_scale = None  # the heatmaps' text counts too
            if not problem and self._fit_scale() < self.fit_limits()[0]:
                # No room for both: the cells keep their readable size, the heatmaps go.
                self.diagram.heatmaps_shown = False
                problem = self.diagram.set_values(values, inner, heading)
                self._min_scale = None
            if problem:
                self.values_problem, values = problem, None
        else:
            self.diagram.set_values(None, {})
        self.diagram.gradients.place()  # below the value heatmaps, which may have changed height
        self.values = values
        if values is not None:
            text = tr("values: {source}").format(source=values.source)
            if values.sample != self._sample:
                text += tr(" (sample {number}: the one this run follows)").format(number=values.sample + 1)
            self.source_label.setText(text)
        elif self._shown is not None:
            self.source_label.setText(tr("no values ({why})").format(why=self.values_problem or tr("none yet")))
        else:
            self.source_label.setText("")
        steps = values.steps if values is not None else self._steps()
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(steps - 1, 0))
        self.slider.setValue(min(self.slider.value(), max(steps - 1, 0)))
        self.slider.blockSignals(False)
        for widget in (self.slider, self.play_button, self.header.previous_button, self.header.next_button):
            widget.setEnabled(steps > 1)
        self._step_changed(self.slider.value())
        if not self._zoomed:
            self.fit()  # heatmaps came or went: the scene changed size

    def _steps(self) -> int:
        if self.diagram_layout is None or self._shown is None:
            return 0
        steps = [c.node.t for c in self.diagram.cell_items(self._shown) if c.node.t is not None]
        return max(steps) + 1 if steps else 0

    def _step_changed(self, step: int) -> None:
        steps = self.values.steps if self.values is not None else self._steps()
        self.header.set_step_text(step, steps)
        self.diagram.set_step(step if self._steps() else None)
        self.readout.setText(self.diagram.readout(step))
        self._follow_step(step)
        self._update_detail()

    def _row_cells(self) -> list[QRectF]:
        """The shown layer's cells (its forward row where it has two), in scene coordinates."""
        cells = self.diagram.cell_items(self._shown, 1) or self.diagram.cell_items(self._shown, -1)
        return [c.sceneBoundingRect() for c in cells]

    @staticmethod
    def _united(rects: list[QRectF]) -> QRectF:
        whole = QRectF(rects[0])
        for rect in rects[1:]:
            whole = whole.united(rect)
        return whole

    @classmethod
    def _with_labels(cls, row: QRectF, drawn: list[QRectF]) -> QRectF:
        """``row`` with the texts that belong to it among ``drawn`` (the scene's drawn boxes): the initial states
        before it, the outputs' names above, a note beside it; whatever lies wholly within NEAR across and GAP
        up and down."""
        near = row.adjusted(-NEAR, -GAP, NEAR, GAP)
        return cls._united([row, *(box for box in drawn if near.contains(box))])

    def _row_fits(self) -> bool:
        """Whether the shown row with its labels fits the view at presenter text size (checked before a fit)."""
        cells = self._row_cells()
        if len(cells) < 2:
            return True
        wanted = self._with_labels(self._united(cells), self.diagram.drawn_boxes())
        scale = self.presenter_min_scale()
        view = self.viewport().rect()
        return wanted.width() + 2 * edges.AIR / scale <= view.width() / scale and wanted.height() <= view.height() / scale

    def _show_cells_together(self) -> bool:
        """A diagram larger than the view (presenter text never shrinks): show the shown layer's cells, first to
        last, side by side with the wires into, between and out of them and their labels, where they fit; the
        weights on the left and the other layers' rows scroll. Unrolling is read from two cells at least."""
        cells = self._row_cells()
        if len(cells) < 2:
            return False
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        row = self._united(cells)
        if row.width() > seen.width() or row.height() > seen.height():
            return False
        self._show_around(row, seen)
        return True

    def _show_around(self, row: QRectF, seen: QRectF) -> None:
        """Centre ``row`` with its labels where they fit, else the row whole with as much of them as fits, the
        initial states first; then the edges are moved off whatever they would cut."""
        drawn = self.diagram.drawn_boxes()  # walks every item: once for the labels and the edges
        wanted = self._with_labels(row, drawn)
        keep = wanted if wanted.width() <= seen.width() and wanted.height() <= seen.height() else row
        if wanted.width() <= seen.width():
            x = wanted.center().x()
        else:  # the initial states' labels first, then as much of the wire out as is left; the cells always whole
            x = max(wanted.left(), row.right() + 2 - seen.width()) + seen.width() / 2
        y = wanted.center().y() if wanted.height() <= seen.height() else row.center().y()
        self.centerOn(x, y)
        self._settle_edges(keep, drawn)

    def _settle_edges(self, keep: QRectF | None, drawn: list[QRectF] | None = None) -> None:
        """Scroll a little so that the view's edges cut no text or box where they can (``keep`` stays whole)."""
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        scene = self.diagram.sceneRect()
        if seen.contains(scene):
            return

        def box(r: QRectF) -> edges.Box:
            return r.left(), r.top(), r.right(), r.bottom()

        boxes = [box(b) for b in (self.diagram.drawn_boxes() if drawn is None else drawn)]
        if not edges.cut_boxes(boxes, box(seen)):
            return
        scale = max(self.transform().m11(), 1e-6)
        held = box(keep) if keep is not None else None
        window = edges.place(box(seen), boxes, box(scene), held, edges.AIR / scale)
        if edges.cut_boxes(boxes, window):
            # The scene's end holds the edge on a text (the weights' block beside the first cell): the view
            # may then scroll past the end into blank room, which cuts nothing.
            wider = scene.adjusted(-seen.width(), -seen.height(), seen.width(), seen.height())
            beyond = edges.place(box(seen), boxes, box(wider), held, edges.AIR / scale)
            if len(edges.cut_boxes(boxes, beyond)) < len(edges.cut_boxes(boxes, window)):
                window = beyond
                left, top, right, bottom = window
                self.setSceneRect(scene.united(QRectF(left, top, right - left, bottom - top)))
        left, top, right, bottom = window
        self.centerOn((left + right) / 2, (top + bottom) / 2)

    def _follow_step(self, step: int, centre: bool = False) -> None:
        """A diagram larger than the view (presenter text never shrinks) scrolls to the cell of the step shown."""
        if self._zoomed or self._shown is None or not (self.horizontalScrollBar().maximum()
                                                       or self.verticalScrollBar().maximum()):
            return
        cells = [c for c in self.diagram.cell_items(self._shown) if c.node.t is not None and c.node.t <= step] \
            or [c for c in self.diagram.cell_items(self._shown) if c.node.t is not None]
        if not cells:
            return
        cell = max(cells, key=lambda c: c.node.t or 0).sceneBoundingRect()  # every t is set
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        if centre:
            self._show_around(cell, seen)
        elif not seen.contains(cell):
            self.ensureVisible(cell, 24, 24)
            self._settle_edges(cell)

    def _advance(self) -> None:
        top = self.slider.maximum()
        self.slider.setValue(0 if self.slider.value() >= top else self.slider.value() + 1)
