"""A paced run in the real engine: the waits its pace asks for, a pace changed mid-run, Stop during a wait,
and the weight snapshots it sends. Its wall time is measured in benchmarks/pace_and_replay.py.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.examples import get_example
from lstmviz.model.snapshots import flatten
from lstmviz.training.control import TrainingControl
from lstmviz.training.engine import collect, run_training, warm_up
from lstmviz.training.messages import EpochLosses, WeightSnapshots

GIVE_UP_SECONDS = 120  # only a bound on waiting for the run: the waits tested here would last 1000 s


class VirtualTimeControl(TrainingControl):
    """A control whose clock moves only when the engine waits for its pace (training takes no time)."""

    def __init__(self) -> None:
        self.now = 0.0
        super().__init__(clock=lambda: self.now)
        self.waits: list[float] = []

    def wait(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


class WaitWatchingControl(TrainingControl):
    """A real control that tells when the engine has begun a pacing wait."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()

    def wait(self, seconds: float) -> None:
        # The lock is reentrant: the event is set while holding it, so nobody can stop or change the
        # pace until the wait has taken its snapshot of the pace and is listening.
        with self._lock:
            self.waiting.set()
            super().wait(seconds)


def run_in_thread(example, dataset, settings, control, messages):
    done: dict = {}

    def train():
        done["result"] = run_training(example.architecture, dataset, settings, collect(messages), control)

    thread = threading.Thread(target=train, daemon=True)
    thread.start()
    return thread, done


def chunk_sizes(messages) -> list[int]:
    return [len(m.losses) for m in list(messages) if isinstance(m, EpochLosses)]


@pytest.fixture(scope="module")
def tutorial():
    example = get_example("one-to-one")
    dataset = load_dataset(example.dataset)
    warm_up(example.architecture, dataset, example.training)  # the trace is not what is timed
    return example, dataset


def snapshots_of(messages):
    epochs, rows = [], []
    for m in messages:
        if isinstance(m, WeightSnapshots):
            epochs += list(m.epochs)
            rows += list(m.values)
    return epochs, np.array(rows)


def test_40_epochs_at_200_per_second_wait_a_fifth_of_a_second_in_paced_chunks(tutorial):
    example, dataset = tutorial
    control = VirtualTimeControl()
    messages = []
    result = run_training(example.architecture, dataset, example.training.updated(epochs=40, pace=200.0),
                          collect(messages), control)
    assert result.reason == "completed" and result.epochs_run == 40
    # Chunks of 200/30 = 6 epochs (the screen moves 30 times a second), each waited for until it is due.
    assert chunk_sizes(messages) == [6, 6, 6, 6, 6, 6, 4]
    assert control.waits == pytest.approx([0.03] * 6 + [0.02])
    assert control.now == pytest.approx(40 / 200)


def test_every_epoch_keeps_its_weights_and_the_last_are_the_result(tutorial):
    example, dataset = tutorial
    messages = []
    result = run_training(example.architecture, dataset, example.training.updated(epochs=30),
                          collect(messages))
    epochs, rows = snapshots_of(messages)
    assert epochs == list(range(0, 31))
    assert np.array_equal(rows[-1], flatten(result.weights))
    assert not np.array_equal(rows[0], rows[-1])


def test_snapshot_matches_keras_training_to_that_epoch(tutorial):
    example, dataset = tutorial
    messages = []
    run_training(example.architecture, dataset, example.training.updated(epochs=12), collect(messages))
    epochs, rows = snapshots_of(messages)
    short = run_training(example.architecture, dataset, example.training.updated(epochs=5))
    assert np.allclose(rows[epochs.index(5)], flatten(short.weights), atol=1e-6)


def test_changing_the_pace_mid_run_takes_effect_at_once(tutorial):
    example, dataset = tutorial
    control = WaitWatchingControl()
    control.set_pace(0.001)  # the first epoch is due in 1000 s
    messages = []
    thread, done = run_in_thread(example, dataset, example.training.updated(epochs=200), control, messages)
    try:
        assert control.waiting.wait(GIVE_UP_SECONDS), "the run never began to wait for its pace"
        assert chunk_sizes(messages) == []
        control.set_pace(1000.0)  # ends the wait; the rest runs in chunks of 1000/30 = 33 epochs
        thread.join(GIVE_UP_SECONDS)
        assert not thread.is_alive(), "the new pace did not end the wait"
    finally:
        control.stop()
    assert done["result"].reason == "completed" and done["result"].epochs_run == 200
    assert chunk_sizes(messages) == [33] * 6 + [2]


def test_stop_ends_a_pacing_wait_at_once(tutorial):
    example, dataset = tutorial
    control = WaitWatchingControl()
    control.set_pace(0.001)
    messages = []
    thread, done = run_in_thread(example, dataset, example.training.updated(epochs=100), control, messages)
    try:
        assert control.waiting.wait(GIVE_UP_SECONDS), "the run never began to wait for its pace"
        control.stop()
        thread.join(GIVE_UP_SECONDS)
        assert not thread.is_alive(), "Stop did not end the wait"
    finally:
        control.stop()
    assert done["result"].reason == "stopped" and done["result"].epochs_run == 0
    assert chunk_sizes(messages) == []
