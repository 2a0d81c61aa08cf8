"""The training memory estimate against what a run really takes (goal: the estimate is never below it).

For each model, one child process imports TensorFlow, notes the high-water mark of its
resident memory (``ru_maxrss``), trains two epochs with lstmviz's engine and reports how
far the mark rose; this prints that beside ``model.training_memory``'s estimate.

    python benchmarks/training_memory.py [--steps 250 500 1000] [--units 64]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, resource, sys
from dataclasses import replace
from lstmviz.io.project_io import from_example
from lstmviz.model.datasets import Dataset
from lstmviz.model.inference import infer
from lstmviz.model.training_memory import estimate_training_bytes
from lstmviz.training.engine import import_backend, run_training
import numpy as np

steps, units, samples, batch = map(int, sys.argv[1:5])
project = from_example("many-to-many")
architecture = project.architecture.set_option(0, "units", units)
architecture = replace(architecture, input=replace(architecture.input, shape=(steps, 1)))
rng = np.random.default_rng(0)
data = Dataset("random", rng.normal(size=(samples, steps, 1)).astype("float32"),
               rng.normal(size=(samples, steps, 1)).astype("float32"))
import_backend(quiet=True)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
settings = project.training.updated(epochs=2, batch_size=batch)
run_training(architecture, data, settings, lambda message: None)
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
print(json.dumps({"estimate": estimate_training_bytes(infer(architecture), samples, batch, data.x.size + data.y.size),
                  "measured": grown}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--units", type=int, default=64)
    parser.add_argument("--samples", type=int, default=64)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"}
    print(f"LSTM({args.units}), {args.samples} samples, batches of {args.batch}, 2 epochs")
    lowest = None
    for steps in args.steps:
        result = subprocess.run([sys.executable, "-c", CHILD, str(steps), str(args.units), str(args.samples),
                                 str(args.batch)], capture_output=True, text=True, env=env, timeout=1200)
        if result.returncode != 0:
            print(result.stderr[-2000:])
            return 1
        seen = json.loads(result.stdout.strip().splitlines()[-1])
        ratio = seen["estimate"] / max(seen["measured"], 1)
        lowest = ratio if lowest is None else min(lowest, ratio)
        print(f"{steps:6,} time steps: estimate {seen['estimate'] / (1 << 20):8,.0f} MB, "
              f"measured {seen['measured'] / (1 << 20):8,.0f} MB above the loaded TensorFlow, ratio {ratio:.2f}")
    print(f"lowest ratio estimate/measured: {lowest:.2f} (goal: at least 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
