"""How long each hostile source takes to be refused (the tests check the message and the memory, not the time).

Builds the hostile corpus the tests use (every class of input the README's Reliability
table lists), then reads each case the way File > Open does, in this process, and prints
the time to its one-line error, slowest first. Goal: every case well under a second.

    python benchmarks/hostile_sources.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lstmviz.io.dataset_loader import load_dataset  # noqa: E402
from lstmviz.io.project import SourceError  # noqa: E402
from lstmviz.io.project_io import load_source  # noqa: E402
from lstmviz.model.dataset_spec import DatasetError  # noqa: E402
from tests.hostile_corpus import build, data_cases  # noqa: E402


def refused_in(call) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        call()
    except (SourceError, DatasetError) as exc:
        return time.perf_counter() - started, str(exc)
    return time.perf_counter() - started, "(read without an error)"


def main() -> None:
    timings: list[tuple[float, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "sources").mkdir()
        (Path(folder) / "data").mkdir()
        for case in build(Path(folder) / "sources"):
            seconds, message = refused_in(lambda: load_source(case.path))
            timings.append((seconds, case.name, message))
        for case in data_cases(Path(folder) / "data"):
            project = load_source(case.path)
            seconds, message = refused_in(lambda: load_dataset(project.dataset))
            timings.append((seconds, "data: " + case.name, message))
    timings.sort(reverse=True)
    for seconds, name, message in timings:
        print(f"{seconds * 1000:9.1f} ms  {name}: {message[:90]}")
    print(f"{len(timings)} cases, {sum(t for t, _, _ in timings):.2f} s in all, slowest {timings[0][0]:.2f} s")


if __name__ == "__main__":
    main()
