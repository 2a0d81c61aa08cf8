"""The memory a run needs is estimated before it starts; a run that would pass the epoch limit never starts."""

from __future__ import annotations

from dataclasses import replace

from lstmviz.io.project_io import from_example
from lstmviz.model.inference import infer
from lstmviz.model.limits import MAX_EPOCH, continue_problem
from lstmviz.model.training_memory import (
    RUN_OVERHEAD_BYTES, WARN_BYTES, estimate_training_bytes, memory_problem, run_problem,
)


def lstm(units: int, steps: int):
    architecture = from_example("many-to-many").architecture.set_option(0, "units", units)
    return infer(replace(architecture, input=replace(architecture.input, shape=(steps, 1))))


def test_the_estimate_grows_with_time_steps_units_and_batch():
    small = estimate_training_bytes(lstm(5, 5), samples=5, batch_size=32)
    assert small - RUN_OVERHEAD_BYTES < 1 << 20  # the tutorial's model: what any run costs, nothing more
    assert memory_problem(small, available=8 << 30) == (None, None)
    big = estimate_training_bytes(lstm(256, 20_000), samples=100, batch_size=32)
    # 32 x 20,000 x 256 values per kept step value: at least the 4 GB the first epoch was seen to pass.
    assert big >= 4 << 30
    scaled = big - RUN_OVERHEAD_BYTES
    assert estimate_training_bytes(lstm(256, 20_000), samples=100, batch_size=1) - RUN_OVERHEAD_BYTES < scaled / 16
    assert estimate_training_bytes(lstm(256, 2_000), samples=100, batch_size=32) - RUN_OVERHEAD_BYTES < scaled / 8
    # Fewer samples than a batch: the batch is the samples.
    assert estimate_training_bytes(lstm(256, 20_000), samples=2, batch_size=32) - RUN_OVERHEAD_BYTES < scaled / 8


def test_a_run_too_large_for_the_memory_available_is_refused_and_a_large_one_warned_about():
    refused, warning = run_problem(lstm(256, 20_000), samples=100, batch_size=32, available=8 << 30)
    assert warning is None and "needs about" in refused and "8.0 GB is available" in refused
    refused, warning = run_problem(lstm(256, 20_000), samples=100, batch_size=32, available=1 << 40)
    assert refused is None and "needs about" in warning
    needed = estimate_training_bytes(lstm(256, 20_000), 100, 32)
    assert needed > WARN_BYTES


def test_continuing_past_the_epoch_limit_is_refused():
    assert continue_problem(1, 1_000_000) is None
    assert continue_problem(MAX_EPOCH - 99, 100) is None
    problem = continue_problem(MAX_EPOCH - 98, 100)
    assert f"{MAX_EPOCH + 1:,}" in problem and f"{MAX_EPOCH:,}" in problem
