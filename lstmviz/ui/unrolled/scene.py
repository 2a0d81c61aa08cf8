"""The scene of the unrolled view: items built from an UnrolledLayout, hover groups, values, heatmaps."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any, Mapping

import numpy as np
from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from lstmviz.diagram.pieces import value_step, wrap
from lstmviz.diagram.types import LEFT_W, MARGIN, NORMAL_TYPE, Node, Typography, UnrolledLayout
from lstmviz.i18n import tr
from lstmviz.ui.unrolled.gradient_overlay import GradientOverlay
from lstmviz.ui.unrolled.heatmaps import HeatmapItem, LegendItem, heatmap_items
from lstmviz.ui.unrolled.items import CellItem, NodeItem, TextItem, WireItem, label_item, wire_label
from lstmviz.model.cell_values import CellValues


class UnrolledScene(QGraphicsScene):
    cell_clicked = Signal(object)  # the model Node of the clicked cell
    hovered = Signal(str)  # numbers or a description under the pointer

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.layout: UnrolledLayout | None = None
        self.node_items: dict[str, NodeItem] = {}
        self.wire_items: list[WireItem] = []
        self.groups: dict[str, list[Any]] = defaultdict(list)
        self.value_items: list[QGraphicsItem] = []
        self.values: CellValues | None = None
        self.step: int | None = None
        self.highlighted_group: str | None = None
        self.typography: Typography = NORMAL_TYPE  # text sizes; the view sets them with the layout
        self.reading_width: float | None = None  # scene width one screen shows in presenter mode (the view sets it)
        self.heatmaps_shown = True
        self.gradients = GradientOverlay(self)  # gradients through time, drawn over the state wires and below

    # ----------------------------------------------------------------- building

    def show_layout(self, layout: UnrolledLayout) -> None:
        self.clear()
        self.gradients.layout_shown(layout)
        self.node_items, self.wire_items, self.value_items = {}, [], []
        self.groups = defaultdict(list)
        self.layout, self.values, self.highlighted_group = layout, None, None
        t = self.typography
        if not layout.nodes:
            self.addItem(TextItem("\n".join(wrap(layout.message or "", 70)), MARGIN, MARGIN, "heading", typography=t))
            return
        for node in layout.nodes:
            item = CellItem(node, t) if node.role == "cell" else NodeItem(node, t)
            self.addItem(item)
            self.node_items[node.id] = item
            if node.group:
                self.groups[node.group].append(item)
        for wire in layout.wires:
            wire_item = WireItem(wire)
            self.addItem(wire_item)
            self.wire_items.append(wire_item)
            if wire.group:
                self.groups[wire.group].append(wire_item)
            text = wire_label(wire, t)
            if text is not None:
                self.addItem(text)
        for label in layout.labels:
            self.addItem(label_item(label, t))
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))

    def items_with_role(self, role: str) -> list[QGraphicsItem]:
        return [i for i in self.items() if i.data(0) == role]

    def cell_items(self, layer_index: int | None = None, direction: int | None = None) -> list[CellItem]:
        cells = [i for i in self.node_items.values() if isinstance(i, CellItem)]
        return [c for c in cells if (layer_index is None or c.node.layer_index == layer_index)
                and (direction is None or c.node.direction == direction)]

    # ------------------------------------------------------------------ hovering

    def hover_group(self, group: str | None, on: bool) -> None:
        if group is None:
            return
        for item in self.groups.get(group, ()):
            item.set_highlighted(on)
        self.highlighted_group = group if on else None

    def hover_text(self, text: str) -> None:
        self.hovered.emit(text)

    def open_cell(self, item: CellItem) -> None:
        self.cell_clicked.emit(item.node)

    # -------------------------------------------------------------------- values

    def values_row(self, values: CellValues) -> int:
        """The direction of the row that shows these values: the forward one when there is one."""
        layout = self.layout
        return 1 if layout is None or layout.row(values.layer_index, 1) else -1

    def set_values(self, values: CellValues | None, options: Mapping[str, Any], heading: str = "") -> str | None:
        """Colour the cells of ``values.layer_index`` and draw its heatmaps; returns a problem, if any."""
        for item in self.value_items:
            self.removeItem(item)
        self.value_items = []
        for cell in self.cell_items():
            cell.set_values({})
        self.values = None
        if self.layout is not None and self.layout.nodes:
            self.setSceneRect(QRectF(0, 0, self.layout.width, self.layout.height))
        if values is None or self.layout is None or not self.layout.nodes:
            return None
        direction = self.values_row(values)
        row = self.layout.row(values.layer_index, direction)
        cells = self.cell_items(values.layer_index, direction)
        if row is None or not cells:
            return tr('layer {value} is not drawn').format(value=values.layer_index + 1)
        steps = max(c.node.t for c in cells if c.node.t is not None) + 1
        if values.steps != steps:
            return tr('the values have {steps} time steps but the layer reads {steps2}').format(steps=values.steps, steps2=steps)
        backwards = direction == -1
        self.values = values
        for cell in cells:
            if cell.node.t is None:
                continue
            k = value_step(cell.node.t, steps, {"go_backwards": backwards})
            cell.set_values({key: values.array(key)[k] for key in values.keys()})
        if self.heatmaps_shown:
            self.add_heatmaps(values, backwards, heading)
        self.set_step(self.step)
        return None

    def add_heatmaps(self, values: CellValues, backwards: bool, heading: str) -> None:
        t = self.typography
        layout = self.layout
        assert layout is not None  # values are drawn over a diagram
        top = layout.height + 4
        title = TextItem(heading or tr("values of layer {number}, per time step and unit").format(
            number=values.layer_index + 1), MARGIN, top, "heading", typography=t)
        below = title.rect.bottom() + 6
        legend = LegendItem(MARGIN, below + 4, LEFT_W - 20, t, values.keys())
        shown = values
        if backwards:  # heatmaps read left to right like the diagram
            shown = replace(values, gates={k: v[::-1] for k, v in values.gates.items()},
                            states={k: v[::-1] for k, v in values.states.items()})
        maps = heatmap_items(shown, MARGIN + LEFT_W + 10, below, layout.width - MARGIN, t)
        bottom = top
        for item in (title, legend, *maps):
            self.addItem(item)
            self.value_items.append(item)
            bottom = max(bottom, item.mapRectToScene(item.boundingRect()).bottom())
        self.setSceneRect(QRectF(0, 0, layout.width, bottom + MARGIN))

    def heatmaps(self) -> list[HeatmapItem]:
        return [i for i in self.value_items if isinstance(i, HeatmapItem)]

    # ------------------------------------------------------------------ time step

    def set_step(self, step: int | None) -> None:
        self.step = step
        for item in self.node_items.values():
            if isinstance(item, CellItem):
                item.set_step_selected(step is not None and item.node.t == step)
        for heatmap in self.heatmaps():
            heatmap.set_step(step)

    def readout(self, step: int | None) -> str:
        """The numbers of one time step, as means over the units."""
        values = self.values
        if values is None or step is None or not 0 <= step < values.steps:
            return ""
        direction = self.values_row(values)
        k = value_step(step, values.steps, {"go_backwards": direction == -1})
        parts = [f"{key} {float(np.mean(values.array(key)[k])):+.2f}" for key in values.keys()]
        return tr("t = {step}:  {values}   (means over {units} units)").format(
            step=step + 1, values="  \u00b7  ".join(parts), units=values.units)

    def drawn_boxes(self) -> list[QRectF]:
        """What a view's edge must not cut, in scene coordinates: every text and every box (the band behind the
        shown row and the wires, which run on out of view, aside)."""
        boxes = []
        for item in self.items():
            if not item.isVisible():
                continue
            if isinstance(item, NodeItem) and item.node.role not in ("band", "gap") or isinstance(item, TextItem):
                boxes.append(item.mapRectToScene(item.rect))  # a box, or a label's white patch
            if hasattr(item, "text_runs"):
                boxes.extend(item.mapRectToScene(run.rect) for run in item.text_runs())
        return boxes

    def node_for(self, node_id: str) -> Node:
        return self.node_items[node_id].node

    def diagram_rect(self) -> QRectF:
        return self.itemsBoundingRect()

