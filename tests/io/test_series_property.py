"""Property-based tests of the series reader and the stored evaluation: untrusted text and JSON give
a usable data set (or evaluation) or one clear error, never anything else."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.evaluation_io import evaluation_from_dict
from lstmviz.io.project import SourceError
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from tests.io.test_property_readers import json_values

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
cells = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr), st.integers(-10**6, 10**6).map(str),
                  st.sampled_from(["", "sun", "rain", "fog", '"a,b"', "nan", "1e400", " 3 ", "\ufeff", "x\ty"]),
                  st.text(max_size=6))
rows = st.lists(st.lists(cells, min_size=1, max_size=4).map(",".join), min_size=0, max_size=40)


@FAST
@given(header=st.sampled_from(["", "a,b,label\n", "label\n", "a\n"]), body=rows,
       t=st.integers(1, 6), targets=st.sampled_from([None, ("label",), ("a",), (1,), (0, 1)]),
       task=st.sampled_from([None, "regression", "classification"]))
def test_any_text_is_a_series_or_one_clear_error(tmp_path, header, body, t, targets, task):
    path = tmp_path / "series.csv"
    path.write_text(header + "\n".join(body), encoding="utf-8")
    spec = DatasetSpec("series", path=str(path), time_steps=t, target_columns=targets, task=task)
    try:
        data = load_dataset(spec)
    except DatasetError as exc:
        assert str(exc) and "\n" not in str(exc).strip() and "Traceback" not in str(exc)
        return
    assert data.x.dtype == np.float32 and np.all(np.isfinite(data.x)) and np.all(np.isfinite(data.y))
    assert data.x.shape[:2] == (data.samples, t) and sum(data.series.parts()) == data.samples
    assert data.part("train").samples >= 1


@FAST
@given(value=json_values)
def test_any_stored_evaluation_is_read_or_refused_by_place(value):
    try:
        checked = evaluation_from_dict(value, "trained.evaluation")
    except SourceError as exc:
        assert str(exc).startswith("trained.evaluation")
        return
    assert checked["task"] in ("regression", "classification")


@FAST
@given(metric=st.one_of(st.floats(), st.text(max_size=3), st.none(), st.booleans()))
def test_stored_metrics_must_be_finite_numbers(metric):
    data = {"task": "regression", "split": {"test": 3}, "metrics": {"test": {"rmse": metric}}, "baselines": {}}
    try:
        checked = evaluation_from_dict(data, "trained.evaluation")
    except SourceError as exc:
        assert "trained.evaluation.metrics.test.rmse" in str(exc)
        return
    assert np.isfinite(checked["metrics"]["test"]["rmse"])
