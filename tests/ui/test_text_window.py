"""A character model's project in the real window: in Chinese, in presenter mode, reopened without TensorFlow."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from lstmviz.io.project import Project
from lstmviz.io.project_io import save_project
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.sampling import Sample
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.weights import weight_specs
from lstmviz.ui.language import language
from tests.ui.editor_support import isolated_settings  # noqa: F401
from tests.ui.test_trained_document import open_now
from tests.ui.visible_text import english_left

SONGCI = 2129


def songci_project_file(tmp_path):
    arch = Architecture(InputSpec.tokens(16), (
        LayerSpec("Embedding", {"input_dim": SONGCI, "output_dim": 8}),
        LayerSpec("LSTM", {"units": 8, "return_sequences": True}),
        LayerSpec("Dense", {"units": SONGCI, "activation": "softmax"}),
    ))
    settings = TrainingSettings(epochs=3, batch_size=8, loss="sparse_categorical_crossentropy")
    rng = np.random.default_rng(1)
    weights = tuple((0.3 * rng.standard_normal(s.shape)).astype(np.float32)
                    for layer in weight_specs(arch) for s in layer)
    history = LossHistory()
    history.add(1, np.array([7.6, 7.2, 6.9]))
    sample = Sample("浣溪沙（晏殊）\n", "一曲新词酒一杯，去年天气旧亭台。", 0.8, 4, 3)
    run = RunRecord(1, "songci", "data", "model", settings, history, "completed", 3, 1.0, samples=(sample,))
    trained = TrainedState(arch, weights, run=1, epoch=3, loss=6.9)
    project = Project(arch, DatasetSpec("text", corpus="songci300", time_steps=16, samples=20), settings,
                      title="songci", trained=trained, runs=(run,))
    return save_project(project, tmp_path / "songci.lstmviz"), sample


@pytest.fixture
def chinese_window(qtbot, qapp, isolated_settings, monkeypatch, request):
    request.addfinalizer(lambda: language.apply(language.ENGLISH, qapp))
    monkeypatch.setenv(language.ENVIRONMENT, "zh_CN")
    language.apply(language.chosen_language(), qapp)
    from lstmviz.app import create_main_window

    w = create_main_window("many-to-many")
    w.show_error = lambda title, message: pytest.fail(f"error box: {title}: {message}")
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_a_chinese_poetry_model_in_the_chinese_window_and_presenter_mode(qtbot, chinese_window, tmp_path):
    w = chinese_window
    path, sample = songci_project_file(tmp_path)
    assert open_now(w, path)
    assert w.document.wait_for_data()
    pane = w.training_panel.text_pane
    qtbot.waitUntil(pane.isVisible)
    assert pane.sample_text.toPlainText() == sample.prompt + sample.text  # the run's own sample, as saved
    assert pane.vocabulary_label.text().startswith("词表：2129 个字符；最常见：")
    assert pane.metrics_label.text().startswith("困惑度 ")
    assert f"{np.exp(6.9):.2f}" in pane.metrics_label.text()
    assert pane.tabs.tabText(0) == "样本" and pane.tabs.tabText(1) == "单元"
    # The unit view computes the passage's values from the stored weights (numpy, off the GUI thread).
    pane.wait()
    qtbot.waitUntil(lambda: pane.units.ranking.count() == 8)
    assert pane.units.ranking.item(0).text().startswith("单元 ")
    assert pane.units.value.currentData() == "h"
    for _ in range(5):
        QApplication.processEvents()
    left = [line for line in english_left(pane) if "chinese-poetry" not in line and "JackeyGao" not in line]
    assert not left, "\n".join(left)

    normal = QFontInfo(pane.sample_text.font()).pixelSize()
    w.presenter.action.trigger()
    qtbot.waitUntil(lambda: w.presenter.active)
    assert pane.isVisible() and QFontInfo(pane.sample_text.font()).pixelSize() >= 20 > normal  # read across a room
    w.presenter.action.trigger()
    qtbot.waitUntil(lambda: not w.presenter.active)
    assert QFontInfo(pane.sample_text.font()).pixelSize() == normal


OPEN_TEXT_WITHOUT_TENSORFLOW = r"""
import importlib.abc, json, sys


class NoTensorFlow(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("tensorflow", "keras", "jax", "torch"):
            raise ImportError(f"{name} is blocked in this test")
        return None


sys.meta_path.insert(0, NoTensorFlow())
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox
from lstmviz.app import create_main_window

window = create_main_window(sys.argv[1])
window.show()
window.document.wait_for_data()
for _ in range(5):
    QApplication.processEvents()
pane = window.training_panel.text_pane
stored = pane.sample_text.toPlainText()
pane.length.setValue(25)
pane.write_button.click()
pane.wait()
for _ in range(20):
    QApplication.processEvents()
print(json.dumps({"stored": stored, "written": pane.shown_sample.to_dict(), "units": pane.units.ranking.count(),
                  "heavy": sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras"))}))
window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
window.close()
"""


def test_a_text_project_reopens_its_sample_and_writes_more_where_tensorflow_cannot_load(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from lstmviz.io.project_io import load_source
    from lstmviz.io.text_source import bundled_text
    from lstmviz.model.char_windows import char_windows
    from lstmviz.model.sampling import write

    path, sample = songci_project_file(tmp_path)
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", OPEN_TEXT_WITHOUT_TENSORFLOW, str(path), str(tmp_path / "settings")],
                          capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["heavy"] == [] and out["stored"] == sample.prompt + sample.text and out["units"] == 8
    project = load_source(str(path))
    vocabulary = char_windows(bundled_text("songci300"), "songci300", 16, 20).vocabulary
    expected = write(project.architecture, project.trained.weights, vocabulary, sample.prompt, 25, 0.8,
                     project.training.seed + 3, 3)
    assert out["written"] == expected.to_dict()  # what the window wrote is the numpy sampler's, reproducibly
