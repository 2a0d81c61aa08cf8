"""Every text a window shows, and a heuristic for the ones still in English prose.

Collects menus and their actions, dock titles, tab texts, labels, buttons, tooltips and status
tips, line-edit placeholders, combo items, spin-box affixes, item-view headers and cells, the
text items of every graphics scene (the diagrams, the plots), the status bar and the banners.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDockWidget, QGraphicsSimpleTextItem,
    QGraphicsTextItem, QGraphicsView, QStyleOptionGraphicsItem, QGroupBox, QLabel, QLineEdit, QMainWindow, QMenu, QSpinBox,
    QDoubleSpinBox, QTabWidget, QTextEdit, QWidget,
)

# Words that stay English in the Chinese UI: Keras class, optimizer and activation names, file formats.
ALLOWED = {
    "keras", "lstm", "gru", "dense", "tensorflow", "adam", "sgd", "rmsprop", "csv", "png", "svg", "json",
    "mse", "mae", "tanh", "sigmoid", "relu", "linear", "softmax", "lstmviz", "none",
}
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def plain(text: str) -> str:
    """``text`` without markup and mnemonics (``&File``), as the user reads it."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def english_prose(text: str) -> str | None:
    """The first run of 2+ consecutive lowercase English words (not allowed terms), or None."""
    words = list(WORD.finditer(plain(text)))
    run: list[str] = []
    previous_end = -1
    source = plain(text)
    for match in words:
        word = match.group()
        adjacent = previous_end >= 0 and source[previous_end:match.start()] in (" ", ", ")
        identifier = source[max(0, match.start() - 1):match.start()] in ("_", ".") or \
            source[match.end():match.end() + 1] in ("_", "(")
        prose = len(word) > 1 and (word[0].islower() or (word[0].isupper() and word[1:].islower()))
        if identifier or word.lower() in ALLOWED or not prose:
            run, previous_end = [], match.end()
            continue
        run = run + [word] if adjacent and run else [word]
        previous_end = match.end()
        if len(run) >= 2:
            return " ".join(run)
    return None


def _model_texts(view: QAbstractItemView, where: str):
    model = view.model()
    if model is None:
        return
    def columns(parent):
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount private: one column
            return 1

    for section in range(columns(QModelIndex())):
        yield f"{where} header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")

    def walk(parent, depth=0):
        if depth > 4:
            return
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"{where} item", value
            yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(view.rootIndex())


def _menu_texts(menu: QMenu, where: str):
    yield f"{where} menu", menu.title()
    for action in menu.actions():
        if action.menu() is not None and action.menu() is not menu:
            yield from _menu_texts(action.menu(), f"{where} > {plain(action.menu().title())}")
            continue
        for kind, text in (("action", action.text()), ("tooltip", action.toolTip() if action.toolTip() != plain(
                action.text()).replace("…", "...") else ""), ("status tip", action.statusTip())):
            yield f"{where} {kind}", text


def visible_texts(window: QWidget):
    """(where, text) for every text ``window`` shows or would show on hover."""
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), plain(action.menu().title()))
        yield "status bar", window.statusBar().currentMessage()
    yield "window title", window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QMenu) or not widget.isVisibleTo(window) and not isinstance(widget, QDockWidget):
            continue
        yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, QDockWidget):
            yield f"{name} title", widget.windowTitle()
        if isinstance(widget, QLabel):
            yield f"{name} text", widget.text()
        if isinstance(widget, QAbstractButton):
            yield f"{name} text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{name} title", widget.title()
        if isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QTextEdit):
            yield f"{name} text", widget.toPlainText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab", widget.tabText(i)
                yield f"{name} tab tooltip", widget.tabToolTip(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name} item", widget.itemText(i)
                yield f"{name} item tooltip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            yield f"{name} affix", f"{widget.prefix()} {widget.suffix()}"
        if isinstance(widget, QAbstractSpinBox):
            yield f"{name} special", widget.specialValueText()
        if isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget, name)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if not item.isVisible():
                    continue
                yield f"{name} item tooltip", item.toolTip()
                if isinstance(item, QGraphicsTextItem):
                    yield f"{name} scene text", item.toPlainText()
                elif isinstance(item, QGraphicsSimpleTextItem):
                    yield f"{name} scene text", item.text()
            for text in painted_texts(widget.scene()):
                yield f"{name} painted text", text


class _RecordingPainter(QPainter):
    """A painter that keeps every text the app's own items draw (diagram captions, plot marks)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args):  # noqa: N802 - Qt's name
        self.texts.extend(a for a in args if isinstance(a, str))
        return super().drawText(*args)


def painted_texts(scene) -> list[str]:
    """The texts lstmviz's own graphics items paint in ``scene`` (Qt's text items are read directly)."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    texts: list[str] = []
    for item in scene.items():
        if not item.isVisible() or not type(item).__module__.startswith("lstmviz"):
            continue
        painter = _RecordingPainter(image)
        try:
            item.paint(painter, QStyleOptionGraphicsItem(), None)
        finally:
            painter.end()
        texts.extend(painter.texts)
    return texts


def english_left(window: QWidget) -> list[str]:
    """``where: text`` of every visible text that still holds English prose."""
    found = []
    for where, text in visible_texts(window):
        run = english_prose(text or "")
        if run is not None:
            found.append(f"{where}: {text!r} ({run!r})")
    return sorted(set(found))
