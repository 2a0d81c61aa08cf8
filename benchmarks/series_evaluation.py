"""What judging a trained series costs on the GUI thread when a run ends (no TensorFlow).

For each real-data example, with random weights: the numpy forward pass over every window,
the scores and baselines (``evaluate``), the multi-step forecast, and the whole stored
evaluation (with the mean step saliency over up to 64 test windows); each time as a ratio
of the window's ~30 ms redraw interval, so a value above 1 is a frame the window misses.

    python benchmarks/series_evaluation.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import best_of  # noqa: E402

FRAME = 0.030  # seconds between the panel's redraws


def main() -> None:
    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.model.evaluation import evaluate, stored_evaluation
    from lstmviz.model.examples import EXAMPLES
    from lstmviz.model.forward import predict
    from lstmviz.model.weights import weight_specs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'example':24} {'windows':>8} {'forward':>9} {'scores':>9} {'fed back':>9} {'stored':>9}  stored/frame")
    for name in ("airline-passengers", "sunspots-gru", "seattle-temperature", "seattle-weather-label"):
        example = EXAMPLES[name]
        arch, data = example.architecture, load_dataset(example.dataset)
        rng = np.random.default_rng(0)
        weights = [rng.normal(scale=0.3, size=s.shape).astype(np.float32) for layer in weight_specs(arch) for s in layer]
        outputs = predict(arch, weights, data.x)
        forward = best_of(args.repeat, lambda: predict(arch, weights, data.x))
        scores = best_of(args.repeat, lambda: evaluate(data, outputs))
        fed = best_of(args.repeat, lambda: evaluate(data, outputs, lambda x: predict(arch, weights, x))) - scores
        stored = best_of(args.repeat, lambda: stored_evaluation(arch, weights, data))
        print(f"{name:24} {data.samples:>8} {forward * 1e3:>7.1f}ms {scores * 1e3:>7.1f}ms {max(fed, 0) * 1e3:>7.1f}ms "
              f"{stored * 1e3:>7.1f}ms  {stored / FRAME:>5.2f}")


if __name__ == "__main__":
    main()
