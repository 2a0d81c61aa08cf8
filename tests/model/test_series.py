"""Real series: bundled files with their licences, the split in time, scaling from the training part,
windows, and the same path for a user's CSV file. No Qt, no TensorFlow."""

import csv
import io

import numpy as np
import pytest

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.series_table import bundled_text, licence_text
from lstmviz.model.bundled import BUNDLED, SEATTLE_CLASSES, SEATTLE_FEATURES
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec, spec_from_dict
from lstmviz.model.datasets import fit_problem, for_loss
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer
from lstmviz.model.splits import chrono_split
from lstmviz.model.tasks import Task
from lstmviz.resources_path import data_file

AIRLINE = DatasetSpec("series", bundled="airline-passengers", time_steps=12, validation_fraction=0.1,
                      test_fraction=1 / 6)


def rows_of(name):
    return list(csv.DictReader(io.StringIO(bundled_text(BUNDLED[name]))))


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_each_bundled_file_ships_with_its_licence_and_the_rows_it_claims(name):
    data = BUNDLED[name]
    rows = rows_of(name)
    assert len(rows) == data.rows
    assert set(data.columns) <= set(rows[0]) and data.date_column in rows[0]
    about = licence_text(data)
    assert all(f"\n{field}:" in about for field in ("Source", "Licence", "Cite as"))
    assert data_file(data.licence_file).is_file()


def test_the_bundled_series_are_the_published_ones():
    passengers = [int(r["Passengers"]) for r in rows_of("airline-passengers")]
    assert passengers[:3] == [112, 118, 132] and passengers[-1] == 432 and len(passengers) == 144
    years = [r["YEAR"] for r in rows_of("sunspots")]
    assert years[0].startswith("1700") and years[-1].startswith("2008")
    weather = rows_of("seattle-weather")
    assert weather[0]["date"] == "2012/01/01" and weather[-1]["date"] == "2015/12/31"
    assert {r["weather"] for r in weather} == {"sun", "rain", "drizzle", "fog", "snow"}


def test_airline_split_in_time_keeps_the_last_two_years_for_testing():
    data = load_dataset(AIRLINE)
    info = data.series
    assert data.x.shape == (132, 12, 1) and info.window_shape() == (132, 12, 1)
    assert info.parts() == (94, 14, 24)  # 24 test months: 1959 and 1960
    assert info.split.test_start == 120 and info.row_names[120] == "1959-01"
    train, val = data.split(0.5)  # a series brings its own parts; the fraction is not used
    assert train.samples == 94 and val.samples == 14 and data.part("test").samples == 24
    # Windows are in time order: the last test target is the last month.
    assert info.targets.invert(data.y[-1:])[0, 0] == pytest.approx(432)
    assert info.targets.invert(data.part("test").y[:1])[0, 0] == pytest.approx(360)  # January 1959


def test_scaling_is_fitted_on_the_training_rows_only():
    data = load_dataset(AIRLINE)
    passengers = np.array([float(r["Passengers"]) for r in rows_of("airline-passengers")])
    train_rows = passengers[: data.series.split.train_end]
    assert data.series.features.mean[0] == pytest.approx(train_rows.mean())
    assert data.series.features.scale[0] == pytest.approx(train_rows.std())
    assert data.series.features.mean[0] != pytest.approx(passengers.mean(), rel=0.01)
    # The first window is the first twelve months, standardised with the training numbers.
    np.testing.assert_allclose(data.x[0, :, 0], (passengers[:12] - train_rows.mean()) / train_rows.std(),
                               rtol=1e-5)


def test_changing_the_test_years_changes_no_training_window(tmp_path):
    text = bundled_text(BUNDLED["airline-passengers"])
    lines = text.strip().splitlines()
    changed = lines[:121] + [f"{line.split(',')[0]},9999" for line in lines[121:]]
    path = tmp_path / "changed.csv"
    path.write_text("\n".join(changed) + "\n")
    spec = DatasetSpec("series", path=str(path), time_steps=12, validation_fraction=0.1, test_fraction=1 / 6)
    original, altered = load_dataset(AIRLINE), load_dataset(spec)
    n = original.series.parts()[0]
    np.testing.assert_array_equal(original.x[:n], altered.x[:n])
    np.testing.assert_array_equal(original.y[:n], altered.y[:n])
    assert altered.series.features == original.series.features


def test_a_users_csv_series_is_read_the_same_way_as_a_bundled_one(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(bundled_text(BUNDLED["airline-passengers"]))
    mine = load_dataset(DatasetSpec("series", path=str(path), time_steps=12, validation_fraction=0.1,
                                    test_fraction=1 / 6))
    bundled = load_dataset(AIRLINE)
    np.testing.assert_array_equal(mine.x, bundled.x)
    np.testing.assert_array_equal(mine.y, bundled.y)
    assert mine.series.row_names == bundled.series.row_names


def test_an_unseen_series_without_header_or_dates_works(tmp_path):
    path = tmp_path / "noise.csv"
    values = np.random.default_rng(3).normal(size=(60, 2))
    path.write_text("\n".join(f"{a},{b}" for a, b in values))
    data = load_dataset(DatasetSpec("series", path=str(path), time_steps=5, target_columns=(1,)))
    assert data.x.shape == (55, 5, 2) and data.y.shape == (55, 1)
    assert sum(data.series.parts()) == 55 and data.series.task is Task.REGRESSION
    np.testing.assert_allclose(data.series.targets.invert(data.y[:, 0]), values[5:, 1], rtol=1e-5, atol=1e-5)


def test_seattle_several_features_in_and_next_days_maximum_out():
    data = load_dataset(EXAMPLES["seattle-temperature"].dataset)
    assert data.x.shape == (1454, 7, 4) and data.y.shape == (1454, 1)
    rows = rows_of("seattle-weather")
    assert data.series.targets.invert(data.y[0])[0] == pytest.approx(float(rows[7]["temp_max"]))
    assert not data.series.autoregressive  # four features in, one out: nothing to feed back


def test_seattle_weather_label_is_a_classification_with_named_classes():
    data = load_dataset(EXAMPLES["seattle-weather-label"].dataset)
    assert data.series.task is Task.CLASSIFICATION
    assert data.classes == ("drizzle", "fog", "rain", "snow", "sun") == SEATTLE_CLASSES
    assert data.x.shape[2] == SEATTLE_FEATURES
    rows = rows_of("seattle-weather")
    assert [data.classes[int(v)] for v in data.y[:5, 0]] == [r["weather"] for r in rows[7:12]]
    # Sparse cross-entropy reads the ids; categorical cross-entropy the same classes one-hot.
    one_hot = for_loss(data, "categorical_crossentropy")
    assert one_hot.y.shape == (1454, 5) and np.all(one_hot.y.argmax(axis=1) == data.y[:, 0])
    assert for_loss(data, "sparse_categorical_crossentropy") is data


def test_classification_needs_one_softmax_output_per_class():
    example = EXAMPLES["seattle-weather-label"]
    data = load_dataset(example.dataset)
    assert fit_problem(infer(example.architecture), data) is None
    wrong = EXAMPLES["seattle-temperature"].architecture  # Dense(1)
    problem = fit_problem(infer(wrong), data)
    assert "5 classes" in problem and "softmax" in problem


@pytest.mark.parametrize("name", ["airline-passengers", "sunspots-gru", "seattle-temperature",
                                  "seattle-weather-label"])
def test_every_real_data_example_fits_its_model(name):
    example = EXAMPLES[name]
    assert fit_problem(infer(example.architecture), load_dataset(example.dataset)) is None


def test_spec_round_trips_and_refuses_bad_values():
    spec = EXAMPLES["seattle-weather-label"].dataset
    assert spec_from_dict(spec.to_dict()) == spec
    with pytest.raises(DatasetError, match="task"):
        spec_from_dict({"kind": "series", "bundled": "sunspots", "task": "guessing"})
    with pytest.raises(DatasetError, match="test_fraction"):
        spec_from_dict({"kind": "series", "bundled": "sunspots", "test_fraction": "a lot"})


@pytest.mark.parametrize("spec,expected", [
    (DatasetSpec("series", bundled="nowhere"), "no bundled data set named 'nowhere'"),
    (DatasetSpec("series"), "needs a bundled data set or the path"),
    (DatasetSpec("series", bundled="seattle-weather"), "choose the target column"),
    (DatasetSpec("series", bundled="sunspots", time_steps=300), "leave"),
    (DatasetSpec("series", bundled="sunspots", validation_fraction=0.5, test_fraction=0.5), "no training part"),
    (DatasetSpec("series", bundled="sunspots", test_fraction=1.5), "below 1"),
    (DatasetSpec("series", bundled="sunspots", task="classification"), "needs a column of labels"),
    (DatasetSpec("series", bundled="seattle-weather", target_columns=("weather", "wind")), "only target"),
])
def test_bad_series_settings_are_refused_with_a_reason(spec, expected):
    with pytest.raises(DatasetError, match=expected):
        load_dataset(spec)


@pytest.mark.parametrize("content,expected", [
    ("a,label\n" + "".join(f"{i},{'x' if i % 2 else ''}\n" for i in range(30)), "row 2, column 'label': the label is empty"),
    ("a,label\n" + "".join(f"{i},c{i}\n" for i in range(100)), "more than 64 different labels"),
    ("a,label\n" + "".join(f"{i},same\n" for i in range(30)), "holds one class"),
    ("a,b\n1,2\n3,nan\n" + "5,6\n" * 30, "row 3, column 'b': 'nan' is not a number"),
    ("a,b\n1,2\n3,1e39\n" + "5,6\n" * 30, "beyond the range of float32"),
    ("a\n1\n2\n3\n", "leave"),
    ("", "the file is empty"),
])
def test_hostile_series_csvs_are_refused_with_the_place(tmp_path, content, expected):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    targets = ("label",) if "label" in content else None
    with pytest.raises(DatasetError, match=expected.replace("(", r"\(")):
        load_dataset(DatasetSpec("series", path=str(path), time_steps=2, target_columns=targets))


def test_chrono_split_parts_are_contiguous_and_cover_every_window():
    for rows in (20, 144, 309, 1461):
        for t in (1, 5, 12):
            split = chrono_split(rows, t, 0.1, 0.2)
            train, val, test = split.window_counts()
            assert train >= 1 and train + val + test == rows - t
            assert split.part_rows()["test"] == (split.test_start, rows)


def test_saliency_of_many_samples_at_once_equals_one_at_a_time():
    from lstmviz.model.saliency import batch_saliency, step_saliency

    rng = np.random.default_rng(2)
    w = rng.normal(size=(3, 2))

    def model(x):  # a smooth model with two outputs
        return np.tanh(x.reshape(len(x), -1) @ np.tile(w, (4, 1)))

    samples = rng.normal(size=(5, 4, 3))
    together = batch_saliency(model, samples, [0, 1, 0, 1, 0])
    for sample, bars, output in zip(samples, together, [0, 1, 0, 1, 0]):
        np.testing.assert_allclose(bars, step_saliency(model, sample, output), rtol=1e-6)
