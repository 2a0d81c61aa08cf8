"""The Compare Cells window's cell drawing shows the same cell values as the Unrolled tab: the
last step of sample 1, from the weights of the epoch shown, checked against the recurrence run
on its own."""

from __future__ import annotations

import numpy as np
import pytest

from lstmviz.io import project_io
from lstmviz.model import cell_math
from lstmviz.model.catalogue import cell_of
from lstmviz.model.forward import layer_outputs
from lstmviz.model.sweep import SweepEntry, compared_layer
from lstmviz.model.weights import split_weights, weight_specs
from lstmviz.ui.document.document import Document
from lstmviz.ui.sweep.compare_window import CompareWindow


@pytest.mark.parametrize("example", ["long-memory-rnn", "gru-vs-lstm", "text-embedding"])
def test_the_compared_cell_shows_the_last_steps_values(qtbot, example):
    document = Document()
    document.load(project_io.from_example(example))
    window = CompareWindow(document)
    qtbot.addWidget(window)
    arch = document.architecture
    index = compared_layer(arch)
    kind, options = cell_of(arch.layers[index].kind, arch.layers[index].options)
    rng = np.random.default_rng(1)
    weights = tuple((0.5 * rng.standard_normal(s.shape)).astype(np.float32) for layer in weight_specs(arch) for s in layer)
    entry = SweepEntry(kind, None, 0, arch, document.dataset_spec)
    shown = window._gate_values(entry, weights, index, kind, options)

    x = document.data.dataset.x[:1]
    seen = x if index == 0 else layer_outputs(arch, weights, x)[index - 1]
    trace = cell_math.run_layer(kind, seen, split_weights(arch, weights)[index], options)
    expected = {**trace.gates, **trace.states}
    assert set(shown) == set(expected)
    for key, values in expected.items():
        np.testing.assert_allclose(shown[key], values[0, -1], rtol=1e-5, atol=1e-6)
