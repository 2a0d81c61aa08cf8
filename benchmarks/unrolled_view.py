"""How long the unrolled view takes to lay out and paint (goal: under 100 ms, T = 100 included).

For each model: the layout (plain data), building the scene's items with values and
heatmaps, and painting the whole scene into an image the size of a large view, offscreen.
Values come from a probe-like object, so cell_math's own time is reported apart.

    python benchmarks/unrolled_view.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_MS = 100.0


def models():
    from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
    from lstmviz.model.examples import EXAMPLES

    def seq(steps, *layers):
        return Architecture(InputSpec((steps, 1)), tuple(LayerSpec(k, o) for k, o in layers))

    return {
        "many-to-many (T = 5)": EXAMPLES["many-to-many"].architecture,
        "LSTM(32), T = 100": seq(100, ("LSTM", {"units": 32}), ("Dense", {"units": 1})),
        "3 stacked LSTM(32), T = 100": seq(100, ("LSTM", {"units": 32, "return_sequences": True}),
                                           ("LSTM", {"units": 32, "return_sequences": True}),
                                           ("LSTM", {"units": 32, "return_sequences": True}),
                                           ("TimeDistributed", {"units": 1})),
        "Bidirectional LSTM(32), T = 100": seq(100, ("Bidirectional", {"layer": "LSTM", "units": 32}),
                                               ("Dense", {"units": 1})),
        "LSTM(128), T = 1000": seq(1000, ("LSTM", {"units": 128, "return_sequences": True}),
                                   ("TimeDistributed", {"units": 1})),
    }


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import numpy as np
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from lstmviz.model import cell_math
    from lstmviz.model.inference import infer
    from lstmviz.diagram.layout import build_layout
    from lstmviz.model.catalogue import cell_of
    from lstmviz.model.cell_values import of_trace
    from lstmviz.ui.unrolled.view import UnrolledView

    app = QApplication.instance() or QApplication([])
    view = UnrolledView()
    view.resize(1400, 800)
    view.show()
    app.processEvents()
    image = QImage(1400, 800, QImage.Format.Format_ARGB32_Premultiplied)

    print(f"{'model':34} {'layout':>8} {'scene':>8} {'paint':>8} {'total':>8}   cell_math")
    worst = 0.0
    for name, arch in models().items():
        inference = infer(arch)
        layer = arch.layers[0]
        kind, options = cell_of(layer.kind, layer.options)
        x = np.random.default_rng(0).normal(size=(1, arch.input.shape[0], 1))
        math_ms, trace = timed(lambda: cell_math.run_layer(
            kind, x, cell_math.initial_weights(kind, 1, options, 0), options), 3)
        values = of_trace(trace, 0, "training, epoch 1", epoch=1)
        layout_ms, layout = timed(lambda: build_layout(arch, inference, 0), args.repeat)

        def build_scene():
            view.diagram.show_layout(layout)
            view.diagram.set_values(values, options, name)

        scene_ms, _ = timed(build_scene, args.repeat)

        def paint():
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            view.diagram.render(painter, QRectF(image.rect()), view.diagram.itemsBoundingRect(),
                                Qt.AspectRatioMode.KeepAspectRatio)
            painter.end()

        paint_ms, _ = timed(paint, args.repeat)
        total = layout_ms + scene_ms + paint_ms
        worst = max(worst, total)
        print(f"{name:34} {layout_ms:7.1f}ms {scene_ms:7.1f}ms {paint_ms:7.1f}ms {total:7.1f}ms   {math_ms:7.1f}ms")
    verdict = "meets" if worst < GOAL_MS else "MISSES"
    print(f"worst layout + scene + paint: {worst:.1f} ms, {verdict} the {GOAL_MS:.0f} ms goal "
          f"(median of {args.repeat} runs each)")
    return 0 if worst < GOAL_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
