"""Datasets: the tutorial's shapes, sine windows, tokens, CSV windowing and its errors, fit checks."""

import numpy as np
import pytest

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.io.csv_table import load_csv
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.dataset_spec import DatasetError, spec_from_dict
from lstmviz.model.datasets import BUILTIN_DATASETS, describe, fit_problem
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer

SEQ = [0.0, 0.2, 0.4, 0.6, 0.8]


@pytest.mark.parametrize("layout,xs,ys", [
    ("one-to-one", (5, 1, 1), (5, 1)),
    ("many-to-one", (1, 5, 1), (1, 5)),
    ("many-to-many", (1, 5, 1), (1, 5, 1)),
])
def test_document_sequence_in_its_three_shapes(layout, xs, ys):
    d = load_dataset(spec_from_dict({"kind": "tutorial", "layout": layout}))
    assert d.x.shape == xs and d.y.shape == ys
    assert d.x.dtype == np.float32 and d.y.dtype == np.float32
    np.testing.assert_allclose(d.x.ravel(), SEQ, atol=1e-7)
    np.testing.assert_allclose(d.y.ravel(), SEQ, atol=1e-7)


def test_describe():
    assert describe(load_dataset(spec_from_dict({"kind": "tutorial", "layout": "one-to-one"}))) == "X (5, 1, 1) \u2192 y (5, 1)"


def test_sine_windows_look_one_step_ahead():
    m2o = load_dataset(spec_from_dict({"kind": "sine", "layout": "many-to-one", "time_steps": 4, "samples": 10}))
    assert m2o.x.shape == (10, 4, 1) and m2o.y.shape == (10, 1)
    # The target of window k is the first value of window k+1's last step.
    np.testing.assert_allclose(m2o.y[:-1, 0], m2o.x[1:, -1, 0], atol=1e-6)
    m2m = load_dataset(spec_from_dict({"kind": "sine", "layout": "many-to-many", "time_steps": 4, "samples": 10}))
    assert m2m.y.shape == (10, 4, 1)
    np.testing.assert_allclose(m2m.y[:, :-1], m2m.x[:, 1:], atol=1e-6)
    o2o = load_dataset(spec_from_dict({"kind": "sine", "layout": "one-to-one", "time_steps": 9, "samples": 6}))
    assert o2o.x.shape == (6, 1, 1) and o2o.y.shape == (6, 1)
    np.testing.assert_allclose(o2o.y[:-1, 0], o2o.x[1:, 0, 0], atol=1e-6)


def test_noisy_sine_is_seeded_and_noisy():
    spec = {"kind": "noisy-sine", "layout": "many-to-one", "time_steps": 5, "samples": 50, "seed": 3}
    a, b = load_dataset(spec_from_dict(spec)), load_dataset(spec_from_dict(spec))
    np.testing.assert_array_equal(a.x, b.x)
    clean = load_dataset(spec_from_dict({**spec, "kind": "sine"}))
    spread = np.std(a.x - clean.x)
    assert 0.05 < spread < 0.2  # noise 0.1 by default
    assert not np.array_equal(load_dataset(spec_from_dict({**spec, "seed": 4})).x, a.x)


def test_tokens_have_a_learnable_balanced_target():
    d = load_dataset(spec_from_dict({"kind": "tokens", "samples": 400, "length": 10, "vocabulary": 100, "seed": 1}))
    assert d.x.shape == (400, 10) and d.x.dtype == np.int32 and d.y.shape == (400, 1)
    assert d.x.min() >= 0 and d.x.max() < 100
    expected = ((d.x < 50).sum(axis=1) > 5).astype(np.float32)
    np.testing.assert_array_equal(d.y[:, 0], expected)
    assert 0.2 < d.y.mean() < 0.8


def test_split_takes_the_last_fraction_like_keras():
    d = load_dataset(spec_from_dict({"kind": "sine", "layout": "many-to-one", "time_steps": 3, "samples": 10}))
    train, val = d.split(0.25)
    assert train.samples == 7 and val.samples == 3  # floor(10 * 0.75) = 7
    np.testing.assert_array_equal(val.x, d.x[7:])
    assert d.split(0.0) == (d, None)
    with pytest.raises(DatasetError, match="no training samples"):
        load_dataset(spec_from_dict({"kind": "tutorial", "layout": "many-to-one"})).split(0.5)


def test_bad_specs_say_what():
    with pytest.raises(DatasetError, match="kind: expected one of tutorial, sine, noisy-sine, tokens, long-memory, csv, series, text, found 'waves'"):
        load_dataset(spec_from_dict({"kind": "waves"}))
    with pytest.raises(DatasetError, match="layout: expected one of"):
        load_dataset(spec_from_dict({"kind": "sine", "layout": "sideways"}))
    with pytest.raises(DatasetError, match="time_steps must be a whole number"):
        load_dataset(spec_from_dict({"kind": "sine", "time_steps": 0}))
    with pytest.raises(DatasetError, match="no dataset chosen"):
        load_dataset(spec_from_dict({}))


def test_builtin_datasets_all_build():
    for name, spec in BUILTIN_DATASETS.items():
        d = load_dataset(spec)
        assert d.samples > 0, name


# ----------------------------------------------------------------------------------- CSV

def _write(tmp_path, text, name="data.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_csv_with_header_many_to_one(tmp_path):
    p = _write(tmp_path, "day,price,volume\nmon,1,10\ntue,2,20\nwed,3,30\nthu,4,40\nfri,5,50\n")
    d = load_csv(p, time_steps=3, layout="many-to-one")
    # The day column has no numbers and is left out; targets default to the features.
    assert d.x.shape == (2, 3, 2) and d.y.shape == (2, 2)
    np.testing.assert_array_equal(d.x[0], [[1, 10], [2, 20], [3, 30]])
    np.testing.assert_array_equal(d.y, [[4, 40], [5, 50]])


def test_csv_columns_by_name_and_index_and_layouts(tmp_path):
    p = _write(tmp_path, "1;10\n2;20\n3;30\n4;40\n")  # no header, semicolons
    d = load_csv(p, time_steps=2, layout="many-to-many", feature_columns=[0], target_columns=[1])
    assert d.x.shape == (2, 2, 1) and d.y.shape == (2, 2, 1)
    np.testing.assert_array_equal(d.y[0, :, 0], [20, 30])
    one = load_csv(p, time_steps=7, layout="one-to-one", feature_columns=["0"], target_columns=["1"])
    assert one.x.shape == (3, 1, 1)
    np.testing.assert_array_equal(one.y[:, 0], [20, 30, 40])
    q = _write(tmp_path, "a,b\n1,5\n2,6\n3,7\n", "named.csv")
    named = load_csv(q, time_steps=2, layout="many-to-one", feature_columns=["b"], target_columns=["a"])
    np.testing.assert_array_equal(named.x[0, :, 0], [5, 6])
    np.testing.assert_array_equal(named.y[:, 0], [3])


def test_csv_errors_name_row_and_column(tmp_path):
    p = _write(tmp_path, "time,price\n1,1.0\n2,2.0\n3,abc\n4,4\n")
    with pytest.raises(DatasetError, match=r"data.csv: row 4, column 'price': 'abc' is not a number"):
        load_csv(p, time_steps=2, layout="many-to-one", feature_columns=["time", "price"])
    p = _write(tmp_path, "1,2\n3,\n")
    with pytest.raises(DatasetError, match=r"row 2, column 2: is empty"):
        load_csv(p, time_steps=1, layout="many-to-one")


def test_csv_too_few_rows_empty_missing_and_unknown_column(tmp_path):
    p = _write(tmp_path, "x\n1\n2\n3\n")
    with pytest.raises(DatasetError, match="need at least 6 data rows .* the file has 3"):
        load_csv(p, time_steps=5, layout="many-to-many")
    with pytest.raises(DatasetError, match="the file is empty"):
        load_csv(_write(tmp_path, "\n\n", "empty.csv"), time_steps=2, layout="many-to-one")
    with pytest.raises(DatasetError, match="no such file"):
        load_csv(tmp_path / "missing.csv", time_steps=2, layout="many-to-one")
    with pytest.raises(DatasetError, match=r"no column 'price'; the columns are 'x'"):
        load_csv(p, time_steps=1, layout="many-to-one", feature_columns=["price"])
    with pytest.raises(DatasetError, match="header but no data rows"):
        load_csv(_write(tmp_path, "a,b\n", "head.csv"), time_steps=1, layout="many-to-one")


def test_csv_spec_through_load_dataset(tmp_path):
    p = _write(tmp_path, "v\n0\n0.2\n0.4\n0.6\n0.8\n1.0\n")
    d = load_dataset(spec_from_dict({"kind": "csv", "path": str(p), "time_steps": 5, "layout": "many-to-one"}))
    assert d.x.shape == (1, 5, 1) and d.y.shape == (1, 1)


# ------------------------------------------------------------------------ fit_problem

@pytest.mark.parametrize("name", list(EXAMPLES))
def test_every_example_fits_its_dataset(name):
    ex = EXAMPLES[name]
    assert fit_problem(infer(ex.architecture), load_dataset(ex.dataset)) is None


def test_fit_problem_names_both_shapes():
    arch = EXAMPLES["many-to-one"].architecture
    msg = fit_problem(infer(arch), load_dataset(spec_from_dict({"kind": "tutorial", "layout": "one-to-one"})))
    assert msg.startswith("the model's input is (None, 5, 1) but the samples are (5, 1, 1)")
    one = Architecture(InputSpec((1, 1)), (LayerSpec("LSTM", {"units": 5}), LayerSpec("Dense", {"units": 5})))
    msg = fit_problem(infer(one), load_dataset(spec_from_dict({"kind": "tutorial", "layout": "one-to-one"})))
    assert msg.startswith("the model outputs (None, 5) but the targets are (5, 1): set the last layer's units to 1")
    m2m = EXAMPLES["many-to-many"].architecture
    msg = fit_problem(infer(m2m), load_dataset(spec_from_dict({"kind": "sine", "layout": "many-to-one", "time_steps": 5})))
    assert "outputs (None, 5, 1) but the targets are (64, 1)" in msg and "return_sequences=False" in msg
    tok = EXAMPLES["text-embedding"].architecture
    assert "token ids" in fit_problem(infer(tok), load_dataset(spec_from_dict({"kind": "tutorial", "layout": "many-to-one"})))
    broken = arch.set_option(0, "units", 0)
    assert fit_problem(infer(broken), load_dataset(spec_from_dict({"kind": "tutorial", "layout": "many-to-one"}))).startswith(
        "the model cannot be built: layer 1")


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_suggested_datasets_fit_the_model(name):
    from lstmviz.model.datasets import suggest_dataset

    inference = infer(EXAMPLES[name].architecture)
    spec = suggest_dataset(inference)
    assert spec is not None
    assert fit_problem(inference, load_dataset(spec)) is None


def test_no_suggestion_for_shapes_no_built_in_dataset_has():
    from lstmviz.model.datasets import suggest_dataset

    arch = Architecture(InputSpec((5, 3)), (LayerSpec("LSTM", {"units": 2}), LayerSpec("Dense", {"units": 2})))
    assert suggest_dataset(infer(arch)) is None


@pytest.mark.parametrize("spec", [
    {"kind": "csv", "path": 5, "time_steps": 3, "layout": "many-to-one"},
    {"kind": "sine", "layout": "many-to-one", "time_steps": 5, "samples": 10**11},
    {"kind": "tokens", "samples": "many", "length": 4, "vocabulary": 10},
    {"kind": "sine", "layout": ["x"], "time_steps": 5, "samples": 10},
])
def test_bad_specs_are_dataset_errors(spec):
    with pytest.raises(DatasetError):
        load_dataset(spec_from_dict(spec))
