"""Sweeps in project files: written and read back exactly, read strictly and within bounds."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz.io.project import SourceError
from lstmviz.io.project_io import load_project, project_from_dict, project_to_dict, save_project
from lstmviz.model.sweep import sweep_json
from tests.io.test_property_readers import bounded, one_clear_error
from tests.sweep.sweep_support import hand_made, tiny_plan


def test_a_sweep_survives_a_save_and_gives_the_same_json(tmp_path):
    record, runs, project = hand_made(tiny_plan(seeds=2))
    path = save_project(project, tmp_path / "s.lstmviz")
    back = load_project(path)
    assert len(back.sweeps) == 1
    again = back.sweeps[0]
    assert again.entries[3].architecture == record.entries[3].architecture
    assert again.entries[3].dataset == record.entries[3].dataset
    np.testing.assert_array_equal(again.entries[0].gradients.values, record.entries[0].gradients.values)
    assert sweep_json(again, back.runs) == sweep_json(record, runs)


def test_a_project_without_sweeps_has_no_sweeps_key():
    _, _, project = hand_made(tiny_plan())
    from dataclasses import replace

    assert "sweeps" not in project_to_dict(replace(project, sweeps=()))


def test_runs_cleared_from_the_project_drop_out_of_its_sweeps():
    from dataclasses import replace

    _, runs, project = hand_made(tiny_plan())
    data = project_to_dict(replace(project, runs=tuple(runs[1:])))
    assert data["sweeps"][0]["entries"][0]["run"] is None
    assert project_from_dict(json.loads(json.dumps(data))).sweeps[0].entries[0].run is None


@pytest.mark.parametrize("path, value, words", [
    (("entries", 0, "run"), 999, "not in the file's runs"),
    (("entries", 0, "cell"), "Conv1D", "cell"),
    (("entries", 0, "status"), "great", "status"),
    (("variable",), "epochs", "variable"),
    (("entries", 0, "architecture", "layers", 0, "kind"), "Nope", "unknown layer kind"),
    (("entries", 0, "gradients", "values"), {"dtype": "float32", "shape": [1 << 40], "encoding": "base64-zlib",
                                             "data": ""}, "gradients"),
    (("entries", 0, "surprise"), 1, "unknown key"),
])
def test_bad_sweeps_are_refused_with_the_place_named(path, value, words):
    _, _, project = hand_made(tiny_plan())
    data = json.loads(json.dumps(project_to_dict(project)))
    target = data["sweeps"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(SourceError, match=words) as caught:
        project_from_dict(data)
    assert "sweeps[0]" in str(caught.value)


_VALID = json.loads(json.dumps(project_to_dict(hand_made(tiny_plan())[2])))
_leaves = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
                    st.text(max_size=12), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=4),
                                                                                                  st.integers(), max_size=2))


def _places(value, at=()):
    yield at
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _places(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _places(v, (*at, i))


_SWEEP_PLACES = [p for p in _places(_VALID["sweeps"]) if p]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.sampled_from(_SWEEP_PLACES), value=_leaves)
def test_any_mutation_of_a_sweep_reads_or_fails_in_one_clear_line(place, value):
    data = copy.deepcopy(_VALID)
    target = data["sweeps"]
    for key in place[:-1]:
        target = target[key]
    target[place[-1]] = value
    try:
        project = bounded(lambda: project_from_dict(data))
    except SourceError as exc:
        one_clear_error(exc)
    else:
        assert len(project.sweeps) == 1
