"""Find text that does not fit where it is drawn: labels, buttons, combo boxes, tree and
table headers and cells, progress bars, tabs, and the text of graphics items.

Each check measures the text with the widget's own font and compares it with the room
the widget's style gives it. Text shortened on purpose is fine when the full text is in
the tooltip (a tree cell's, a label's, or a graphics item's ``elided_from``).
"""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGraphicsView, QHeaderView, QLabel, QListView, QProgressBar,
    QPushButton, QStyle, QStyleOptionButton, QStyleOptionComboBox, QTabBar, QToolButton, QTreeView, QWidget,
)

from lstmviz.ui.widgets.text_runs import pixel_size

SLACK = 1.5  # pixels of rounding between measuring and painting


def _plain(text: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", text)).replace("&", "") if "<" in text else text.replace("&", "")


def _tooltip_has(widget_tip: str, text: str) -> bool:
    return bool(text) and text in _plain(widget_tip)


def _where(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _visible_width(widget: QWidget) -> float:
    """How much of the widget's width is on screen (not cut by a parent or a scroll area).

    A widget scrolled wholly out of view counts as whole: it is not cut, only not shown.
    """
    region = widget.visibleRegion()
    return float(region.boundingRect().width()) if not region.isEmpty() else float(widget.width())


def _cut_vertically(widget: QWidget, need: float) -> str | None:
    region = widget.visibleRegion()
    if region.isEmpty():
        return None
    shown = region.boundingRect().height()
    if shown < min(need, widget.height()) - SLACK:
        return f"only {shown} of {min(need, widget.height()):.0f} px of its height are on screen"
    return None


def _label_problem(label: QLabel) -> str | None:
    text = QLabel.text(label)  # what is painted (a label that shortens itself keeps the whole text apart)
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        if need_h > label.height() + SLACK:
            return f"wraps to {need_h} px but has {label.height()} px"
        return _cut_vertically(label, need_h)
    if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        need_w = doc.idealWidth()
    else:
        metrics = QFontMetricsF(label.font())
        need_w = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    need_w += 2 * label.margin() + (label.indent() if label.indent() > 0 else 0)
    if need_w > room.width() + SLACK and not _tooltip_has(label.toolTip(), _plain(text)):
        return f"needs {need_w:.0f} px, has {room.width()}"
    if need_w > _visible_width(label) + SLACK:
        return f"needs {need_w:.0f} px, {_visible_width(label):.0f} px of it are on screen"
    return _cut_vertically(label, QFontMetricsF(label.font()).height())


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    metrics = QFontMetricsF(button.font())
    need = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width() - 4
    elif isinstance(button, QToolButton):
        room = button.width() - 6
        if button.menu() is not None or button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup:
            room -= button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    else:  # check boxes and radio buttons
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button).width()
    if need > room + SLACK and not _tooltip_has(button.toolTip(), text):
        return f"{text!r} needs {need:.0f} px, has {room}"
    if need > _visible_width(button) + SLACK:
        return f"{text!r}: only {_visible_width(button):.0f} px of the button are on screen"
    return _cut_vertically(button, button.height())


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = QFontMetricsF(combo.font()).horizontalAdvance(text) + 2
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + SLACK and not _tooltip_has(combo.toolTip(), text):
        return f"{text!r} needs {need:.0f} px, the field has {field.width()}"
    return None


def _progress_problem(bar: QProgressBar) -> str | None:
    text = bar.text()
    if not text or not bar.isTextVisible():
        return None
    need = QFontMetricsF(bar.font()).horizontalAdvance(text) + 8
    if need > bar.width() + SLACK:
        return f"{text!r} needs {need:.0f} px, has {bar.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    metrics = QFontMetricsF(bar.font())
    for i in range(bar.count()):
        need = metrics.horizontalAdvance(bar.tabText(i).replace("&", "")) + 8
        if need > bar.tabRect(i).width() + SLACK:
            out.append(f"tab {bar.tabText(i)!r} needs {need:.0f} px, has {bar.tabRect(i).width()}")
    return out


def _view_problems(view: QAbstractItemView) -> list[str]:
    """Header sections and every cell of the rows the model holds (expanded trees included)."""
    model = view.model()
    if model is None:
        return []
    out = []
    header = view.header() if isinstance(view, QTreeView) else getattr(view, "horizontalHeader", lambda: None)()
    columns = model.columnCount()
    if isinstance(header, QHeaderView) and not header.isHidden():
        for c in range(columns):
            if header.isSectionHidden(c):
                continue
            text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            need = header.sectionSizeFromContents(c).width()  # what the style needs for the title
            if need > header.sectionSize(c) + SLACK:
                out.append(f"header {text!r} needs {need:.0f} px, has {header.sectionSize(c)}")
    width_of = view.columnWidth
    shown = sum(width_of(c) for c in range(columns) if not view.isColumnHidden(c)) \
        if isinstance(view, QTreeView) else 0
    if shown > view.viewport().width() + SLACK:
        out.append(f"its columns need {shown} px, {view.viewport().width()} px are shown (a horizontal scroll bar)")
    indent = view.indentation() if isinstance(view, QTreeView) else 0

    def walk(parent: QModelIndex, depth: int) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(columns):
                index = model.index(r, c, parent)
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                if not text:
                    continue
                # The delegate's own size for the cell: text, icon and the style's padding.
                need = view.sizeHintForIndex(index).width()
                if c == 0 and isinstance(view, QTreeView):
                    need += indent * (depth + (1 if view.rootIsDecorated() else 0))
                tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                if need > width_of(c) + SLACK and text not in _plain(tip):
                    out.append(f"cell ({r}, {c}) {text!r} needs {need:.0f} px, the column has {width_of(c)}")
            if isinstance(view, QTreeView):
                first = model.index(r, 0, parent)
                if view.isExpanded(first):
                    walk(first, depth + 1)

    walk(QModelIndex(), 0)
    return out


def _list_problems(view: QListView) -> list[str]:
    """Every row of a list: each line fits the width (unless the list wraps) and the row's height."""
    model = view.model()
    if model is None:
        return []
    out = []
    width = view.viewport().width()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        metrics = QFontMetricsF(index.data(Qt.ItemDataRole.FontRole) or view.font())
        lines = text.split("\n")
        rect = view.visualRect(index)
        icon = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        need = max(metrics.horizontalAdvance(line) for line in lines) + 10 + icon
        if not view.wordWrap() and need > width + SLACK:
            out.append(f"row {r} {text!r} needs {need:.0f} px, the list has {width}")
        tall = metrics.lineSpacing() * len(lines)
        if tall > rect.height() + SLACK and rect.height() > 0:
            out.append(f"row {r} {text!r} needs {tall:.0f} px of height, has {rect.height()}")
    return out


def widget_problems(root: QWidget) -> list[str]:
    """Every visible piece of text under ``root`` that does not fit its widget."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QProgressBar):
            problem = _progress_problem(widget)
        elif isinstance(widget, QTabBar):
            out += [f"{_where(widget)}: {p}" for p in _tab_problems(widget)]
        elif isinstance(widget, (QTreeView,)) or (isinstance(widget, QAbstractItemView)
                                                  and hasattr(widget, "horizontalHeader")):
            out += [f"{_where(widget)}: {p}" for p in _view_problems(widget)]
        elif isinstance(widget, QListView) and not isinstance(widget.parentWidget(), QComboBox):
            out += [f"{_where(widget)}: {p}" for p in _list_problems(widget)]
        if problem:
            out.append(f"{_where(widget)}: {problem}")
    return out


def text_items(view: QGraphicsView):
    """(item, run) for every piece of text the items of ``view``'s scene paint."""
    for item in view.scene().items():
        if item.isVisible() and hasattr(item, "text_runs"):
            for run in item.text_runs():
                yield item, run


def scene_problems(view: QGraphicsView) -> list[str]:
    out = []
    for item, run in text_items(view):
        over = run.overflow()
        if over > SLACK and not run.elided_from:
            out.append(f"{view.objectName()}: {type(item).__name__} text {run.text!r} overflows by {over:.1f} px")
    return out


def smallest_text(view: QGraphicsView) -> tuple[float, str]:
    """The smallest text the view shows, in screen pixels (font pixel size times the view's scale)."""
    scale = view.transform().m22()
    found = min(((pixel_size(run.font) * scale, run.text) for _item, run in text_items(view)), default=(0.0, ""))
    return found
