"""Predictions without TensorFlow: the numpy forward pass against Keras's ``model.predict``.

For each example (and two larger models) on a few thousand samples, with random weights:
the numpy forward pass, Keras's predict (after a warm-up call, batch size 1024), the
largest difference between them (the larger models' random weights make their recurrences
chaotic, so float32 rounding grows over 50 steps; the examples agree to about 1e-6), and the time to read a saved ``.keras`` file's weights
with h5py against ``keras.saving.load_model``.

    python benchmarks/forward_pass.py [--samples 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import best_of  # noqa: E402
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def models():
    from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
    from lstmviz.model.examples import EXAMPLES

    out = {name: example.architecture for name, example in EXAMPLES.items()}
    out["LSTM(64) x2, T = 50"] = Architecture(InputSpec((50, 4)), (
        LayerSpec("LSTM", {"units": 64, "return_sequences": True}), LayerSpec("LSTM", {"units": 64}),
        LayerSpec("Dense", {"units": 1})))
    out["Bidirectional GRU(32), T = 50"] = Architecture(InputSpec((50, 4)), (
        LayerSpec("Bidirectional", {"layer": "GRU", "units": 32, "return_sequences": True}),
        LayerSpec("TimeDistributed", {"units": 1})))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import keras
    import numpy as np

    from lstmviz.io.keras_weights import read_keras_weights
    from lstmviz.model.forward import predict
    from lstmviz.training.builder import build_model

    print(f"{args.samples} samples; best of {args.repeat}; Keras {keras.__version__}")
    print(f"{'model':34} {'numpy':>9} {'Keras':>9} {'ratio':>6} {'max diff':>9} {'read h5':>8} {'load_model':>10}")
    folder = Path(tempfile.mkdtemp(prefix="lstmviz-bench-"))
    for name, arch in models().items():
        model = build_model(arch)
        rng = np.random.default_rng(0)
        weights = [rng.normal(scale=0.5, size=w.shape).astype("float32") for w in model.get_weights()]
        model.set_weights(weights)
        shape = tuple(10 if d is None else d for d in arch.input.shape)
        if arch.input.is_tokens:
            x = rng.integers(0, arch.layers[0].options["input_dim"], size=(args.samples, *shape)).astype("int32")
        else:
            x = rng.normal(size=(args.samples, *shape)).astype("float32")
        model.predict(x[:1024], batch_size=1024, verbose=0)  # the first call traces the graph
        ours = best_of(args.repeat, lambda: predict(arch, weights, x))
        theirs = best_of(args.repeat, lambda: model.predict(x, batch_size=1024, verbose=0))
        diff = float(np.max(np.abs(predict(arch, weights, x) - model.predict(x, batch_size=1024, verbose=0))))
        path = folder / "m.keras"
        model.save(path)
        read = best_of(args.repeat, lambda: read_keras_weights(path))
        load = best_of(args.repeat, lambda: keras.saving.load_model(path, compile=False, safe_mode=True))
        print(f"{name:34} {ours * 1e3:7.0f}ms {theirs * 1e3:7.0f}ms {ours / theirs:5.2f}x {diff:9.1e} "
              f"{read * 1e3:6.1f}ms {load * 1e3:8.0f}ms")
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
