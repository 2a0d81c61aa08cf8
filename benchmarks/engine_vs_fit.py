"""The fast engine against plain ``model.fit(verbose=0)`` on the source document's three experiments.

For each experiment, in one process: the engine trains for the document's epoch count,
then ``model.fit`` trains the same seeded model. Printed per experiment: time per epoch
of both, steady state (after the first call or epoch, which compiles) and overall
(compilation included), their ratios, and the final predictions against the targets.

    python benchmarks/engine_vs_fit.py            # fit also runs the document's epochs
    python benchmarks/engine_vs_fit.py --quick    # fit runs 100 epochs, enough to time it

Goals (issues 3 and 20): at least 50x per epoch (steady state) on all three, and predictions
within 0.05 of the targets after the document's epoch counts.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lstmviz.io.dataset_loader import load_dataset  # noqa: E402
from lstmviz.model.examples import EXAMPLES  # noqa: E402
from lstmviz.training.engine import import_backend, prepare_model, run_training  # noqa: E402
from lstmviz.training.messages import EpochLosses  # noqa: E402

EXPERIMENTS = ("one-to-one", "many-to-one", "many-to-many")
GOALS = {"one-to-one": 50.0, "many-to-one": 50.0, "many-to-many": 50.0}


def time_engine(name: str, seed: int) -> dict:
    ex = EXAMPLES[name]
    data = load_dataset(ex.dataset)
    settings = ex.training.updated(seed=seed)
    marks: list[tuple[int, float]] = []

    def sink(message):
        if isinstance(message, EpochLosses):
            marks.append((message.last_epoch, message.elapsed))

    result = run_training(ex.architecture, data, settings, sink)
    (e0, t0), (e1, t1) = marks[0], marks[-1]
    return {"epochs": result.epochs_run, "total": result.train_seconds,
            "steady": (t1 - t0) / max(e1 - e0, 1), "per_epoch": result.train_seconds / result.epochs_run,
            "predictions": result.predictions, "targets": data.y, "loss": result.final_loss}


def time_fit(name: str, seed: int, epochs: int) -> dict:
    import keras

    ex = EXAMPLES[name]
    data = load_dataset(ex.dataset)
    settings = ex.training.updated(seed=seed, epochs=epochs)
    model = prepare_model(ex.architecture, settings)
    ends: list[float] = []

    class Clock(keras.callbacks.Callback):  # one perf_counter() per epoch: nothing next to fit's own cost
        def on_epoch_end(self, epoch, logs=None):
            ends.append(time.perf_counter())

    start = time.perf_counter()
    history = model.fit(data.x, data.y, epochs=epochs, batch_size=settings.batch_size, verbose=0,
                        callbacks=[Clock()])
    total = time.perf_counter() - start
    predictions = model.predict(data.x, batch_size=settings.batch_size, verbose=0)
    return {"epochs": epochs, "total": total, "steady": (ends[-1] - ends[0]) / max(len(ends) - 1, 1),
            "per_epoch": total / epochs, "predictions": predictions, "targets": data.y,
            "loss": history.history["loss"][-1]}


def show(values: np.ndarray) -> str:
    return " ".join(f"{v:.2f}" for v in np.asarray(values).ravel())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="time model.fit over 100 epochs only")
    parser.add_argument("--seed", type=int, help="seed for both (default: each example's own)")
    parser.add_argument("--only", choices=EXPERIMENTS, action="append", help="run only this experiment")
    args = parser.parse_args(argv)

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    t = time.perf_counter()
    versions = import_backend(quiet=True)
    print(f"{versions}; import {time.perf_counter() - t:.1f} s; {os.cpu_count()} CPUs")
    ok = True
    for name in args.only or EXPERIMENTS:
        ex = EXAMPLES[name]
        seed = ex.training.seed if args.seed is None else args.seed
        fit_epochs = 100 if args.quick else ex.training.epochs
        engine = time_engine(name, seed)
        fit = time_fit(name, seed, fit_epochs)
        steady = fit["steady"] / engine["steady"]
        overall = fit["per_epoch"] / engine["per_epoch"]
        error = float(np.abs(engine["predictions"] - engine["targets"]).max())
        print(f"\n{name} (seed {seed}, batch {ex.training.batch_size})")
        print(f"  engine   {engine['epochs']:5d} epochs  {engine['total']:6.2f} s  "
              f"steady {engine['steady'] * 1000:7.3f} ms/epoch  overall {engine['per_epoch'] * 1000:7.3f} ms/epoch  "
              f"final loss {engine['loss']:.2e}")
        print(f"  fit      {fit['epochs']:5d} epochs  {fit['total']:6.2f} s  "
              f"steady {fit['steady'] * 1000:7.3f} ms/epoch  overall {fit['per_epoch'] * 1000:7.3f} ms/epoch  "
              f"final loss {fit['loss']:.2e}")
        print(f"  ratio    steady {steady:6.1f}x  overall {overall:6.1f}x  (goal {GOALS[name]:.0f}x)")
        print(f"  targets          {show(engine['targets'])}")
        print(f"  engine predicts  {show(engine['predictions'])}   max error {error:.3f}"
              f"{'' if error <= 0.05 else '  (more than 0.05)'}")
        if not args.quick:
            print(f"  fit predicts     {show(fit['predictions'])}")
        ok = ok and steady >= GOALS[name] and error <= 0.05
    print("\nall goals met" if ok else "\nsome goals not met (see above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
