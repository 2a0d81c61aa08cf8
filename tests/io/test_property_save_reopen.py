"""Whatever lstmviz writes, it reads back: any state the document can reach saves, reopens, and is equal.

The states are what training and editing produce: settings anywhere in their ranges,
weights as a .keras file brings them (NaN, infinity, 1e300 in float64), runs continued up
to the epoch limit, diverged runs whose curves and snapshots hold NaN, replay snapshots,
titles with characters from file names in other encodings. Each goes through the document
(as the window holds it), is saved as Save does and as autosave does, and opens equal.
"""

from __future__ import annotations

from dataclasses import replace
from unittest import mock

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz.io import trained_io
from lstmviz.io.project_io import from_example, load_project, save_project
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import REASONS, RunRecord, TrainedState
from lstmviz.model.settings import MIN_PACE, OPTIMIZERS, RANGES, TrainingSettings
from lstmviz.model.snapshots import RunSnapshots
from lstmviz.model.weights import weight_specs
from lstmviz.ui.document.autosave import read_recovery, recovery_bytes
from lstmviz.ui.document.document import Document

# The epoch limit, lowered so that runs at it stay small here (its real value is
# tested in test_trained_io.test_a_run_continued_to_the_epoch_limit_is_read_back).
MAX_EPOCH = 1_000
SPECIAL = st.sampled_from([np.nan, np.inf, -np.inf, 1e300, -1e300, 0.0, 1e-45, 3.4e38])
FLOATS = st.floats(-10, 10, allow_nan=False) | SPECIAL


def _ranged(name: str, integer: bool = False):
    low, high = RANGES[name]
    if integer:
        return st.integers(int(low), int(high))
    return st.floats(low, high, allow_nan=False)


training_settings = st.builds(
    TrainingSettings, epochs=_ranged("epochs", True), batch_size=_ranged("batch_size", True),
    optimizer=st.sampled_from(sorted(OPTIMIZERS)), learning_rate=_ranged("learning_rate"),
    seed=_ranged("seed", True), validation_split=_ranged("validation_split"), shuffle=st.booleans(),
    pace=st.just(0.0) | st.floats(MIN_PACE, RANGES["pace"][1]))


@st.composite
def states(draw):
    project = from_example(draw(st.sampled_from(sorted(EXAMPLES))))
    shapes = [spec.shape for layer in weight_specs(project.architecture) for spec in layer]
    fill = draw(FLOATS)
    dtype = draw(st.sampled_from([np.float32, np.float64]))  # a .keras file may hold float64
    with np.errstate(over="ignore"):  # 1e300 as float32 is infinity, as Keras casts it
        weights = tuple(np.full(shape, fill, dtype) for shape in shapes)
    settings_ = draw(training_settings)
    runs, epoch = [], 0
    for number in range(1, draw(st.integers(0, 3)) + 1):
        epochs_run = draw(st.integers(0, 50))
        # Training never starts a run it could not finish within the limit (model.limits.continue_problem).
        start = draw(st.sampled_from([epoch + 1, MAX_EPOCH - max(epochs_run, 1) + 1])) if number == 1 else epoch + 1
        if start - 1 + max(epochs_run, 1) > MAX_EPOCH:
            break
        last = start - 1 + epochs_run
        loss = np.full(last, draw(FLOATS))
        val = np.full(last, draw(FLOATS)) if draw(st.booleans()) else None
        snapshots = None
        if epochs_run and draw(st.booleans()):
            kept = np.unique(np.array([start - 1, last] + draw(st.lists(st.integers(start - 1, last), max_size=5))))
            size = sum(int(np.prod(s)) for s in shapes)
            with np.errstate(over="ignore"):
                values = np.full((len(kept), size), draw(FLOATS), np.float32)
            snapshots = RunSnapshots(kept, values, tuple(shapes))
        runs.append(RunRecord(number, draw(st.text(max_size=20)), "data", "model", settings_, LossHistory.of(loss, val),
                              draw(st.sampled_from(REASONS)), epochs_run, 1.5, draw(st.text(max_size=20)),
                              None, start, snapshots))
        epoch = last
    trained = TrainedState(project.architecture, weights, run=runs[-1].number if runs else None,
                           epoch=epoch, loss=None, source="weights")
    title = draw(st.text(max_size=30) | st.just("a\udcffb"))
    return replace(project, training=settings_, trained=trained, runs=tuple(runs), title=title or "untitled")


def _same_arrays(a, b) -> None:
    with np.errstate(over="ignore"):  # float64 weights are saved as float32, as Keras casts them
        np.testing.assert_array_equal(np.asarray(a, np.float32), np.asarray(b, np.float32))


def _assert_equal(again, project) -> None:
    assert again.architecture == project.architecture and again.training == project.training
    assert again.dataset == project.dataset and again.title == project.title
    assert again.trained.epoch == project.trained.epoch and again.trained.run == project.trained.run
    for a, b in zip(again.trained.weights, project.trained.weights, strict=True):
        _same_arrays(a, b)
    assert len(again.runs) == len(project.runs)
    for a, b in zip(again.runs, project.runs):
        assert (a.number, a.title, a.settings, a.reason, a.epochs_run, a.start_epoch, a.message) == \
            (b.number, b.title, b.settings, b.reason, b.epochs_run, b.start_epoch, b.message)
        np.testing.assert_array_equal(a.history.loss, b.history.loss)
        assert (a.history.val_loss is None) == (b.history.val_loss is None)
        assert (a.snapshots is None) == (b.snapshots is None)
        if a.snapshots is not None:
            np.testing.assert_array_equal(a.snapshots.epochs, b.snapshots.epochs)
            np.testing.assert_array_equal(a.snapshots.values, b.snapshots.values)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(states())
def test_every_reachable_state_saves_and_reopens_equal(tmp_path_factory, project):
    with mock.patch.object(trained_io, "MAX_EPOCHS", MAX_EPOCH):
        _save_and_reopen(tmp_path_factory.mktemp("reopen"), project)


def _save_and_reopen(folder, project) -> None:
    document = Document()
    document.load(project)
    held = document.project()
    path = save_project(held, folder / "saved.lstmviz")  # as Save writes it
    _assert_equal(load_project(path), held)
    recovery = folder / "recovery-x.lstmviz"  # as autosave writes it
    recovery.write_bytes(recovery_bytes(held))
    _assert_equal(read_recovery(recovery).project, held)
