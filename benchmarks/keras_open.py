"""Opening a .keras file: one opening of the archive (config.json parsed once) against two.

``load_source`` reads the architecture and the weights from one opening of the archive. The
comparison reads them apart, as opening did before: the architecture (``read_keras_file``),
then the archive again for the weights (``read_keras_archive``, which parses config.json a
second time). Models with random weights, written without TensorFlow; prints the best of
``--repeat`` times and the ratio.

    python benchmarks/keras_open.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import best_of  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from lstmviz.io.keras_config import read_keras_file
    from lstmviz.io.keras_weights import read_keras_archive, write_keras_file
    from lstmviz.io.project_io import from_example, load_source
    from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
    from lstmviz.model.weights import weight_specs

    models = {name: from_example(name).architecture for name in ("many-to-many", "stacked-lstm", "text-embedding")}
    models["LSTM(256) x2"] = Architecture(InputSpec((10, 1)), (
        LayerSpec("LSTM", {"units": 256, "return_sequences": True}), LayerSpec("LSTM", {"units": 256}),
        LayerSpec("Dense", {"units": 1})))
    print(f"{'model':<16} {'once':>9} {'apart':>9} {'apart/once':>11}")
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as folder:
        for name, arch in models.items():
            weights = [rng.standard_normal(s.shape).astype(np.float32) for layer in weight_specs(arch) for s in layer]
            path = write_keras_file(Path(folder) / "model.keras", arch, weights)
            once = best_of(args.repeat, lambda: load_source(str(path)))
            apart = best_of(args.repeat, lambda: (read_keras_file(path), read_keras_archive(path)))
            print(f"{name:<16} {once * 1000:>7.2f}ms {apart * 1000:>7.2f}ms {apart / once:>10.2f}x")


if __name__ == "__main__":
    main()
