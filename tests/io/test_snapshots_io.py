"""Replay snapshots in project files: written thinned, read back exactly, hostile entries refused in one line."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz.io.arrays import encode_array
from lstmviz.io.project import SourceError
from lstmviz.io.trained_io import read_trained_part, run_to_dict, trained_part_to_dict
from lstmviz.model.examples import get_example
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.snapshots import RunSnapshots

ARCH = get_example("one-to-one").architecture
SHAPES = ((1, 20), (5, 20), (20,), (5, 1), (1,))


def claiming(n, dtype):
    """A stored array that says it holds ``n`` values and holds almost nothing: a claim to check before allocating."""
    return {"dtype": dtype, "shape": [n], "encoding": "base64-zlib", "data": "eJwDAAAAAAE="}


def run_with(snapshots, epochs=10):
    history = LossHistory(epochs)
    history.add(1, np.linspace(1, 0.1, epochs), None)
    return RunRecord(1, "t", "d", "m", TrainingSettings(epochs=epochs), history, "completed", epochs, 1.0,
                     snapshots=snapshots)


def snaps(n=11):
    return RunSnapshots(np.arange(n), np.random.default_rng(0).normal(size=(n, 146)).astype(np.float32), SHAPES)


def test_round_trip_and_old_files_without_snapshots():
    data = json.loads(json.dumps(trained_part_to_dict(None, (run_with(snaps()),))))
    _, runs = read_trained_part(data, ARCH, "p", None)
    assert np.array_equal(runs[0].snapshots.values, snaps().values)
    del data["runs"][0]["snapshots"]
    _, runs = read_trained_part(data, ARCH, "p", None)
    assert runs[0].snapshots is None


def test_writing_thins_evenly_to_the_budget():
    d = run_to_dict(run_with(snaps()), snapshot_bytes=4 * 146 * 4)
    data = {"runs": [json.loads(json.dumps(d))]}
    _, runs = read_trained_part(data, ARCH, "p", None)
    assert list(runs[0].snapshots.epochs) == [0, 3, 7, 10]


@pytest.mark.parametrize("change, says", [
    (lambda s: s.update(epochs=encode_array(np.array([0, 5, 3]))), "increase"),
    (lambda s: s.update(epochs=encode_array(np.array([0, 50]))), "increase"),
    (lambda s: s.update(shapes=[[1, 20], "x"]), "shapes"),
    (lambda s: s.update(values=encode_array(np.zeros((11, 3), np.float32))), "rows"),
    (lambda s: s.update(epochs=claiming(30_000_000, "int64")), "holds 30,000,000 snapshots, but the run has 10"),
    (lambda s: s.update(values=encode_array(np.zeros((11, 0), np.float32))), "of 146 floating-point numbers, found shape"),
    (lambda s: s.update(extra=1), "unknown key"),
])
def test_bad_snapshots_are_refused_naming_the_place(change, says):
    d = json.loads(json.dumps(run_to_dict(run_with(snaps()))))
    change(d["snapshots"])
    with pytest.raises(SourceError, match=says) as info:
        read_trained_part({"runs": [d]}, ARCH, "p.lstmviz", None)
    assert "runs[0].snapshots" in str(info.value) and "\n" not in str(info.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
                    max_leaves=12),
       st.sampled_from(["epochs", "values", "shapes", None]))
def test_any_snapshots_entry_opens_or_is_refused_cleanly(value, key):
    d = json.loads(json.dumps(run_to_dict(run_with(snaps()))))
    if key is None:
        d["snapshots"] = value
    else:
        d["snapshots"][key] = value
    try:
        read_trained_part({"runs": [d]}, ARCH, "p", None)
    except SourceError as exc:
        assert "\n" not in str(exc)


def test_snapshots_that_are_not_finite_are_read_back():
    values = np.random.default_rng(0).normal(size=(11, 146)).astype(np.float32)
    values[5:] = np.nan  # the run diverged at epoch 5
    values[4, 3] = np.inf
    data = json.loads(json.dumps(trained_part_to_dict(None, (run_with(RunSnapshots(np.arange(11), values, SHAPES)),))))
    _, runs = read_trained_part(data, ARCH, "p", None)
    np.testing.assert_array_equal(runs[0].snapshots.values, values)
