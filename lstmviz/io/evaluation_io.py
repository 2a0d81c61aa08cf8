"""A trained project's stored evaluation (scores per part, baselines, confusion matrix), read strictly.

The object is small and made of numbers and class names; a file that holds anything else
there is refused with a SourceError naming the place (``trained.evaluation.metrics.test``).
"""

from __future__ import annotations

import math
from typing import Any

from lstmviz.i18n import tr
from lstmviz.io.project import SourceError
from lstmviz.model.series import MAX_CLASSES
from lstmviz.model.tasks import Task

KEYS = frozenset({"task", "split", "metrics", "baselines", "classes", "confusion_matrix", "step_saliency"})
MAX_STEPS = 100_000  # time steps of the saliency bars
_NAME_CHARS = 100
_MAX_ENTRIES = 16  # parts, metrics or baselines in one object
_MAX_COUNT = 10**12


def evaluation_from_dict(data: Any, at: str) -> dict[str, Any]:
    """A checked copy of an Evaluation's ``to_dict()``."""
    if not isinstance(data, dict):
        raise SourceError(tr("{at}: expected an object, found {kind}").format(at=at, kind=type(data).__name__))
    unknown = sorted(str(k)[:_NAME_CHARS] for k in data if k not in KEYS)
    if unknown:
        raise SourceError(tr("{at}: unknown key {key} (keys: {keys})").format(
            at=at, key=repr(unknown[0]), keys=", ".join(sorted(KEYS))))
    task = data.get("task")
    if task not in (Task.REGRESSION.value, Task.CLASSIFICATION.value):
        raise SourceError(tr("{at}.task: expected regression or classification, found {value}").format(
            at=at, value=repr(task)[:40]))
    out: dict[str, Any] = {"task": task, "split": _counts(data.get("split", {}), f"{at}.split"),
                           "metrics": {k: _numbers(v, f"{at}.metrics.{k}")
                                       for k, v in _entries(data.get("metrics", {}), f"{at}.metrics").items()},
                           "baselines": {k: _numbers(v, f"{at}.baselines.{k}")
                                         for k, v in _entries(data.get("baselines", {}), f"{at}.baselines").items()}}
    classes = data.get("classes")
    if classes is not None:
        if not isinstance(classes, list) or not 2 <= len(classes) <= MAX_CLASSES or not all(
                isinstance(c, str) and len(c) <= _NAME_CHARS for c in classes):
            raise SourceError(tr("{at}.classes: expected a list of 2 to {limit} class names").format(
                at=at, limit=MAX_CLASSES))
        out["classes"] = list(classes)
    matrix = data.get("confusion_matrix")
    if matrix is not None:
        n = len(out.get("classes", ()))
        if not isinstance(matrix, list) or len(matrix) != n or not all(
                isinstance(row, list) and len(row) == n and all(
                    isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= _MAX_COUNT for v in row)
                for row in matrix):
            raise SourceError(tr("{at}.confusion_matrix: expected {n} rows of {n} counts, one per class").format(
                at=at, n=n))
        out["confusion_matrix"] = [list(row) for row in matrix]
    bars = data.get("step_saliency")
    if bars is not None:
        if not isinstance(bars, list) or len(bars) > MAX_STEPS or not all(
                not isinstance(v, bool) and isinstance(v, (int, float)) and math.isfinite(v) and v >= 0 for v in bars):
            raise SourceError(tr("{at}.step_saliency: expected a list of finite numbers of at least 0, one per "
                                 "time step").format(at=at))
        out["step_saliency"] = [float(v) for v in bars]
    return out


def _entries(value: Any, at: str) -> dict[str, Any]:
    if not isinstance(value, dict) or len(value) > _MAX_ENTRIES or not all(
            isinstance(k, str) and len(k) <= _NAME_CHARS for k in value):
        raise SourceError(tr("{at}: expected an object of at most {limit} named entries").format(
            at=at, limit=_MAX_ENTRIES))
    return value


def _numbers(value: Any, at: str) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    for key, number in _entries(value, at).items():
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
            raise SourceError(tr("{at}.{key}: expected a finite number, found {value}").format(
                at=at, key=key, value=repr(number)[:40]))
        out[key] = number
    return out


def _counts(value: Any, at: str) -> dict[str, int]:
    out = {}
    for key, number in _entries(value, at).items():
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= _MAX_COUNT:
            raise SourceError(tr("{at}.{key}: expected a count of windows, found {value}").format(
                at=at, key=key, value=repr(number)[:40]))
        out[key] = number
    return out
