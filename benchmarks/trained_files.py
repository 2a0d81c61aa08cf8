"""Trained work on disk: what saving, reopening, autosaving and exporting weights cost.

For the examples (and two larger models) with random weights, on their own data: the size of
a trained project file, the time to encode it (what autosave does off the GUI thread), to
save and to reopen it, the numpy predictions and cell values a reopened project shows at
once (on the GUI thread), and File > Export > Trained Model (.keras). No TensorFlow.

    python benchmarks/trained_files.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import best_of  # noqa: E402


def cases():
    from lstmviz.io.project_io import from_example
    from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
    from lstmviz.model.dataset_spec import DatasetSpec

    for name in ("many-to-many", "stacked-lstm", "text-embedding"):
        yield name, from_example(name)
    big = from_example("stacked-lstm")
    arch = Architecture(InputSpec((10, 1)), (LayerSpec("LSTM", {"units": 256, "return_sequences": True}),
                                             LayerSpec("LSTM", {"units": 256}), LayerSpec("Dense", {"units": 1})))
    yield "LSTM(256) x2 on sine", replace(big, architecture=arch,
                                          dataset=DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64))
    arch = Architecture(InputSpec((10, 1)), (LayerSpec("LSTM", {"units": 1024}), LayerSpec("Dense", {"units": 1})))
    yield "LSTM(1024) on sine", replace(big, architecture=arch,
                                        dataset=DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.io.keras_weights import write_keras_file
    from lstmviz.io.project_io import load_project, save_project
    from lstmviz.model.cells import unrolled_layers
    from lstmviz.model.forward import predict
    from lstmviz.model.inference import infer
    from lstmviz.model.runs import TrainedState
    from lstmviz.model.weights import weight_specs
    from lstmviz.ui.document.autosave import recovery_bytes
    from lstmviz.model.cell_values.trained import trained_cell_values

    print(f"{'model':<22} {'params':>10} {'file':>9} {'encode':>8} {'save':>8} {'open':>8} "
          f"{'predict':>8} {'cells':>8} {'.keras':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for name, project in cases():
            arch = project.architecture
            rng = np.random.default_rng(0)
            weights = tuple((0.1 * rng.standard_normal(s.shape)).astype(np.float32)
                            for layer in weight_specs(arch) for s in layer)
            trained = TrainedState(arch, weights, epoch=100, loss=0.01)
            project = replace(project, trained=trained)
            path = Path(folder) / "p.lstmviz"
            encode = best_of(args.repeat, lambda: recovery_bytes(project))
            save = best_of(args.repeat, lambda: save_project(project, path))
            opened = best_of(args.repeat, lambda: load_project(path))
            x = load_dataset(project.dataset).x
            forward = best_of(args.repeat, lambda: predict(arch, weights, x))
            layer = unrolled_layers(layer.kind for layer in arch.layers)[-1]
            cells = best_of(args.repeat, lambda: trained_cell_values(trained, x, layer))
            export = best_of(args.repeat, lambda: write_keras_file(Path(folder) / "m.keras", arch, weights))
            size = path.stat().st_size
            print(f"{name:<22} {infer(arch).total_params:>10,} {size / 1e6:>7.2f}MB {encode * 1e3:>6.1f}ms "
                  f"{save * 1e3:>6.1f}ms {opened * 1e3:>6.1f}ms {forward * 1e3:>6.1f}ms {cells * 1e3:>6.1f}ms "
                  f"{export * 1e3:>6.1f}ms")


if __name__ == "__main__":
    main()
