"""A paced run in the real engine: its wall time, a pace changed mid-run, and the weight snapshots it sends."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.examples import get_example
from lstmviz.model.snapshots import flatten
from lstmviz.training.control import TrainingControl
from lstmviz.training.engine import collect, run_training, warm_up
from lstmviz.training.messages import EpochLosses, WeightSnapshots


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


def test_40_epochs_at_200_per_second_take_a_fifth_of_a_second(tutorial):
    example, dataset = tutorial
    messages = []
    t0 = time.perf_counter()
    result = run_training(example.architecture, dataset, example.training.updated(epochs=40, pace=200.0),
                          collect(messages))
    took = time.perf_counter() - t0
    assert result.reason == "completed" and result.epochs_run == 40
    assert 0.17 <= took <= 0.6, took
    assert result.train_seconds < took  # the waiting is not training time
    chunks = [m for m in messages if isinstance(m, EpochLosses)]
    assert len(chunks) >= 5  # paced chunks of 200/30 = 6 epochs, not one burst


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
    control = TrainingControl()
    control.set_pace(20.0)  # 200 epochs would take 10 s at this pace
    messages = []
    done = {}

    def train():
        t0 = time.perf_counter()
        done["result"] = run_training(example.architecture, dataset, example.training.updated(epochs=200),
                                      collect(messages), control)
        done["took"] = time.perf_counter() - t0

    thread = threading.Thread(target=train)
    thread.start()
    time.sleep(1.0)
    reached = max((m.last_epoch for m in list(messages) if isinstance(m, EpochLosses)), default=0)
    assert 1 <= reached <= 60, reached  # about 20 a second (slack for a busy machine)
    control.set_pace(1000.0)  # the rest (about 180 epochs) in about 0.2 s
    thread.join(10)
    assert not thread.is_alive()
    assert done["result"].epochs_run == 200
    assert done["took"] < 4.0, done["took"]  # at the first pace the rest alone would take 7 s


def test_stop_ends_a_pacing_wait_at_once(tutorial):
    example, dataset = tutorial
    control = TrainingControl()
    control.set_pace(1.0)  # one epoch a second
    thread = threading.Thread(target=run_training, args=(example.architecture, dataset,
                                                         example.training.updated(epochs=100), None, control))
    thread.start()
    time.sleep(0.5)
    t0 = time.perf_counter()
    control.stop()
    thread.join(5)
    assert not thread.is_alive() and time.perf_counter() - t0 < 1.0
