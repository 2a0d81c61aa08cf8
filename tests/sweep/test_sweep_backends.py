"""The sweep backends' one interface, against real Keras runs in real worker processes.

Every backend must: run each spec with the engine and send its outcome; report a run that
fails while the others finish; stop when cancelled, keeping what finished. The local
process pool is checked here on every run; the Ray backend (against a Ray instance the
test starts) runs with ``pytest -m slow``, since starting Ray costs more than the rest.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest

from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.training.sweep_runner import RunFinished, RunProgress, RunStarted, SweepEnded, SweepSession, execute
from tests.sweep.sweep_support import tiny_plan


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


@pytest.fixture(scope="module")
def pool():
    from lstmviz.training.sweep_pool import PoolBackend

    backend = PoolBackend(jobs=2)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def ray_backend():
    pytest.importorskip("ray", reason="Ray is not installed (pip install 'lstmviz[cluster]')")
    from lstmviz.training.sweep_ray import RayBackend

    backend = RayBackend(jobs=1)  # ray.init() here starts a local instance, closed again at the end
    yield backend
    backend.close()


BACKENDS = ["pool", pytest.param("ray_backend", marks=pytest.mark.slow)]


def _specs_with_a_broken_one():
    specs = tiny_plan(values=(2,), cells=("SimpleRNN", "GRU")).runs()
    broken = replace(specs[1], dataset=DatasetSpec("csv", path="no-such-folder/missing.csv", time_steps=3))
    return [specs[0], broken]


@pytest.mark.parametrize("backend_name", BACKENDS)
def test_a_failing_run_is_reported_and_the_others_finish_as_keras_trains_them(backend_name, request):
    backend = request.getfixturevalue(backend_name)
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
    if backend_name == "pool":  # Ray tasks have no side channel for their epochs
        progress = [m for m in sink.messages if isinstance(m, RunProgress) and m.index == 0]
        assert progress and progress[-1].epoch == 2 == progress[-1].total_epochs


@pytest.mark.parametrize("backend_name", BACKENDS)
def test_a_cancelled_sweep_keeps_its_finished_runs(backend_name, request):
    backend = request.getfixturevalue(backend_name)
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
