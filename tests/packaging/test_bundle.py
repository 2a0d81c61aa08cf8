"""Smoke test of the PyInstaller app: build it first (``python3 packaging/build.py``), then
``pytest -m slow tests/packaging``. ``LSTMVIZ_BUNDLE`` points at another build's folder
(e.g. ``packaging/dist-cpu/lstmviz`` from ``build.py --tensorflow-cpu``)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("LSTMVIZ_BUNDLE", ROOT / "packaging" / "dist" / "lstmviz")).resolve()
APP = BUNDLE / ("lstmviz.exe" if os.name == "nt" else "lstmviz")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not APP.is_file(), reason=f"no bundle at {BUNDLE}: build it with 'python3 packaging/build.py'"),
]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # The bundle must not lean on this checkout or its venv: a clean environment, run elsewhere.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([str(APP), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def test_summary(tmp_path):
    result = run("summary", "many-to-many", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "4 × ((1 + 5) × 5 + 5) = 140" in result.stdout and "Total params: 146" in result.stdout


def test_train_one_to_one(tmp_path):
    result = run("train", "one-to-one", "--epochs", "50", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "50 epochs in" in result.stdout and "final loss" in result.stdout
    predictions = result.stdout.split("predictions:")[1].split()
    assert len(predictions) == 5 and all(0.0 <= float(p) <= 1.0 for p in predictions)


def test_screenshot(tmp_path):
    result = run("screenshot", "one-to-one", "-o", "shot.png", "--tab", "unrolled", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "shot.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_bundle_holds_the_qt_plugins_and_resources():
    files = {p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*") if p.is_file()}

    def has(suffix: str) -> bool:
        return any(f.endswith(suffix) for f in files)

    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "platforms/libqwayland.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        assert has(plugin) or os.name == "nt", plugin
    for resource in ("lstmviz/resources/io.github.lstmviz.lstmviz.desktop",
                     "lstmviz/resources/icons/hicolor/512x512/apps/io.github.lstmviz.lstmviz.png"):
        assert has(resource), resource
