"""The items drawn on the architecture canvas: layer blocks, shape arrows, the insertion marker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from lstmviz.model.architecture import InputSpec
from lstmviz.ui import style
from lstmviz.ui.editor.icons import kind_pixmap

BLOCK_WIDTH = 400.0
BLOCK_HEIGHT = 64.0
GAP = 50.0  # vertical space between blocks, where the arrow and its shape label go
ROW = BLOCK_HEIGHT + GAP


def row_top(row: int) -> float:
    """Top of a row: row 0 is the Input block, row k is layer k - 1."""
    return row * ROW


def gap_centre(gap: int) -> float:
    """Middle of the space above layer ``gap`` (gap == n means below the last layer)."""
    return row_top(gap) + BLOCK_HEIGHT + GAP / 2


def key_options(kind: str, o: Mapping[str, Any]) -> str:
    """The options worth reading on the block itself."""
    parts: list[str] = []
    if kind in ("LSTM", "GRU", "SimpleRNN"):
        parts.append(f"units={o['units']}")
        if o.get("return_sequences"):
            parts.append("return_sequences")
        if kind == "GRU" and not o.get("reset_after", True):
            parts.append("reset_after=False")
    elif kind == "Bidirectional":
        parts += [f"{o['layer']}({o['units']})", f"merge={o['merge_mode']}"]
        if o.get("return_sequences"):
            parts.append("return_sequences")
    elif kind in ("Dense", "TimeDistributed"):
        parts += [f"units={o['units']}", str(o.get("activation", "linear"))]
    elif kind == "Embedding":
        parts += [f"vocabulary={int(o['input_dim']):,}", f"dims={o['output_dim']}"]
    elif kind == "Dropout":
        parts.append(f"rate={o['rate']:g}")
    elif kind == "RepeatVector":
        parts.append(f"n={o['n']}")
    elif kind == "Flatten":
        parts.append("reshape only")
    if "use_bias" in o and not o["use_bias"]:
        parts.append("no bias")
    return ", ".join(parts)


def input_description(spec: InputSpec) -> str:
    steps = "any number of" if spec.time_steps is None else str(spec.time_steps)
    if spec.is_tokens:
        return f"{steps} token ids per sample"
    if len(spec.shape) >= 2:
        f = spec.features
        return f"{steps} time step{'' if spec.time_steps == 1 else 's'} × {f} feature{'s' if f != 1 else ''}"
    return f"{spec.shape[0]} features"


@dataclass
class BlockContent:
    kind: str  # the catalogue kind, or "Input"
    title: str  # "LSTM", "Bidirectional(GRU)"
    name: str  # Keras name: "lstm"
    detail: str  # key options, or the error message
    shape: str  # "(None, 5, 5)" or "?"
    params: str  # "140 params"
    error: bool = False
    tooltip: str = ""


class LayerBlock(QGraphicsItem):
    """One layer (or the Input) drawn as a card; ``index`` is the layer index, -2 for Input."""

    def __init__(self, index: int, content: BlockContent) -> None:
        super().__init__()
        self.index = index
        self.content = content
        self.selected = False
        self.setToolTip(content.tooltip)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor if index >= 0 else Qt.CursorShape.PointingHandCursor)
        self._hover = False

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, BLOCK_WIDTH + 6, BLOCK_HEIGHT + 6)

    def set_content(self, content: BlockContent) -> None:
        self.content = content
        self.setToolTip(content.tooltip)
        self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        c = self.content
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(style.ERROR) if c.error else style.kind_colour(c.kind)
        rect = QRectF(0, 0, BLOCK_WIDTH, BLOCK_HEIGHT)
        # soft shadow, then the card
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 28))
        p.drawRoundedRect(rect.translated(0, 2), 9, 9)
        fill = QColor(style.ERROR_FILL) if c.error else QColor("white")
        if self.selected and not c.error:
            fill = QColor("#eaf2fd")
        elif self._hover and not c.error:
            fill = QColor("#f7faff")
        border = QColor(style.SELECTION) if self.selected else colour.lighter(130)
        p.setPen(QPen(border, 2.6 if self.selected else 1.4))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 9, 9)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(0, 0, 14, BLOCK_HEIGHT), 9, 9)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, 7, BLOCK_HEIGHT))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(stripe.intersected(clip))

        p.drawPixmap(QPointF(18, (BLOCK_HEIGHT - 30) / 2), kind_pixmap(c.kind, 30))
        left, right = 58.0, BLOCK_WIDTH - 12
        title_font = style.font(10.5, bold=True)
        p.setFont(title_font)
        p.setPen(QColor(style.ERROR) if c.error else QColor(style.TEXT))
        p.drawText(QPointF(left, 26), c.title)
        title_w = QFontMetrics(title_font).horizontalAdvance(c.title)
        shape_font = style.font(9.5, mono=True, bold=True)
        shape_w = QFontMetrics(shape_font).horizontalAdvance(c.shape)
        name_font = style.font(8.5)
        room = int(right - shape_w - 14 - (left + title_w + 8))
        name = QFontMetrics(name_font).elidedText(c.name, Qt.TextElideMode.ElideRight, room)
        if room > 24 and name:
            p.setFont(name_font)
            p.setPen(QColor(style.MUTED))
            p.drawText(QPointF(left + title_w + 8, 26), name)
        p.setFont(shape_font)
        p.setPen(QColor(style.ERROR) if c.error else QColor(style.TEXT))
        p.drawText(QPointF(right - shape_w, 26), c.shape)

        params_font = style.font(8.5)
        params_w = QFontMetrics(params_font).horizontalAdvance(c.params)
        p.setFont(params_font)
        p.setPen(QColor(style.MUTED))
        p.drawText(QPointF(right - params_w, 47), c.params)

        detail_font = style.font(8.5)
        p.setFont(detail_font)
        p.setPen(QColor(style.ERROR) if c.error else QColor(style.MUTED))
        detail = QFontMetrics(detail_font).elidedText(c.detail, Qt.TextElideMode.ElideRight,
                                                      int(right - params_w - 12 - left))
        p.drawText(QPointF(left, 47), detail)


class ShapeArrow(QGraphicsItem):
    """A downward arrow from one block to the next, labelled with the tensor's shape."""

    def __init__(self, top: float, length: float, label: str, error: bool = False) -> None:
        super().__init__()
        self.length = length
        self.label = label
        self.error = error
        self.setPos(BLOCK_WIDTH / 2, top)
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return QRectF(-10, 0, 220, self.length)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(style.ERROR if self.error else style.ARROW)
        p.setPen(QPen(colour, 2))
        tip = self.length - 3
        p.drawLine(QPointF(0, 3), QPointF(0, tip - 6))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([QPointF(-6, tip - 9), QPointF(6, tip - 9), QPointF(0, tip)]))
        f = style.font(9, mono=True)
        p.setFont(f)
        p.setPen(QColor(style.ERROR if self.error else style.MUTED))
        p.drawText(QPointF(12, self.length / 2 + QFontMetrics(f).ascent() / 2 - 1), self.label)


class InsertionMarker(QGraphicsItem):
    """The orange bar showing where a dragged layer will land."""

    def __init__(self) -> None:
        super().__init__()
        self.label = ""
        self.setZValue(10)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        return QRectF(-30, -14, BLOCK_WIDTH + 60, 28)

    def show_at(self, gap: int, label: str) -> None:
        self.label = label
        self.setPos(0, gap_centre(gap))
        self.setVisible(True)
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(style.MARKER)
        p.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(-16, 0), QPointF(BLOCK_WIDTH + 16, 0))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(QPointF(-16, 0), 6, 6)
        p.drawEllipse(QPointF(BLOCK_WIDTH + 16, 0), 6, 6)
        if self.label:
            f = style.font(9, bold=True)
            p.setFont(f)
            w = QFontMetrics(f).horizontalAdvance(self.label) + 16
            pill = QRectF(BLOCK_WIDTH / 2 - w / 2, -11, w, 22)
            p.setBrush(QBrush(colour))
            p.drawRoundedRect(pill, 11, 11)
            p.setPen(QColor("white"))
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, self.label)


class EmptyHint(QGraphicsItem):
    """A dashed drop target shown when the model has no layers yet."""

    def __init__(self, top: float) -> None:
        super().__init__()
        self.setPos(0, top)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, BLOCK_WIDTH, BLOCK_HEIGHT)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(style.ARROW), 1.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 9, 9)
        p.setFont(style.font(9.5))
        p.setPen(QColor(style.MUTED))
        p.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, "Drag a layer here from the palette")
