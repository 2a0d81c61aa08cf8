"""A sweep of 12 small runs on the process pool: its wall time against the runs' own times (goal: at most 0.6x).

The runs: the long-memory model (SimpleRNN, GRU, LSTM) at four lags, a few epochs each.
"Own time" is each run's wall time inside its worker (data, model build, trace, training).
Printed, all measured in this one run:

- cold: a new pool (its workers import TensorFlow first, as the first sweep of a
  command or a window does) / the sum of the runs' own times;
- warm: the same sweep again on the pool that is now running (the window keeps its pool);
- responsiveness: the longest gap of a 10 ms timer on a Qt event loop (offscreen) while the
  sweep runs through the window's driver;
- one after another: the same runs in this process, one by one, for reference.

    python benchmarks/sweep_speed.py [--jobs 2] [--epochs 30] [--samples 256]
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _plan(epochs: int, samples: int):
    from lstmviz.model.examples import EXAMPLES
    from lstmviz.model.sweep import CELLS, SweepPlan

    example = EXAMPLES["long-memory-lstm"]
    return SweepPlan(example.architecture, example.dataset.updated(samples=samples),
                     example.training.updated(epochs=epochs), "lag", (5, 10, 20, 40), CELLS, 1)


def _sweep(backend, specs) -> tuple[float, float, int]:
    """Wall seconds, the sum of the runs' own seconds, and how many completed."""
    from lstmviz.training.sweep_runner import RunFinished

    finished: list = []
    clock = time.perf_counter()
    backend.run(specs, lambda m: finished.append(m) if isinstance(m, RunFinished) else None, threading.Event())
    wall = time.perf_counter() - clock
    own = sum(m.outcome.wall_seconds for m in finished)
    return wall, own, sum(m.outcome.reason == "completed" for m in finished)


def _responsiveness(plan, jobs: int) -> tuple[float, float]:
    """The longest and the 99th-percentile gap (ms) of a 10 ms timer while the window's driver runs a sweep."""
    import numpy as np
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lstmviz.ui.document.document import Document
    from lstmviz.ui.sweep.driver import SweepDriver, close_shared_pool

    app = QApplication.instance() or QApplication([])
    document = Document()
    document.load(replace(document.project(), architecture=plan.architecture, dataset=plan.dataset,
                          training=plan.settings))
    driver = SweepDriver(document)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    done = threading.Event()
    driver.finished.connect(lambda *_: done.set())
    driver.start(plan, jobs)
    timer.start()
    while not done.is_set():
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    close_shared_pool()
    return max(gaps), float(np.percentile(gaps, 99))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--samples", type=int, default=256)
    args = parser.parse_args()

    from lstmviz.training.sweep_pool import PoolBackend
    from lstmviz.training.sweep_runner import LocalThreadBackend

    plan = _plan(args.epochs, args.samples)
    specs = plan.runs()
    print(f"{len(specs)} runs of {args.epochs} epochs on {args.jobs} worker processes ({os.cpu_count()} cores)")

    pool = PoolBackend(args.jobs)
    wall, own, ok = _sweep(pool, specs)
    print(f"cold pool:        wall {wall:6.1f} s, runs' own {own:6.1f} s, ratio {wall / own:.2f} ({ok} completed)")
    wall, own, ok = _sweep(pool, specs)
    print(f"warm pool:        wall {wall:6.1f} s, runs' own {own:6.1f} s, ratio {wall / own:.2f} ({ok} completed)")
    pool.close()

    # Before this process imports TensorFlow, as the window's process never does.
    longest, p99 = _responsiveness(plan, args.jobs)
    print(f"event loop while a sweep runs: longest gap {longest:.0f} ms, 99th percentile {p99:.0f} ms (timer 10 ms)")

    from lstmviz.training.engine import import_backend

    import_backend()
    serial_wall, serial_own, ok = _sweep(LocalThreadBackend(), specs)
    print(f"one after another: wall {serial_wall:6.1f} s (in this process); warm pool / this: {wall / serial_wall:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
