"""Pace arithmetic with a fake clock, and which epochs keep weight snapshots (no TensorFlow)."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.model.settings import TrainingSettings, settings_from_dict, settings_problem
from lstmviz.model.snapshots import (
    SNAPSHOT_BUDGET_BYTES, RunSnapshots, SnapshotRecorder, chunk_snapshots, kept, snapshot_stride,
)
from lstmviz.training.pace import LATE_SECONDS, UPDATES_PER_SECOND, Pacer, pace_problem


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_pacer_spaces_chunks_so_1000_epochs_take_10_seconds_at_100_per_second():
    clock = FakeClock()
    pacer = Pacer(clock)
    pacer.restart(0, 100.0, keep_pace=False)
    assert pacer.chunk_epochs() == 100 // UPDATES_PER_SECOND
    epoch, waited = 0, 0.0
    while epoch < 1000:
        epoch = min(epoch + pacer.chunk_epochs(), 1000)
        wait = pacer.delay(epoch)
        clock.now += wait  # the chunk itself costs no time here
        waited += wait
    assert waited == pytest.approx(10.0)


def test_pacer_new_pace_applies_from_now_without_catching_up():
    clock = FakeClock()
    pacer = Pacer(clock)
    pacer.restart(0, 10.0, keep_pace=False)
    assert pacer.delay(10) == pytest.approx(1.0)
    clock.now += 1.0
    pacer.restart(10, 1000.0, keep_pace=False)  # faster from epoch 10 on
    assert pacer.delay(110) == pytest.approx(0.1)
    assert pacer.chunk_epochs() == 1000 // UPDATES_PER_SECOND


def test_pacer_unpaced_and_late_runs_never_wait_and_do_not_burst():
    clock = FakeClock()
    pacer = Pacer(clock)
    assert pacer.chunk_epochs() is None and pacer.delay(10**6) == 0.0
    pacer.restart(0, 100.0, keep_pace=False)
    clock.now += 5.0  # a slow model: far behind its pace
    assert pacer.delay(10) == 0.0  # late: goes on from now
    assert pacer.delay(20) == pytest.approx(0.1)  # and keeps the pace from there, no burst
    assert LATE_SECONDS < 1


def test_pace_setting_is_validated_and_old_settings_default_to_as_fast_as_possible():
    assert settings_from_dict({"epochs": 5}).pace == 0.0
    assert settings_from_dict({"pace": 100}).pace == 100.0
    assert settings_problem(TrainingSettings(pace=-1.0))
    assert pace_problem(None) is None and pace_problem(float("nan"))


def test_tutorial_models_keep_every_epoch_bigger_ones_fit_the_budget():
    assert snapshot_stride(146, 1000) == 1  # the tutorial's LSTM(5) → Dense(1)
    big = 1_000_000  # parameters: 4 MB per snapshot
    stride = snapshot_stride(big, 5000)
    count = sum(bool(kept(e, stride, 5000)) for e in range(1, 5001)) + 1  # + the starting point
    assert count * big * 4 <= SNAPSHOT_BUDGET_BYTES
    assert count >= SNAPSHOT_BUDGET_BYTES // (big * 4) // 2  # and uses a fair part of it
    assert kept(5000, stride, 5000)  # the last epoch always
    assert chunk_snapshots(big) >= 1


def test_snapshots_thin_evenly_and_find_the_epoch_at_or_before():
    values = np.arange(11 * 3, dtype=np.float32).reshape(11, 3)
    snaps = RunSnapshots(np.arange(0, 110, 10), values, ((3,),))
    assert snaps.index_at(25) == 2 and snaps.index_at(-5) == 0 and snaps.index_at(1000) == 10
    thin = snaps.thinned(3 * 4 * 4)
    assert len(thin) == 4 and thin.first_epoch == 0 and thin.last_epoch == 100
    assert np.array_equal(thin.weights(1)[0], values[int(np.where(snaps.epochs == thin.epochs[1])[0][0])])


def test_recorder_grows_and_drops_repeated_epochs():
    rec = SnapshotRecorder()
    rec.add([0], np.zeros((1, 2)), ((2,),))
    rec.add([1, 2], np.ones((2, 2)))
    rec.add([2], np.full((1, 2), 5.0))  # the final weights sent again
    snaps = rec.frozen()
    assert list(snaps.epochs) == [0, 1, 2] and snaps.values[2, 0] == 1.0
