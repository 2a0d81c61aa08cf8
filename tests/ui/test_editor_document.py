"""The editable document: every edit is an undo command, undo restores exactly, locking refuses edits."""

from __future__ import annotations

from lstmviz.model.architecture import InputSpec
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer
from lstmviz.ui.document.document import INPUT_SELECTED, NO_SELECTION, Document


def test_starts_on_many_to_many_clean(qtbot):
    doc = Document()
    assert doc.architecture == EXAMPLES["many-to-many"].architecture
    assert doc.inference.total_params == 146
    assert not doc.modified and not doc.locked and doc.selected == NO_SELECTION


def test_edits_then_undo_and_redo_restore_exactly(qtbot):
    doc = Document()
    changed = []
    doc.architecture_changed.connect(lambda: changed.append(doc.architecture))
    states = [doc.architecture]
    assert doc.insert_layer(1, "Dropout", {"rate": 0.5})
    states.append(doc.architecture)
    assert doc.set_option(0, "units", 8)
    states.append(doc.architecture)
    assert doc.move_layer(1, 0)
    states.append(doc.architecture)
    assert doc.set_input(InputSpec((7, 3)))
    states.append(doc.architecture)
    assert doc.remove_layer(2)
    states.append(doc.architecture)
    assert [l.kind for l in doc.architecture.layers] == ["Dropout", "LSTM"]
    assert doc.architecture.input.shape == (7, 3)
    assert doc.inference.total_params == infer(doc.architecture).total_params == 4 * ((3 + 8) * 8 + 8)
    assert len(changed) == 5 and doc.modified

    for expected in reversed(states[:-1]):
        doc.undo_stack.undo()
        assert doc.architecture == expected
        assert doc.inference.total_params == infer(expected).total_params
    assert not doc.modified
    for expected in states[1:]:
        doc.undo_stack.redo()
        assert doc.architecture == expected


def test_consecutive_changes_of_one_option_undo_in_one_step(qtbot):
    doc = Document()
    for units in (6, 7, 12):
        doc.set_option(0, "units", units)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set LSTM units = 12"
    doc.undo_stack.undo()
    assert doc.architecture.layers[0].options["units"] == 5
    # back to the start value: the merged command has no effect and disappears
    doc.undo_stack.redo()
    doc.set_option(0, "units", 5)
    assert doc.undo_stack.count() == 0 and not doc.modified


def test_selection_follows_edits_and_undo(qtbot):
    doc = Document()
    seen = []
    doc.selection_changed.connect(seen.append)
    doc.insert_layer(2, "Dense")
    assert doc.selected == 2
    doc.remove_layer(2)
    assert doc.selected == 1
    doc.undo_stack.undo()
    assert doc.selected == 2
    doc.select(INPUT_SELECTED)
    assert doc.selected == INPUT_SELECTED
    doc.select(99)
    assert doc.selected == NO_SELECTION
    assert seen[-1] == NO_SELECTION


def test_locked_document_refuses_edits(qtbot):
    doc = Document()
    events = []
    doc.lock_changed.connect(lambda locked, reason: events.append((locked, reason)))
    doc.lock("training is running")
    before = doc.architecture
    assert not doc.insert_layer(0, "Dense")
    assert not doc.set_option(0, "units", 9)
    assert doc.architecture == before and doc.undo_stack.count() == 0
    doc.unlock()
    assert doc.set_option(0, "units", 9)
    assert events == [(True, "training is running"), (False, "")]


def test_training_settings_and_dataset_are_undoable(qtbot):
    doc = Document()
    fired = []
    doc.training_settings_changed.connect(lambda: fired.append("training"))
    doc.dataset_changed.connect(lambda: fired.append("dataset"))
    start = doc.training
    assert doc.set_training(start.updated(epochs=10))
    assert doc.set_dataset(DatasetSpec("sine", layout="many-to-many", time_steps=5, samples=8))
    assert doc.training.epochs == 10 and doc.dataset_spec.kind == "sine"
    assert doc.data.dataset is not None and doc.data.dataset.x.shape == (8, 5, 1)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.training == start and doc.dataset_spec.kind == "tutorial"
    assert fired == ["training", "dataset", "dataset", "training"]


def test_load_resets_history_and_announces(qtbot):
    doc = Document()
    doc.set_option(0, "units", 9)
    loaded = []
    doc.loaded.connect(lambda: loaded.append(doc.example))
    doc.load_example("gru-vs-lstm")
    assert loaded == ["gru-vs-lstm"]
    assert doc.undo_stack.count() == 0 and not doc.modified
    assert doc.inference.total_params == 120 + 30
