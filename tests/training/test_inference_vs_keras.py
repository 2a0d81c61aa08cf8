"""Inference against Keras itself: the examples and hundreds of generated architectures.

For each architecture Keras accepts, inference must give Keras's output shape and parameter
count for every layer; for each one Keras rejects, inference must report an error.
"""

from __future__ import annotations

import copy
import random
from collections import Counter

import pytest

from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer
from lstmviz.io.keras_config import layer_to_keras
from tests.training.keras_helpers import WINDOW_KINDS, window_options

keras = pytest.importorskip("keras")

N_GENERATED = 260


def keras_outcome(arch: Architecture):
    """(per-layer output shapes, per-layer params) from Keras, or None when Keras rejects it."""
    try:
        layers = [keras.layers.deserialize(copy.deepcopy(layer_to_keras(l))) for l in arch.layers]
        model = keras.Sequential([keras.Input(arch.input.shape, dtype=arch.input.dtype), *layers])
        return [tuple(l.output.shape) for l in model.layers], [l.count_params() for l in model.layers]
    except (ValueError, TypeError):
        return None


def random_layer(rng: random.Random, rank: int) -> LayerSpec:
    """A layer chosen to fit the current rank most of the time, and not to fit sometimes."""
    recurrent = rank == 3
    if rng.random() < 0.2:
        kind = rng.choice(list(catalogue.KINDS))
    elif recurrent:
        kind = rng.choice(["LSTM", "GRU", "SimpleRNN", "Bidirectional", "TimeDistributed", "Dense",
                           "Dropout", "Flatten"])
    else:
        kind = rng.choice(["Dense", "RepeatVector", "Dropout", "Flatten"])
    if kind in WINDOW_KINDS:
        return LayerSpec(kind, window_options(rng, kind))
    units = rng.choice([1, 2, 3, 5, 8])
    rnn = {"units": units, "return_sequences": rng.random() < 0.5, "use_bias": rng.random() < 0.8}
    options = {
        "LSTM": rnn,
        "SimpleRNN": rnn,
        "GRU": {**rnn, "reset_after": rng.random() < 0.5},
        "Bidirectional": {**rnn, "layer": rng.choice(catalogue.RECURRENT_KINDS),
                          "merge_mode": rng.choice(catalogue.MERGE_MODES), "reset_after": rng.random() < 0.5},
        "Dense": {"units": units, "use_bias": rng.random() < 0.8},
        "TimeDistributed": {"units": units, "use_bias": rng.random() < 0.8},
        "Embedding": {"input_dim": rng.choice([3, 20, 100]), "output_dim": rng.choice([2, 4, 7])},
        "Dropout": {"rate": rng.choice([0.0, 0.3, 1.0])},
        "RepeatVector": {"n": rng.choice([1, 2, 4])},
        "Flatten": {},
    }[kind]
    return LayerSpec(kind, options)


def random_architecture(rng: random.Random) -> Architecture:
    if rng.random() < 0.15:
        spec = InputSpec.tokens(rng.choice([4, 10]))
        layers = [LayerSpec("Embedding", {"input_dim": 50, "output_dim": rng.choice([3, 6])})]
        rank = 3
    else:
        shape = rng.choice([(5, 1), (3, 2), (1, 1), (None, 2), (4,), (6,), (2, 3, 2)])
        spec = InputSpec(shape)
        layers, rank = [], len(shape) + 1
    for _ in range(rng.randint(1, 4)):
        layer = random_layer(rng, rank)
        layers.append(layer)
        out = infer(Architecture(spec, tuple(layers))).output_shape
        rank = len(out) if out is not None else rank
    return Architecture(spec, tuple(layers))


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_examples_match_keras(name):
    arch = EXAMPLES[name].architecture
    outcome = keras_outcome(arch)
    assert outcome is not None
    shapes, params = outcome
    result = infer(arch)
    assert [info.output_shape for info in result] == shapes
    assert [info.params for info in result] == params


def test_document_counts():
    assert [i.params for i in infer(EXAMPLES["many-to-many"].architecture)] == [140, 6]
    assert [i.params for i in infer(EXAMPLES["many-to-one"].architecture)] == [140, 30]
    assert infer(EXAMPLES["text-embedding"].architecture)[1].params == 219_648


def _generated() -> list[Architecture]:
    rng = random.Random(20261127)
    return [random_architecture(rng) for _ in range(N_GENERATED)]


GENERATED = _generated()
PARTS = 4  # the comparison in parts of 65 architectures, which the test workers share


@pytest.mark.parametrize("part", range(PARTS))
def test_generated_architectures_match_keras(part):
    mismatches = []
    for arch in GENERATED[part::PARTS]:
        result = infer(arch)
        outcome = keras_outcome(arch)
        if outcome is None:
            if result.ok:
                mismatches.append((arch, "Keras rejects it, inference accepts it"))
            continue
        shapes, params = outcome
        got = ([i.output_shape for i in result], [i.params for i in result])
        if not result.ok or got != (shapes, params):
            mismatches.append((arch, f"Keras {shapes} {params}, inference {got} {result.error_text}"))
    assert not mismatches, "\n".join(f"{a}: {why}" for a, why in mismatches[:5])


def test_the_generated_architectures_are_a_broad_sample():
    """Both outcomes, every kind, every shape-changing option; what Keras accepts is compared above, so
    here inference stands in for it (the comparison fails on any architecture where the two disagree)."""
    accepted = sum(infer(arch).ok for arch in GENERATED)
    kinds = Counter(layer.kind for arch in GENERATED for layer in arch.layers)
    options: Counter[str] = Counter()
    for layer in (layer for arch in GENERATED for layer in arch.layers):
        for key in ("return_sequences", "use_bias", "reset_after"):
            if key in layer.options:
                options[f"{key}={layer.options[key]}"] += 1
        if "merge_mode" in layer.options:
            options[f"merge_mode={layer.options['merge_mode']}"] += 1
            options[f"bidirectional {layer.options['layer']}"] += 1
    assert accepted >= 150 and N_GENERATED - accepted >= 25, accepted
    assert set(kinds) == set(catalogue.KINDS), kinds
    for needed in ("return_sequences=True", "return_sequences=False", "use_bias=False", "reset_after=False",
                   "reset_after=True", "merge_mode=concat", "merge_mode=sum", "merge_mode=mul", "merge_mode=ave",
                   "bidirectional GRU", "bidirectional SimpleRNN"):
        assert options[needed] > 0, needed


@pytest.mark.parametrize("kind, options", [("Dense", {"units": 0}), ("LSTM", {"units": -1}),
                                           ("Dropout", {"rate": 1.5}), ("RepeatVector", {"n": 0}),
                                           ("Embedding", {"input_dim": 0})])
def test_invalid_options_rejected_by_both(kind, options):
    arch = Architecture(InputSpec((5, 2)), (LayerSpec(kind, options),))
    assert keras_outcome(arch) is None
    assert not infer(arch).ok
