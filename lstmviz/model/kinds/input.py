"""The model's input (Keras ``InputLayer``): shown first in the palette and on the canvas."""

from __future__ import annotations

from dataclasses import dataclass, field

from lstmviz.i18n import tr_noop
from lstmviz.model.kinds.base import Look, Option
from lstmviz.model.kinds.shared import INPUT_FAMILY


@dataclass(frozen=True)
class InputKind:
    name: str = "Input"
    keras_class: str = "InputLayer"
    summary: str = (tr_noop('The shape of one sample: [time steps, features] for a sequence of numbers, or [tokens] of integer ids for text going into an Embedding.'))
    formula: str = tr_noop('0 (no weights)')
    options: tuple[Option, ...] = field(default=(
        Option("time_steps", int, 5, tr_noop('Time steps per sample (T), or tokens per line for text.'), 1, 100_000,
               shape_changing=True),
        Option("features", int, 1, tr_noop('Numbers per time step (F).'), 1, 100_000, shape_changing=True),
        Option("tokens", bool, False, tr_noop('Integer token ids (for an Embedding) instead of real-valued features.'),
               shape_changing=True),
    ))
    look: Look = Look(INPUT_FAMILY, (
        ("rect", 10, 26, 9, 14, 0, 3), ("rect", 21, 26, 9, 14, 0, 3), ("rect", 32, 26, 9, 14, 0, 3),
        ("rect", 43, 26, 9, 14, 0, 3), ("line", 32, 44, 32, 56, 3), ("line", 26, 50, 32, 56, 3),
        ("line", 38, 50, 32, 56, 3)))


INPUT = InputKind()
