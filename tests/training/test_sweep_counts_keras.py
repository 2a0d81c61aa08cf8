"""The comparison's parameter counts, with units kept and matched, are the counts Keras gives the models."""

from __future__ import annotations

import pytest

from lstmviz.model.examples import EXAMPLES
from lstmviz.model.sweep import CELLS, MATCHES, count_of, with_cell

keras = pytest.importorskip("keras")


@pytest.mark.parametrize("example", ["long-memory-lstm", "bidirectional", "stacked-lstm"])
@pytest.mark.parametrize("match", MATCHES)
def test_counts_shown_match_keras(example, match):
    from lstmviz.training.builder import build_model

    arch = EXAMPLES[example].architecture
    for cell in CELLS:
        swapped = with_cell(arch, cell, match, reference=arch)
        model = build_model(swapped)
        count = count_of(swapped)
        assert count.total_params == model.count_params()
        layer = model.layers[0]
        assert count.layer_params == layer.count_params()
