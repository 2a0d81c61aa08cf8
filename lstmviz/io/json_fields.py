"""Checks for the fields of a JSON object read from an untrusted file, each failing with where and what.

The readers of a project's runs, sweeps and evaluations share them so that a field that is
wrong says so in the same words wherever it is found.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from lstmviz.i18n import tr
from lstmviz.io.project import SourceError

MAX_TEXT = 10_000  # characters of a title, a data set's or a model's name, a message


def shown(value: Any) -> str:
    """A found value as a message quotes it: its repr, cut short."""
    return repr(value)[:40]


def object_with(value: Any, at: str, allowed: frozenset[str], required: frozenset[str]) -> Mapping[str, Any]:
    """``value`` as an object whose keys are all ``allowed`` and include every one ``required``."""
    if not isinstance(value, dict):
        raise SourceError(tr("{at}: expected an object, found {kind}").format(at=at, kind=type(value).__name__))
    unknown = sorted(str(k) for k in value if k not in allowed)
    if unknown:
        raise SourceError(tr("{at}: unknown key {key} (keys: {keys})").format(
            at=at, key=repr(unknown[0])[:60], keys=", ".join(sorted(allowed))))
    missing = sorted(required - set(value))
    if missing:
        raise SourceError(tr("{at}: {key} is missing").format(at=at, key=repr(missing[0])))
    return value


def whole(value: Any, at: str, low: int, high: int) -> int:
    """``value`` as a whole number from ``low`` to ``high`` (a bool is not one)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SourceError(tr("{at}: expected a whole number from {low:,} to {high:,}, found {value}").format(
            at=at, low=low, high=high, value=shown(value)))
    return value


def finite(value: Any, at: str, largest: float = math.inf) -> float | int:
    """``value`` as a finite number of at most ``largest`` in size (a bool is not one)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or abs(value) > largest:
        raise SourceError(tr("{at}: expected a finite number, found {value}").format(at=at, value=shown(value)))
    return value


def text(value: Any, at: str) -> str:
    """``value`` as a text of at most :data:`MAX_TEXT` characters."""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise SourceError(tr("{at}: expected text of at most {limit:,} characters").format(at=at, limit=MAX_TEXT))
    return value
