"""What `lstmviz train` costs besides the epochs: the command's wall time for one epoch, and where it goes.

Runs ``lstmviz train EXAMPLE --epochs 1 --json`` as a fresh process (what a user
waits for: start-up, TensorFlow's import, model build, trace, first call, exit) a few
times and prints the medians: the whole command, its first line of output, and the
``train_seconds`` it reports. ``--source-root DIR`` runs the lstmviz package found in
DIR instead (an older checkout, ``git archive COMMIT lstmviz | tar -x -C DIR``), in
the same environment, to compare before and after. ``--stages`` adds the in-process
breakdown of the current code (import, build + trace, first call, 1000 steps) in CPU
seconds, which a busy machine disturbs less than wall time.

    python benchmarks/train_fixed_cost.py [--example one-to-one] [--repeat 3] [--source-root DIR] [--stages]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LAUNCH = textwrap.dedent("""
    import sys
    root = sys.argv.pop(1)
    if root:  # this checkout's lstmviz instead of the installed one
        sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
        sys.path.insert(0, root)
    from lstmviz import cli
    sys.argv[0] = "lstmviz"
    (getattr(cli, "run", None) or (lambda: sys.exit(cli.main())))()
""")

STAGES = textwrap.dedent("""
    import sys, time
    from lstmviz.training.engine import import_backend
    c0 = time.process_time(); import_backend(); c1 = time.process_time()
    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.model.examples import EXAMPLES
    from lstmviz.training.compiled import TrainingCache
    from lstmviz.training.compiled_key import compiled_key
    from lstmviz.training.fast_loop import BatchPlan
    ex = EXAMPLES[sys.argv[1]]; d = load_dataset(ex.dataset); s = ex.training; a = ex.architecture
    c = TrainingCache()
    c2 = time.process_time(); e = c.compiled(compiled_key(a, d, s), a, s, d, None, d); c3 = time.process_time()
    e.start(s, c.initial_state(e, a, s.seed), d, None, d); e.first_call(min(s.batch_size, len(d.x)))
    c4 = time.process_time()
    p = BatchPlan(len(d.x), s.batch_size, False, 1)
    for _ in range(5):
        e.function(*p.steps(0, 200))
    c5 = time.process_time()
    print(f"{c1 - c0:.2f} {c3 - c2:.2f} {c4 - c3:.2f} {c5 - c4:.2f}")
""")


def one_command(example: str, source_root: str) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, source_root, "train", example, "--epochs", "1", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stderr is not None and proc.stdout is not None
    first = proc.stderr.readline()
    t_first = time.perf_counter() - t0
    rest = proc.stderr.read()
    out = proc.stdout.read()
    proc.wait()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"lstmviz train {example} failed: {(first + rest).decode(errors='replace')}")
    return dict(wall=wall, first_output=t_first, first_line=first.decode().strip(),
                train_seconds=json.loads(out)["train_seconds"],
                log_lines=sum(1 for line in (first + rest).decode().splitlines() if "I0000" in line or "absl" in line))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--example", action="append", help="one-to-one and many-to-many unless given")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--source-root", default="", help="run the lstmviz package in this folder instead")
    parser.add_argument("--stages", action="store_true", help="also the in-process breakdown (current code)")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"lstmviz from {args.source_root or 'this checkout'}; load average {load:.1f} on {os.cpu_count()} CPUs")
    for example in args.example or ["one-to-one", "many-to-many"]:
        runs = [one_command(example, args.source_root) for _ in range(args.repeat)]
        med = {k: statistics.median(r[k] for r in runs) for k in ("wall", "first_output", "train_seconds")}
        print(f"  {example:<13} `lstmviz train --epochs 1`: {med['wall']:.2f} s in all (median of {args.repeat}), "
              f"first output after {med['first_output']:.2f} s ({runs[0]['first_line']!r}), "
              f"train_seconds {med['train_seconds']:.2f} s, TensorFlow log lines {max(r['log_lines'] for r in runs)}")
        if args.stages:
            out = subprocess.run([sys.executable, "-c", STAGES, example], capture_output=True, text=True, cwd=ROOT)
            imp, build, first, steps = out.stdout.split()
            print(f"    CPU seconds in one process: import {imp}, build + trace {build}, first call {first}, "
                  f"1000 steps {steps}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
