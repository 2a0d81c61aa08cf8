"""Puts gradients through time on an UnrolledScene: bands under the state wires, heatmaps below.

The scene calls :meth:`GradientOverlay.layout_shown` when it builds a new diagram and the
view calls :meth:`GradientOverlay.place` after the value heatmaps change (the gradient
heatmaps go below them). :meth:`GradientOverlay.show` takes a run's history and the
epoch to draw on the arrows: the live run's latest, or any epoch of a replay.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from lstmviz.diagram.pieces import wrap
from lstmviz.diagram.types import LEFT_W, MARGIN, NORMAL_TYPE, UnrolledLayout, Wire
from lstmviz.i18n import tr
from lstmviz.model.gradient_history import GradientHistory, RowKey, relative_levels
from lstmviz.ui.unrolled.gradient_items import (
    CAPTION_H, MAP_H, GradientHeatmapItem, GradientLegendItem, GradientWireItem, heatmap_title, norm_text,
)
from lstmviz.ui.unrolled.items import TextItem

SPACE = 56.0  # between two heatmaps: room for the next one's "t = T" label


def wire_step(layout: UnrolledLayout, wire: Wire) -> int | None:
    """The 0-based input step whose state a state wire carries (None for an open-ended "T")."""
    source = next((n for n in layout.nodes if n.id == wire.source), None)
    if source is None:
        return None
    if source.role == "cell":
        return source.t
    row = layout.row(source.layer_index, source.direction) if source.layer_index is not None else None
    if row is None:
        return None
    slot = row.slots[int(source.id.rsplit(":", 1)[1])]
    if slot.hidden is None:
        return None
    return slot.hidden[1] - 1 if source.direction == 1 else slot.hidden[0]


class GradientOverlay:
    def __init__(self, scene: Any) -> None:
        self.scene = scene
        self.layout: UnrolledLayout | None = None
        self.history: GradientHistory | None = None
        self.epoch: int | None = None
        self.wires: list[GradientWireItem] = []
        self.below: list[QGraphicsItem] = []

    # ------------------------------------------------------------------ inputs

    def layout_shown(self, layout: UnrolledLayout) -> None:
        """A new diagram: the scene has just cleared every item, ours too."""
        self.layout, self.wires, self.below = layout, [], []
        for wire in layout.wires:
            if wire.role != "state" or wire.layer_index is None:
                continue
            t = wire_step(layout, wire)
            source = next(n for n in layout.nodes if n.id == wire.source)
            if t is None:
                continue
            item = GradientWireItem(wire.points, wire.state, t, (wire.layer_index, source.direction, wire.state))
            self.scene.addItem(item)
            self.wires.append(item)
        self._apply_wires()

    def show(self, history: GradientHistory | None, epoch: int | None = None) -> None:
        """Draw ``history`` (None clears); the arrows show the observation at or before ``epoch``."""
        self.history, self.epoch = history, epoch
        self._apply_wires()
        self.place()

    @property
    def shown_epoch(self) -> int | None:
        """The epoch of the observation on the arrows."""
        if self.history is None:
            return None
        i = self.history.index_at(self.epoch)
        return None if i is None else self.history.epochs[i]

    # ------------------------------------------------------------------ drawing

    def _apply_wires(self) -> None:
        epoch = self.shown_epoch  # None exactly when there are no norms to show
        norms = self.history.at(self.epoch) if self.history is not None and epoch is not None else {}
        for item in self.wires:
            values = norms.get(item.row)
            if values is None or epoch is None or item.t >= len(values):
                item.setVisible(False)
                continue
            level = float(relative_levels(values)[item.t])
            item.set_norm(float(values[item.t]), level,
                          norm_text(item.state, item.t + 1, float(values[item.t]), float(values.max()), epoch))

    def heatmaps(self) -> list[GradientHeatmapItem]:
        return [i for i in self.below if isinstance(i, GradientHeatmapItem)]

    def place(self) -> None:
        """(Re)draw the heatmaps below everything else the scene shows, and grow the scene to hold them."""
        for item in self.below:
            self.scene.removeItem(item)
        self.below = []
        layout, history = self.layout, self.history
        if layout is None or not layout.nodes or history is None or not len(history):
            return
        layer = layout.focus_layer
        if layer is None:
            return
        rows = history.rows_of(layer)
        if not rows:
            return
        top = layout.height
        for item in getattr(self.scene, "value_items", ()):
            top = max(top, item.mapRectToScene(item.boundingRect()).bottom())
        top += 12
        kind = self._kind(layout, layer)
        bidirectional = any(r[1] == -1 for r in rows) and any(r[1] == 1 for r in rows)
        heading = tr("Gradients through time in layer {layer} ({kind}): each time step's ||\u2202L/\u2202h(t)|| "
                     "(rows, t = 1 at the top) at every observed epoch (columns); loss on {samples} samples").format(
            layer=layer + 1, kind=kind, samples=history.samples)
        t = getattr(self.scene, "typography", NORMAL_TYPE)
        title = TextItem(heading, MARGIN, top, "heading", typography=t)
        reading = getattr(self.scene, "reading_width", None)
        if t.presenter and reading:
            # Presenter text is large: the heading wraps to what one screen of the view shows.
            chars = len(heading)
            while title.boundingRect().width() > reading - 2 * MARGIN and chars > 12:
                chars = int(chars * 0.85)
                title = TextItem("\n".join(wrap(heading, chars)), MARGIN, top, "heading", typography=t)
        maps_top = top + max(30.0, title.boundingRect().height() + 4)
        items: list[QGraphicsItem] = [title, GradientLegendItem(MARGIN, maps_top + 4, LEFT_W - 20)]
        shown = history.index_at(self.epoch)
        items += self._maps(layout, rows, history, kind, bidirectional, maps_top, shown)
        bottom = top
        for item in items:
            self.scene.addItem(item)
            self.below.append(item)
            bottom = max(bottom, item.mapRectToScene(item.boundingRect()).bottom())
        rect = self.scene.sceneRect()
        self.scene.setSceneRect(QRectF(0, 0, max(rect.width(), layout.width), bottom + MARGIN))

    def _maps(self, layout: UnrolledLayout, rows: list[RowKey], history: GradientHistory, kind: str,
              bidirectional: bool, y: float, shown: int | None) -> list[GradientHeatmapItem]:
        x = MARGIN + LEFT_W + 10 + 46
        right = layout.width - MARGIN
        per_row = 2 if len(rows) > 1 else 1
        w = max(140.0, min(420.0, (right - x - (per_row - 1) * SPACE) / per_row))
        per_row = max(1, min(per_row, int((right - x + SPACE) // (w + SPACE))))
        out = []
        for k, row in enumerate(rows):
            col, line = k % per_row, k // per_row
            rect = QRectF(x + col * (w + SPACE), y + CAPTION_H + line * (MAP_H + CAPTION_H + 30), w, MAP_H)
            item = GradientHeatmapItem(row, heatmap_title(row, kind, bidirectional), history.matrix(row),
                                       history.epochs, rect)
            item.mark(shown)
            out.append(item)
        return out

    @staticmethod
    def _kind(layout: UnrolledLayout, layer: int) -> str:
        cells = [n for n in layout.nodes if n.role == "cell" and n.layer_index == layer]
        return cells[0].kind if cells else ""
