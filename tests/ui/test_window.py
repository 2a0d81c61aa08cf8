"""The main window: object names, menus, files, the unsaved-changes prompt, examples, screenshots."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextBrowser, QWidget

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.io.keras_config import architecture_to_keras
from lstmviz.io.project_io import load_project
from tests.ui.editor_support import isolated_settings, layer_kinds, window  # noqa: F401

OBJECT_NAMES = ("layerPalette", "architectureCanvas", "layerInspector", "summaryTable", "unrolledDiagram",
                "trainingPanel", "tensorflowStatus", "totalParams")


def test_widgets_are_found_by_object_name(window):
    for name in OBJECT_NAMES:
        assert window.findChild(QWidget, name) is not None, name
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Architecture", "Unrolled"]
    assert window.findChild(QLabel, "tensorflowStatus").text() == "TensorFlow not loaded"
    assert window.findChild(QLabel, "totalParams").text() == "Total params: 146"
    from lstmviz.ui.training.worker import READY, failed

    window.set_tensorflow_state(READY)
    assert window.tensorflow_status.text() == "TensorFlow ready"
    window.set_tensorflow_state(failed("ImportError: no module"))
    assert window.tensorflow_status.text() == "TensorFlow failed: ImportError: no module"
    assert window.undo_stack is window.document.undo_stack
    assert window.export_menu.title() == "&Export"


def test_menus_hold_the_documented_entries(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "Examples", "Compare", "View", "Help"]
    file_items = [a.text().replace("&", "") for a in window.file_menu.actions() if not a.isSeparator()]
    assert file_items == ["New", "Open…", "Open Recent", "Save", "Save As…", "Import .keras…", "Export", "Quit"]
    assert window.undo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    edit_items = [a.text().replace("&", "") for a in window.edit_menu.actions() if not a.isSeparator()]
    assert edit_items == ["Undo", "Redo", "Delete layer"]
    assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert len(window.example_actions) == len(EXAMPLES)


def test_title_shows_name_and_modified_marker(window):
    assert window.windowTitle() == "many-to-many[*] — lstmviz"
    assert not window.isWindowModified()
    window.document.set_option(0, "units", 6)
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified()


def test_undo_and_redo_through_the_edit_menu_and_shortcuts(window, qtbot):
    before = window.document.architecture
    window.document.select(1)
    window.delete_action.trigger()
    assert layer_kinds(window) == ["LSTM"]
    assert window.undo_action.text() == "&Undo Delete TimeDistributed"
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.architecture == before
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert layer_kinds(window) == ["LSTM"]
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert layer_kinds(window) == ["LSTM"]
    window.undo_action.trigger()
    assert window.document.architecture == before
    assert window.redo_action.isEnabled() and window.redo_action.text() == "&Redo Delete TimeDistributed"


def test_save_and_open_round_trip(window, tmp_path):
    window.document.set_option(0, "units", 7)
    window.document.insert_layer(1, "Dropout", {"rate": 0.25})
    window.document.set_training(window.document.training.updated(epochs=42))
    saved_arch, saved_training = window.document.architecture, window.document.training
    path = tmp_path / "mine.lstmviz"
    assert window.save_to(path)
    assert not window.isWindowModified()
    assert window.windowTitle() == "mine.lstmviz[*] — lstmviz"
    data = json.loads(path.read_text())
    assert data["format"] == "lstmviz" and data["training"]["epochs"] == 42
    assert load_project(path).architecture == saved_arch

    window.open_example("one-to-one")
    assert window.document.architecture == EXAMPLES["one-to-one"].architecture
    assert window.open_path(path)  # read off the GUI thread
    assert window.file_loader.wait()
    assert window.document.architecture == saved_arch
    assert window.document.training == saved_training
    assert window.document.path == path
    assert [r[2] for r in [[window.summary.summary_model.item(r, c).text() for c in range(4)]
                           for r in range(window.summary.summary_model.rowCount())]][-1] == f"{infer_total(saved_arch):,}"
    assert window.recent.paths()[0] == str(path)
    window._fill_recent_menu()
    recent = [a for a in window.recent_menu.actions() if a.text() == "mine.lstmviz"]
    assert len(recent) == 1, ([a.text() for a in window.recent_menu.actions()], window.recent.paths())
    # Save again goes straight to the same file
    window.document.set_option(0, "units", 9)
    assert window.save()
    assert load_project(path).architecture.layers[0].options["units"] == 9


def infer_total(arch) -> int:
    from lstmviz.model.inference import infer

    return infer(arch).total_params


def test_save_as_asks_for_a_name_and_adds_the_suffix(window, tmp_path, monkeypatch):
    target = tmp_path / "named"
    monkeypatch.setattr(window, "choose_save_path", lambda: str(target))
    window.document.set_option(0, "units", 6)
    assert window.save()  # an example has no file yet, so Save asks
    assert (tmp_path / "named.lstmviz").exists()
    assert window.document.path == tmp_path / "named.lstmviz"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_save_failure_is_reported_and_nothing_is_lost(window, tmp_path):
    window.document.set_option(0, "units", 6)
    assert not window.save_to(tmp_path / "missing-folder" / "x.lstmviz")
    assert window.shown_errors and "missing-folder" in window.shown_errors[-1][1]
    assert window.isWindowModified()
    assert window.document.architecture.layers[0].options["units"] == 6


def test_bad_file_says_what_and_where_and_keeps_the_document(window, tmp_path):
    bad = tmp_path / "broken.lstmviz"
    bad.write_text('{"format": "lstmviz", "version": 1, "architecture": {"input": {"shape": [5, 1]}, '
                   '"layers": [{"kind": "LSTM", "options": {"units": 0}}]}}')
    window.document.set_option(0, "units", 6)
    before = window.document.architecture
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    assert window.open_path(bad) and window.file_loader.wait() is False
    title, message = window.shown_errors[-1]
    assert title == "Cannot open file"
    assert str(bad) in message and "layers[0].options.units" in message and "Traceback" not in message
    assert window.document.architecture == before
    assert window.open_path(tmp_path / "nope.lstmviz") and window.file_loader.wait() is False
    assert "no such file" in window.shown_errors[-1][1]


def test_import_keras_reads_the_architecture(window, tmp_path, monkeypatch):
    arch = Architecture(InputSpec((8, 2)), (LayerSpec("GRU", {"units": 4}), LayerSpec("Dense", {"units": 3})))
    path = tmp_path / "model.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(architecture_to_keras(arch)))
    monkeypatch.setattr(window, "choose_open_path", lambda caption, filters: str(path))
    assert window.import_keras() and window.file_loader.wait()
    assert layer_kinds(window) == ["GRU", "Dense"]
    assert window.document.keras_file == path
    assert window.windowTitle() == "model.keras[*] — lstmviz"
    saved = []
    monkeypatch.setattr(window, "choose_save_path", lambda: saved.append(1) or "")
    window.document.set_option(1, "units", 4)
    window.save()
    assert saved == [1]  # a .keras import is saved as a new project, never over the .keras file


@pytest.mark.parametrize("answer, closes, saves", [
    (QMessageBox.StandardButton.Cancel, False, False),
    (QMessageBox.StandardButton.Discard, True, False),
    (QMessageBox.StandardButton.Save, True, True),
])
def test_closing_with_unsaved_changes_asks(window, tmp_path, monkeypatch, answer, closes, saves):
    asked = []
    window.ask_save_changes = lambda: asked.append(window.document.display_name) or answer
    target = tmp_path / "closing.lstmviz"
    monkeypatch.setattr(window, "choose_save_path", lambda: str(target))
    window.close()
    assert asked == []  # nothing changed yet: no question
    window.show()
    window.document.set_option(0, "units", 6)
    closed = window.close()
    assert asked == ["many-to-many"]
    assert closed == closes and window.isVisible() != closes
    assert target.exists() == saves


def test_opening_an_example_with_unsaved_changes_asks_too(window):
    window.document.set_option(0, "units", 6)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Cancel
    assert not window.open_example("stacked-lstm")
    assert window.document.architecture.layers[0].options["units"] == 6
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.example_actions["stacked-lstm"].trigger()
    assert window.document.architecture == EXAMPLES["stacked-lstm"].architecture


def test_every_example_opens_from_the_menu(window):
    for name, action in window.example_actions.items():
        action.trigger()
        assert window.document.architecture == EXAMPLES[name].architecture
        assert window.windowTitle() == f"{name}[*] — lstmviz"
        assert window.document.inference.ok
        assert len(window.canvas.canvas_scene.blocks) == len(EXAMPLES[name].architecture.layers)


def test_new_starts_a_small_model_that_can_train(window):
    window.document.load_example("many-to-many")  # its data would not fit a model built from scratch
    window.new_action.trigger()
    doc = window.document
    assert [layer.kind for layer in doc.architecture.layers] == ["LSTM", "Dense"]
    assert window.windowTitle() == "untitled[*] — lstmviz"
    assert doc.training_problem() is None and window.training_panel.train_button.isEnabled()
    assert doc.data.dataset.x.shape[1:] == (10, 1) and doc.training.epochs == 200
    assert window.total_params.text() == f"Total params: {doc.inference.total_params:,}"
    assert window.model_status.text().startswith("Shapes fit")
    doc.remove_layer(1)
    doc.remove_layer(0)
    assert "no layers" in window.model_status.text()


def test_a_saved_project_is_called_by_its_file_name(window, tmp_path):
    window.new_action.trigger()
    path = tmp_path / "sine demo.lstmviz"
    assert window.save_to(path)
    assert window.document.title == "sine demo" and window.windowTitle().startswith("sine demo.lstmviz")
    assert json.loads(path.read_text())["title"] == "sine demo"  # the file says so too, not "untitled"


def test_lock_disables_editing_and_shows_why(window):
    window.document.select(0)
    window.document.set_option(0, "units", 6)
    window.document.lock("Training is running: stop it to change the model")
    for action in (window.undo_action, window.delete_action, window.new_action, window.open_action,
                   *window.example_actions.values()):
        assert not action.isEnabled(), action.text()
    assert window.lock_status.isVisible() and "stop it" in window.lock_status.text()
    window.document.unlock()
    assert window.undo_action.isEnabled() and window.delete_action.isEnabled()
    assert not window.lock_status.isVisible()


def test_help_explains_the_parameter_formula(window):
    dialog = window.show_formula_help()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "4 × ((300 + 128) × 128 + 128) = 219,648" in text
    assert "4 × ((1 + 5) × 5 + 5) = 140" in text  # this model's own numbers
    dialog.close()


def test_dock_toggles_and_tabs(window):
    window.summary_dock.toggleViewAction().trigger()
    assert not window.summary_dock.isVisible()
    window.summary_dock.toggleViewAction().trigger()
    assert window.summary_dock.isVisible()
    window.unrolled_tab_action.trigger()
    assert window.tabs.currentIndex() == 1


def test_screenshot_command_renders_the_window(tmp_path, isolated_settings, capsys):
    from lstmviz.app import screenshot_command

    out = tmp_path / "shot.png"
    assert screenshot_command("encoder-decoder", out, size=(1000, 700)) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 25) for y in range(0, 700, 25)}
    assert len(colours) > 8  # a real rendering, not a blank image
    assert screenshot_command("no-such-example", tmp_path / "x.png") == 2
    assert "no-such-example" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
    QApplication.processEvents()


def test_create_main_window_on_a_file(tmp_path, isolated_settings, qtbot):
    from lstmviz.app import create_main_window
    from lstmviz.io.project import SourceError

    with pytest.raises(SourceError):
        create_main_window(tmp_path / "missing.lstmviz")
    arch = Architecture(InputSpec((3, 2)), (LayerSpec("SimpleRNN", {"units": 4}),))
    path = tmp_path / "p.lstmviz"
    path.write_text(json.dumps({"format": "lstmviz", "version": 1, "architecture": arch.to_dict()}))
    w = create_main_window(path)
    qtbot.addWidget(w)
    assert w.document.architecture == arch
    assert w.summary.summary_model.item(0, 2).text() == str((2 + 4) * 4 + 4)


MAIN_GUI = r"""
import sys
from PySide6.QtCore import QSettings, QTimer
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
shown = []
QMessageBox.warning = lambda parent, title, text, *a: (shown.append((parent.windowTitle(), title, text)),
                                                       QTimer.singleShot(0, app.quit))
QTimer.singleShot(60_000, app.quit)  # a bound on waiting for the message only
from lstmviz.app import main_gui
code = main_gui([sys.argv[1]])
print(code, shown)
"""


def test_lstmviz_with_a_bad_file_says_so_and_opens_the_default(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
           "XDG_DATA_HOME": str(tmp_path / "data")}  # the app's autosave folder, kept out of the user's
    done = subprocess.run([sys.executable, "-c", MAIN_GUI, str(tmp_path / "gone.lstmviz"), str(tmp_path / "s")],
                          capture_output=True, text=True, env=env, timeout=120, cwd=root)
    assert done.returncode == 0, done.stderr
    assert "gone.lstmviz: no such file" in done.stderr
    assert "Traceback" not in done.stderr
    out = done.stdout.strip().splitlines()[-1]
    assert out.startswith("0 [('many-to-many[*] — lstmviz', 'Cannot open file',")
    assert "gone.lstmviz: no such file" in out
