"""Timing shared by the benchmark scripts."""

from __future__ import annotations

import time
from typing import Any, Callable


def best_of(repeat: int, call: Callable[[], Any]) -> float:
    """The shortest of ``repeat`` wall times of ``call()``: the run least disturbed by the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)
