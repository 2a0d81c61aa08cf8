"""A character model's samples in project files: saved with their run, read back exactly, read strictly."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz.io.project import SourceError
from lstmviz.io.project_io import load_project, project_to_dict, save_project
from lstmviz.model.sampling import Sample
from tests.io.test_trained_io import trained_project

SAMPLES = (Sample("ROMEO:\n", "What light through yonder", 0.8, 5, 2),
           Sample("浣溪沙（晏殊）\n", "一曲新词酒一杯", 0.0, 0, None))


def with_samples(samples=SAMPLES):
    project = trained_project()
    runs = (project.runs[0], replace(project.runs[1], samples=samples))
    return replace(project, runs=runs)


def test_samples_round_trip(tmp_path):
    path = save_project(with_samples(), tmp_path / "s.lstmviz")
    back = load_project(path)
    assert back.runs[1].samples == SAMPLES and back.runs[0].samples == ()
    assert "samples" not in project_to_dict(back)["runs"][0]  # a run without samples writes none


@pytest.mark.parametrize("change, message", [
    (lambda s: s.update(samples={}), "runs[1].samples: expected a list of at most 100 samples"),
    (lambda s: s.update(samples=[{}] * 101), "runs[1].samples: expected a list of at most 100 samples"),
    (lambda s: s["samples"][0].pop("text"), "runs[1].samples[0]: 'text' is missing"),
    (lambda s: s["samples"][0].update(colour=1), "runs[1].samples[0]: unknown key 'colour'"),
    (lambda s: s["samples"][0].update(text=3), "runs[1].samples[0].text: expected text"),
    (lambda s: s["samples"][0].update(text="x" * 10_001), "runs[1].samples[0].text: expected text of at most"),
    (lambda s: s["samples"][0].update(temperature=11), "runs[1].samples[0].temperature: must be between 0 and 10"),
    (lambda s: s["samples"][0].update(temperature=float("nan")), "runs[1].samples[0].temperature: expected a finite"),
    (lambda s: s["samples"][0].update(epoch=9), "runs[1].samples[0].epoch: expected a whole number from 0 to 5"),
    (lambda s: s["samples"][0].update(seed=-1), "runs[1].samples[0].seed: expected a whole number"),
])
def test_bad_samples_say_what_and_where(tmp_path, change, message):
    data = project_to_dict(with_samples())
    change(data["runs"][1])
    path = tmp_path / "p.lstmviz"
    path.write_text(json.dumps(data, allow_nan=True))
    with pytest.raises(SourceError) as info:
        load_project(path)
    assert message in str(info.value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.floats(),
                          st.dictionaries(st.sampled_from(["prompt", "text", "temperature", "seed", "epoch", "x"]),
                                          st.one_of(st.none(), st.integers(-5, 20), st.floats(), st.text(max_size=5)),
                                          max_size=6)), max_size=4))
def test_any_samples_value_opens_or_says_where(tmp_path, samples):
    data = project_to_dict(with_samples())
    data["runs"][1]["samples"] = samples
    path = tmp_path / "any.lstmviz"
    path.write_text(json.dumps(data, allow_nan=True))
    try:
        project = load_project(path)
    except SourceError as exc:
        assert "runs[1].samples" in str(exc)
        return
    assert all(isinstance(s.text, str) and 0 <= s.temperature <= 10 for s in project.runs[1].samples)
