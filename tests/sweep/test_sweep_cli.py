"""`lstmviz sweep` and `lstmviz compare` run as a user runs them: in a subprocess, on real Keras runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace

import pytest

from lstmviz.io import project_io
from lstmviz.io.project_io import load_project
from lstmviz.model.sweep import sweep_json


def lstmviz(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "lstmviz", *args], capture_output=True, text=True, timeout=600,
                          **kwargs)


@pytest.fixture
def tiny_source(tmp_path):
    """The long-memory example, made tiny: 16 samples, one batch."""
    project = project_io.from_example("long-memory-lstm")
    project = replace(project, dataset=project.dataset.updated(samples=16),
                      training=project.training.updated(batch_size=16, epochs=2))
    return str(project_io.save_project(project, tmp_path / "tiny.lstmviz"))


class _KeptPool:
    """The sweep tests' shared pool, which outlives the command (the command closes its backend)."""

    def __init__(self, pool) -> None:
        self.pool, self.jobs = pool, pool.jobs

    def run(self, *args) -> None:
        self.pool.run(*args)

    def close(self) -> None:
        pass


@pytest.mark.xdist_group("sweep_pool")
def test_sweep_json_is_what_the_saved_runs_give(tiny_source, tmp_path, command, monkeypatch, sweep_pool):
    # The command runs in this process on the pool the sweep tests share (its workers' TensorFlow imported
    # once); the command with a pool of its own, in a process of its own, is the killed-half-way test below.
    kept = _KeptPool(sweep_pool)
    monkeypatch.setattr("lstmviz.training.sweep_command.make_backend", lambda name, jobs, address: kept)
    out = tmp_path / "swept.lstmviz"
    proc = command("sweep", tiny_source, "--vary", "lag=2,3", "--cells", "SimpleRNN,LSTM", "--jobs", "2", "--json",
                   "--save", str(out))
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout)
    assert [(r["cell"], r["value"]) for r in printed["runs"]] == [
        ("SimpleRNN", 2), ("LSTM", 2), ("SimpleRNN", 3), ("LSTM", 3)]
    assert all(r["status"] == "completed" and r["epochs"] == 2 for r in printed["runs"])
    assert "[4/4]" in proc.stderr
    saved = load_project(out)
    assert len(saved.runs) == 4 and len(saved.sweeps) == 1
    assert sweep_json(saved.sweeps[0], saved.runs) == printed  # recomputed from the file alone
    assert {p["cell"] for p in printed["points"]} == {"SimpleRNN", "LSTM"}


@pytest.mark.parametrize("args, words", [
    (["--vary", "lag=2,x"], "'x' is not a number"),
    (["--vary", "depth=2"], "unknown setting"),
    (["--vary", "lag=2", "--cells", "SimpleRNN,Transformer"], "unknown cell"),
])
def test_bad_sweeps_are_one_line_before_any_run(tiny_source, args, words, capsys):
    from lstmviz.cli import main

    assert main(["sweep", tiny_source, *args]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def _start(source, out):
    return subprocess.Popen([sys.executable, "-m", "lstmviz", "sweep", source, "--vary", "lag=2,3,4",
                             "--cells", "SimpleRNN,LSTM", "--jobs", "1", "--save", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _wait_for_first_run(proc):
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if "[1/6]" in line:
            return
    raise AssertionError("the sweep ended before its first run: " + "".join(seen))


def _kept(out):
    saved = load_project(out)
    record = saved.sweeps[0]
    done = [e for e in record.entries if e.status == "completed"]
    ran = [e for e in record.entries if e.run is not None]  # completed, or stopped after some epochs
    assert len(done) >= 1 and len(ran) == len(saved.runs)
    assert {e.run for e in ran} == {r.number for r in saved.runs}
    assert all(r.epochs_run == 2 for r in saved.runs if r.reason == "completed")
    assert any(e.status in ("pending", "stopped") for e in record.entries)
    assert len(sweep_json(record, saved.runs)["points"]) == len(done)


def test_a_sweep_killed_half_way_leaves_its_finished_runs_in_the_saved_file(tiny_source, tmp_path):
    out = tmp_path / "killed.lstmviz"
    proc = _start(tiny_source, out)
    try:
        _wait_for_first_run(proc)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the command and its worker processes, at once
        proc.wait(timeout=60)
    _kept(out)


@pytest.mark.slow  # test_sweep_backends' cancel test is its fast equivalent, below the command
def test_ctrl_c_stops_the_sweep_and_keeps_what_finished(tiny_source, tmp_path):
    out = tmp_path / "stopped.lstmviz"
    proc = _start(tiny_source, out)
    try:
        _wait_for_first_run(proc)
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
    assert proc.returncode == 130, rest
    assert "finished runs are kept" in rest
    _kept(out)
