"""A plain wheel carries the resources, and importlib.resources finds them in it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# Building the wheel takes about 2 s, so these tests are not marked slow. It is built once for the module:
# both tests run on one test worker, with the setuptools the test extra installs (no isolated build
# environment to create, which took longer than the build).
pytestmark = pytest.mark.xdist_group("wheel")
ROOT = Path(__file__).resolve().parents[1]

# The wheel's lstmviz, not the checkout's: the test's own folder comes first on the path.
LOAD_ICON = """
import sys
sys.path.insert(0, sys.argv[1])
import lstmviz, lstmviz.resources
from lstmviz import resources_path
assert lstmviz.__file__.startswith(sys.argv[1]), lstmviz.__file__
assert str(resources_path.resources()).startswith(sys.argv[1]), resources_path.resources()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lstmviz.ui.editor.icons import app_icon
icon = app_icon()
print(sorted(s.width() for s in icon.availableSizes()), icon.pixmap(48, 48).isNull())
from lstmviz import i18n
from lstmviz.ui.language import language
assert str(language.catalogue_path("zh_CN")).startswith(sys.argv[1])
print(language.apply("zh_CN", app), i18n.tr("&File"), (language.resources() / "fonts" / language.FONT_FILE).is_file())
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the sources (building leaves build/ and *.egg-info behind)."""
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("lstmviz", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                             "-w", str(out), "-q"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("lstmviz-*.whl")
    return built


def test_the_wheel_holds_every_module_and_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "lstmviz").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    resources = {"lstmviz/" + p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    assert resources <= names, sorted(resources - names)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"lstmviz/resources/icons/hicolor/{size}x{size}/apps/io.github.lstmviz.lstmviz.png" in names
    for name in ("io.github.lstmviz.lstmviz.desktop", "io.github.lstmviz.lstmviz.metainfo.xml",
                 "io.github.lstmviz.lstmviz.xml", "icons/hicolor/scalable/apps/io.github.lstmviz.lstmviz.svg",
                 "translations/lstmviz_zh_CN.qm", "fonts/LstmvizCJK-Regular.otf", "fonts/OFL.txt"):
        assert f"lstmviz/resources/{name}" in names
    assert not any(n.startswith(("tests/", "packaging/", "resources/")) for n in names)
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "lstmviz-gui = lstmviz.app:gui_main" in entry_points.replace("  ", " ")


def test_the_unpacked_wheel_loads_the_window_icon(wheel, tmp_path):
    zipfile.ZipFile(wheel).extractall(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([sys.executable, "-c", LOAD_ICON, str(tmp_path)], capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["[16, 24, 32, 48, 64, 128, 256, 512] False", "zh_CN 文件(&F) True"]
