"""The window opens a .keras file, and parses its config.json, once per open: from File > Open
(read off the GUI thread) and from the command line (`lstmviz model.keras`)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from lstmviz.io import keras_config, keras_weights
from tests.io.test_keras_parsed_once import Counted, keras_file
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.test_trained_document import open_now


@pytest.fixture
def counts(monkeypatch):
    parses, opens = Counted(keras_config.parse_json), Counted(keras_config.open_zip)
    monkeypatch.setattr(keras_config, "parse_json", parses)
    monkeypatch.setattr(keras_config, "open_zip", opens)
    monkeypatch.setattr(keras_weights, "open_zip", opens)
    return parses, opens


def shows_the_file(doc, path) -> bool:
    return (doc.keras_file == path and doc.trained is not None
            and [layer.kind for layer in doc.architecture.layers] == ["LSTM", "LSTM", "Dense"])


def test_file_open_parses_a_keras_files_config_once(window, tmp_path, counts):
    path, _ = keras_file(tmp_path)
    assert open_now(window, path)
    assert shows_the_file(window.document, path)
    assert (counts[0].calls, counts[1].calls) == (1, 1)


def test_a_window_started_on_a_keras_file_parses_its_config_once(qtbot, tmp_path, isolated_settings, counts):
    from lstmviz.app import create_main_window

    path, _ = keras_file(tmp_path)
    started = create_main_window(str(path))
    started.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(started)
    assert shows_the_file(started.document, path)
    assert (counts[0].calls, counts[1].calls) == (1, 1)
