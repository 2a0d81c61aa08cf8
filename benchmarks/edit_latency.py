"""How long one inspector edit takes to reach every view on a 50-layer model (goal: under 50 ms).

Measures the whole chain in the real window, offscreen: the spin box's valueChanged ->
undo command -> inference -> canvas, summary, inspector (and the unrolled view, if present)
-> a repaint of the window.

    python benchmarks/edit_latency.py [--layers 50] [--edits 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--layers", type=int, default=50)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    from lstmviz.app import create_main_window
    from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec

    window = create_main_window()
    window.show()
    QApplication.processEvents()
    layers = [LayerSpec("LSTM", {"units": 4, "return_sequences": True}) for _ in range(args.layers - 1)]
    window.document.replace_architecture(Architecture(InputSpec((5, 1)), (*layers, LayerSpec("Dense"))), "big")
    window.document.select(0)
    QApplication.processEvents()
    spin = window.inspector.editors["units"]
    model_only, with_paint = [], []
    for k in range(args.edits):
        start = time.perf_counter()
        spin.setValue(5 + k % 2)
        model_only.append(time.perf_counter() - start)
        window.repaint()
        with_paint.append(time.perf_counter() - start)
    # The editor's own share: inference plus canvas, summary and inspector, called directly.
    from lstmviz.model.inference import infer

    editor = []
    for _ in range(args.edits):
        start = time.perf_counter()
        infer(window.document.architecture)
        window.canvas.canvas_scene.rebuild()
        window.summary.refresh()
        window.inspector.refresh()
        editor.append(time.perf_counter() - start)
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.1f} ms, max {max(xs) * 1000:.1f} ms"  # noqa: E731
    print(f"{args.layers} layers, {args.edits} edits")
    print(f"edit -> all views updated : {ms(model_only)}")
    print(f"   of which the editor    : {ms(editor)}   (inference, canvas, summary, inspector)")
    print(f"... plus window repaint   : {ms(with_paint)}   (goal: under 50 ms)")
    window.document.undo_stack.setClean()
    window.close()
    return 0 if statistics.median(with_paint) < 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
