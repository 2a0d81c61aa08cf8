"""What gradients through time cost the training loop when it observes every ~30 ms.

For each example the fast engine's own compiled call is built as a training run builds it
(model, observer, gradient probe, ``make_train_function``), with as many optimizer steps
per call as make it take about 30 ms, and every call observes: the worst case (the window
observes every 100 ms). Blocks of calls with gradients wanted alternate with blocks
without, so a change in the machine's load hits both sides alike; the medians of the
blocks' wall and CPU times per call give the slowdown, and the share of calls that ran
the gradient pass is printed (the probe rests after a pass to stay within its budget).
Goal (issue 15): at most +20%.

    python benchmarks/gradients_overhead.py [--blocks 16] [--examples long-memory-lstm ...] [--no-budget]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

EXAMPLES = ("long-memory-rnn", "long-memory-gru", "long-memory-lstm", "many-to-many", "stacked-lstm",
            "bidirectional", "text-embedding")
TARGET = 0.03  # seconds per compiled call, the engine's default


def measure(name: str, blocks: int, per_block: int = 8, budget: bool = True) -> dict:
    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.model.examples import EXAMPLES as ALL
    from lstmviz.training import step_gradients
    from lstmviz.training.engine import prepare_model
    from lstmviz.training.fast_loop import BatchPlan, make_train_function
    from lstmviz.training.observe import Observer, default_probe_layer

    ex = ALL[name]
    data, settings = load_dataset(ex.dataset), ex.training
    model = prepare_model(ex.architecture, settings)
    probe = step_gradients.StepGradientProbe(model, ex.architecture, data.y,
                                             budget=step_gradients.BUDGET if budget else None)
    observer = Observer(model, ex.architecture, data.x, default_probe_layer(ex.architecture), 0, probe)
    plan = BatchPlan(data.samples, settings.batch_size, settings.shuffle, settings.seed)
    call = make_train_function(model, data.x, data.y, plan.batch_size, forward=observer.forward,
                               observe_x=data.x)
    step = 0
    passes = [0]

    def one(count: int) -> float:
        nonlocal step
        t0 = time.perf_counter()
        result = call(*plan.steps(step, count), observe=True)
        _, _, gradients = observer.messages(0, *result.observed)  # as the engine does after each call
        passes[0] += gradients is not None
        step += count
        return time.perf_counter() - t0

    probe.enable(True), one(1), probe.enable(False), one(1)  # compile
    count = 1
    for _ in range(8):  # like the engine: as many steps as fill ~30 ms
        count = max(1, min(int(count * TARGET / max(one(count), 1e-6)), 100_000))
    sides: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    calls = 0
    for k in range(blocks):
        wanted = k % 2 == 1
        probe.enable(wanted)
        passes[0] = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(per_block):
            one(count)
        sides[wanted].append(((time.perf_counter() - t0) / per_block, (time.process_time() - c0) / per_block))
        calls += passes[0]
    out = {"steps": count, "samples": probe.samples, "share": calls / (blocks // 2 * per_block),
           "pass": probe.last_seconds}
    for k, what in enumerate(("wall", "cpu")):
        out[what] = tuple(statistics.median(v[k] for v in sides[g]) for g in (False, True))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=16, help="blocks of 8 calls, half of them with gradients")
    parser.add_argument("--examples", nargs="+", default=list(EXAMPLES))
    parser.add_argument("--no-budget", action="store_true", help="gradients at every observation (what it would cost)")
    args = parser.parse_args()

    from lstmviz.training.engine import import_backend
    from lstmviz.training.step_gradients import BUDGET

    import_backend(quiet=True)
    budget = "no budget" if args.no_budget else f"budget {BUDGET:.0%}"
    print(f"every call observes; {args.blocks} blocks of 8 calls alternate without / with gradients ({budget})")
    print(f"{'example':18s} {'steps':>5s} {'pass':>8s} {'calls with':>10s} {'wall: without':>14s} {'with':>8s} "
          f"{'ratio':>6s} {'CPU: without':>13s} {'with':>8s} {'ratio':>6s}")
    worst = {"wall": 0.0, "cpu": 0.0}
    for name in args.examples:
        got = measure(name, args.blocks, budget=not args.no_budget)
        row = []
        for what in ("wall", "cpu"):
            a, b = got[what]
            worst[what] = max(worst[what], b / a)
            row.append(f"{a * 1000:10.1f} ms {b * 1000:5.1f} ms {b / a:6.2f}")
        print(f"{name:18s} {got['steps']:5d} {got['pass'] * 1000:5.1f} ms {got['share']:10.0%} {' '.join(row)}",
              flush=True)
    print(f"largest slowdown: wall {(worst['wall'] - 1) * 100:+.0f}%, CPU {(worst['cpu'] - 1) * 100:+.0f}% "
          "(goal: at most +20%)")


if __name__ == "__main__":
    main()
