"""mypy, run with the project's own configuration ([tool.mypy] in pyproject.toml), finds no error in lstmviz/.

A cold run (no .mypy_cache, as on CI) takes about half a minute; later runs reuse the cache.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_configuration_checks_every_module_with_untyped_defs():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["lstmviz"]
    assert config["check_untyped_defs"] is True
    assert "ignore_errors" not in config and "ignore_missing_imports" not in config
    for override in config.get("overrides", []):
        assert "ignore_errors" not in override, override
        modules = override["module"] if isinstance(override["module"], list) else [override["module"]]
        assert not [m for m in modules if m.split(".")[0] in ("lstmviz", "PySide6", "numpy", "shiboken6")], \
            "a package with its own types lost its checks: " + repr(override)


def test_mypy_finds_no_error_in_lstmviz():
    result = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    checked = re.search(r"Success: no issues found in (\d+) source files", report)
    assert checked is not None, report
    assert int(checked.group(1)) >= len(list((ROOT / "lstmviz").rglob("*.py"))), report
