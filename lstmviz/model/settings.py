"""Training settings: the one home of their fields, ranges, optimizers and losses.

The project reader, the training form, the engine and the command line all read the
rules here, so a value one of them accepts is a value every other one accepts too.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from lstmviz.i18n import tr, tr_noop

# Name as typed (and stored) -> Keras class in keras.optimizers.
OPTIMIZERS: dict[str, str] = {
    "adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop", "adagrad": "Adagrad",
    "adamw": "AdamW", "nadam": "Nadam", "adamax": "Adamax",
}
# Keras loss name -> the short label the form shows.
LOSSES: dict[str, str] = {
    "mean_squared_error": tr_noop("MSE"),
    "mean_absolute_error": tr_noop("MAE"),
    "binary_crossentropy": tr_noop("binary cross-entropy"),
    # Classification (softmax outputs): class ids, or the same classes one-hot (lstmviz.model.tasks).
    "sparse_categorical_crossentropy": tr_noop("sparse categorical cross-entropy"),
    "categorical_crossentropy": tr_noop("categorical cross-entropy"),
}
# Inclusive bounds of every numeric setting: what the form's editors accept and what a
# project file may hold (a file outside them would train differently from what the form shows).
RANGES: dict[str, tuple[float, float]] = {
    "epochs": (1, 1_000_000),
    "batch_size": (1, 1_000_000),
    "seed": (0, 2_147_483_647),
    "validation_split": (0.0, 0.9),
    "learning_rate": (1e-7, 1e9),
    "pace": (0.0, 1_000_000.0),  # epochs per wall second; 0 is as fast as possible
}
# A pace other than 0 is at least this: one epoch every 100 s. Slower paces wait longer than
# a timer or a date can count (1e-300 epochs/s is one epoch in 1e300 s).
MIN_PACE = 0.01


@dataclass(frozen=True)
class TrainingSettings:
    epochs: int = 100
    batch_size: int = 32
    optimizer: str = "adam"
    learning_rate: float = 0.001  # Keras's default for Adam and RMSprop
    loss: str = "mean_squared_error"
    seed: int = 0
    validation_split: float = 0.0
    shuffle: bool = True
    pace: float = 0.0  # epochs per second for an audience (lstmviz.training.pace); 0: as fast as possible

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def updated(self, **changes: Any) -> TrainingSettings:
        return replace(self, **changes)


FIELD_TYPES: dict[str, type[Any]] = {f.name: type(getattr(TrainingSettings(), f.name)) for f in fields(TrainingSettings)}


def bound_text(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def value_problem(name: str, value: Any) -> str | None:
    """Why ``value`` cannot be the setting ``name``, or None."""
    expected = FIELD_TYPES.get(name)
    if expected is None:
        return tr("unknown setting {name!r}").format(name=name)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if isinstance(value, bool) and expected is not bool or not isinstance(value, expected):
        return tr("expected {kind}, found {value!r}").format(kind=expected.__name__, value=value)
    if expected is float and not math.isfinite(value):
        return tr("must be a finite number, found {value!r}").format(value=value)
    if name in RANGES:
        low, high = RANGES[name]
        if not low <= value <= high:
            return tr("must be between {low} and {high}, found {value!r}").format(
                low=bound_text(low), high=bound_text(high), value=value)
    if name == "pace" and 0 < value < MIN_PACE:
        return tr("must be 0 (as fast as possible) or from {low:g} to {high} epochs per second, found {value!r}").format(
            low=MIN_PACE, high=f"{RANGES['pace'][1]:,.0f}", value=value)
    if name == "optimizer" and value.lower() not in OPTIMIZERS:
        return tr("unknown optimizer {value!r}; choose one of {names}").format(value=value, names=", ".join(OPTIMIZERS))
    return None


def settings_problem(settings: TrainingSettings) -> str | None:
    """The first setting that is out of its range or of the wrong type, as 'name: why'; or None."""
    for name in FIELD_TYPES:
        problem = value_problem(name, getattr(settings, name))
        if problem:
            return f"{name.replace('_', ' ')}: {problem}"
    return None


class SettingProblem(ValueError):
    """A bad entry of a settings object: ``field`` names it (None for an unknown one), ``reason`` says why."""

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.reason = reason
        self.field = field


def settings_from_dict(data: dict[str, Any]) -> TrainingSettings:
    """Settings from a project file's object; raises :class:`SettingProblem` on the first bad entry."""
    unknown = sorted(set(data) - set(FIELD_TYPES))
    if unknown:
        raise SettingProblem(tr("unknown setting {name!r}").format(name=unknown[0]))
    values: dict[str, Any] = {}
    for name, value in data.items():
        problem = value_problem(name, value)
        if problem:
            raise SettingProblem(problem, name)
        values[name] = float(value) if FIELD_TYPES[name] is float else value
    return TrainingSettings(**values)
