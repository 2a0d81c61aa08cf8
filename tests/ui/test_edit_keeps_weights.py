"""An edit keeps the trained weights of every layer that still fits them, in the window: a Dropout
inserted keeps everything (predictions, loss curve, replay); a wider layer sets aside only its own
weights and those of the layer above it, and the notice names them; undo brings back the exact weights."""

from __future__ import annotations

import numpy as np

from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.test_trained_document import open_now, shown_predictions, trained_project_file


def test_a_dropout_keeps_the_weights_predictions_and_curve(window, tmp_path):
    assert open_now(window, trained_project_file(tmp_path))
    doc, panel = window.document, window.training_panel
    trained = doc.trained
    predicted = shown_predictions(window).copy()
    assert doc.insert_layer(1, "Dropout", {"rate": 0.25})
    kept = doc.trained
    assert kept is not None and kept.run == trained.run and kept.epoch == trained.epoch
    assert all(a is b for a, b in zip(kept.weights, trained.weights))
    assert not panel.notice.isVisible() and doc.set_aside == ()
    np.testing.assert_allclose(shown_predictions(window), predicted, atol=1e-6)  # Dropout: identity when predicting
    assert panel.loss_pane.history.count == 4 and panel.controls.continue_box.isEnabled()
    assert doc.set_option(1, "rate", 0.5) and doc.trained is not None and doc.trained.run == trained.run
    assert doc.remove_layer(1) and doc.trained is not None and not panel.notice.isVisible()
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.trained is trained


def test_a_wider_layer_sets_aside_only_what_no_longer_fits(window, tmp_path):
    assert open_now(window, trained_project_file(tmp_path))
    doc, panel = window.document, window.training_panel
    trained = doc.trained
    # Many-to-many: LSTM(5) -> TimeDistributed(Dense(1)). A Dense(5) inserted between them fits
    # nothing old but leaves both trained layers their weights.
    assert doc.insert_layer(1, "TimeDistributed", {"units": 5})
    kept = doc.trained
    assert kept is not None and kept.run is None and "fresh weights: time_distributed" in kept.source
    np.testing.assert_array_equal(kept.weights[0], trained.weights[0])
    assert not panel.notice.isVisible()
    assert "fresh weights: time_distributed" in panel.prediction_pane.title.text()  # not "epoch 4" alone
    doc.undo_stack.undo()
    assert doc.trained is trained
    assert doc.set_option(0, "units", 7)  # the LSTM and the Dense above it change shape
    assert doc.trained is None and doc.set_aside == ("lstm (LSTM)", "time_distributed (TimeDistributed)")
    assert panel.notice.isVisible() and "lstm (LSTM), time_distributed (TimeDistributed)" in panel.notice.text()
    doc.undo_stack.undo()
    assert doc.trained is trained and doc.set_aside == () and not panel.notice.isVisible()


def test_a_stacked_edit_names_the_layers_set_aside_and_keeps_the_others(window, tmp_path):
    assert open_now(window, trained_project_file(tmp_path, "stacked-lstm", "stacked.lstmviz"))
    doc, panel = window.document, window.training_panel
    trained = doc.trained
    assert doc.set_option(1, "units", 4)  # the upper LSTM and the Dense change; the lower LSTM keeps its weights
    kept = doc.trained
    assert kept is not None and doc.set_aside == ("lstm_1 (LSTM)", "dense (Dense)")
    assert all(np.array_equal(a, b) for a, b in zip(kept.weights[:3], trained.weights[:3]))
    assert panel.notice.isVisible() and "lstm_1 (LSTM), dense (Dense)" in panel.notice.text()
    assert "the other layers keep" in panel.notice.text()
    assert len(shown_predictions(window))  # the kept-and-fresh model predicts
    doc.undo_stack.undo()
    assert doc.trained is trained and not panel.notice.isVisible()
    doc.undo_stack.redo()
    assert doc.trained is kept
