"""Hostile files through the window: File > Open (the dialog replaced), the data picker and Save.

The window survives every one with a message, keeps its document as it was, and reads
files and CSV data off the GUI thread (a busy indicator while it does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from lstmviz.io.project_io import load_project
from lstmviz.model.dataset_spec import DatasetSpec
from tests.hostile_corpus import build, data_cases, project
from tests.ui.editor_support import isolated_settings, window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("window-hostile"))


@pytest.fixture(scope="module")
def data_corpus(tmp_path_factory):
    return data_cases(tmp_path_factory.mktemp("window-hostile-data"))


def state(window):
    doc = window.document
    return (doc.architecture, doc.title, doc.path, doc.keras_file, doc.dataset_spec, doc.training,
            window.undo_stack.index(), doc.modified)


def open_through_the_menu(window, path: str) -> bool | None:
    window.choose_open_path = lambda caption, filters: path
    window.open_action.trigger()
    return window.file_loader.wait(60)


def test_every_hostile_file_leaves_the_window_as_it_was(window, corpus):
    window.document.set_option(0, "units", 7)  # unsaved work the failed opens must not touch
    before = state(window)
    for case in corpus:
        shown = len(window.shown_errors)
        assert open_through_the_menu(window, case.path) is False, case.name
        assert len(window.shown_errors) == shown + 1, case.name
        title, message = window.shown_errors[-1]
        assert title == "Cannot open file" and case.expected in message, (case.name, message[:300])
        assert "\n" not in message and "Traceback" not in message
        assert state(window) == before, case.name
        assert window.isVisible() and not window.file_loader.indicator.isVisible()


def test_the_file_is_read_off_the_gui_thread_with_a_busy_indicator(window, tmp_path, qtbot):
    path = tmp_path / "big.lstmviz"
    path.write_text(json.dumps(project(title="t" * 999, notes=["x" * 1000] * 10_000)))  # 10 MB; unknown keys are kept out
    window.choose_open_path = lambda caption, filters: str(path)
    assert window.open_file()
    # Nothing has been read on the GUI thread yet: the old document is still shown, the indicator is up.
    assert window.document.path is None and window.file_loader.busy
    assert window.file_loader.indicator.isVisible()
    assert "big.lstmviz" in window.file_loader.indicator.label.text()
    with qtbot.waitSignal(window.file_loader.opened, timeout=60000):
        pass
    assert window.document.path == path and len(window.document.title) == 999
    assert not window.file_loader.indicator.isVisible()


def test_the_longest_sequence_the_reader_accepts_opens_and_unrolls(window, tmp_path, qtbot):
    path = tmp_path / "long.lstmviz"
    path.write_text(json.dumps(project(architecture={
        "input": {"shape": [100_000, 1]},
        "layers": [{"kind": "LSTM", "options": {"units": 5, "return_sequences": True}},
                   {"kind": "TimeDistributed", "options": {"units": 1}}]},
        dataset={"kind": "sine", "layout": "many-to-many", "time_steps": 100_000, "samples": 3})))
    assert open_through_the_menu(window, str(path)) is True
    assert window.document.wait_for_data(30)
    window.tabs.setCurrentIndex(1)
    view = window.unrolled_view
    qtbot.waitUntil(lambda: view.diagram_layout is not None and bool(view.diagram_layout.nodes), timeout=10000)
    assert view.slider.maximum() == 99_999
    assert "up to 1,000 time steps" in view.source_label.text()  # drawn; values only for shorter sequences
    view.set_step(99_999)
    assert view.step_label.text() == "t = 100000 of 100000"


def test_csv_data_loads_in_the_background_once_and_is_cached(window, tmp_path, qtbot, monkeypatch):
    import lstmviz.ui.document.state as state_module

    reads = []
    real = state_module.load_dataset
    monkeypatch.setattr(state_module, "load_dataset", lambda spec: reads.append(spec) or real(spec))
    csv = tmp_path / "series.csv"
    csv.write_text("v\n" + "".join(f"{i / 10}\n" for i in range(40)))
    spec = DatasetSpec("csv", path=str(csv), layout="many-to-many", time_steps=5)
    doc = window.document
    doc.set_dataset(spec)
    assert doc.data.loading and doc.training_problem() == "the data is still loading"
    panel = window.training_panel
    assert panel.picker.preview.text() == "Loading\u2026"
    assert not panel.findChild(QPushButton, "trainButton").isEnabled()
    qtbot.waitUntil(lambda: not doc.data.loading, timeout=10000)
    assert doc.data.dataset is not None and doc.data.dataset.x.shape == (35, 5, 1)
    assert panel.picker.preview.text() == "X (35, 5, 1) \u2192 y (35, 5, 1)"
    assert window.unrolled_view._data_x is doc.data.dataset.x  # the diagram uses the document's arrays
    doc.undo_stack.undo()
    doc.undo_stack.redo()  # the same spec again: from the cache, at once
    assert not doc.data.loading and doc.data.dataset is not None
    assert reads == [spec]


def test_a_large_builtin_dataset_is_generated_in_the_background(window, qtbot):
    spec = DatasetSpec("sine", layout="many-to-many", time_steps=5, samples=2_000_000)  # 10,000,000 values
    window.document.set_dataset(spec)
    assert window.document.data.loading
    assert window.document.wait_for_data(60)
    assert window.document.data.dataset.x.shape == (2_000_000, 5, 1)


def test_hostile_data_is_a_message_in_the_picker(window, data_corpus, qtbot):
    for case in data_corpus:
        assert open_through_the_menu(window, case.path) is True, case.name
        qtbot.waitUntil(lambda: not window.document.data.loading, timeout=30000)
        error = window.training_panel.findChild(QLabel, "dataError")
        assert case.expected in error.text(), (case.name, error.text()[:300])
        assert not window.training_panel.findChild(QPushButton, "trainButton").isEnabled()


def test_saving_through_a_symlink_and_with_hostile_texts(window, tmp_path):
    real = tmp_path / "real.lstmviz"
    real.write_text("{}")
    link = tmp_path / "link.lstmviz"
    link.symlink_to(real)
    window.document._title = "a\ud800b"  # a lone surrogate, as a JSON file may carry
    assert window.save_to(link)
    assert link.is_symlink() and load_project(real).title == "a\ud800b"
    (tmp_path / "folder.lstmviz").mkdir()
    assert not window.save_to(tmp_path / "folder.lstmviz")
    assert "is a folder" in window.shown_errors[-1][1]
    os.mkfifo(tmp_path / "pipe.lstmviz")
    assert not window.save_to(tmp_path / "pipe.lstmviz")
    assert "not a regular file" in window.shown_errors[-1][1]


def test_a_huge_title_is_elided_in_the_window(window, tmp_path):
    path = tmp_path / "titled.json"
    path.write_text(json.dumps(project(title="T" * 1000)))
    window.document.load(load_project(path))
    window.document._path = None  # shown by its title, as an unsaved project is
    window._update_title()
    assert len(window.windowTitle()) < 120


MAIN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
shown = []
QMessageBox.warning = lambda parent, title, text, *a: (shown.append((title, text)), QTimer.singleShot(0, app.quit))
QTimer.singleShot(60_000, app.quit)  # a bound on waiting for the message only
from lstmviz.app import main_gui
code = main_gui([sys.argv[1]])
print(code, len(shown), shown[0][1] if shown else "")
"""


@pytest.mark.parametrize("name", ["JSON nested 100,000 levels", "config.json inflating to 64 MB",
                                  "a FIFO as the project"])
def test_lstmviz_file_with_a_reading_failure_opens_the_default_with_a_message(corpus, name):
    case = next((c for c in corpus if c.name == name), None)
    if case is None:
        pytest.skip("not available here")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "LSTMVIZ_INSTANCE_NAME": ""}
    done = subprocess.run([sys.executable, "-c", MAIN_GUI, case.path], capture_output=True, text=True, env=env,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and case.expected in done.stderr
    code, count, message = done.stdout.strip().splitlines()[-1].split(" ", 2)
    assert (code, count) == ("0", "1") and case.expected in message
