"""One BLAS thread for the small products of a recurrence.

OpenBLAS wakes its threads for every product; for the many small (batch, units) x
(units, 4 units) products of a recurrence that costs more than it gains, the more so on
a busy machine. Two stacked LSTM(64) over 50 steps, 5000 samples, 2 cores: 2.0 s with
OpenBLAS's two threads, 0.5 s with one (benchmarks/forward_pass.py); a sample of 200
characters of the Shakespeare model: 3.4 s against 10.8 s.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any


@functools.cache
def _controller() -> Any:
    try:  # a dependency, but the model core stays importable with numpy alone
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def one_blas_thread() -> contextlib.AbstractContextManager[Any]:
    """A context in which BLAS uses one thread (nothing changes where threadpoolctl is missing)."""
    controller = _controller()
    return controller.limit(limits=1, user_api="blas") if controller else contextlib.nullcontext()
