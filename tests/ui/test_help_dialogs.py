"""Help > About lstmviz and Help > Keyboard Shortcuts, with the real window."""

from __future__ import annotations

import platform
import subprocess
import sys
import types
from pathlib import Path

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QTreeWidget

from lstmviz import __version__
from lstmviz.ui.shell import help_dialogs
from tests.ui.editor_support import isolated_settings, window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def help_entries(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.help_menu.actions() if not a.isSeparator()]


def test_help_menu_has_shortcuts_and_about(window):
    assert help_entries(window) == ["How Parameters Are Counted", "Keyboard Shortcuts", "About lstmviz"]


def test_about_lists_the_versions(window, qtbot):
    window.about_action.trigger()
    dialog = window.findChild(QDialog, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QLabel, "aboutText").text()
    for name, version in (("lstmviz", __version__), ("Python", platform.python_version()), ("Qt", qVersion()),
                          ("PySide6", PySide6.__version__), ("pyqtgraph", pyqtgraph.__version__),
                          ("numpy", numpy.__version__)):
        assert f"<td>{name}</td><td><b>{version}</b></td>" in text, name
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy Versions")
    copy.click()
    assert f"PySide6 {PySide6.__version__}" in QApplication.clipboard().text()
    dialog.close()


def test_tensorflow_and_keras_appear_once_loaded_and_are_never_imported_for_it():
    fake = {"tensorflow": types.SimpleNamespace(__version__="2.99.1"),
            "keras": types.SimpleNamespace(__version__="3.98.0")}
    rows = dict(help_dialogs.library_versions(fake))
    assert rows["TensorFlow"] == "2.99.1" and rows["Keras"] == "3.98.0"
    loading = {"tensorflow": types.ModuleType("tensorflow")}  # mid-import: no __version__ yet
    rows = dict(help_dialogs.library_versions(loading))
    assert rows["TensorFlow"] is None and rows["Keras"] is None
    assert "not loaded yet" in help_dialogs.about_html({})
    assert "TensorFlow not loaded" in help_dialogs.about_text({})


def test_opening_about_loads_no_tensorflow():
    code = ("import sys\n"
            "from lstmviz.app import create_main_window\n"
            "w = create_main_window()\n"
            "d = w.show_about()\n"
            "assert 'not loaded yet' in d.findChild(__import__('PySide6.QtWidgets').QtWidgets.QLabel, 'aboutText').text()\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in ('tensorflow', 'keras')))\n"
            "w.document.undo_stack.setClean()\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def shown_rows(dialog) -> list[tuple[str, str, str]]:
    tree = dialog.findChild(QTreeWidget, "shortcutsTable")
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        rows += [(group.text(0), group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())]
    return rows


def walked_actions(window) -> set[QAction]:
    return {a for a in [*window.findChildren(QAction), *window.actions()] if a.shortcuts()}


def test_shortcuts_lists_every_action_that_has_one(window, qtbot):
    window.shortcuts_action.trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    rows = shown_rows(dialog)
    keys = {(where, what): keys.split(", ") for where, what, keys in rows}
    assert "Ctrl+Z" in keys["Edit", "Undo"]
    assert "Ctrl+S" in keys["File", "Save"]
    assert keys["View", "Fit to View"] == ["Ctrl+Shift+F"]
    assert keys["Summary", "Copy summary as text"] == ["Ctrl+C"]  # an action of a panel, not of a menu
    shown = {what: keys for _, what, keys in rows}
    for action in walked_actions(window):
        text = action.text().replace("&", "")
        assert text in shown, text
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in shown[text].split(", ")
    assert len(rows) == len(walked_actions(window))
    assert "Undo" not in shown["Undo"]  # the dedicated Undo key of some keyboards is left out
    dialog.close()


def test_a_new_action_appears_without_editing_any_list(window, qtbot):
    before = shown_rows(window.show_shortcuts())
    extra = QAction("Frobnicate the Gates", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.view_menu.addAction(extra)
    loose = QAction("Toggle Something")  # no parent: only added to the window
    loose.setShortcuts([QKeySequence("F7"), QKeySequence("Shift+F7")])
    window.addAction(loose)
    rows = shown_rows(window.show_shortcuts())
    assert ("View", "Frobnicate the Gates", "Ctrl+Alt+K") in rows
    assert ("Window", "Toggle Something", "F7, Shift+F7") in rows
    assert len(rows) == len(before) + 2
    window.removeAction(loose)
