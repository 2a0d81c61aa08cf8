"""Pace and replay: the wall time of 1000 epochs at 100 epochs/s, and the training animation GIF.

Headless first: the tutorial's one-to-one model trains 1000 epochs at a pace of 100
epochs per second (after a warm-up, so the trace is not timed); the goal is about 10 s.
Then, for each of the tutorial's three examples, the real window (offscreen) trains the
example's own epochs as fast as possible, and File > Export > Training Animation writes
the GIF: its size (goal < 10 MB), frames, the time it took, and the longest gap in the
GUI thread's event loop meanwhile (the window must not freeze).

    python benchmarks/pace_and_replay.py [--pace 100] [--epochs 1000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

EXAMPLES = ("one-to-one", "many-to-one", "many-to-many")


def paced(pace: float, epochs: int) -> None:
    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.model.examples import get_example
    from lstmviz.training.engine import import_backend, run_training, warm_up

    import_backend()
    example = get_example("one-to-one")
    data = load_dataset(example.dataset)
    warm_up(example.architecture, data, example.training)
    settings = example.training.updated(epochs=epochs, pace=pace)
    t0 = time.perf_counter()
    result = run_training(example.architecture, data, settings)
    wall = time.perf_counter() - t0
    print(f"paced: {epochs} epochs at {pace:g} epochs/s took {wall:.2f} s wall "
          f"(goal {epochs / pace:.1f} s; {result.train_seconds:.2f} s of it training)")


def animations() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from lstmviz.app import create_main_window

    app = QApplication.instance() or QApplication([])
    window = create_main_window()
    window.resize(1280, 720)
    window.show()
    panel = window.training_panel

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    folder = Path(tempfile.mkdtemp())
    for name in EXAMPLES:
        window.document.load_example(name)
        panel.train()
        while panel.running:
            spin(20)
        run = window.document.runs[-1]
        done: list[str] = []
        exporter = window.animation_export
        exporter.finished.connect(lambda _path, error, done=done: done.append(error))
        path = folder / f"{name}.gif"
        t0 = last = time.perf_counter()
        gap = 0.0
        exporter.start(str(path), show_progress=False)
        while not done:
            spin(5)
            now = time.perf_counter()
            gap, last = max(gap, now - last), now
        took = time.perf_counter() - t0
        exporter.finished.disconnect()
        from PIL import Image

        frames = Image.open(path).n_frames
        print(f"{name}: {run.epochs_run} epochs, {len(run.snapshots)} snapshots "
              f"({run.snapshots.nbytes / 1024:.0f} KB); GIF {path.stat().st_size / 1e6:.2f} MB, {frames} frames, "
              f"{took:.2f} s, longest event-loop gap {gap * 1000:.0f} ms {'' if not done[0] else done[0]}")
        print(f"  {path}")
    window.close()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pace", type=float, default=100.0)
    parser.add_argument("--epochs", type=int, default=1000)
    args = parser.parse_args()
    paced(args.pace, args.epochs)
    animations()


if __name__ == "__main__":
    main()
