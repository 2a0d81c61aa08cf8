"""What a data set asks of a model: the task decides losses, metrics, baselines and plots.

A dataset spec's source says where the numbers come from; its task says what the model is
asked to do with them. Regression covers forecasting (a series' next values); classification
has named classes and a softmax output; a character language model predicts the next
character of a text over a vocabulary. Everything that differs between tasks (which losses
make sense, which metrics and baselines are shown, which plots the panel draws) is looked up
here, so no other module compares a task by name.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from lstmviz.i18n import tr_noop


class Task(enum.Enum):
    REGRESSION = "regression"
    CLASSIFICATION = "classification"
    LANGUAGE_MODEL = "language-model"


@dataclass(frozen=True)
class TaskRules:
    """The losses a task may train with (first is the default) and the metrics it reports."""

    title: str  # tr_noop: translated where shown
    losses: tuple[str, ...]
    metrics: tuple[str, ...]


RULES: dict[Task, TaskRules] = {
    Task.REGRESSION: TaskRules(
        tr_noop("regression"),
        ("mean_squared_error", "mean_absolute_error", "binary_crossentropy"),
        ("rmse", "mae"),
    ),
    Task.CLASSIFICATION: TaskRules(
        tr_noop("classification"),
        ("sparse_categorical_crossentropy", "categorical_crossentropy"),
        ("accuracy",),
    ),
    Task.LANGUAGE_MODEL: TaskRules(
        tr_noop("character language model"),
        ("sparse_categorical_crossentropy",),
        ("accuracy", "perplexity"),
    ),
}


def rules(task: Task) -> TaskRules:
    return RULES[task]
