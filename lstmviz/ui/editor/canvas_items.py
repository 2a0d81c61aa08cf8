"""The items drawn on the architecture canvas: layer blocks, shape arrows, the insertion marker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from lstmviz.i18n import tr
from lstmviz.model.architecture import InputSpec
from lstmviz.model.catalogue import KINDS
from lstmviz.ui.look import style
from lstmviz.ui.editor.icons import kind_pixmap
from lstmviz.ui.widgets.text_runs import TextRun, draw, elide_words, wrap_words

BLOCK_WIDTH = 400.0
BLOCK_HEIGHT = 64.0
GAP = 50.0  # vertical space between blocks, where the arrow and its shape label go
ROW = BLOCK_HEIGHT + GAP
FIX_INK = "#b35c00"  # the note on the block a one-click fix changes: the marker's orange, dark enough to read
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def text_font(item: QGraphicsItem, size: float, **style_options: Any) -> QFont:
    """The font of ``size`` points, or of the scene's ``least_text`` where that is larger: in presenter mode every
    text is as large as the titles, so the zoom that makes them readable in a room is lower and the blocks fit."""
    scene = item.scene()
    least = float(getattr(scene, "least_text", 0.0)) if scene is not None else 0.0
    return style.font(max(size, least), **style_options)


def row_top(row: int) -> float:
    """Top of a row: row 0 is the Input block, row k is layer k - 1."""
    return row * ROW


def gap_centre(gap: int) -> float:
    """Middle of the space above layer ``gap`` (gap == n means below the last layer)."""
    return row_top(gap) + BLOCK_HEIGHT + GAP / 2


def key_options(kind: str, o: Mapping[str, Any]) -> str:
    """The options worth reading on the block itself."""
    parts = KINDS[kind].key_options(o)
    if "use_bias" in o and not o["use_bias"]:
        parts.append(tr('no bias'))
    return ", ".join(parts)


def input_description(spec: InputSpec) -> str:
    steps = tr('any number of') if spec.time_steps is None else str(spec.time_steps)
    if spec.is_tokens:
        return tr('{steps} token ids per sample').format(steps=steps)
    if len(spec.shape) >= 2:
        f = spec.features
        return tr('{steps} time step{value} × {f} feature{value2}').format(steps=steps, value='' if spec.time_steps == 1 else 's', f=f, value2='s' if f != 1 else '')
    return tr("{count} features").format(count=spec.shape[0])


@dataclass
class BlockContent:
    kind: str  # the layer's kind, or the Input's name
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
        self.fix_note = ""

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, BLOCK_WIDTH + 8, BLOCK_HEIGHT + 8)

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

    def set_fix_note(self, note: str) -> None:
        """Mark this block as the one a one-click fix changes ("" clears the mark)."""
        if note != self.fix_note:
            self.fix_note = note
            self.update()

    def text_runs(self) -> list[TextRun]:
        """Every piece of text the block paints, fitted to its place (see lstmviz.ui.widgets.text_runs)."""
        c = self.content
        left, right = 58.0, BLOCK_WIDTH - 12
        ink = QColor(style.ERROR) if c.error else QColor(style.TEXT)
        muted = QColor(style.MUTED)
        title_font, shape_font = text_font(self, 10.5, bold=True), text_font(self, 9.5, mono=True, bold=True)
        name_font = small = text_font(self, 8.5)
        title_w = QFontMetricsF(title_font).horizontalAdvance(c.title) + 1
        shape_w = QFontMetricsF(shape_font).horizontalAdvance(c.shape) + 1
        top = QRectF(left, 12, right - left, 20)
        runs = [TextRun(c.title, title_font, QRectF(left, top.y(), title_w, top.height()), colour=ink),
                TextRun(c.shape, shape_font, QRectF(right - shape_w, top.y(), shape_w, top.height()),
                        RIGHT_MIDDLE, ink)]
        room = right - shape_w - 14 - (left + title_w + 8)
        # The Keras name whole or not at all (a cut "time_distrib…" reads as a mistake; the tooltip has it).
        if c.name and QFontMetricsF(name_font).horizontalAdvance(c.name) <= room:
            runs.append(TextRun(c.name, name_font, QRectF(left + title_w + 8, top.y(), room, top.height()),
                                colour=muted))
        if c.error:
            # The whole reason on two lines, cut at a word if it must be (the tooltip has it all).
            # Presenter mode's larger text leaves room for one line: the banner above the canvas says it whole.
            step = max(14.0, QFontMetricsF(small).height())
            lines, cut = wrap_words(c.detail, small, right - left, max(1, min(2, int((BLOCK_HEIGHT - 34) // step))))
            for k, line in enumerate(lines):
                runs.append(TextRun(line, small, QRectF(left, 34 + step * k, right - left, step), colour=ink,
                                    elided_from=c.detail if cut else ""))
            return runs
        params_w = QFontMetricsF(small).horizontalAdvance(c.params) + 1
        row = QRectF(left, 37, right - left, 18)
        runs.append(TextRun(c.params, small, QRectF(right - params_w, row.y(), params_w, row.height()), RIGHT_MIDDLE,
                            muted))
        width = right - params_w - 12 - left
        if self.fix_note:
            note_font = text_font(self, 8.5, bold=True)
            note = elide_words(self.fix_note, note_font, width)
            runs.append(TextRun(note, note_font, QRectF(left, row.y(), width, row.height()), colour=QColor(FIX_INK),
                                elided_from=self.fix_note if note != self.fix_note else ""))
        else:
            detail = elide_words(c.detail, small, width)
            runs.append(TextRun(detail, small, QRectF(left, row.y(), width, row.height()), colour=muted,
                                elided_from=c.detail if detail != c.detail else ""))
        return runs

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
        if self.fix_note:  # the layer a one-click fix changes
            p.setPen(QPen(QColor(style.MARKER), 2.6, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 10, 10)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(0, 0, 14, BLOCK_HEIGHT), 9, 9)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, 7, BLOCK_HEIGHT))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(stripe.intersected(clip))
        p.drawPixmap(QPointF(18, (BLOCK_HEIGHT - 30) / 2), kind_pixmap(c.kind, 30))
        for run in self.text_runs():
            draw(p, run)


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
        return QRectF(-10, 0, 20 + self._label_width(), self.length)

    def _label_width(self) -> float:
        return QFontMetricsF(text_font(self, 9, mono=True)).horizontalAdvance(self.label) + 4

    def text_runs(self) -> list[TextRun]:
        colour = QColor(style.ERROR if self.error else style.MUTED)
        return [TextRun(self.label, text_font(self, 9, mono=True), QRectF(12, 0, self._label_width(), self.length),
                        colour=colour)]

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(style.ERROR if self.error else style.ARROW)
        p.setPen(QPen(colour, 2))
        tip = self.length - 3
        p.drawLine(QPointF(0, 3), QPointF(0, tip - 6))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([QPointF(-6, tip - 9), QPointF(6, tip - 9), QPointF(0, tip)]))
        for run in self.text_runs():
            draw(p, run)


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
            f = text_font(self, 9, bold=True)
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
        for run in self.text_runs():
            draw(p, run)

    def text_runs(self) -> list[TextRun]:
        return [TextRun(tr("Drag a layer here from the palette"), text_font(self, 9.5), self.boundingRect(),
                        Qt.AlignmentFlag.AlignCenter, QColor(style.MUTED))]
