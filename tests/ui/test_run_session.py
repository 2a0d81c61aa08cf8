"""The run state machine on its own: no widgets, no TensorFlow; the engine's messages are fed by hand."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.model.cell_values import CellValues
from lstmviz.training.messages import EpochLosses, EpochProgress, Failed, Finished, Predictions, Started
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.run_session import RunPhase, RunSession, lock_reason
from lstmviz.ui.training.worker import LOADING, READY, TrainingJob, TrainingThread, shown_state


class RecordingThread(TrainingThread):
    """The worker thread, never started: it keeps the jobs it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[TrainingJob] = []

    def run(self, job: TrainingJob) -> None:
        self.control = job.control
        self.jobs.append(job)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def session_on(example: str = "one-to-one", clock=None) -> tuple[Document, RunSession, RecordingThread]:
    doc = Document()
    doc.load_example(example)
    thread = RecordingThread()
    return doc, RunSession(doc, thread, clock=clock or FakeClock()), thread


def weights() -> list[np.ndarray]:
    return [np.zeros((1, 20)), np.zeros((5, 20)), np.zeros(20), np.zeros((5, 1)), np.zeros(1)]


def test_a_run_is_built_from_the_document_alone(qtbot):
    doc, session, thread = session_on()
    doc.set_training(doc.training.updated(epochs=3, learning_rate=0.01))
    phases = []
    session.phase_changed.connect(phases.append)
    assert session.train(probe_layer=0, probe_sample=2)
    (job,) = thread.jobs
    assert job.architecture == doc.architecture and job.settings == doc.training
    assert job.dataset is doc.data.dataset and (job.probe_layer, job.probe_sample) == (0, 2)
    assert phases == [RunPhase.LOADING] and doc.locked and doc.lock_reason == lock_reason()
    assert session.status == shown_state(LOADING)  # TensorFlow is not loaded in this process's worker
    assert not session.train()  # one run at a time


def test_a_running_run_follows_the_documents_pace_and_its_undo(qtbot):
    doc, session, thread = session_on()
    assert session.train()
    control = thread.jobs[-1].control
    assert control.pace is None and doc.locked
    assert doc.set_pace(50.0)  # allowed while the run holds the lock: it changes no input of the run
    assert control.pace == 50.0 and session.pace == 50.0
    doc.undo_stack.undo()
    assert control.pace is None and session.pace == 0.0


def test_messages_drive_the_phases_the_history_and_the_record(qtbot):
    doc, session, _thread = session_on()
    doc.set_training(doc.training.updated(epochs=3))
    session.train()
    seen = []
    session.predictions_received.connect(seen.append)
    session.probe_received.connect(seen.append)
    session._backend_state(READY)
    assert session.status == "Building the model…"
    session.handle(Started(total_epochs=3, batch_size=5, samples=5, engine="fast"))
    assert session.phase == RunPhase.RUNNING and session.status == "Training…"
    session.handle(EpochLosses(1, (0.5, 0.25), None, elapsed=0.2, total_epochs=3))
    # The first chunk's time includes compiling: no ETA from it.
    assert session.history.count == 2 and session.eta is None and session.progress_dirty
    prediction = Predictions(2, np.full((5, 1), 0.3), doc.data.dataset.y)
    probe = CellValues(0, "LSTM", {"f": np.zeros((1, 5))}, {"h": np.zeros((1, 5))}, "training, epoch 2", epoch=2)
    session.handle(prediction)
    session.handle(probe)
    assert seen == [prediction, probe]
    session.handle(EpochLosses(3, (0.125,), None, elapsed=0.3, total_epochs=3))
    session.clock.now += 0.5
    session.handle(Finished("completed", 3, {"loss": [0.5, 0.25, 0.125]}, 0.3))
    assert session.status.startswith("Finished 3 epochs in <1 s (training <1 s, 100.00 ms/epoch)")
    assert session.phase == RunPhase.RUNNING and doc.locked  # still running until the worker returns
    session.run_returned(weights())
    assert session.phase == RunPhase.FINISHED and not doc.locked
    (run,) = doc.runs
    assert (run.number, run.reason, run.epochs_run, run.title) == (1, "completed", 3, "one-to-one")
    assert list(run.history.loss) == [0.5, 0.25, 0.125] and run.history is not session.history
    assert doc.trained.run == 1 and doc.trained.epoch == 3 and doc.trained.loss == 0.125
    assert doc.modified


def test_divergence_is_a_field_not_text(qtbot):
    doc, session, _thread = session_on()
    session.train()
    session.handle(Started(10, 5, 5, "fast"))
    session.handle(EpochLosses(1, (1e30,), None, 0.1, 10))
    session.handle(Finished("diverged", 1, {"loss": [1e30]}, 0.1, "diverged at epoch 2 (loss became nan); ...", 2))
    assert session.status_is_error and session.status.startswith("Diverged at epoch 2")
    assert session.finished.diverged_at == 2 and session.outcome == "diverged"
    session.run_returned(weights())
    assert doc.runs[-1].diverged_at == 2


def test_pause_step_and_resume_change_the_phase_and_the_control(qtbot):
    _doc, session, thread = session_on()
    session.train()
    control = thread.jobs[0].control
    session.handle(Started(100, 5, 5, "fast"))
    session.handle(EpochLosses(1, (0.5,), None, 0.1, 100))
    session.toggle_pause()
    assert session.phase == RunPhase.PAUSED and control.paused and session.eta is None
    assert session.status.startswith("Paused at epoch 1")
    session.step()
    assert control.allowance() == 1 and session.phase == RunPhase.PAUSED
    session.toggle_pause()
    assert session.phase == RunPhase.RUNNING and not control.paused
    session.stop()
    assert control.stopped and session.status == "Stopping…"


def test_step_from_idle_starts_a_paused_run(qtbot):
    _doc, session, thread = session_on()
    session.step()
    control = thread.jobs[0].control
    assert session.phase == RunPhase.LOADING and control.paused and control.allowance() == 1
    session.handle(Started(1000, 5, 5, "fast"))
    assert session.phase == RunPhase.PAUSED and session.status == "Paused before the first epoch"


def test_a_failed_run_is_failed_and_records_nothing(qtbot):
    doc, session, _thread = session_on()
    session.train()
    session.handle(Failed("TensorFlow could not be loaded, so the model cannot be trained."))
    session.run_returned(None)
    assert session.phase == RunPhase.FAILED and session.status_is_error and session.outcome == "failed"
    assert doc.runs == () and doc.trained is None and not doc.locked
    assert session.train()  # and a new run can start


def test_stopped_before_the_engine_began(qtbot):
    doc, session, _thread = session_on()
    session.train()
    session.stop()
    session.run_returned(None)
    assert session.phase == RunPhase.IDLE and session.status == "Stopped before the first epoch"
    assert doc.runs == () and not doc.locked


def test_problems_come_from_the_document(qtbot):
    doc, session, thread = session_on()
    doc.set_option(0, "units", 0)  # an impossible model
    assert session.problem() and "cannot be built" in session.problem()
    assert not session.train() and not thread.jobs and not doc.locked


def test_the_eta_leaves_out_the_first_chunk_which_compiles(qtbot):
    _doc, session, _thread = session_on()
    clock = session.clock
    session.train()
    session.handle(Started(total_epochs=1000, batch_size=5, samples=5, engine="fast"))
    clock.now += 3.0
    session.handle(EpochLosses(1, (0.5,) * 10, None, elapsed=3.0, total_epochs=1000))  # 3 s: mostly compiling
    assert session.eta is None
    clock.now += 0.09
    session.handle(EpochLosses(11, (0.4,) * 90, None, elapsed=3.09, total_epochs=1000))  # 1 ms per epoch since
    assert session.eta == pytest.approx(0.9)  # 900 epochs at 1 ms, not 900 x 3.09 s / 100
    session.toggle_pause()
    assert session.eta is None  # no ETA while paused
    clock.now += 60.0  # a minute's pause is not a slow epoch
    session.toggle_pause()
    assert session.eta is None  # measured again from the next report
    clock.now += 0.1
    session.handle(EpochLosses(101, (0.3,) * 100, None, elapsed=3.19, total_epochs=1000))
    clock.now += 0.1
    session.handle(EpochLosses(201, (0.3,) * 100, None, elapsed=3.29, total_epochs=1000))
    assert session.eta == pytest.approx(0.7)  # 700 epochs left at 1 ms


def test_eta_and_finished_line_are_wall_time_with_the_pace_and_pauses(qtbot):
    # A paced run (issue 23): 100 epochs a second of wall time, of which training takes a third.
    doc, session, _thread = session_on()
    clock = session.clock
    doc.set_training(doc.training.updated(epochs=1000))
    doc.set_pace(100.0)
    session.train()
    clock.now += 1.5  # loading and building
    session.handle(Started(total_epochs=1000, batch_size=5, samples=5, engine="fast"))
    clock.now += 0.5
    session.handle(EpochLosses(1, (0.5,) * 3, None, elapsed=0.4, total_epochs=1000))
    for first in range(4, 444, 3):  # paced chunks of 3 epochs, 0.03 s of wall time, 0.01 s of training each
        clock.now += 0.03
        session.handle(EpochLosses(first, (0.4,) * 3, None, elapsed=0.4 + (first - 1) / 300, total_epochs=1000))
    assert session.history.count == 444
    assert session.eta == pytest.approx(5.56)  # 556 epochs at 100 a second: not 1.9 s of training time
    session.toggle_pause()
    clock.now += 20.0
    session.toggle_pause()
    for first in range(445, 1000, 3):
        clock.now += 0.03
        session.handle(EpochLosses(first, (0.3,) * min(3, 1001 - first), None, elapsed=2.0, total_epochs=1000))
    session.handle(Finished("completed", 1000, {"loss": [0.3] * 1000}, 3.4, waited_seconds=6.5,
                            wall_seconds=10.0))
    # From Train to the end: 1.5 + 0.5 + 148 x 0.03 + 20 (the pause) + 185 x 0.03 = 32.1 s; training 3.4 s apart.
    assert session.status.startswith("Finished 1000 epochs in 32 s (training 3 s, 3.40 ms/epoch)")


def test_a_long_epoch_moves_the_position_the_running_loss_and_the_eta(qtbot):
    _doc, session, _thread = session_on()
    clock = session.clock
    session.train()
    session.handle(Started(total_epochs=4, batch_size=32, samples=20000, engine="fast"))
    clock.now += 2.0
    session.handle(EpochProgress(1, 100, 625, 0.9, 1.9, 4))  # the first report: the rate starts here
    assert session.position == pytest.approx(0.16) and session.shown_loss == 0.9 and session.eta is None
    clock.now += 4.25
    session.handle(EpochProgress(1, 625 - 100, 625, 0.5, 6.1, 4))  # 425 batches in 4.25 s: 100 per second
    assert session.position == pytest.approx(0.84) and session.shown_loss == 0.5
    assert session.eta == pytest.approx((4 - 0.84) * 6.25)
    clock.now += 1.0
    session.handle(EpochLosses(1, (0.45,), None, 7.1, 4))
    assert session.position == 1.0 and session.shown_loss == 0.45 and session.progress_dirty


def finish_run(session, first_epoch: int, losses: tuple[float, ...]) -> None:
    session._backend_state(READY)
    last = first_epoch + len(losses) - 1
    session.handle(Started(last, 32, 5, "fast", first_epoch))
    session.handle(EpochLosses(first_epoch, losses, None, elapsed=0.1, total_epochs=last))
    session.handle(Finished("completed", len(losses), {"loss": list(losses)}, 0.1))
    session.run_returned(weights())


def test_train_continues_from_the_trained_weights_or_starts_afresh(qtbot):
    doc, session, thread = session_on()
    doc.set_training(doc.training.updated(epochs=3))
    assert session.train(continue_training=True)  # nothing to continue from yet: fresh
    assert thread.jobs[-1].initial_weights is None and thread.jobs[-1].start_epoch == 1
    finish_run(session, 1, (0.5, 0.25, 0.125))
    first = doc.trained
    assert (first.run, first.epoch) == (1, 3)

    doc.set_training(doc.training.updated(epochs=2))
    assert session.train(continue_training=True)
    job = thread.jobs[-1]
    assert job.initial_weights is first.weights and job.start_epoch == 4
    assert session.total_epochs == 5 and session.start_epoch == 4
    assert list(session.history.loss) == [0.5, 0.25, 0.125]  # the curve goes on from run #1's
    finish_run(session, 4, (0.1, 0.05))
    run = doc.runs[-1]
    assert (run.number, run.start_epoch, run.epochs_run, run.last_epoch) == (2, 4, 2, 5)
    assert list(run.history.loss) == [0.5, 0.25, 0.125, 0.1, 0.05]
    assert (doc.trained.run, doc.trained.epoch, doc.trained.loss) == (2, 5, 0.05)
    assert doc.trained.source == "run #2, epoch 5"

    assert session.train(continue_training=False)
    job = thread.jobs[-1]
    assert job.initial_weights is None and job.start_epoch == 1 and session.history.count == 0


def test_continuing_past_the_epoch_limit_is_refused_before_anything_is_allocated(qtbot):
    from lstmviz.model.limits import MAX_EPOCH
    from lstmviz.model.runs import TrainedState

    doc, session, thread = session_on()
    doc.set_training(doc.training.updated(epochs=100))
    doc.apply_trained(TrainedState(doc.architecture, tuple(weights()), epoch=MAX_EPOCH - 50), ())
    assert not session.train(continue_training=True)
    assert thread.jobs == [] and not doc.locked and session.status_is_error
    assert f"{MAX_EPOCH + 50:,}" in session.status and session.history.count == 0
    assert session.train()  # from fresh weights it may
    assert thread.jobs[0].start_epoch == 1


def test_a_run_the_machine_has_no_memory_for_is_refused(qtbot, monkeypatch):
    from dataclasses import replace

    from lstmviz.model import training_memory

    doc, session, thread = session_on()
    monkeypatch.setattr(training_memory, "available_memory", lambda: 1 << 20)  # a machine with 1 MB free
    architecture = doc.architecture.set_option(0, "units", 256)
    doc.load(replace(doc.project(), architecture=architecture))
    assert not session.train()
    assert thread.jobs == [] and not doc.locked and "is available" in session.status


def test_the_progress_bar_moves_within_a_long_epoch(qtbot):
    from lstmviz.ui.training.run_controls import RunControls

    controls = RunControls()
    qtbot.addWidget(controls)
    _doc, session, _thread = session_on()
    session.train()
    session.handle(Started(total_epochs=10, batch_size=32, samples=20000, engine="fast"))
    session.handle(EpochLosses(1, (0.5, 0.4, 0.3), None, 3.0, 10))
    session.handle(EpochProgress(4, 250, 1000, 0.25, 3.5, 10))  # a quarter into the 4th epoch
    controls.show_progress(session.history.count, session.total_epochs, session.shown_loss, session.eta,
                           session.outcome, session.position)
    bar = controls.progress
    assert bar.value() / bar.maximum() == pytest.approx(0.325)
    assert bar.format().startswith("epoch 4/10 · loss 0.2500")
    session.handle(EpochLosses(4, (0.2,), None, 4.0, 10))
    controls.show_progress(session.history.count, session.total_epochs, session.shown_loss, session.eta,
                           session.outcome, session.position)
    assert bar.value() / bar.maximum() == pytest.approx(0.4) and bar.format().startswith("epoch 4/10 · loss 0.2000")
