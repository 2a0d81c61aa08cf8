"""The layering rules: ui -> training -> io -> model, never back; the model core is pure Python."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                             "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout, result.stdout


def heavy_modules_after_importing(package: str) -> subprocess.CompletedProcess:
    """Import every module of ``package`` in a fresh interpreter; fail if Qt or TensorFlow came along."""
    code = (f"import sys, pkgutil, importlib, {package} as p\n"
            f"for info in pkgutil.iter_modules(p.__path__): importlib.import_module('{package}.' + info.name)\n"
            "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'pyqtgraph', 'tensorflow', 'keras')]\n"
            "print(bad); raise SystemExit(1 if bad else 0)")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_model_core_loads_without_qt_or_tensorflow():
    result = heavy_modules_after_importing("lstmviz.model")
    assert result.returncode == 0, result.stdout + result.stderr


def test_file_formats_load_without_qt_or_tensorflow():
    result = heavy_modules_after_importing("lstmviz.io")
    assert result.returncode == 0, result.stdout + result.stderr


def test_training_package_import_is_cheap():
    result = heavy_modules_after_importing("lstmviz.training")
    assert result.returncode == 0, result.stdout + result.stderr
