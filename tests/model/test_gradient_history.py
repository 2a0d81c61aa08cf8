"""The long-memory task's data and the history of a run's gradients through time (no TensorFlow)."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec, spec_from_dict
from lstmviz.model.datasets import BUILTIN_DATASETS, MAX_VALUES, spec_title
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.gradient_history import GradientHistory, decades_below, from_rows, relative_levels


def test_long_memory_targets_are_the_first_step_and_the_rest_is_noise():
    data = load_dataset(DatasetSpec("long-memory", time_steps=30, samples=400, noise=2.0, seed=3))
    assert data.x.shape == (400, 30, 1) and data.y.shape == (400, 1)
    assert data.x.dtype == np.float32 and data.y.dtype == np.float32
    np.testing.assert_array_equal(data.y[:, 0], data.x[:, 0, 0])
    assert np.abs(data.x[:, 0]).max() <= 1.0 and 1.9 < np.abs(data.x[:, 1:]).max() <= 2.0
    # Nothing after step 1 says anything about the target.
    later = data.x[:, 1:, 0]
    assert abs(np.corrcoef(later.mean(axis=1), data.y[:, 0])[0, 1]) < 0.15
    again = load_dataset(spec_from_dict({"kind": "long-memory", "time_steps": 30, "samples": 400, "noise": 2,
                                         "seed": 3}))
    np.testing.assert_array_equal(again.x, data.x)
    assert spec_title(DatasetSpec("long-memory", time_steps=30)) == "long memory (30 steps)"


def test_long_memory_is_bounded_and_many_to_one():
    with pytest.raises(DatasetError, match="many-to-one"):
        load_dataset(DatasetSpec("long-memory", layout="many-to-many"))
    with pytest.raises(DatasetError, match="time_steps must be a whole number of at least 2"):
        load_dataset(DatasetSpec("long-memory", time_steps=1))
    with pytest.raises(DatasetError, match="the limit is"):
        load_dataset(DatasetSpec("long-memory", time_steps=1000, samples=MAX_VALUES // 100))


def test_the_long_memory_examples_share_task_and_settings():
    names = ("long-memory-rnn", "long-memory-gru", "long-memory-lstm")
    kinds = [EXAMPLES[n].architecture.layers[0].kind for n in names]
    assert kinds == ["SimpleRNN", "GRU", "LSTM"]
    assert len({EXAMPLES[n].dataset for n in names}) == 1 and len({EXAMPLES[n].training for n in names}) == 1
    for name in names:
        layers = EXAMPLES[name].architecture.layers
        assert layers[0].options["units"] == 8 and not layers[0].options["return_sequences"]
        assert layers[1].kind == "Dense" and layers[1].options["units"] == 1
    assert any(spec.kind == "long-memory" for spec in BUILTIN_DATASETS.values())


def test_history_columns_are_epochs_and_a_repeated_epoch_replaces_its_column():
    history = GradientHistory()
    history.add(0, from_rows([(0, 1, [1.0, 2.0, 4.0], [1.0, 1.0, 1.0])]), samples=64)
    history.add(5, from_rows([(0, 1, [1.0, 1.0, 1.0], [2.0, 2.0, 2.0])]), samples=64)
    history.add(5, from_rows([(0, 1, [3.0, 3.0, 3.0], [2.0, 2.0, 2.0])]), samples=64)
    assert history.epochs == [0, 5] and len(history) == 2 and history.samples == 64
    assert history.rows_of(0) == [(0, 1, "h"), (0, 1, "c")]
    np.testing.assert_array_equal(history.matrix((0, 1, "h")), [[1, 3], [2, 3], [4, 3]])
    assert history.index_at(4) == 0 and history.index_at(5) == 1 and history.index_at(None) == 1
    np.testing.assert_array_equal(history.at(3)[(0, 1, "h")], [1, 2, 4])
    copy = history.copy()
    history.clear()
    assert len(copy) == 2 and not history.at() and history.index_at(0) is None
    with pytest.raises(ValueError, match="comes after"):
        copy.add(1, from_rows([(0, 1, [1, 1, 1], [1, 1, 1])]))
    with pytest.raises(ValueError, match="same layers"):
        copy.add(9, from_rows([(1, 1, [1, 1, 1], None)]))


def test_levels_span_six_decades_below_the_strongest_step():
    levels = relative_levels(np.array([1e-9, 1e-6, 1e-3, 1.0, 0.0]))
    np.testing.assert_allclose(levels, [0.0, 0.0, 0.5, 1.0, 0.0])
    per_column = relative_levels(np.array([[1.0, 10.0], [1e-3, 1.0]]))  # each column against its own top
    np.testing.assert_allclose(per_column, [[1.0, 1.0], [0.5, 1 - 1 / 6]])
    assert decades_below(1e-4, 1.0) == pytest.approx(4.0) and decades_below(0.0, 1.0) is None
