"""The window opens, paints and edits without importing TensorFlow or Keras (checked in a fresh process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.io.keras_config import architecture_to_keras

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from PySide6.QtWidgets import QApplication
from lstmviz.app import create_main_window
window = create_main_window(sys.argv[1] or None)
window.show()
for _ in range(3):
    QApplication.processEvents()
window.document.insert_layer(0, "Dropout")
window.tabs.setCurrentIndex(1)
QApplication.processEvents()
image = window.grab()
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras", "jax", "torch"))
print(json.dumps({"heavy": heavy, "painted": not image.isNull(),
                  "layers": len(window.document.architecture.layers)}))
window.document.undo_stack.setClean()
window.close()
"""


def run_window(source: str, tmp_path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, source, str(tmp_path / "settings")],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_window_opens_without_tensorflow(tmp_path):
    result = run_window("", tmp_path)
    assert result == {"heavy": [], "painted": True, "layers": 3}


def test_keras_file_opens_without_tensorflow(tmp_path):
    arch = Architecture(InputSpec((4, 2)), (LayerSpec("LSTM", {"units": 3}), LayerSpec("Dense")))
    path = tmp_path / "m.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(architecture_to_keras(arch)))
    result = run_window(str(path), tmp_path)
    assert result["heavy"] == [] and result["layers"] == 3
