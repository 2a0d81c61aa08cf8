"""Where the view's numbers come from: initial weights through the layers below, or the engine's probe."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.model import cell_math
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.cell_values import CellValues
from lstmviz.model.cell_values.initial import initial_values
from lstmviz.model.cell_values.moments import ProbeValues


def test_initial_values_run_the_layers_below_with_their_own_weights():
    ex = EXAMPLES["stacked-lstm"]
    x = load_dataset(ex.dataset).x
    first, second = (layer.options for layer in ex.architecture.layers[:2])
    low = cell_math.run_layer("LSTM", x[:1], cell_math.initial_weights("LSTM", 1, first, 5), first)
    high = cell_math.run_layer("LSTM", low.output, cell_math.initial_weights("LSTM", 16, second, 5 + 17), second)
    values = initial_values(ex.architecture, x, 1, seed=5)
    assert values.source == "initial weights" and values.kind == "LSTM" and values.layer_index == 1
    for key in ("i", "f", "g", "o"):
        np.testing.assert_allclose(values.gates[key], high.gates[key][0], rtol=1e-6)
    np.testing.assert_allclose(values.states["c"], high.states["c"][0], rtol=1e-6)
    assert values.keys() == ("h", "c", "f", "i", "g", "o")


def test_initial_values_through_an_embedding_and_a_bidirectional_layer():
    ex = EXAMPLES["text-embedding"]
    x = load_dataset(ex.dataset).x
    values = initial_values(ex.architecture, x, 1)
    assert values.steps == 10 and values.units == 128
    assert np.all((values.gates["f"] > 0) & (values.gates["f"] < 1))
    bi = EXAMPLES["bidirectional"]
    values = initial_values(bi.architecture, load_dataset(bi.dataset).x, 0)
    assert values.kind == "LSTM" and values.steps == 10 and values.units == 5


def test_data_that_does_not_fit_is_refused_with_the_shapes():
    a = Architecture(InputSpec((7, 1)), (LayerSpec("GRU", {"units": 2}),))
    with pytest.raises(ValueError, match=r"\(5, 1\) do not fit the input \(7, 1\)"):
        initial_values(a, np.zeros((3, 5, 1)), 0)
    with pytest.raises(ValueError, match="not recurrent"):
        initial_values(Architecture(InputSpec((5, 1)), (LayerSpec("Dense", {"units": 2}),)), np.zeros((1, 5, 1)), 0)


def test_the_probe_is_shown_as_it_came_for_its_own_layer_and_sample():
    h = np.ones((2, 3), np.float32)
    probe = CellValues(2, "GRU", {"z": h, "r": h, "g": h}, {"h": h}, "training, epoch 4", sample=1, epoch=4)
    arch = EXAMPLES["stacked-lstm"].architecture
    moment = ProbeValues(probe, arch)
    assert moment.cell_values(2, 1) is probe and moment.epoch == 4 and moment.source == "training, epoch 4"
    assert moment.cell_values(2, 0) is probe  # no weights came with it: the probed sample is what there is
    assert probe.keys() == ("h", "z", "r", "g")
    with pytest.raises(ValueError, match="training shows layer 3"):
        moment.cell_values(0, 1)
