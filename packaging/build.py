"""Build the one-folder desktop app with PyInstaller: ``python3 packaging/build.py``.

PyInstaller is a build tool, not a dependency of lstmviz: it lives in a build venv of its
own (``packaging/.build-venv``, created on first use), which gets lstmviz and its
dependencies installed from this checkout. The app lands in ``packaging/dist/lstmviz/``;
run ``packaging/dist/lstmviz/lstmviz`` (the window, or any subcommand).

``--tensorflow-cpu`` builds with the ``tensorflow-cpu`` wheel instead of ``tensorflow``
(same ``tensorflow`` module, no CUDA libraries) in ``packaging/.build-venv-cpu`` and puts
the app in ``packaging/dist-cpu/lstmviz/``. A plain ``pip install lstmviz`` keeps
``tensorflow``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYINSTALLER = "pyinstaller>=6.10"


def _run(*command: str | os.PathLike[str]) -> None:
    print("build:", " ".join(map(str, command)), flush=True)
    # Not from the checkout's root: there, Python would import the checkout's lstmviz (which
    # has no lstmviz.resources) instead of the one installed in the build venv.
    subprocess.run([str(c) for c in command], check=True, cwd=HERE)


def _dependencies(tensorflow_cpu: bool) -> list[str]:
    """The project's dependencies from pyproject.toml, with tensorflow-cpu for tensorflow if asked."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    if tensorflow_cpu:
        deps = [re.sub(r"^tensorflow(?=[<>=!~ ;\[]|$)", "tensorflow-cpu", d) for d in deps]
    return deps


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def prepare_venv(venv: Path, tensorflow_cpu: bool) -> Path:
    python = _venv_python(venv)
    if not python.exists():
        _run(sys.executable, "-m", "venv", venv)
    pip = (python, "-m", "pip", "install", "--quiet")
    _run(*pip, PYINSTALLER, *_dependencies(tensorflow_cpu))
    # --no-deps: the dependencies above decide which TensorFlow wheel the bundle gets.
    _run(*pip, "--no-deps", "--force-reinstall", ROOT)
    if tensorflow_cpu:  # make sure the full wheel did not sneak in through another package
        check = subprocess.run([python, "-m", "pip", "show", "tensorflow"], capture_output=True, text=True)
        if check.returncode == 0:
            raise SystemExit("build: the tensorflow-cpu venv also holds tensorflow; remove "
                             f"{venv} and build again")
    return python


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tensorflow-cpu", action="store_true",
                        help="bundle the tensorflow-cpu wheel (own build venv and dist folder)")
    args = parser.parse_args(argv)
    suffix = "-cpu" if args.tensorflow_cpu else ""
    venv, dist, work = HERE / f".build-venv{suffix}", HERE / f"dist{suffix}", HERE / f"build{suffix}"

    start = time.perf_counter()
    python = prepare_venv(venv, args.tensorflow_cpu)
    prepared = time.perf_counter()
    shutil.rmtree(dist / "lstmviz", ignore_errors=True)
    _run(python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work, HERE / "lstmviz.spec")
    done = time.perf_counter()
    app = dist / "lstmviz"
    print(f"build: {app / 'lstmviz'}\n"
          f"build: size {folder_size(app) / 1e6:.0f} MB; "
          f"venv {prepared - start:.0f} s, PyInstaller {done - prepared:.0f} s, total {done - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
