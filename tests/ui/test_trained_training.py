"""Train on from trained or loaded weights, or afresh: the panel's choice, carried into the real engine."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lstmviz.io.keras_weights import write_keras_file
from lstmviz.io.project_io import from_example, load_source
from lstmviz.model.weights import weight_specs
from lstmviz.training.messages import Started
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.panel import TrainingPanel

TF_TIMEOUT = 60_000


@pytest.fixture
def panel(qtbot):
    document = Document()
    document.load_example("one-to-one")
    widget = TrainingPanel(document)
    qtbot.addWidget(widget)
    widget.show()
    widget.log = []
    widget.session.training_thread.worker.message.connect(widget.log.append, Qt.ConnectionType.DirectConnection)
    jobs = []
    run = widget.session.training_thread.run
    widget.session.training_thread.run = lambda job: (jobs.append(job), run(job))
    widget.jobs = jobs
    yield widget
    assert widget.stop_and_wait()


def train(qtbot, panel, epochs: int) -> None:
    panel.document.set_training(panel.document.training.updated(epochs=epochs))
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)


def test_continue_from_these_weights_or_start_afresh(qtbot, panel):
    doc, box = panel.document, panel.controls.continue_box
    assert not box.isEnabled() and box.objectName() == "continueTraining"  # nothing to continue from yet
    train(qtbot, panel, 10)
    first = doc.trained
    assert box.isEnabled() and "run #1, epoch 10" in box.toolTip()
    box.setChecked(True)
    train(qtbot, panel, 5)
    job = panel.jobs[-1]
    assert job.initial_weights is first.weights and job.start_epoch == 11
    started = [m for m in panel.log if isinstance(m, Started)][-1]
    assert (started.start_epoch, started.total_epochs) == (11, 15)
    assert doc.trained.epoch == 15 and doc.trained.source == "run #2, epoch 15"
    run = doc.runs[-1]
    assert (run.start_epoch, run.epochs_run) == (11, 5)
    x, y = panel.loss_pane.loss_curve.getOriginalDataset()
    assert list(x) == list(range(1, 16))
    np.testing.assert_allclose(y[:10], doc.runs[0].history.loss)  # run #1's curve, then on from there
    assert panel.progress.text().startswith("epoch 15/15")
    # Continuing starts where run #1 ended: its first loss is close to run #1's last, far below a fresh start's.
    assert y[10] < doc.runs[0].history.loss[0]

    box.setChecked(False)
    train(qtbot, panel, 5)
    job = panel.jobs[-1]
    assert job.initial_weights is None and job.start_epoch == 1 and doc.trained.epoch == 5


def test_training_goes_on_from_a_loaded_keras_file(qtbot, panel, tmp_path):
    arch = from_example("one-to-one").architecture
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal(s.shape).astype(np.float32) * 0.3 for layer in weight_specs(arch) for s in layer]
    doc = panel.document
    doc.load(load_source(str(write_keras_file(tmp_path / "m.keras", arch, weights))))
    box = panel.controls.continue_box
    assert box.isEnabled() and "weights from m.keras" in box.toolTip()
    box.setChecked(True)
    train(qtbot, panel, 3)
    job = panel.jobs[-1]
    for given, stored in zip(job.initial_weights, weights):
        np.testing.assert_array_equal(given, stored)
    assert job.start_epoch == 1 and doc.trained.epoch == 3  # a .keras file does not say how long it trained
