"""Property-based tests of every reader of untrusted input: arbitrary bytes and mutations of
valid files give a valid result or one clear error, in bounded memory.
"""

from __future__ import annotations

import io
import json
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lstmviz.io.bounded_json import JsonProblem, parse_json
from lstmviz.io.csv_table import load_csv
from lstmviz.io.limits import MAX_INT_DIGITS, MAX_JSON_DEPTH
from lstmviz.io.project import Project, SourceError
from lstmviz.io.project_io import load_source
from lstmviz.model.dataset_spec import DatasetError
from tests.hostile_corpus import KERAS_CONFIG, VALID

PEAK_BYTES = 48 << 20  # inputs here are a few kilobytes: anything near this is a bomb going off
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**40, 10**40), st.floats(allow_nan=False),
    st.text(max_size=20), st.sampled_from(["LSTM", "GRU", "Dense", "csv", "sine", "many-to-one", "", "\ud800"]),
)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def bounded(call):
    """Run ``call`` and check it took little memory; returns what it returned."""
    tracemalloc.start()
    try:
        result = call()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK_BYTES, f"{peak >> 20} MB"
    return result


def one_clear_error(exc: BaseException) -> None:
    message = str(exc)
    assert message and "\n" not in message and len(message) < 1200, message[:300]
    assert "Traceback" not in message


def paths_of(value, at=()):
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_of(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_of(item, (*at, index))


def replaced(value, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return copy


@st.composite
def mutated(draw, valid):
    """``valid`` with a few of its values (or keys' values) replaced by arbitrary JSON."""
    value = valid
    for _ in range(draw(st.integers(1, 3))):
        paths = list(paths_of(value))
        value = replaced(value, draw(st.sampled_from(paths)), draw(json_values))
    return value


def read_project(tmp_path: Path, data: bytes) -> Project | None:
    path = tmp_path / "fuzzed.lstmviz"
    path.write_bytes(data)
    try:
        project = bounded(lambda: load_source(path))
    except SourceError as exc:
        one_clear_error(exc)
        assert str(path) in str(exc)
        return None
    assert isinstance(project, Project)
    return project


# ------------------------------------------------------------------------------ JSON


@FAST
@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_json_or_one_problem(raw):
    try:
        bounded(lambda: parse_json(raw))
    except JsonProblem as exc:
        one_clear_error(exc)


modest_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)


@FAST
@given(modest_values)
def test_json_within_the_limits_reads_as_python_reads_it(value):
    assert bounded(lambda: parse_json(json.dumps(value).encode())) == value
    assert parse_json(json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")) == value \
        if not any(0xD800 <= ord(c) <= 0xDFFF for c in json.dumps(value, ensure_ascii=False)) else True


@given(depth=st.integers(1, 3 * MAX_JSON_DEPTH), digits=st.integers(1, 3 * MAX_INT_DIGITS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_depth_and_digits_are_bounded_exactly(depth, digits):
    text = "[" * depth + "1" * digits + "]" * depth
    if depth > MAX_JSON_DEPTH:
        with pytest.raises(JsonProblem, match=f"nested {depth} levels deep"):
            parse_json(text.encode())
    elif digits > MAX_INT_DIGITS:
        with pytest.raises(JsonProblem, match=f"an integer of {digits} digits"):
            parse_json(text.encode())
    else:
        assert parse_json(text.encode()) is not None


# --------------------------------------------------------------------------- projects


@FAST
@given(st.binary(max_size=600))
def test_arbitrary_bytes_as_a_project(tmp_path, raw):
    assume(not raw.startswith(b"PK"))
    read_project(tmp_path, raw)


@FAST
@given(st.data())
def test_byte_mutations_of_a_valid_project(tmp_path, data):
    raw = bytearray(json.dumps(VALID).encode())
    for _ in range(data.draw(st.integers(1, 6))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    read_project(tmp_path, bytes(raw))


@FAST
@given(mutated(VALID))
def test_structural_mutations_of_a_valid_project(tmp_path, value):
    project = read_project(tmp_path, json.dumps(value).encode())
    if project is not None:  # what is accepted is within the limits and can be inferred
        from lstmviz.model.inference import infer

        assert infer(project.architecture).limit_error is None
        assert len(project.title) <= 1000


# ------------------------------------------------------------------------ .keras config


def read_keras(tmp_path: Path, config: bytes) -> None:
    path = tmp_path / "fuzzed.keras"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("config.json", config)
    try:
        bounded(lambda: load_source(path))
    except SourceError as exc:
        one_clear_error(exc)


@FAST
@given(st.binary(max_size=600))
def test_arbitrary_bytes_as_config_json(tmp_path, raw):
    read_keras(tmp_path, raw)


@FAST
@given(mutated(KERAS_CONFIG))
def test_structural_mutations_of_a_keras_config(tmp_path, value):
    read_keras(tmp_path, json.dumps(value).encode())


@FAST
@given(st.data())
def test_byte_mutations_of_a_keras_archive(tmp_path, data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("config.json", json.dumps(KERAS_CONFIG))
    raw = bytearray(buffer.getvalue())
    for _ in range(data.draw(st.integers(1, 6))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "fuzzed.keras"
    path.write_bytes(bytes(raw))
    try:
        bounded(lambda: load_source(path))
    except SourceError as exc:
        one_clear_error(exc)


# -------------------------------------------------------------------------------- CSV


def read_csv(tmp_path: Path, text: str | bytes, **options):
    path = tmp_path / "fuzzed.csv"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    try:
        return bounded(lambda: load_csv(path, **{"time_steps": 2, "layout": "many-to-one", **options}))
    except DatasetError as exc:
        one_clear_error(exc)
        return None


@FAST
@given(st.text(alphabet=st.sampled_from(list("0123456789.,;\t\n\r \"'-+eEnaifx\x00")), max_size=300),
       st.sampled_from(["one-to-one", "many-to-one", "many-to-many"]))
def test_arbitrary_csv_text_is_data_or_one_error(tmp_path, text, layout):
    dataset = read_csv(tmp_path, text, layout=layout)
    if dataset is not None:
        assert np.isfinite(dataset.x).all() and np.isfinite(dataset.y).all()
        assert dataset.x.dtype == np.float32


@FAST
@given(st.binary(max_size=300))
def test_arbitrary_bytes_as_csv(tmp_path, raw):
    read_csv(tmp_path, raw)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(st.lists(st.lists(st.floats(-1e6, 1e6, allow_nan=False, width=32), min_size=2, max_size=2),
                min_size=4, max_size=40))
def test_numeric_tables_read_exactly(tmp_path, rows):
    text = "a,b\n" + "".join(f"{a!r},{b!r}\n" for a, b in rows)
    dataset = read_csv(tmp_path, text, time_steps=2, layout="many-to-many")
    table = np.array(rows, dtype=np.float32)
    np.testing.assert_array_equal(dataset.x[:, :, :], np.stack([table[i:i + 2] for i in range(len(rows) - 2)]))


@FAST
@given(st.integers(0, 9), st.sampled_from(["a", "b"]), st.sampled_from(["1e39", "-3.5e38", "1e400", "-1e309"]))
def test_values_beyond_float32_name_row_and_column(tmp_path, row, column, value):
    cells = [["0.5", "0.25"] for _ in range(10)]
    cells[row][0 if column == "a" else 1] = value
    text = "a,b\n" + "".join(f"{a},{b}\n" for a, b in cells)
    path = tmp_path / "range.csv"
    path.write_text(text)
    with pytest.raises(DatasetError) as caught:
        load_csv(path, time_steps=2, layout="many-to-one")
    assert f"row {row + 2}, column '{column}': '{value}' is beyond the range of float32" in str(caught.value)
