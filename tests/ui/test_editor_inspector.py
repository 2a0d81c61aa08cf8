"""The inspector: fitting editors from the catalogue; every change is undoable and updates every view."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.ui.document.document import INPUT_SELECTED
from tests.ui.editor_support import isolated_settings, window  # noqa: F401


def summary_cells(window, row: int) -> list[str]:
    model = window.summary.summary_model
    return [model.item(row, c).text() for c in range(4)]


def test_editors_fit_the_option_types(window):
    window.document.select(0)
    editors = window.inspector.editors
    assert set(editors) == {"units", "return_sequences", "use_bias", "activation", "recurrent_activation",
                            "go_backwards", "dropout", "recurrent_dropout"}
    assert isinstance(editors["units"], QSpinBox)
    assert (editors["units"].minimum(), editors["units"].maximum()) == (1, 4096)
    assert editors["units"].value() == 5
    assert isinstance(editors["return_sequences"], QCheckBox) and editors["return_sequences"].isChecked()
    assert isinstance(editors["activation"], QComboBox) and editors["activation"].currentText() == "tanh"
    assert isinstance(editors["dropout"], QDoubleSpinBox) and editors["dropout"].maximum() == 1.0
    assert "LSTM" in window.inspector.heading.text()
    assert window.inspector.formula.text() == "Parameters: 4 × ((1 + 5) × 5 + 5) = 140"


def test_typing_units_updates_summary_canvas_and_status(window, qtbot):
    window.document.select(0)
    spin = window.inspector.editors["units"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "8")
    assert window.document.architecture.layers[0].options["units"] == 5  # nothing until Enter
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    lstm = 4 * ((1 + 8) * 8 + 8)
    assert summary_cells(window, 0) == ["lstm (LSTM)", "(None, 5, 8)", f"{lstm}", f"4 × ((1 + 8) × 8 + 8) = {lstm}"]
    assert summary_cells(window, 1)[1:3] == ["(None, 5, 1)", "9"]
    assert summary_cells(window, 2)[2] == f"{lstm + 9}"
    assert window.canvas.canvas_scene.blocks[0].content.shape == "(None, 5, 8)"
    assert window.total_params.text() == f"Total params: {lstm + 9:,}"
    assert window.inspector.formula.text().endswith(f"= {lstm}")
    assert spin.hasFocus()  # the form was not rebuilt under the user's fingers
    window.undo_stack.undo()
    assert spin.value() == 5
    assert summary_cells(window, 2)[2] == "146"


def test_check_and_combo_edits_are_undoable(window):
    window.document.select(0)
    editors = window.inspector.editors
    editors["return_sequences"].click()
    assert window.document.inference.layers[0].output_shape == (None, 5)
    assert window.canvas.canvas_scene.blocks[1].content.error  # TimeDistributed now lacks time steps
    editors["recurrent_activation"].setCurrentText("hard_sigmoid")
    assert window.document.architecture.layers[0].options["recurrent_activation"] == "hard_sigmoid"
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert editors["return_sequences"].isChecked()
    assert window.document.inference.ok


def test_bidirectional_shows_only_its_relevant_options(window):
    window.document.replace_architecture(
        Architecture(InputSpec((10, 1)), (LayerSpec("Bidirectional", {"layer": "LSTM"}), LayerSpec("Dense"))), "t")
    window.document.select(0)
    assert "reset_after" not in window.inspector.editors
    window.inspector.editors["layer"].setCurrentText("GRU")
    assert "reset_after" in window.inspector.editors  # the form follows the visible options
    assert window.document.inference.layers[0].params == 2 * 3 * ((1 + 5) * 5 + 2 * 5)


def test_input_editor_changes_time_steps_features_and_tokens(window):
    window.document.select(INPUT_SELECTED)
    editors = window.inspector.editors
    assert set(editors) == {"time_steps", "features", "tokens"}
    editors["time_steps"].setValue(12)
    editors["features"].setValue(3)
    assert window.document.architecture.input == InputSpec((12, 3))
    assert window.summary.summary_model.item(0, 1).text() == "(None, 12, 5)"
    assert window.document.inference.layers[0].params == 4 * ((3 + 5) * 5 + 5)
    editors["time_steps"].setValue(0)  # "any": variable-length sequences
    assert window.document.architecture.input.shape == (None, 3)
    assert editors["time_steps"].text() == "any (None)"
    editors["tokens"].setChecked(True)
    assert window.document.architecture.input.is_tokens
    assert not editors["features"].isEnabled()
    assert window.canvas.canvas_scene.blocks[0].content.error  # an LSTM cannot read raw token ids
    window.undo_stack.undo()
    assert not window.document.architecture.input.is_tokens


def test_locked_inspector_says_why(window):
    window.document.select(0)
    window.document.lock("training is running")
    assert not window.inspector.form_host.isEnabled()
    assert window.inspector.lock_label.isVisible()
    assert "training is running" in window.inspector.lock_label.text()
    window.document.unlock()
    assert window.inspector.form_host.isEnabled()


def test_an_edit_on_a_fifty_layer_model_updates_every_view(window):
    layers = [LayerSpec("LSTM", {"units": 4, "return_sequences": True}) for _ in range(49)] + [LayerSpec("Dense")]
    window.document.replace_architecture(Architecture(InputSpec((5, 1)), tuple(layers)), "big")
    window.document.select(0)
    spin = window.inspector.editors["units"]
    for units in (5, 6, 7, 8, 9):  # how long each edit takes: benchmarks/edit_latency.py
        spin.setValue(units)
    assert len(window.canvas.canvas_scene.blocks) == 50
    assert window.summary.summary_model.rowCount() == 51
    first = 4 * ((1 + 9) * 9 + 9)
    second = 4 * ((9 + 4) * 4 + 4)
    assert window.summary.summary_model.item(0, 2).text() == f"{first:,}"
    assert window.summary.summary_model.item(1, 2).text() == f"{second:,}"


def test_delete_key_in_an_editor_edits_text_not_the_model(window, qtbot):
    window.document.select(0)
    spin = window.inspector.editors["units"]
    window.activateWindow()
    spin.setFocus()
    spin.lineEdit().setCursorPosition(0)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Delete)
    assert [layer.kind for layer in window.document.architecture.layers] == ["LSTM", "TimeDistributed"]
    assert spin.lineEdit().text() == ""
