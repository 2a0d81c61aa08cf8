"""The sweep backends' one interface, against real Keras runs in real worker processes.

Every backend must: run each spec with the engine and send its outcome; report a run that
fails while the others finish; stop when cancelled, keeping what finished. Both the local
process pool and the Ray backend (against a local Ray instance the test starts; Ray comes
with the ``test`` extra) are checked on every run.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest

from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.training.sweep_runner import RunFinished, RunProgress, RunStarted, SweepEnded, SweepSession, execute
from tests.sweep.sweep_support import tiny_plan

# The sweep backends' and the Sweep and Compare windows' tests run on one test worker
# (`--dist loadgroup`) and share one pool of worker processes, whose TensorFlow is imported once.
pytestmark = pytest.mark.xdist_group("sweep_pool")


class Collected:
    def __init__(self, on_finished=None) -> None:
        self.messages = []
        self.lock = threading.Lock()
        self.on_finished = on_finished

    def __call__(self, message) -> None:
        with self.lock:
            self.messages.append(message)
        if isinstance(message, RunFinished) and self.on_finished:
            self.on_finished(message)

    def finished(self):
        return {m.index: m.outcome for m in self.messages if isinstance(m, RunFinished)}


@pytest.fixture
def pool(sweep_pool):
    # The window's own pool, as the Sweep and Compare windows use it (tests/conftest.py).
    return sweep_pool


@pytest.fixture
def ray_backend(ray_starting):
    """A local Ray instance (``ray.init()`` with no address), its worker warm (TensorFlow imported):
    started once, in the background while the other sweep tests run (tests/conftest.py)."""
    pytest.importorskip("ray", reason="Ray is not installed (pip install 'lstmviz[cluster]')")
    return ray_starting.ready()


def _specs_with_a_broken_one():
    specs = tiny_plan(values=(2,), cells=("SimpleRNN", "GRU")).runs()
    broken = replace(specs[1], dataset=DatasetSpec("csv", path="no-such-folder/missing.csv", time_steps=3))
    return [specs[0], broken]


def test_the_pool_reports_a_failing_run_while_the_others_finish_as_keras_trains_them(pool):
    _check_a_failing_run_is_reported_and_the_others_finish(pool, epochs_reported=True)


def test_a_cancelled_pool_sweep_keeps_its_finished_runs(pool):
    _check_a_cancelled_sweep_keeps_its_finished_runs(pool)


# The Ray tests share the group's test worker with the pool's, so one Ray instance is started per suite run.
def test_a_local_ray_instance_reports_a_failing_run_while_the_others_finish(ray_backend):
    _check_a_failing_run_is_reported_and_the_others_finish(ray_backend, epochs_reported=False)


def test_a_cancelled_ray_sweep_keeps_its_finished_runs(ray_backend):
    _check_a_cancelled_sweep_keeps_its_finished_runs(ray_backend)


def _check_a_failing_run_is_reported_and_the_others_finish(backend, epochs_reported: bool) -> None:
    specs = _specs_with_a_broken_one()
    sink = Collected()
    backend.run(specs, sink, threading.Event())
    outcomes = sink.finished()
    assert set(outcomes) == {0, 1}
    assert outcomes[1].reason == "failed" and "missing.csv" in outcomes[1].message
    good = outcomes[0]
    assert good.reason == "completed" and good.epochs_run == 2 and len(good.history["loss"]) == 2
    assert good.snapshots is not None and good.snapshots.last_epoch == 2
    # The same spec trained here, in this process, by the engine: the same losses.
    here = execute(specs[0])
    np.testing.assert_allclose(good.history["loss"], here.history["loss"], rtol=1e-4)
    assert isinstance(sink.messages[-1], SweepEnded) and not sink.messages[-1].cancelled
    assert any(isinstance(m, RunStarted) and m.index == 0 for m in sink.messages)
    if epochs_reported:  # Ray tasks have no side channel for their epochs
        progress = [m for m in sink.messages if isinstance(m, RunProgress) and m.index == 0]
        assert progress and progress[-1].epoch == 2 == progress[-1].total_epochs


def _check_a_cancelled_sweep_keeps_its_finished_runs(backend) -> None:
    plan = tiny_plan(values=(2, 3), cells=("SimpleRNN", "LSTM"))
    session = SweepSession(plan)
    specs = session.specs
    # The first run is short; the others would run for hours unless the cancel stops them.
    specs = [specs[0]] + [replace(s, settings=s.settings.updated(epochs=1_000_000)) for s in specs[1:]]
    cancel = threading.Event()
    sink = Collected(on_finished=lambda message: cancel.set())
    backend.run(specs, sink, cancel)
    for message in sink.messages:
        session.apply(message)
    assert session.ended is not None and session.ended.cancelled
    entries = session.record.entries
    assert entries[0].status == "completed" and entries[0].run == 1
    assert all(e.status in ("stopped", "pending") for e in entries[1:])
    assert session.runs[0].history.count == 2
