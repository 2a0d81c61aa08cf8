"""The text pane of a character model in the training panel: a live sample, perplexity, units, replay, reopen."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QRawFont

from lstmviz.io.project import Project
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.sampling import write
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.unit_activity import rank_units, trace_passage, unit_values
from lstmviz.model.vocabulary import Vocabulary
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.panel import TrainingPanel
from lstmviz.ui.training.text_work import passage_of

TF_TIMEOUT = 90_000
TEXT = 'he said "row, row" to the boat\nand the boat said "row" back\n' * 8


def text_project(tmp_path, epochs=30) -> Project:
    path = tmp_path / "boat.txt"
    path.write_text(TEXT, encoding="utf-8")
    v = Vocabulary.from_text(TEXT).size
    arch = Architecture(InputSpec.tokens(12), (
        LayerSpec("Embedding", {"input_dim": v, "output_dim": 8}),
        LayerSpec("LSTM", {"units": 12, "return_sequences": True}),
        LayerSpec("Dense", {"units": v, "activation": "softmax"}),
    ))
    settings = TrainingSettings(epochs=epochs, batch_size=8, learning_rate=0.02,
                                loss="sparse_categorical_crossentropy", seed=4, pace=10.0)
    return Project(arch, DatasetSpec("text", path=str(path), time_steps=12), settings, title="boat")


@pytest.fixture
def panel(qtbot, tmp_path):
    document = Document()
    document.load(text_project(tmp_path))
    assert document.wait_for_data()
    widget = TrainingPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 360)
    widget.show()
    yield widget
    assert widget.stop_and_wait()


def test_a_text_shows_its_vocabulary_and_the_sample_pane_instead_of_the_prediction_plot(panel):
    pane = panel.text_pane
    assert pane.isVisible() and not panel.prediction_pane.isVisible()
    v = Vocabulary.from_text(TEXT)
    assert pane.vocabulary_label.text() == f"Vocabulary: {v.summary(12)}"
    assert v.summary(12).startswith("18 characters; most frequent: \u2423 a o t")
    assert "not trained yet" in pane.metrics_label.text()
    assert pane.prompt.text() == "h"  # no corpus prompt: the text's first character
    panel.document.set_dataset(DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64))
    assert not pane.isVisible() and panel.prediction_pane.isVisible()


def test_training_writes_live_samples_and_keeps_them_with_the_run(qtbot, panel, monkeypatch):
    pane = panel.text_pane
    pane.live_timer.setInterval(300)  # a short run: samples every 0.3 s instead of every few seconds
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.session.samples) >= 2, timeout=TF_TIMEOUT)
    qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)
    pane.wait()
    qtbot.waitUntil(lambda: pane.shown_sample is not None and pane.shown_sample.epoch == 30, timeout=10_000)
    run = panel.document.runs[-1]
    assert len(run.samples) >= 2
    epochs = [s.epoch for s in run.samples]
    assert epochs == sorted(epochs) and epochs[0] < 30
    vocabulary = Vocabulary.from_text(TEXT)
    for sample in run.samples:
        assert set(sample.text) <= set(vocabulary.chars) and len(sample.text) == 200
    # The final sample is the numpy sampler's on the trained weights, with the seed its epoch gives.
    trained = panel.document.trained
    expected = write(trained.architecture, trained.weights, vocabulary, "h", 200, 0.8, 4 + 30, 30)
    assert pane.sample_text.toPlainText() == "h" + expected.text
    assert pane.metrics_label.text().startswith("Perplexity ")
    loss = run.history.last()[0]
    assert f"{np.exp(loss):.2f}" in pane.metrics_label.text()

    # The unit view: recomputed from the trained weights, ranked as the model core ranks them.
    units = pane.units
    units.rank_by.setCurrentIndex(units.rank_by.findData("inside quotes"))
    passage = passage_of(TEXT)
    values = unit_values(trace_passage(trained.architecture, trained.weights, vocabulary.encode(passage),
                                       vocabulary.size, 1), "h")
    expected_order = [r.unit for r in rank_units(values, "inside quotes", passage)]
    shown = [units.ranking.item(i).data(256) for i in range(units.ranking.count())]
    assert shown == expected_order
    assert units.ranking.item(0).text().startswith(f"unit {expected_order[0] + 1}: r = ")
    html = units.text.toHtml()
    assert "background-color:" in html and "\u21b5" in html

    # The replay writes with the scrubbed epoch's weights.
    first = run.snapshots.epochs[0]
    panel.scrub_to_epoch(int(first))
    pane.wait()
    qtbot.waitUntil(lambda: pane.shown_sample is not None and pane.shown_sample.epoch == int(first), timeout=10_000)


def test_a_reopened_project_shows_its_samples_and_writes_new_ones(qtbot, tmp_path, command):
    """Trained by `lstmviz train`, saved, reopened: the pane shows the run's sample and writes from the
    stored weights (that this needs no TensorFlow: test_text_window, in a process without it)."""
    from lstmviz.io.project_io import load_source, save_project

    source = save_project(text_project(tmp_path, epochs=5), tmp_path / "boat.lstmviz")
    command("train", str(source), "--save", "trained.lstmviz", "--sample-length", "50", cwd=tmp_path, check=True)
    project = load_source(str(tmp_path / "trained.lstmviz"))
    stored = project.runs[-1].samples[-1]
    document = Document()
    document.load(project)
    assert document.wait_for_data()
    panel = TrainingPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    pane = panel.text_pane
    assert pane.shown_sample == stored  # the run's own sample, shown at once
    assert pane.sample_text.toPlainText() == stored.prompt + stored.text
    pane.length.setValue(30)
    qtbot.mouseClick(pane.write_button, Qt.MouseButton.LeftButton)
    pane.wait()
    qtbot.waitUntil(lambda: pane.shown_sample is not stored, timeout=10_000)
    assert len(pane.shown_sample.text) == 30
    assert panel.stop_and_wait()


def test_the_bundled_font_covers_the_chinese_text(qapp):
    from lstmviz.io.text_source import bundled_text
    from lstmviz.ui.language.language import FONT_FILE
    from lstmviz.resources_path import resources

    raw = QRawFont((resources() / "fonts" / FONT_FILE).read_bytes(), 12)
    assert raw.isValid()
    missing = [c for c in set(bundled_text("songci300")) if c != "\n" and not raw.supportsCharacter(ord(c))]
    assert missing == []


def test_a_users_text_file_is_chosen_in_the_data_picker(qtbot, panel, tmp_path):
    picker = panel.picker
    own = tmp_path / "mine.txt"
    own.write_text("a rose is a rose is a rose\n" * 5, encoding="utf-8")
    panel.document.set_dataset(DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64))
    picker.csv_path.clear()
    # From the keyboard, as a user can: the last entry is "CSV file…", the one above it the text file.
    picker.combo.setFocus()
    qtbot.keyClick(picker.combo, Qt.Key.Key_End)
    if picker.file_dialog is not None:
        picker.file_dialog.reject()
    qtbot.keyClick(picker.combo, Qt.Key.Key_Up)
    assert picker.combo.currentText() == "Text file (.txt)…"
    if picker.file_dialog is not None:
        picker.file_dialog.reject()
    assert picker.csv_row.isVisible() and not picker.csv_layout.isVisible()
    assert picker.csv_steps.value() == 12  # the windows the text had before
    picker.csv_path.setText(str(own))
    picker.csv_path.editingFinished.emit()
    spec = panel.document.dataset_spec
    assert spec.is_text and spec.path == str(own) and spec.time_steps == 12
    assert panel.document.wait_for_data()
    assert panel.text_pane.dataset.name == "mine.txt"
    assert "Vocabulary: 8 characters" in panel.text_pane.vocabulary_label.text()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")
    picker.csv_path.setText(str(bad))
    picker.csv_path.editingFinished.emit()
    assert panel.document.wait_for_data()
    qtbot.waitUntil(lambda: picker.error.isVisible())
    assert "bad.txt: not UTF-8 text (line 1, byte 4 of the line: 0xe9)" in picker.error.text()
