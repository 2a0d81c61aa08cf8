"""The kinds that slide a window along time (Conv1D, pooling) against Keras on generated stacks.

For every generated architecture: inference's shapes and counts are Keras's (or both
refuse it), the numpy forward pass is Keras's (the model's own call), a ``.keras`` file
written without TensorFlow loads in Keras with the same predictions and reads back as the
same architecture, the exported script's line builds the same layer, and the engine trains it.
"""

from __future__ import annotations

import copy
import random
from collections import Counter

import numpy as np
import pytest

from lstmviz.io.keras_config import layer_to_keras, read_keras_file
from lstmviz.io.keras_script import layer_code
from lstmviz.io.keras_weights import write_keras_file
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.datasets import Dataset
from lstmviz.model.forward import layer_outputs, predict
from lstmviz.model.inference import infer
from lstmviz.model.settings import TrainingSettings
from tests.training.keras_helpers import WINDOW_KINDS, randomise_weights, sample_input, window_options

keras = pytest.importorskip("keras")

from lstmviz.training.builder import build_model  # noqa: E402
from lstmviz.training.engine import run_training  # noqa: E402
from lstmviz.training.messages import Finished  # noqa: E402

TOLERANCE = dict(rtol=1e-5, atol=1e-5)
N_GENERATED = 120


def keras_outcome(arch: Architecture):
    try:
        layers = [keras.layers.deserialize(copy.deepcopy(layer_to_keras(l))) for l in arch.layers]
        model = keras.Sequential([keras.Input(arch.input.shape, dtype=arch.input.dtype), *layers])
        return [tuple(l.output.shape) for l in model.layers], [l.count_params() for l in model.layers]
    except (ValueError, TypeError):
        return None


def window_stack(rng: random.Random) -> Architecture:
    """A sequence input and 1-3 layers, most of them windows, sometimes one that does not fit."""
    if rng.random() < 0.15:  # token ids, with masks sometimes: the pooling follows Keras's mask
        return Architecture(InputSpec.tokens(rng.choice([3, 6])), (
            LayerSpec("Embedding", {"input_dim": 9, "output_dim": 2, "mask_zero": rng.random() < 0.6}),
            LayerSpec(kind := rng.choice(WINDOW_KINDS), window_options(rng, kind))))
    shape = rng.choice([(1, 1), (2, 3), (4, 2), (5, 1), (7, 2), (9, 3), (None, 2), (4,), (3, 2, 2)])
    layers = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.7:
            kind = rng.choice(WINDOW_KINDS)
            layers.append(LayerSpec(kind, window_options(rng, kind)))
        elif roll < 0.8:
            layers.append(LayerSpec("LSTM", {"units": 2, "return_sequences": rng.random() < 0.5}))
        elif roll < 0.9:
            layers.append(LayerSpec("Dense", {"units": rng.choice([1, 3])}))
        else:
            layers.append(LayerSpec("Flatten", {}))
    return Architecture(InputSpec(shape), tuple(layers))


def test_generated_window_stacks_match_keras():
    rng = random.Random(20261207)
    accepted = rejected = 0
    seen = Counter()
    mismatches = []
    for _ in range(N_GENERATED):
        arch = window_stack(rng)
        for layer in arch.layers:
            seen[layer.kind] += 1
            for key in ("padding", "keepdims"):
                if key in layer.options:
                    seen[f"{layer.kind} {key}={layer.options[key]}"] += 1
        result = infer(arch)
        outcome = keras_outcome(arch)
        if outcome is None:
            rejected += 1
            if result.ok:
                mismatches.append((arch, "Keras refuses it, inference accepts it"))
            continue
        accepted += 1
        got = ([i.output_shape for i in result], [i.params for i in result])
        if not result.ok or got != outcome:
            mismatches.append((arch, f"Keras {outcome}, inference {got} {result.error_text}"))
    assert not mismatches, "\n".join(f"{[(l.kind, dict(l.options)) for l in a.layers]} {a.input.shape}: {why}"
                                     for a, why in mismatches[:5])
    assert accepted >= 50 and rejected >= 10, (accepted, rejected)
    for kind in WINDOW_KINDS:
        assert seen[kind] >= 20, seen
    for needed in ("Conv1D padding=valid", "Conv1D padding=same", "Conv1D padding=causal"):
        if needed.split()[0] in WINDOW_KINDS:
            assert seen[needed] > 0, seen


@pytest.mark.filterwarnings("ignore:Layer .* was passed an input with a mask attached:UserWarning")  # on purpose
def test_generated_window_stacks_predict_as_keras():
    rng = random.Random(7)
    checked = Counter()
    failures = []
    while sum(checked.values()) < 40:
        arch = window_stack(rng)
        if not infer(arch).ok:
            continue
        checked.update(l.kind for l in arch.layers if l.kind in WINDOW_KINDS)
        model = build_model(arch)
        weights = randomise_weights(model, seed=len(failures) + sum(checked.values()))
        x = sample_input(arch, samples=5, seed=3, time_steps=rng.choice([3, 6]))
        if arch.input.shape[0] is None and infer(Architecture(InputSpec((x.shape[1], *arch.input.shape[1:])),
                                                              arch.layers)).error:
            continue  # too few steps for these windows: Keras fails at call time, inference said "None"
        expected = keras.ops.convert_to_numpy(model(x, training=False))  # eager: no trace per generated model
        got = predict(arch, weights, x, batch_size=2)
        # nan where Keras gives nan (an average over a sample whose steps are all masked) agrees too.
        if got.shape != expected.shape or not np.allclose(got, expected, equal_nan=True, **TOLERANCE):
            failures.append(f"{arch.input.shape} {[(l.kind, dict(l.options)) for l in arch.layers]}")
    assert not failures, "\n".join(failures[:5])
    assert all(checked[k] >= 5 for k in WINDOW_KINDS), checked


def _kinds_and_options(arch: Architecture) -> list:
    return [(layer.kind, dict(layer.options)) for layer in arch.layers]


@pytest.mark.parametrize("kind", WINDOW_KINDS)
def test_keras_file_script_line_and_training(kind, tmp_path):
    rng = random.Random(kind)
    while True:
        options = window_options(rng, kind)
        arch = Architecture(InputSpec((8, 2)), (LayerSpec(kind, options), LayerSpec("Flatten", {}),
                                                 LayerSpec("Dense", {"units": 1})))
        if infer(arch).ok:
            break
    model = build_model(arch)
    weights = randomise_weights(model, seed=5)
    x = sample_input(arch, samples=6, seed=1)

    # A .keras file written without TensorFlow: Keras loads it and predicts the same; it reads back the same.
    path = write_keras_file(tmp_path / "window.keras", arch, weights)
    loaded = keras.saving.load_model(path, safe_mode=True)
    np.testing.assert_allclose(loaded.predict(x, verbose=0), model.predict(x, verbose=0), **TOLERANCE)
    assert _kinds_and_options(read_keras_file(path).architecture) == _kinds_and_options(arch)

    # A file Keras itself saved reads as the same layers.
    model.save(tmp_path / "keras_saved.keras")
    assert _kinds_and_options(read_keras_file(tmp_path / "keras_saved.keras").architecture) == _kinds_and_options(arch)

    # The exported script's line makes a layer with the same shapes and counts.
    layer = eval(layer_code(arch.layers[0]), {"keras": keras})  # noqa: S307 - our own generated line
    built = keras.Sequential([keras.Input((8, 2)), layer])
    assert tuple(built.layers[0].output.shape) == infer(arch)[0].output_shape
    assert built.count_params() == infer(arch)[0].params

    # Each layer's output from numpy equals Keras's.
    probe = keras.Model(model.inputs, [l.output for l in model.layers])
    for ours, theirs in zip(layer_outputs(arch, weights, x), probe.predict(x, verbose=0), strict=True):
        np.testing.assert_allclose(ours, theirs, **TOLERANCE)

    # The engine trains it: the loss goes down on a learnable target.
    data = Dataset("window", x.astype("float32"), x[:, :, :1].sum(axis=(1, 2))[:, None].astype("float32"))
    got = []
    result = run_training(arch, data, TrainingSettings(epochs=30, learning_rate=0.05, batch_size=6), got.append)
    finished = [m for m in got if isinstance(m, Finished)]
    assert finished and finished[0].reason == "completed"
    assert result.history["loss"][-1] < result.history["loss"][0]
