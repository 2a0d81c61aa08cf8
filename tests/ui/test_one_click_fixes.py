"""One-click fixes in the window: a button applies the model core's fix as one undoable edit,
and the block that changes is marked on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lstmviz.model.datasets import BUILTIN_DATASETS
from tests.ui.editor_support import isolated_settings, window  # noqa: F401

LEFT = Qt.MouseButton.LeftButton


def test_a_stack_that_needs_return_sequences_offers_it_as_one_edit(window, qtbot):
    doc = window.document  # many-to-many
    doc.set_option(0, "return_sequences", False)
    banner = window.model_banner
    assert banner.isVisible() and "TimeDistributed needs a 3-D input" in banner.label.text()
    assert banner.fix_button.isVisible() and banner.fix_button.text() == "Set return_sequences=True on lstm"
    scene = window.canvas.canvas_scene
    assert [b.fix_note for b in scene.blocks] == ["fix: set return_sequences=True here", ""]
    assert scene.blocks[1].content.error
    panel = window.training_panel  # Train says why it is off, without repeating the model's error
    assert panel.problem_banner.isVisible() and "until the model is fixed" in panel.problem.text()
    count = doc.undo_stack.count()
    qtbot.mouseClick(banner.fix_button, LEFT)
    assert doc.inference.ok and doc.architecture.layers[0].options["return_sequences"] is True
    assert doc.undo_stack.count() == count + 1
    assert doc.undo_stack.undoText() == "Fix: Set return_sequences=True on lstm"
    assert not banner.isVisible() and not any(b.fix_note for b in scene.blocks)
    assert not panel.problem_banner.isVisible() and panel.train_button.isEnabled()
    doc.undo_stack.undo()  # one step back: the broken stack again
    assert not doc.inference.ok and banner.isVisible()


def test_data_of_another_shape_offers_the_input_that_fits_it(window, qtbot):
    doc = window.document
    doc.load_example("one-to-one")
    doc.set_dataset(BUILTIN_DATASETS["Sine wave (many-to-one)"])  # windows of 10 steps
    panel = window.training_panel
    banner = panel.problem_banner
    assert banner.isVisible() and "set the input to (10, 1)" in banner.label.text()
    assert banner.fix_button.text() == "Set the input to (10, 1)"
    assert window.canvas.canvas_scene.input_block.fix_note == "fix: set the input to (10, 1) here"
    assert not panel.train_button.isEnabled()
    assert "training cannot start yet" in window.model_status.text()  # the status bar agrees with the banner
    qtbot.mouseClick(banner.fix_button, LEFT)
    assert doc.architecture.input.shape == (10, 1) and doc.training_problem() is None
    assert panel.train_button.isEnabled() and not banner.isVisible()
    assert window.model_status.text().startswith("Shapes fit")
    assert not window.canvas.canvas_scene.input_block.fix_note
    doc.undo_stack.undo()
    assert doc.architecture.input.shape == (1, 1)


def test_no_fix_button_while_training_locks_the_model(window):
    doc = window.document
    doc.set_option(0, "return_sequences", False)
    doc.lock("training is running")
    assert window.model_banner.isVisible() and not window.model_banner.fix_button.isVisible()
    doc.unlock()
    assert window.model_banner.fix_button.isVisible()


def test_the_discarded_weights_notice_is_a_banner_with_undo(window):
    from tests.ui.recorded_run import record_run

    doc = window.document
    record_run(doc)
    panel = window.training_panel
    assert doc.trained is not None and not panel.notice_banner.isVisible()
    doc.set_option(0, "units", 6)
    assert panel.notice_banner.isVisible() and "no longer fit" in panel.notice.text()
    assert panel.notice_banner.action_button.text() == "Undo"
    panel.notice_banner.action_button.click()
    assert doc.trained is not None and not panel.notice_banner.isVisible()
