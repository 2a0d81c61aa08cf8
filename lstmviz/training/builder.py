"""Architecture -> a Keras ``Sequential`` model, built from the same layer configs a .keras file holds."""

from __future__ import annotations

import copy
import re
from typing import Any

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.inference import infer
from lstmviz.model.kinds.input import INPUT
from lstmviz.io.keras_config import layer_to_keras


class BuildError(ValueError):
    """The architecture cannot become a Keras model; the message says which layer and why."""


def build_model(architecture: Architecture) -> Any:
    """A ``keras.Sequential`` starting with ``keras.Input``; Keras names the layers.

    Raises :class:`BuildError` with inference's message when the stack is impossible,
    so no Keras error text reaches the user.
    """
    inference = infer(architecture)
    if not inference.ok:
        raise BuildError(tr('the model cannot be built: {error_text}').format(error_text=inference.error_text))
    import keras

    layers = fresh_layers(architecture)
    try:
        return keras.Sequential(
            [keras.Input(shape=architecture.input.shape, dtype=architecture.input.dtype), *layers],
            name=keras_model_name(architecture.name),
        )
    except (ValueError, TypeError) as exc:  # inference should have caught it; say so plainly
        raise BuildError(tr('Keras rejected the model: {value}').format(value=str(exc).splitlines()[0])) from None


def fresh_layers(architecture: Architecture) -> list[Any]:
    """New, unbuilt Keras layers for ``architecture``, made in the order :func:`build_model` makes them.

    Making a layer draws its initialisers' seeds from Keras's global seed, so the same
    seed and the same order give the same initial weights (:func:`.compiled.seeded_state`).
    """
    import keras

    layers = []
    for spec in architecture.layers:
        config = layer_to_keras(spec)
        config["config"].pop("name", None)  # names are Keras's own, fresh per session
        layers.append(keras.layers.deserialize(copy.deepcopy(config)))
    return layers


def keras_model_name(name: str | None) -> str:
    """A name Keras and TensorFlow accept for the model.

    Keras refuses ``/`` (its scope separator) and TensorFlow names its scopes after the
    model with ``[A-Za-z0-9_.>-]`` only, starting with a letter, digit or dot: anything
    else (a space, a lone surrogate from a file) becomes ``_``.
    """
    text = re.sub(r"[^A-Za-z0-9_.>-]", "_", str(name or ""))[:200]
    if text and not re.match(r"[A-Za-z0-9.]", text):
        text = "m" + text
    return text or "sequential"


def keras_layer(model: Any, index: int) -> Any:
    """The Keras layer for ``Architecture.layers[index]`` (the InputLayer is not counted)."""
    layers = [layer for layer in model.layers if layer.__class__.__name__ != INPUT.keras_class]
    return layers[index]
