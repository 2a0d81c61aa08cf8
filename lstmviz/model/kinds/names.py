"""Keras's automatic layer names."""

from __future__ import annotations

import re


def snake_case(class_name: str) -> str:
    """Keras's automatic layer name: SimpleRNN -> simple_rnn, Conv1D -> conv1d (``keras.src.utils.naming``)."""
    s = re.sub(r"\W+", "", class_name)
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", s)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", s).lower()
