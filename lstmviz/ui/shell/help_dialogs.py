"""Help > About lstmviz (the versions of everything it runs on) and Help > Keyboard Shortcuts.

The shortcuts table is generated from the window's actions each time it opens, so a new
action with a shortcut appears in it without anyone editing a list.
"""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Mapping
from html import escape

import shiboken6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QDockWidget, QHBoxLayout, QLabel, QMainWindow, QMenu, QScrollArea,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from lstmviz import __version__
from lstmviz.i18n import tr
from lstmviz.ui.look import screen_fit
from lstmviz.ui.editor.icons import app_icon


def library_versions(modules: Mapping[str, object] = sys.modules) -> list[tuple[str, str | None]]:
    """(name, version) of lstmviz and what it runs on; TensorFlow and Keras only once loaded.

    Reads ``modules`` (``sys.modules``) and never imports TensorFlow or Keras: the window
    opens without them and they load in the background. A version of None means "not loaded".
    """
    import numpy
    import pyqtgraph
    import PySide6

    rows: list[tuple[str, str | None]] = [
        ("lstmviz", __version__), ("Python", platform.python_version()), ("Qt", qVersion()),
        ("PySide6", PySide6.__version__), ("pyqtgraph", pyqtgraph.__version__), ("numpy", numpy.__version__),
    ]
    for module, name in (("tensorflow", "TensorFlow"), ("keras", "Keras")):
        # A module still being imported on the worker thread has no __version__ yet.
        rows.append((name, getattr(modules.get(module), "__version__", None)))
    return rows


def about_html(modules: Mapping[str, object] = sys.modules) -> str:
    not_loaded = escape(tr("not loaded yet (it loads for training)"))
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{f'<b>{escape(version)}</b>' if version else f'<i>{not_loaded}</i>'}</td></tr>"
        for name, version in library_versions(modules))
    what = tr("See recurrent neural networks: build a sequence model by dragging layers, read every layer's "
              "output shape and parameter count derived step by step, see the LSTM unrolled in time as one "
              "shared cell, and train it live with Keras.")
    truth = tr("Every shape and count shown here is what Keras 3 computes.")
    return (f"<h3>lstmviz {escape(__version__)}</h3><p>{escape(what)}</p><p>{escape(truth)}</p>"
            f"<table cellspacing='4'>{rows}</table>")


def about_text(modules: Mapping[str, object] = sys.modules) -> str:
    """The versions as plain text, for bug reports (the dialog's Copy button)."""
    return "\n".join(f"{name} {version or tr('not loaded')}" for name, version in library_versions(modules))


def show_about(window: QWidget) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("aboutDialog")
    dialog.setWindowTitle(tr("About lstmviz"))
    icon = QLabel(dialog)
    icon.setPixmap(app_icon().pixmap(64, 64))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    text = QLabel(about_html(), dialog)
    text.setObjectName("aboutText")
    text.setWordWrap(True)
    text.setMinimumWidth(420)  # a wrapped label gets its full height only from a known width
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Its whole height for its width (a wrapped label does not ask for it), scrolling where the screen is shorter.
    text.ensurePolished()  # the window's style sheet (presenter mode's larger text) decides the height
    text.setMinimumHeight(text.heightForWidth(text.minimumWidth()))
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(text)
    top = QHBoxLayout()
    top.addWidget(icon)
    top.addWidget(scroll, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    copy = buttons.addButton(tr("Copy Versions"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(about_text()))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addWidget(buttons)
    want = QSize(text.minimumWidth() + icon.sizeHint().width() + 60,
                 text.minimumHeight() + buttons.sizeHint().height() + 50)
    screen_fit.fit_window(dialog, want)
    dialog.show()
    return dialog


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands ("&&" stays one "&")."""
    return re.sub(r"&(.)", r"\1", text)


def _on_keyboard(sequence: QKeySequence) -> bool:
    """False for a multimedia or launch key (Qt's keys from Key_Back on: "Undo", "New", "Exit"...)."""
    # QKeySequence's operator[]: PySide6 binds it, its stub leaves it out.
    return all(sequence[i].key().value < Qt.Key.Key_Back.value  # type: ignore[index]
               for i in range(sequence.count()))


def _keys(sequences: list[QKeySequence]) -> str:
    """The key sequences as the platform writes them; the dedicated media keys only when there is nothing else."""
    sequences = [s for s in sequences if not s.isEmpty()]
    typed = [s for s in sequences if _on_keyboard(s)] or sequences
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in typed)


def _dock_title(action: QAction) -> str | None:
    """The title of the dock around the widget that owns ``action``, if any."""
    widget = action.parent()
    while isinstance(widget, QWidget) and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return _plain(widget.windowTitle()) if isinstance(widget, QDockWidget) else None


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action and QShortcut of ``window`` that has a key sequence.

    Menu actions come in menu order under their top-level menu's name, then the rest
    (actions of panels under their dock's title, actions of the window itself).
    """
    # Submenus are found through their menuAction(): PySide6 6.10's QAction.menu() hands back
    # a wrapper whose release invalidates the window's own references to the menu.
    submenus = {menu.menuAction(): menu for menu in window.findChildren(QMenu)}
    placed: dict[QAction, str] = {}

    def walk(menu: QMenu, top: str) -> None:
        for action in menu.actions():
            # A separator whose wrapper Python dropped comes back as a dead wrapper: skip it.
            if not shiboken6.isValid(action) or action.isSeparator():
                continue
            if action in submenus:
                walk(submenus[action], top)
            else:
                placed.setdefault(action, top)

    for action in window.menuBar().actions():
        if action in submenus:
            walk(submenus[action], _plain(action.text()))
    other = tr("Window")
    for action in [*window.actions(), *window.findChildren(QAction)]:
        if shiboken6.isValid(action) and action not in placed and action not in submenus:
            placed[action] = _dock_title(action) or other
    rows = [(where, _plain(a.text()), _keys(a.shortcuts())) for a, where in placed.items() if _keys(a.shortcuts())]
    rows += [(other, _plain(s.whatsThis() or s.objectName() or tr("(no description)")), _keys(s.keys()))
             for s in window.findChildren(QShortcut) if _keys(s.keys())]
    return rows


def show_shortcuts(window: QMainWindow) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(tr("Keyboard Shortcuts"))
    tree = QTreeWidget(dialog)
    tree.setObjectName("shortcutsTable")
    tree.setHeaderLabels([tr("Action"), tr("Shortcut")])
    tree.setRootIsDecorated(False)
    groups: dict[str, QTreeWidgetItem] = {}
    for where, what, keys in shortcut_rows(window):
        if where not in groups:
            groups[where] = QTreeWidgetItem(tree, [where])
            groups[where].setFirstColumnSpanned(True)
            font = groups[where].font(0)
            font.setBold(True)
            groups[where].setFont(0, font)
        QTreeWidgetItem(groups[where], [what, keys])
    tree.expandAll()
    tree.resizeColumnToContents(0)
    tree.resizeColumnToContents(1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(tree)
    layout.addWidget(buttons)
    screen_fit.fit_window(dialog, QSize(max(480, tree.columnWidth(0) + tree.columnWidth(1) + 60), 560))
    dialog.show()
    return dialog
