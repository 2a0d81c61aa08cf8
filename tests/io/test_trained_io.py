"""Project format version 2: trained weights and runs saved, read back exactly, read strictly."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz.io import project_io
from lstmviz.io.arrays import encode_array
from lstmviz.io.project import SourceError
from lstmviz.io.project_io import load_project, project_from_dict, project_to_dict, save_project
from lstmviz.io.trained_io import MAX_ARRAY_BYTES, trained_summary, trained_summary_text
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.weights import weight_specs


def random_weights(architecture, seed=0):
    rng = np.random.default_rng(seed)
    return tuple(rng.standard_normal(spec.shape).astype(np.float32)
                 for layer in weight_specs(architecture) for spec in layer)


def history(losses, val=None):
    h = LossHistory()
    h.add(1, np.asarray(losses, dtype=float), None if val is None else np.asarray(val, dtype=float))
    return h


def trained_project(name="many-to-many"):
    project = project_io.from_example(name)
    settings_ = project.training.updated(epochs=3, learning_rate=0.01)
    first = RunRecord(1, name, "tutorial: X (1, 5, 1) → y (1, 5, 1)", "LSTM(5) → Dense(1), 146 params", settings_,
                      history([0.5, 0.25, 0.125], [0.6, 0.3, 0.2]), "completed", 3, 0.25)
    second = RunRecord(2, name, "data", "model", settings_.updated(epochs=2),
                       history([0.5, 0.25, 0.125, 0.1, float("nan")]), "diverged", 2, 0.5,
                       "diverged at epoch 6 (loss became nan)", 6, start_epoch=4)
    trained = TrainedState(project.architecture, random_weights(project.architecture), run=2, epoch=5, loss=0.1)
    return replace(project, trained=trained, runs=(first, second))


def test_round_trip_keeps_weights_runs_and_curves(tmp_path):
    project = trained_project()
    path = save_project(project, tmp_path / "p.lstmviz")
    data = json.loads(path.read_text())
    assert data["version"] == 2 and data["trained"]["run"] == 2 and len(data["runs"]) == 2
    again = load_project(path)
    t = again.trained
    assert t.fits(project.architecture) and (t.run, t.epoch, t.loss) == (2, 5, 0.1)
    assert t.source == "weights from p.lstmviz"
    for a, b in zip(t.weights, project.trained.weights):
        assert a.dtype == np.float32
        np.testing.assert_array_equal(a, b)
    for a, b in zip(again.runs, project.runs):
        assert (a.number, a.title, a.dataset, a.model, a.settings, a.reason, a.epochs_run, a.seconds, a.message,
                a.diverged_at, a.start_epoch) == (b.number, b.title, b.dataset, b.model, b.settings, b.reason,
                                                  b.epochs_run, b.seconds, b.message, b.diverged_at, b.start_epoch)
        np.testing.assert_array_equal(a.history.loss, b.history.loss)  # the NaN of the diverged epoch too
        assert (a.history.val_loss is None) == (b.history.val_loss is None)
    np.testing.assert_array_equal(again.runs[0].history.val_loss, [0.6, 0.3, 0.2])


def test_version_1_files_still_open(tmp_path):
    data = project_to_dict(project_io.from_example("one-to-one"))
    data["version"] = 1
    for key in ("trained", "runs"):
        del data[key]
    path = tmp_path / "old.lstmviz"
    path.write_text(json.dumps(data))
    project = load_project(path)
    assert project.trained is None and project.runs == ()
    assert project.architecture == project_io.from_example("one-to-one").architecture


def test_weights_that_no_longer_fit_or_a_forgotten_run_are_not_written():
    project = trained_project()
    edited = replace(project, architecture=project.architecture.set_option(0, "units", 6))
    assert project_to_dict(edited)["trained"] is None
    cleared = project_to_dict(replace(project, runs=()))  # Clear runs keeps the weights, not the run number
    assert cleared["trained"]["run"] is None and project_from_dict(cleared).trained.epoch == 5


def good():
    return json.loads(json.dumps(project_to_dict(trained_project())))


def big_array():
    return {"dtype": "float32", "shape": [MAX_ARRAY_BYTES // 4 + 1], "encoding": "base64-zlib", "data": ""}


@pytest.mark.parametrize("change, message", [
    (lambda d: d["trained"]["weights"].pop(), "trained.weights: the model has 5 weight arrays, got 4"),
    (lambda d: d["trained"]["weights"].__setitem__(0, encode_array(np.zeros((2, 20), np.float32))),
     "trained.weights: layer 1 (lstm (LSTM)): the kernel has shape (2, 20), expected (1, 20)"),
    (lambda d: d["trained"]["weights"].__setitem__(4, encode_array(np.zeros(1, np.int32))),
     "trained.weights[4]: holds int32 values, expected floating-point numbers"),
    (lambda d: d["trained"].update(epoch=5_000_001), "trained.epoch: expected a whole number from 0 to 5,000,000"),
    (lambda d: d["runs"][1].update(start_epoch=5_000_000), "runs[1]: the run ends at epoch 5,000,001"),
    (lambda d: d["runs"][1].update(epochs_run=1_000_001), "runs[1].epochs_run: expected a whole number"),
    (lambda d: d["runs"][0].update(loss={"dtype": "float32", "shape": [60_000_000], "encoding": "base64-zlib",
                                                "data": "eJwDAAAAAAE="}),
     "runs[0].loss: holds 60000000 epochs, but the run went to epoch 3"),
    (lambda d: d["trained"]["weights"].__setitem__(1, big_array()), "trained.weights[1]: an array of shape"),
    (lambda d: d["trained"]["weights"][2].update(data="!!"), "trained.weights[2]: an array's data"),
    (lambda d: d["trained"].update(extra=1), "trained: unknown key 'extra'"),
    (lambda d: d["trained"].pop("weights"), "trained: 'weights' is missing"),
    (lambda d: d["trained"].update(run=7), "trained.run: run #7 is not in the file's runs"),
    (lambda d: d["trained"].update(epoch=-1), "trained.epoch: expected a whole number"),
    (lambda d: d["trained"].update(loss="low"), "trained.loss: expected a finite number"),
    (lambda d: d.update(trained=[]), "trained: expected an object, found list"),
    (lambda d: d.update(runs={}), "runs: expected a list, found dict"),
    (lambda d: d["runs"][1].update(number=1), "runs[1].number: run #1 is listed twice"),
    (lambda d: d["runs"][0].update(reason="bored"), "runs[0].reason: expected one of completed"),
    (lambda d: d["runs"][0]["settings"].update(epochs=0), "runs[0].settings.epochs: must be between 1"),
    (lambda d: d["runs"][0].update(epochs_run=4), "runs[0].loss: holds 3 epochs, but the run went to epoch 4"),
    (lambda d: d["runs"][1].update(start_epoch=0), "runs[1].start_epoch: expected a whole number"),
    (lambda d: d["runs"][0].update(val_loss=encode_array(np.zeros(2))), "runs[0].val_loss: holds 2 epochs"),
    (lambda d: d["runs"][0].update(loss=encode_array(np.zeros((3, 1)))), "runs[0].loss: expected a list of"),
    (lambda d: d["runs"][0].update(seconds=-1), "runs[0].seconds: must be at least 0"),
    (lambda d: d["runs"][0].update(title=7), "runs[0].title: expected text"),
    (lambda d: d["runs"][0].update(colour="red"), "runs[0]: unknown key 'colour'"),
    (lambda d: d["runs"][0].pop("loss"), "runs[0]: 'loss' is missing"),
    (lambda d: d["runs"].extend([d["runs"][0]] * 3), "runs[2].number: run #1 is listed twice"),
])
def test_bad_trained_parts_say_what_and_where(tmp_path, change, message):
    data = good()
    change(data)
    path = tmp_path / "p.lstmviz"
    path.write_text(json.dumps(data))
    with pytest.raises(SourceError) as info:
        load_project(path)
    assert f"{path}: {message}" in str(info.value)


def test_all_arrays_together_are_bounded(monkeypatch):
    from lstmviz.io import trained_io

    monkeypatch.setattr(trained_io, "MAX_ARRAY_BYTES", 1000)
    data = good()
    data["runs"] = []
    data["trained"]["run"] = None
    for i in range(3):  # 400 bytes each: the third goes over, and is refused before it is inflated
        data["runs"].append({"number": i + 1, "settings": {}, "reason": "completed", "epochs_run": 50,
                             "loss": encode_array(np.zeros(50))})
    with pytest.raises(SourceError, match=r"runs\[2\].loss: an array of shape \(50,\) needs 400 bytes; "
                                          r"at most 200 may be read"):
        project_from_dict(data)
    data["runs"].pop()  # the weights are read after the runs, from what they left
    with pytest.raises(SourceError, match=r"trained.weights\[1\]: an array of shape \(5, 20\) needs 400 bytes"):
        project_from_dict(data)


def test_summary_says_whether_the_weights_are_trained():
    project = trained_project()
    assert trained_summary_text(project.trained, project.runs) == \
        "Trained weights: 5 epochs, final loss 0.1 (run #2)\nRuns: 2"
    assert trained_summary_text(None, ()) == "Trained weights: none (the model has not been trained)"
    keras_like = replace(project.trained, run=None, epoch=0, loss=None)
    assert trained_summary_text(keras_like, ()) == "Trained weights: yes (epochs not recorded)"
    out = trained_summary(project.trained, project.runs)
    assert out["trained"] == {"epochs": 5, "final_loss": 0.1, "run": 2, "weights": 5, "values": 146}
    assert [r["last_epoch"] for r in out["runs"]] == [3, 5] and out["runs"][1]["final_loss"] is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**12) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


GOOD = good()
PATHS = [p for p in _paths({"trained": GOOD["trained"], "runs": GOOD["runs"]}) if p]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), json_values)
def test_any_damage_is_a_source_error_or_a_valid_project(path, value):
    data = copy.deepcopy(GOOD)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    try:
        project = project_from_dict(data)
    except SourceError as exc:
        assert str(exc).startswith("project: ") and "\n" not in str(exc)
    else:
        if project.trained is not None:
            assert project.trained.fits(project.architecture)


def test_weights_and_curves_that_are_not_finite_are_read_back_as_written(tmp_path):
    """A .keras file imported with NaN, infinity or 1e300 (infinity as float32), a diverged run: saved, opened equal."""
    project = trained_project()
    weights = list(project.trained.weights)
    weights[0] = np.full(weights[0].shape, np.nan, np.float32)
    weights[1] = np.asarray(np.full(weights[1].shape, 1e300), np.float64)  # as a float64 .keras file holds it
    weights[2] = np.full(weights[2].shape, -np.inf, np.float32)
    project = replace(project, trained=replace(project.trained, weights=tuple(weights)))
    again = load_project(save_project(project, tmp_path / "nan.lstmviz"))
    np.testing.assert_array_equal(again.trained.weights[0], weights[0])
    assert np.all(again.trained.weights[1] == np.inf) and np.all(again.trained.weights[2] == -np.inf)


def test_a_run_continued_to_the_epoch_limit_is_read_back(tmp_path):
    from lstmviz.model.limits import MAX_EPOCH

    project = trained_project()
    last = MAX_EPOCH
    curve = np.full(last, 0.5)
    run = RunRecord(1, "t", "d", "m", project.training.updated(epochs=10), LossHistory.of(curve), "completed", 10, 1.0,
                    start_epoch=last - 9)
    trained = replace(project.trained, run=1, epoch=last)
    again = load_project(save_project(replace(project, trained=trained, runs=(run,)), tmp_path / "long.lstmviz"))
    assert again.trained.epoch == last and again.runs[0].last_epoch == last
    assert again.runs[0].history.count == last and again.runs[0].history.val_loss is None
