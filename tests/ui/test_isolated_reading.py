"""Large files are read in a child process: the window's interpreter is never held by the JSON parser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from lstmviz.io import bounded_json
from lstmviz.io.project import SourceError
from lstmviz.io.project_io import load_source
from lstmviz.ui.work import isolated_reading
from tests.hostile_corpus import project
from tests.ui.editor_support import isolated_settings, window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def large_project(tmp_path):
    path = tmp_path / "large.lstmviz"
    path.write_text(json.dumps(project(title="large", notes=["n" * 1000] * 5_000)))  # 5 MB
    assert path.stat().st_size >= isolated_reading.ISOLATE_BYTES
    return path


@pytest.fixture
def parser_forbidden_here(monkeypatch):
    """Any JSON parse in this process fails; the child process, started fresh, is untouched."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a large file was parsed in the window's process")

    monkeypatch.setattr(bounded_json.json, "loads", refuse)


def test_a_large_project_opens_from_the_reader_process(window, large_project, parser_forbidden_here, qtbot):
    window.choose_open_path = lambda caption, filters: str(large_project)
    assert window.open_file()
    with qtbot.waitSignal(window.file_loader.opened, timeout=60000):
        pass
    assert window.document.path == large_project and window.document.title == "large"


def test_the_reader_process_gives_the_same_project_and_the_same_errors(large_project, tmp_path):
    assert isolated_reading.load_source_isolated(str(large_project)) == load_source(str(large_project))
    broken = tmp_path / "broken.lstmviz"
    broken.write_text(large_project.read_text()[:-200])  # cut short: not valid JSON
    with pytest.raises(SourceError) as here:
        load_source(str(broken))
    with pytest.raises(SourceError) as there:
        isolated_reading.load_source_isolated(str(broken))
    assert str(there.value) == str(here.value) and "broken.lstmviz" in str(there.value)


def test_small_files_and_examples_are_read_in_this_process(tmp_path, monkeypatch):
    assert isolated_reading.load_source_isolated("one-to-one").example == "one-to-one"
    small = tmp_path / "small.lstmviz"
    small.write_text(json.dumps(project()))
    monkeypatch.setattr(isolated_reading, "_reader", lambda: pytest.fail("a small file went to the reader process"))
    assert isolated_reading.load_source_isolated(str(small)).architecture == load_source(str(small)).architecture


def test_a_reader_process_that_dies_is_one_message_and_the_next_file_gets_a_new_one(large_project, monkeypatch):
    class Dead:
        def submit(self, *_args):
            raise BrokenProcessPool("the child was killed")

        def shutdown(self, **_kwargs):
            pass

    monkeypatch.setattr(isolated_reading, "_pool", Dead())
    with pytest.raises(SourceError, match="large.lstmviz: the process reading it stopped unexpectedly"):
        isolated_reading.load_source_isolated(str(large_project))
    assert isolated_reading._pool is None  # discarded: the next large file starts a new reader
    assert isolated_reading.load_source_isolated(str(large_project)).title == "large"


READ_AND_WAIT = """
import multiprocessing, sys
from lstmviz.ui.work import isolated_reading
try:
    isolated_reading.load_source_isolated(sys.argv[1])
except Exception as exc:
    pass
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
sys.stdin.read()  # until killed
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")  # a zombie has ended
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads process states from /proc")
def test_the_reader_process_dies_with_the_window_process(large_project, qtbot):
    parent = subprocess.Popen([sys.executable, "-c", READ_AND_WAIT, str(large_project)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        children = [int(pid) for pid in parent.stdout.readline().split()]
        assert children and not any(_gone(pid) for pid in children)
    finally:
        parent.kill()  # as a crash or `kill -9` ends the window
        parent.wait(30)
    qtbot.waitUntil(lambda: all(_gone(pid) for pid in children), timeout=10000)
