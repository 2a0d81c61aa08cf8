"""Writing a sample: the numpy sampler against Keras's ``predict`` on the same windows.

For the two character-model examples with random weights, the time to write N characters
with :func:`lstmviz.model.sampling.write` (numpy, the model reads the last T characters
for each new one) and with a loop of ``model.predict_on_batch(window)`` calls in Keras doing the same, the
ratio between them, and the largest difference between the two next-character
distributions.

    python benchmarks/char_sampling.py [--length 100]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=40)
    args = parser.parse_args()

    import numpy as np

    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.model import sampling
    from lstmviz.model.examples import EXAMPLES
    from lstmviz.model.weights import weight_specs
    from lstmviz.training.builder import build_model
    from lstmviz.training.engine import import_backend

    import_backend()
    for name in ("char-shakespeare", "char-songci"):
        example = EXAMPLES[name]
        arch = example.architecture
        data = load_dataset(example.dataset)
        rng = np.random.default_rng(0)
        weights = [(0.1 * rng.standard_normal(s.shape)).astype(np.float32) for layer in weight_specs(arch) for s in layer]
        prompt = data.text[:10]
        start = time.perf_counter()
        sample = sampling.write(arch, weights, data.vocabulary, prompt, args.length, 0.8, seed=1)
        ours = time.perf_counter() - start

        model = build_model(arch)
        model.set_weights(weights)
        window = arch.input.shape[0]
        ids = list(data.vocabulary.encode(prompt + sample.text))
        model.predict_on_batch(np.array([ids[:window]]))  # the first call traces
        worst = 0.0
        start = time.perf_counter()
        for end in range(len(prompt), len(ids)):
            context = ids[max(0, end - window):end]
            padded = np.array([context + [0] * (window - len(context))])  # a fixed-size input: read at len - 1
            p_keras = np.asarray(model.predict_on_batch(padded))[0, len(context) - 1]
            if end == len(ids) - 1:
                p_ours = sampling.next_distribution(arch, weights, context, data.vocabulary.size)
                worst = float(np.abs(p_ours - p_keras / p_keras.sum()).max())
        theirs = time.perf_counter() - start
        print(f"{name}: {args.length} characters, numpy {ours:.2f} s ({ours / args.length * 1000:.1f} ms each), "
              f"Keras predict_on_batch loop {theirs:.2f} s: numpy/Keras = {ours / theirs:.2f}; "
              f"largest difference of the last distribution {worst:.1e}")


if __name__ == "__main__":
    main()
