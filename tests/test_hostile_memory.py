"""Peak resident memory of a process reading hostile files: under 1 GB above what it held before, by the system's count.

Each reader runs in a fresh process that reports ``ru_maxrss`` (the high-water mark of its
resident memory) before and after reading, so what numpy, HDF5 or zlib allocate in C is
counted too, unlike tracemalloc's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.hostile_corpus import largest_valid, memory_cases

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 1 << 30

MEASURE = """
import json, resource, sys
from lstmviz.io.project import SourceError
from lstmviz.io.project_io import load_source

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

load_source("one-to-one")  # every module the readers use is loaded before the baseline
before = peak()
out = []
for path in json.load(sys.stdin):  # not argv: a path may hold a NUL byte
    try:
        project = load_source(path)
        what = "opened"
    except SourceError as exc:
        what = str(exc)
    out.append({"path": path, "what": what, "grown": peak() - before})
print(json.dumps(out))
"""


def measure(paths: list[str]) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", MEASURE], input=json.dumps(paths), capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_hostile_numbers_are_refused_before_memory_is_allocated(tmp_path):
    cases = memory_cases(tmp_path)
    for case, seen in zip(cases, measure([case.path for case in cases])):
        assert case.expected in seen["what"], seen
        assert seen["grown"] < 64 << 20, (case.name, seen["grown"] >> 20)  # refused: it never allocated


def test_the_largest_valid_history_opens_in_bounded_memory(tmp_path):
    [seen] = measure([largest_valid(tmp_path)])
    assert seen["what"] == "opened", seen
    assert seen["grown"] < LIMIT, seen["grown"] >> 20


def test_every_hostile_file_of_the_corpus_stays_under_1_gb(tmp_path):
    from tests.hostile_corpus import build

    cases = build(tmp_path)
    seen = measure([case.path for case in cases])
    for case, result in zip(cases, seen):
        assert case.expected in result["what"], (case.name, result["what"])
    worst = max(seen, key=lambda s: s["grown"])
    assert worst["grown"] < LIMIT, (worst["path"], worst["grown"] >> 20)
