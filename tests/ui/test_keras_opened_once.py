"""The window opens a .keras file, and parses its config.json, once per open (File > Open reads it
off the GUI thread, then shows its architecture, weights and cell values)."""

from __future__ import annotations

from lstmviz.io import keras_config, keras_weights
from tests.io.test_keras_parsed_once import Counted, keras_file
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.test_trained_document import open_now


def test_the_window_parses_a_keras_files_config_once(window, tmp_path, monkeypatch):
    path, _ = keras_file(tmp_path)
    parses, opens = Counted(keras_config.parse_json), Counted(keras_config.open_zip)
    monkeypatch.setattr(keras_config, "parse_json", parses)
    monkeypatch.setattr(keras_config, "open_zip", opens)
    monkeypatch.setattr(keras_weights, "open_zip", opens)
    assert open_now(window, path)
    doc = window.document
    assert doc.keras_file == path and doc.trained is not None
    assert [layer.kind for layer in doc.architecture.layers] == ["LSTM", "LSTM", "Dense"]
    assert (parses.calls, opens.calls) == (1, 1)
