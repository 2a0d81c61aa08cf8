"""Saving a trained Keras model as a ``.keras`` file, atomically."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lstmviz.io.atomic_file import replacing


def save_keras_model(model: Any, path: str | os.PathLike[str]) -> Path:
    """``model.save`` to a temporary ``.keras`` file beside ``path``, then rename it."""
    with replacing(path, suffix=".keras") as tmp:
        model.save(tmp)
    return Path(path)
