"""Every class of hostile source the README's Reliability table lists: one clear SourceError, in bounded memory.

How long each case takes is printed by benchmarks/hostile_sources.py.
"""

from __future__ import annotations

import os
import tracemalloc

import pytest

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.project import SourceError
from lstmviz.io.project_io import load_source
from lstmviz.model.dataset_spec import DatasetError
from tests.hostile_corpus import build, data_cases


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return {case.name: case for case in build(tmp_path_factory.mktemp("hostile"))}


@pytest.fixture(scope="module")
def data_corpus(tmp_path_factory):
    return {case.name: case for case in data_cases(tmp_path_factory.mktemp("hostile-data"))}


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size if os.path.isfile(path) else 0
    except (OSError, ValueError):
        return 0


def _refused(call, error_type, expected: str, budget: int) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(error_type) as caught:
            call()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert expected in message, message
    assert "\n" not in message and len(message) < 1000, message[:300]
    assert peak < budget, f"{peak >> 20} MB"
    return message


def test_every_hostile_source_is_one_clear_error(corpus):
    assert len(corpus) >= 25
    for case in corpus.values():
        # Reading may hold the file's bytes and text a few times over, never more.
        budget = (32 << 20) + 4 * _size(case.path)
        _refused(lambda: load_source(case.path), SourceError, case.expected, budget)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_folder_without_search_permission():
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    top = Path(tempfile.mkdtemp(prefix="lstmviz-perm-"))
    try:
        top.chmod(0o755)
        folder = top / "locked"
        folder.mkdir()
        (folder / "m.lstmviz").write_text("{}")
        folder.chmod(0)
        code = ("import sys; from lstmviz.io.project_io import load_source\n"
                "try:\n    load_source(sys.argv[1])\nexcept Exception as exc:\n    print(type(exc).__name__, exc)")
        # root reads any folder: drop to nobody for the read, as a user would run it
        demote = (lambda: os.setuid(65534)) if os.geteuid() == 0 else None
        try:
            done = subprocess.run([sys.executable, "-c", code, str(folder / "m.lstmviz")], capture_output=True,
                                  text=True, timeout=60, preexec_fn=demote, cwd="/",
                                  env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
        except PermissionError:
            pytest.skip("the test user cannot run this interpreter")
        if "ModuleNotFoundError" in done.stdout + done.stderr or "Permission denied" in done.stderr:
            pytest.skip("the test user cannot run this interpreter")
        assert done.stdout.startswith("SourceError ") and "locked/m.lstmviz: permission denied" in done.stdout, \
            done.stdout + done.stderr
    finally:
        (top / "locked").chmod(0o755)
        shutil.rmtree(top)


def test_hostile_datasets_are_one_clear_error(data_corpus):
    for case in data_corpus.values():
        project = load_source(case.path)  # the project itself is fine: its data is refused when loaded
        # A table of at most 10,000,000 cells (8 bytes and a flag each) may be built before a limit is met.
        _refused(lambda: load_dataset(project.dataset), DatasetError, case.expected, 128 << 20)


def test_a_model_at_the_limits_is_read(tmp_path):
    import json

    from tests.hostile_corpus import project

    path = tmp_path / "long.lstmviz"
    path.write_text(json.dumps(project(title="t" * 1000, architecture={
        "input": {"shape": [100_000, 1]}, "layers": [{"kind": "LSTM", "options": {"units": 5}}]})))
    loaded = load_source(path)
    assert loaded.architecture.input.shape == (100_000, 1) and len(loaded.title) == 1000


def test_a_byte_order_mark_is_read_past_and_an_empty_file_says_so(tmp_path):
    import json

    from tests.hostile_corpus import project

    marked = tmp_path / "notepad.lstmviz"
    marked.write_bytes("\ufeff".encode() + json.dumps(project(title="marked")).encode())
    assert load_source(str(marked)).title == "marked"
    for name, text in (("empty.lstmviz", ""), ("blank.lstmviz", " \n\t\n")):
        path = tmp_path / name
        path.write_text(text)
        with pytest.raises(SourceError, match=f"{name}: the file is empty$"):
            load_source(str(path))
