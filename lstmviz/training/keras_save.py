"""Saving a trained Keras model as a ``.keras`` file, atomically."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lstmviz.io.atomic_file import replacing


def save_keras_model(model: Any, path: str | os.PathLike[str]) -> Path:
    """``model.save`` to a temporary ``.keras`` file beside ``path``, then rename it.

    Layers the training engine unrolled for speed are saved as they were built.
    """
    unrolled = [layer for layer in _sublayers(model) if getattr(layer, "unrolled_for_training", False)]
    for layer in unrolled:
        layer.unroll = False
    try:
        with replacing(path, suffix=".keras") as tmp:
            model.save(tmp)
    finally:
        for layer in unrolled:
            layer.unroll = True
    return Path(path)


def _sublayers(model: Any) -> list[Any]:
    found = []
    for layer in model.layers:
        found += [layer, *(x for x in (getattr(layer, "forward_layer", None), getattr(layer, "backward_layer", None))
                           if x is not None)]
    return found
