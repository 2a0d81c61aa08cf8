"""Shared by the Keras comparison tests: seeded non-trivial weights, sample inputs, a valid-model generator."""

from __future__ import annotations

import random

import numpy as np

from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.inference import infer

# Every activation Keras can use as a layer's activation (threshold needs arguments, glu halves the axis).
USABLE_ACTIVATIONS = tuple(a for a in catalogue.ACTIVATIONS if a not in ("threshold", "glu"))


def randomise_weights(model, seed: int, scale: float = 0.5) -> list[np.ndarray]:
    """Replace Keras's initial weights (zero biases) with seeded normal values, so every term counts.

    A matrix with more than 16 rows gets at most 1/sqrt(rows): a wide recurrence with larger
    random weights is chaotic, and over 64 steps float32 rounding alone (Keras's order of
    operations against numpy's) then grows to differences of 0.03 (LSTM(128), T = 64).
    """
    rng = np.random.default_rng(seed)

    def spread(shape) -> float:
        return scale if len(shape) < 2 or shape[0] <= 16 else min(scale, 1.0 / np.sqrt(shape[0]))

    weights = [rng.normal(scale=spread(w.shape), size=w.shape).astype("float32") for w in model.get_weights()]
    model.set_weights(weights)
    return model.get_weights()


def sample_input(arch: Architecture, samples: int, seed: int, time_steps: int = 4) -> np.ndarray:
    """Samples for the model's input: normal values, or token ids (zeros included, for masks)."""
    rng = np.random.default_rng(seed)
    shape = tuple(time_steps if d is None else d for d in arch.input.shape)
    if arch.input.is_tokens:
        vocabulary = int(arch.layers[0].options["input_dim"])
        ids = rng.integers(0, vocabulary, size=(samples, *shape))
        ids[rng.random(ids.shape) < 0.3] = 0  # padding, at the start, the middle and the end
        if samples > 1:
            ids[0] = 0  # one sample masked entirely
        return ids.astype("int32")
    return rng.normal(size=(samples, *shape)).astype("float32")


def _rnn_options(rng: random.Random, kind: str) -> dict:
    options = {
        "units": rng.choice([1, 2, 3, 5]),
        "return_sequences": rng.random() < 0.5,
        "use_bias": rng.random() < 0.7,
        "go_backwards": rng.random() < 0.3,
        "dropout": rng.choice([0.0, 0.0, 0.3]),
        "recurrent_dropout": rng.choice([0.0, 0.0, 0.2]),
    }
    if rng.random() < 0.4:
        options["activation"] = rng.choice(USABLE_ACTIVATIONS)
    if kind != "SimpleRNN" and rng.random() < 0.4:
        options["recurrent_activation"] = rng.choice(USABLE_ACTIVATIONS)
    if kind == "GRU":
        options["reset_after"] = rng.random() < 0.5
    return options


# The kinds that slide a window along the time axis, and draws of their options that cover
# every padding and the strides / dilation combinations Keras accepts and refuses.
WINDOW_KINDS = tuple(k for k in ("Conv1D", "MaxPooling1D", "GlobalAveragePooling1D") if k in catalogue.KINDS)


def window_options(rng: random.Random, kind: str) -> dict:
    if kind == "Conv1D":
        options = {"filters": rng.choice([1, 2, 3]), "kernel_size": rng.choice([1, 2, 3, 5]),
                   "strides": rng.choice([1, 1, 2, 3]), "dilation_rate": rng.choice([1, 1, 2]),
                   "padding": rng.choice(["valid", "same", "causal"]), "use_bias": rng.random() < 0.7}
        if rng.random() < 0.4:
            options["activation"] = rng.choice(USABLE_ACTIVATIONS)
        return options
    if kind == "MaxPooling1D":
        return {"pool_size": rng.choice([1, 2, 3]), "strides": rng.choice([1, 2, 3]),
                "padding": rng.choice(["valid", "same"])}
    return {"keepdims": rng.random() < 0.3}


def _layer_for(rng: random.Random, rank: int) -> LayerSpec:
    if rank == 3:
        kind = rng.choice(["LSTM", "GRU", "SimpleRNN", "Bidirectional", "Bidirectional", "TimeDistributed",
                           "Dense", "Dropout", "Flatten"])
    else:
        kind = rng.choice(["Dense", "Dense", "RepeatVector", "Dropout", "Flatten"])
    dense = {"units": rng.choice([1, 2, 4]), "use_bias": rng.random() < 0.7,
             "activation": rng.choice(("linear", "tanh", *USABLE_ACTIVATIONS))}
    if kind in catalogue.RECURRENT_KINDS:
        return LayerSpec(kind, _rnn_options(rng, kind))
    if kind in WINDOW_KINDS:
        return LayerSpec(kind, window_options(rng, kind))
    if kind == "Bidirectional":
        return LayerSpec(kind, {"layer": rng.choice(catalogue.RECURRENT_KINDS), "units": rng.choice([1, 2, 3]),
                                "return_sequences": rng.random() < 0.5, "use_bias": rng.random() < 0.7,
                                "merge_mode": rng.choice(catalogue.MERGE_MODES), "reset_after": rng.random() < 0.5})
    if kind in ("Dense", "TimeDistributed"):
        return LayerSpec(kind, dense)
    if kind == "Dropout":
        return LayerSpec(kind, {"rate": rng.choice([0.0, 0.5, 0.9])})
    if kind == "RepeatVector":
        return LayerSpec(kind, {"n": rng.choice([1, 3])})
    return LayerSpec(kind, {})


def random_model(rng: random.Random) -> Architecture:
    """A model Keras accepts, with layers and options drawn to cover every kind and option."""
    while True:
        roll = rng.random()
        if roll < 0.25:
            spec = InputSpec.tokens(rng.choice([3, 6, None]))
            layers = [LayerSpec("Embedding", {"input_dim": rng.choice([4, 12]), "output_dim": rng.choice([2, 3]),
                                              "mask_zero": rng.random() < 0.6})]
        else:
            spec = InputSpec(rng.choice([(5, 1), (3, 2), (1, 3), (None, 2), (4,), (2, 3, 2)]))
            layers = []
        for _ in range(rng.randint(1, 4)):
            out = infer(Architecture(spec, tuple(layers))).output_shape
            if out is None:  # an impossible stack (Flatten over open time steps, then Dense): draw again
                break
            layers.append(_layer_for(rng, len(out)))
        arch = Architecture(spec, tuple(layers))
        if infer(arch).ok:
            return arch
