"""How much memory a run will need, estimated before it starts, so a model too large for the machine is refused.

A model within every limit can still need more memory than the machine has: backpropagation
through time keeps every time step's gate values for each sample of a batch, so an LSTM(256)
over 20,000 time steps with batches of 32 holds several gigabytes in its first epoch. The
estimate counts what dominates (per recurrent layer: batch x time steps x units x the
values a step keeps for the backward pass; per layer: its output and that output's gradient;
the weights with their gradients and the optimizer's two slots; the data), plus what any
run costs TensorFlow beyond its import (the traced training function, its thread pools:
about 0.5 GB here for the tutorial's model, benchmarks/training_memory.py), and is compared
with the memory the system has available. It is a lower bound: the fast engine was measured
taking more (LSTM(64), batches of 32: 1.6 GB at 400 time steps, where this says 0.56 GB),
growing faster than linearly with the time steps.
"""

from __future__ import annotations

import math
import os

from lstmviz.i18n import tr
from lstmviz.model.kinds import kind as kind_of
from lstmviz.model.inference import Inference

FLOAT_BYTES = 4
# Values one time step keeps per unit for the backward pass: each gate before and after its
# activation, and the states with their activations (c, tanh(c), h, and the step's input product).
_EXTRA_PER_STEP = 4
RUN_OVERHEAD_BYTES = 512 << 20  # any run, measured above the imported TensorFlow (benchmarks/training_memory.py)
WARN_BYTES = 1 << 30  # above this a run starts, and the status line says how much it needs
FRACTION_OF_AVAILABLE = 0.8  # leave room for the window, TensorFlow itself and the rest of the system


def _size(shape) -> int:
    return math.prod(d for d in shape if d is not None) if shape else 0


def estimate_training_bytes(inference: Inference, samples: int, batch_size: int, data_values: int = 0) -> int:
    """Bytes a run of the model in ``inference`` needs at its peak (an upper estimate)."""
    batch = max(1, min(int(batch_size), int(samples) or 1))
    per_sample = 0
    for info in inference.layers:
        if not info.ok:
            continue
        per_sample += 2 * _size(info.output_shape)  # the output and its gradient
        layer = inference.architecture.layers[info.index]
        layer_kind = kind_of(layer.kind)
        options = layer_kind.with_defaults(layer.options)
        found = layer_kind.cell(options)
        if found is not None and info.input_shape and len(info.input_shape) == 3:
            cell, cell_options = found
            directions = layer_kind.directions(options)
            steps, units = info.input_shape[1] or 1, int(cell_options.get("units", 1))
            per_sample += directions * steps * units * (2 * len(cell.gates) + _EXTRA_PER_STEP)
    weights = sum(info.params or 0 for info in inference.layers if info.ok)
    return RUN_OVERHEAD_BYTES + FLOAT_BYTES * (batch * per_sample + 4 * weights + 3 * int(data_values))


def available_memory() -> int | None:
    """Bytes the system can give a new allocation now (Linux's MemAvailable), or None where unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def gigabytes(n: int) -> str:
    return tr("{size} GB").format(size=f"{n / (1 << 30):,.1f}")


def memory_problem(needed: int, available: int | None = None) -> tuple[str | None, str | None]:
    """(why the run may not start, what to warn about): each None when there is nothing to say."""
    available = available_memory() if available is None else available
    if available is not None and needed > FRACTION_OF_AVAILABLE * available:
        return tr("training this model needs about {needed} of memory and {available} is available: use fewer "
                  "time steps, fewer units or a smaller batch size").format(
            needed=gigabytes(needed), available=gigabytes(available)), None
    if needed > WARN_BYTES:
        return None, tr("training this model needs about {needed} of memory").format(needed=gigabytes(needed))
    return None, None


def run_problem(inference: Inference, samples: int, batch_size: int, data_values: int = 0,
                available: int | None = None) -> tuple[str | None, str | None]:
    """:func:`memory_problem` for a run of this model on ``samples`` samples."""
    return memory_problem(estimate_training_bytes(inference, samples, batch_size, data_values), available)

