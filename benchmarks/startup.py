"""Time to the first painted window, next to ``python -c "import tensorflow"`` in the same run.

Both are measured as wall time of a fresh Python process, from launch until the window
has painted (or TensorFlow has imported), median of a few runs. Goal: under 40%.

    python benchmarks/startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST_PAINT = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
from PySide6.QtWidgets import QApplication
from lstmviz.app import create_main_window


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QApplication.instance().exit(0)
        return False


window = create_main_window()
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
QApplication.instance().exec()
heavy = [m for m in ("tensorflow", "keras") if m in sys.modules]
print("heavy:" + ",".join(heavy), flush=True)
"""


def _time_process(args: list[str], until: str | None, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    elapsed = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if until and line.strip() == until and elapsed is None:
            elapsed = time.perf_counter() - start
        if line.startswith("heavy:") and line.strip() != "heavy:":
            raise SystemExit(f"the window imported {line.strip()[6:]}: the benchmark is void")
    proc.wait()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed with exit code {proc.returncode}")
    return elapsed if elapsed is not None else time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TF_CPP_MIN_LOG_LEVEL": "3",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory() as settings:
        window = [_time_process([sys.executable, "-c", FIRST_PAINT, settings], "painted", env)
                  for _ in range(args.runs)]
    tensorflow = [_time_process([sys.executable, "-c", "import tensorflow"], None, env) for _ in range(args.runs)]
    w, tf = statistics.median(window), statistics.median(tensorflow)
    print(f"first painted window : {w:.2f} s   (runs: {', '.join(f'{x:.2f}' for x in window)})")
    print(f"import tensorflow    : {tf:.2f} s   (runs: {', '.join(f'{x:.2f}' for x in tensorflow)})")
    ratio = w / tf
    print(f"ratio                : {ratio:.0%}   (goal: under 40%) {'OK' if ratio < 0.4 else 'MISSED'}")
    return 0 if ratio < 0.4 else 1


if __name__ == "__main__":
    raise SystemExit(main())
