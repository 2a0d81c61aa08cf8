"""The default engine against ``model.fit`` over a grid of data and model sizes.

Each point is a sine many-to-one project (LSTM(units) + Dense(1), shuffled mini-batches,
Adam) trained for about 20,000 sample-epochs (200 epochs of 100 windows, 10 of 2,000, at least
2; small data is trained for many epochs, as a user would; ``--epochs`` fixes the count) by ``lstmviz train SOURCE --engine fast|fit --fresh --json`` in a child
process of its own, so that each engine's peak RSS is its own (``os.wait4``). Both
engines run at each point one after the other (their order alternating from point to
point), so a busy machine slows both alike. Printed per point: both ``train_seconds``,
their ratio (default / fit: below 1 the default engine is faster), both final losses,
both peak RSS, and the default engine's share of its time spent observing while it trains
(cell values, gradients, snapshots, predictions) and on the final weights' predictions. ``--linear`` also trains each point with twice the epochs and prints
the time's growth (2.00 is linear).

    python benchmarks/engine_grid.py --quick                    # a subset that runs in minutes
    python benchmarks/engine_grid.py --samples 2000 20000 --steps 50 --units 64 --batch 32
    python benchmarks/engine_grid.py                            # the whole grid: hours on 2 cores

Goals (issue 20): ratio at most 0.8 at every point, final losses alike, peak RSS at most
fit's + 150 MB, growth within 15% of 2.00.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAMPLES = (5, 100, 2_000, 20_000, 100_000)
STEPS = (1, 10, 50, 200)
UNITS = (5, 64, 256)
BATCHES = ("1", "32", "full")
# The quick subset: tiny, mid and large points, each finishing in well under a minute per engine on 2 cores.
QUICK = (
    (5, 1, 5, "full"), (100, 10, 5, "32"), (100, 10, 64, "1"), (2_000, 50, 64, "32"),
    (2_000, 50, 64, "full"), (20_000, 10, 64, "32"), (20_000, 50, 5, "full"),
)
SAMPLE_EPOCHS = 20_000
# Estimated cost of a point: every sample's time steps times units^2 (the LSTM's multiply-adds),
# plus a fixed share per optimizer step; about 2.4e-9 s per unit on one of these 2 cores. Points
# beyond the limit (about 5 minutes per engine) are left out unless --all.
STEP_UNITS = 8e5
WORK_LIMIT = 1.2e11


def project(samples: int, steps: int, units: int, batch: str, epochs: int) -> dict:
    return {
        "format": "lstmviz", "version": 2, "title": f"grid {samples}x{steps}x{units}/{batch}",
        "architecture": {"name": "sequential", "input": {"shape": [steps, 1], "dtype": "float32"},
                         "layers": [{"kind": "LSTM", "options": {"units": units}},
                                    {"kind": "Dense", "options": {"units": 1}}]},
        "dataset": {"kind": "sine", "layout": "one-to-one" if steps == 1 else "many-to-one",
                    **({} if steps == 1 else {"time_steps": steps}), "samples": samples},
        "training": {"epochs": epochs, "batch_size": samples if batch == "full" else int(batch),
                     "optimizer": "adam", "learning_rate": 0.001, "loss": "mean_squared_error", "seed": 1,
                     "validation_split": 0.0, "shuffle": True, "pace": 0.0},
    }


def work(samples: int, steps: int, units: int, batch: str, epochs: int) -> float:
    per_epoch = 1 if batch == "full" else -(-samples // int(batch))
    return epochs * (samples * steps * (units + 1) ** 2 + per_epoch * STEP_UNITS)


def measure(path: Path, engine: str, timeout: float) -> dict:
    """One ``lstmviz train`` in a child process: its JSON and its own peak RSS."""
    command = [sys.executable, "-m", "lstmviz", "train", str(path), "--engine", engine, "--fresh", "--json"]
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                child.kill()
                os.wait4(child.pid, 0)
                return {"error": f"over {timeout:.0f} s"}
            time.sleep(0.05)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode()
        if child.returncode != 0:
            return {"error": err.read().decode().strip().splitlines()[-1:] or [f"exit {child.returncode}"]}
    result = json.loads(text)
    return {"seconds": result["train_seconds"], "loss": result["final_loss"], "rss": usage.ru_maxrss / 1024,
            "observing": 100 * result.get("observing_seconds", 0.0) / max(result["train_seconds"], 1e-9),
            "final": 100 * result.get("final_predictions_seconds", 0.0) / max(result["train_seconds"], 1e-9)}


def cell(result: dict, key: str, fmt: str) -> str:
    return "error" if "error" in result else format(result[key], fmt)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, nargs="+", default=SAMPLES)
    parser.add_argument("--steps", type=int, nargs="+", default=STEPS, help="time steps per window")
    parser.add_argument("--units", type=int, nargs="+", default=UNITS)
    parser.add_argument("--batch", nargs="+", default=BATCHES, help="batch sizes, or 'full'")
    parser.add_argument("--epochs", type=int, help="epochs at every point (default: about 20,000 sample-epochs)")
    parser.add_argument("--quick", action="store_true", help="only the quick subset (15-30 minutes)")
    parser.add_argument("--linear", action="store_true", help="also train twice the epochs: the time's growth")
    parser.add_argument("--all", action="store_true", help="also points beyond the work limit (hours each)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds one child may take")
    args = parser.parse_args(argv)

    points = list(QUICK) if args.quick else list(itertools.product(args.samples, args.steps, args.units, args.batch))
    def epochs_of(samples: int) -> int:
        return args.epochs or min(max(SAMPLE_EPOCHS // samples, 2), 200)

    skipped = [p for p in points if not args.all and work(*p, epochs_of(p[0])) > WORK_LIMIT]
    points = [p for p in points if p not in skipped]
    print(f"engine grid: {len(points)} points, both engines interleaved (each its own child process); "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start")
    header = "samples  steps  units  batch epochs | default s    fit s  ratio | default loss   fit loss | " \
             "default MB  fit MB | observing %  final %"
    if args.linear:
        header += " | growth x2"
    print(header)
    with tempfile.TemporaryDirectory() as folder:
        for n, (samples, steps, units, batch) in enumerate(points):
            path = Path(folder) / "grid.lstmviz"
            epochs = epochs_of(samples)
            path.write_text(json.dumps(project(samples, steps, units, batch, epochs)))
            engines = ("fast", "fit") if n % 2 == 0 else ("fit", "fast")
            got = {engine: measure(path, engine, args.timeout) for engine in engines}
            fast, fit = got["fast"], got["fit"]
            ratio = fast["seconds"] / fit["seconds"] if "error" not in fast and "error" not in fit else float("nan")
            line = (f"{samples:7d} {steps:6d} {units:6d} {batch:>6} {epochs:6d} | {cell(fast, 'seconds', '9.2f')} "
                    f"{cell(fit, 'seconds', '8.2f')} {ratio:6.2f} | {cell(fast, 'loss', '12.4g')} "
                    f"{cell(fit, 'loss', '10.4g')} | {cell(fast, 'rss', '10.0f')} {cell(fit, 'rss', '7.0f')} | "
                    f"{cell(fast, 'observing', '11.1f')} {cell(fast, 'final', '8.1f')}")
            if args.linear:
                path.write_text(json.dumps(project(samples, steps, units, batch, 2 * epochs)))
                twice = measure(path, "fast", args.timeout)
                growth = twice["seconds"] / fast["seconds"] if "error" not in twice and "error" not in fast \
                    else float("nan")
                line += f" | {growth:9.2f}"
            print(line, flush=True)
            for engine, result in got.items():
                if "error" in result:
                    print(f"    {engine}: {result['error']}", flush=True)
    if skipped:
        print(f"left out ({len(skipped)} points over the work limit, --all runs them): "
              + ", ".join(f"{s}x{t}x{u}/{b}" for s, t, u, b in skipped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
