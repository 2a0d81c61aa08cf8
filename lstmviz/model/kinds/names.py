"""Keras's automatic layer names."""

from __future__ import annotations

import re


def snake_case(class_name: str) -> str:
    """Keras's automatic layer name: SimpleRNN -> simple_rnn, TimeDistributed -> time_distributed."""
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", class_name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
