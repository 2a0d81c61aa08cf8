"""Peak resident memory of the window while it opens hostile files, above the idle window (goal: under 1 GB).

Opens the real window offscreen, waits until it is idle, notes the high-water mark of its
resident memory (``ru_maxrss``), then opens each file of the memory corpus, the largest
valid history and a .keras file whose one gzip chunk inflates to 3 GB, and prints how far
the high-water mark rose and what the window said. (A file of 4 MB or more is read in the
reader process, which this does not count; these files are all smaller.)

    python benchmarks/hostile_memory.py
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LSTMVIZ_INSTANCE_NAME", "")


def peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def keras_bomb(folder: Path) -> str:
    from lstmviz.io.keras_weights import write_keras_file
    from lstmviz.model.examples import EXAMPLES
    from lstmviz.model.weights import weight_specs
    import numpy as np
    from tests.hostile_corpus import gzip_bomb_weights

    architecture = EXAMPLES["encoder-decoder"].architecture
    weights = [np.zeros(s.shape, "float32") for layer in weight_specs(architecture) for s in layer]
    valid = write_keras_file(folder / "valid.keras", architecture, weights).read_bytes()
    path = folder / "gzip-3gb.keras"
    path.write_bytes(gzip_bomb_weights(valid, "layers/lstm/cell/vars/1", 3 << 10))
    return str(path)


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lstmviz.app import create_main_window
    from tests.hostile_corpus import largest_valid, memory_cases

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    folder = Path(tempfile.mkdtemp(prefix="lstmviz-hostile-memory-"))
    files = [(case.name, case.path) for case in memory_cases(folder)]
    files += [("the largest valid history (5,000,000 epochs, with validation)", largest_valid(folder)),
              (".keras whose gzip chunk inflates to 3 GB", keras_bomb(folder))]
    window = create_main_window()
    window.show_error = lambda title, message: said.append(message)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.show()
    for _ in range(20):
        QApplication.processEvents()
    idle = peak()
    print(f"idle window: {idle / (1 << 20):,.0f} MB resident at its peak")
    worst = 0
    for name, path in files:
        said: list[str] = []
        window.open_path(path)
        window.file_loader.wait(120)
        for _ in range(10):
            QApplication.processEvents()
        grown = peak() - idle
        worst = max(worst, grown)
        outcome = said[0][-90:] if said else (window.document.weights_problem_text()
                                              if hasattr(window.document, "weights_problem_text") else "opened")
        print(f"{grown / (1 << 20):8,.0f} MB above idle  {name}: {outcome}")
    print(f"highest: {worst / (1 << 20):,.0f} MB above the idle window (goal: under 1,024 MB)")
    window.close()
    return 0 if worst < 1 << 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
