"""Instant Train: the worker builds and traces the run before Train is pressed, and an edit cancels that."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lstmviz.training.compiled_key import compiled_key
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.panel import TrainingPanel
from lstmviz.ui.training.run_session import WARM_UP_DELAY_MS, RunSession
from lstmviz.ui.training.worker import READY, TrainingThread, WarmUpJob

TF_TIMEOUT = 60_000


class WarmRecordingThread(TrainingThread):
    """Never started: keeps the warm-ups asked for; its worker says TensorFlow is loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.worker.backend_ready = True
        self.warm_ups: list[WarmUpJob] = []

    def warm_up(self, job: WarmUpJob) -> None:
        self.worker.warm_generation = job.generation
        self.warm_ups.append(job)


def recording_session(qtbot, example: str = "many-to-many"):
    doc = Document()
    doc.load_example(example)
    thread = WarmRecordingThread()
    session = RunSession(doc, thread)
    return doc, session, thread


def test_a_warm_up_follows_half_a_second_without_edits(qtbot):
    doc, session, thread = recording_session(qtbot)
    timer = session._warm_timer
    session.inputs_changed()
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == WARM_UP_DELAY_MS
    doc.set_training(doc.training.updated(epochs=7))  # restarts the same delay: still one warm-up to come
    assert timer.isActive() and thread.warm_ups == []
    qtbot.waitUntil(lambda: len(thread.warm_ups) == 1, timeout=5000)
    assert not timer.isActive()  # nothing else is scheduled: no second warm-up follows
    (job,) = thread.warm_ups
    assert job.settings.epochs == 7  # prepared after the last edit, with its inputs
    assert job.architecture == doc.architecture and job.settings == doc.training
    assert job.dataset is doc.data.dataset and job.generation == thread.worker.warm_generation


def test_an_edit_cancels_a_warm_up_only_when_the_trace_would_differ(qtbot):
    doc, session, thread = recording_session(qtbot)
    session._warm_up()  # as the timer would
    generation = thread.worker.warm_generation
    # Epochs, seed and learning rate are assigned, not traced: the warm-up in progress stays useful.
    doc.set_training(doc.training.updated(epochs=9, seed=4, learning_rate=0.02))
    assert thread.worker.warm_generation == generation
    session._warm_up()
    assert thread.warm_ups[-1].generation == generation  # the same work: nothing cancelled
    # Units change the model: the worker sees a new generation at its next stage and stops.
    doc.set_option(0, "units", 6)
    assert thread.worker.warm_generation == generation + 1
    session._warm_up()
    last = thread.warm_ups[-1]
    assert last.generation == generation + 2 and last.architecture.layers[0].options["units"] == 6


def test_no_warm_up_while_training_or_when_the_data_does_not_fit(qtbot):
    doc, session, thread = recording_session(qtbot)
    doc.set_option(1, "units", 3)  # the model's output no longer fits the targets
    session._warm_up()
    assert thread.warm_ups == []


def test_the_key_the_session_compares_is_the_engines(qtbot):
    doc, session, thread = recording_session(qtbot)
    session._warm_up()
    job = thread.warm_ups[-1]
    assert session._warm_key == compiled_key(doc.architecture, doc.data.dataset, doc.training, job.probe_layer,
                                             gradients=True)  # the window traces the gradient probe in


@pytest.fixture
def panel(qtbot):
    document = Document()
    document.load_example("one-to-one")
    widget = TrainingPanel(document)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    assert widget.stop_and_wait()


def test_train_after_the_warm_up_neither_builds_nor_traces(qtbot, panel):
    doc = panel.document
    doc.set_training(doc.training.updated(epochs=30))
    panel.start_background_tensorflow_import()
    qtbot.waitUntil(lambda: panel.session.backend_state == READY, timeout=TF_TIMEOUT)
    qtbot.waitUntil(lambda: panel.session.warm, timeout=TF_TIMEOUT)
    cache = panel.session.training_thread.worker.cache
    assert (cache.builds, cache.traces()) == (1, 1)
    histories = []
    for _ in range(2):
        qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)
        histories.append(list(doc.runs[-1].history.loss))
        assert (cache.builds, cache.traces()) == (1, 1)  # the second press too
    assert len(histories[0]) == 30 and histories[0][-1] < histories[0][0]
    np.testing.assert_allclose(histories[1], histories[0], rtol=1e-5)  # same seed, same run
    # A setting the trace does not depend on: the next press still starts on the same function.
    doc.set_training(doc.training.updated(seed=3, learning_rate=0.05))
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=TF_TIMEOUT)
    assert (cache.builds, cache.traces()) == (1, 1)
    assert list(doc.runs[-1].history.loss) != histories[0]
