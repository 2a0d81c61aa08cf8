"""Hostile files and options through every subcommand: each run ends in time with status 0 or 2, at most
one line on stderr, and nothing half-written.

What only a fresh process shows (the memory cap, the interpreter's own stack, the entry point's exit, a
window's QApplication) runs in one; the rest runs ``main`` in this process, which is the same error boundary
without a second or more of interpreter start per case.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz import cli
from lstmviz.cli import main
from tests.hostile_corpus import build, data_cases, project

ROOT = Path(__file__).resolve().parents[1]
MEMORY_CAP = 3 << 30  # address space: numpy and Qt map far more than they use; a bomb needs far more still
TIMEOUT = 90


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def lstmviz(*args: str, cwd: Path | None = None, stdout=subprocess.PIPE, stdin=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "LSTMVIZ_INSTANCE_NAME": ""}
    return subprocess.run([sys.executable, "-m", "lstmviz", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, env=env, timeout=TIMEOUT, cwd=cwd or ROOT, preexec_fn=_cap)


def one_error_line(proc: subprocess.CompletedProcess, expected: str = "") -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-2000:]
    assert lines[0].startswith("lstmviz: error: ") and expected in lines[0], lines[0]
    return lines[0]


def snapshot(folder: Path) -> dict[str, int]:
    return {p.name: p.lstat().st_size for p in folder.iterdir()}


def in_process(capsys, *args: str) -> subprocess.CompletedProcess:
    """The command's whole error boundary, run in this process (the commands below that need a fresh one use
    :func:`lstmviz`)."""
    code = main(list(args))
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("cli-hostile"))


@pytest.fixture(scope="module")
def data_corpus(tmp_path_factory):
    return data_cases(tmp_path_factory.mktemp("cli-hostile-data"))


def test_every_hostile_source_is_one_line_from_summary(corpus, capsys):
    """Every class through the command's whole error boundary, in this process: status 2 and the reader's line."""
    for case in corpus:
        if "\x00" in case.path:
            continue  # a command line cannot carry a NUL byte; the readers' tests cover it
        proc = in_process(capsys, "summary", case.path)
        one_error_line(proc, case.expected)
        assert proc.stdout == "", case.name


@pytest.mark.slow
def test_every_hostile_source_through_summary(corpus):
    """Each class in a fresh process under the memory cap (about 40 processes). The default suite keeps the
    same coverage faster: test_every_hostile_source_is_one_line_from_summary (every class, in process),
    test_a_hostile_source_through_export_and_train_in_a_capped_process (the commands in a capped process) and
    tests/test_hostile_memory.py (every file's peak memory in a fresh process)."""
    for case in corpus:
        if case.path == "bad\x00name.lstmviz":
            continue  # a command line cannot carry a NUL byte; the readers' tests cover it
        one_error_line(lstmviz("summary", case.path), case.expected)


# export and train read sources with the same reader as summary: a sample of the classes suffices
SAMPLE = ("JSON nested 100,000 levels", "layer kind that is a list", "2^31 time steps", "a FIFO as the project",
          "an encrypted member", "a 20 MB title")


def test_hostile_sources_through_export_and_train(corpus, tmp_path, capsys):
    for case in corpus:
        if case.name in SAMPLE:
            one_error_line(in_process(capsys, "export", case.path, "--format", "script", "-o", str(tmp_path / "m.py")),
                           case.expected)
            one_error_line(in_process(capsys, "export", case.path, "--format", "keras", "-o",
                                      str(tmp_path / "m.keras")), case.expected)
            proc = in_process(capsys, "train", case.path, "--epochs", "1")
            one_error_line(proc, case.expected)
            assert "loading TensorFlow" not in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_hostile_source_through_export_and_train_in_a_capped_process(corpus, tmp_path):
    """The commands as a user runs them, under the memory cap and the interpreter's own stack."""
    case = next(c for c in corpus if c.name == "JSON nested 100,000 levels")
    one_error_line(lstmviz("export", case.path, "--format", "keras", "-o", str(tmp_path / "m.keras")), case.expected)
    proc = lstmviz("train", case.path, "--epochs", "1")
    one_error_line(proc, case.expected)
    assert "loading TensorFlow" not in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_hostile_data_through_export_and_train(data_corpus, tmp_path, capsys):
    for case in data_corpus:
        one_error_line(in_process(capsys, "export", case.path, "--format", "script", "-o", str(tmp_path / "s.py")),
                       case.expected)
        assert list(tmp_path.iterdir()) == []
    # train refuses the same data before TensorFlow is imported, in a fresh process too
    proc = lstmviz("train", data_corpus[0].path, "--epochs", "1")
    one_error_line(proc, data_corpus[0].expected)
    assert "loading TensorFlow" not in proc.stderr


@pytest.mark.parametrize("name", ["JSON nested 100,000 levels", "2^31 time steps", "a FIFO as the project",
                                  "config.json inflating to 64 MB", "a 20 MB title"])
def test_screenshot_of_a_hostile_source(corpus, tmp_path, name):
    case = next((c for c in corpus if c.name == name), None)
    if case is None:
        pytest.skip("not available here")
    one_error_line(lstmviz("screenshot", case.path, "-o", str(tmp_path / "shot.png")), case.expected)
    assert list(tmp_path.iterdir()) == []


def test_screenshot_sizes_are_bounded(tmp_path, capsys):
    # Refused before any window exists, so in this process.
    for size in ("100000x100000", "12345678901234567890x900", "0x0", "199x900"):
        one_error_line(in_process(capsys, "screenshot", "one-to-one", "-o", str(tmp_path / "s.png"), "--size", size),
                       "must each be 200 to 4096 pixels")
    one_error_line(in_process(capsys, "screenshot", "one-to-one", "-o", str(tmp_path / "s.png"), "--size", "big"),
                   "expected WIDTHxHEIGHT")
    assert list(tmp_path.iterdir()) == []


def test_the_unrolled_tab_draws_the_longest_sequence_the_reader_accepts(tmp_path):
    source = tmp_path / "long.lstmviz"
    source.write_text(json.dumps(project(architecture={
        "input": {"shape": [100_000, 1]}, "layers": [{"kind": "LSTM", "options": {"units": 5}}]})))
    proc = lstmviz("screenshot", str(source), "-o", str(tmp_path / "long.png"), "--tab", "unrolled")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "long.png").stat().st_size > 10_000


def test_a_mistyped_command_is_not_taken_for_a_file(tmp_path):
    proc = lstmviz("frobnicate", cwd=tmp_path)  # offscreen: a window here would never end
    one_error_line(proc, "frobnicate: no such command or file (commands: summary")


def test_a_fifo_or_a_folder_opens_no_window(corpus, tmp_path):
    for name in ("a FIFO as the project", "a folder", "a symlink loop"):
        case = next((c for c in corpus if c.name == name), None)
        if case is not None:
            one_error_line(lstmviz(case.path), case.expected)


@pytest.mark.parametrize("args,expected", [
    (("train", "one-to-one", "--epochs", "99999999999999999999999"), "epochs: must be between 1 and 1,000,000"),
    (("train", "one-to-one", "--learning-rate", "nan"), "must be a positive number"),
    (("train", "one-to-one", "--learning-rate", "1e999"), "must be a positive number"),
    (("train", "one-to-one", "--batch-size", "0"), "must be at least 1"),
    (("train", "one-to-one", "--seed", "-1"), "seed"),
    (("train", "one-to-one", "--optimizer", "x" * 10_000), "invalid choice"),
    (("summary",), "the following arguments are required: SOURCE"),
    (("summary", "one-to-one", "--bogus"), "unrecognized arguments: --bogus"),
    (("export", "one-to-one", "--format", "script"), "-o/--output"),
    (("screenshot", "one-to-one"), "-o/--output"),
])
def test_hostile_options_are_one_line(capsys, args, expected):
    proc = in_process(capsys, *args)  # no file is read: nothing here needs the memory cap of a fresh process
    one_error_line(proc, expected)
    assert "loading TensorFlow" not in proc.stderr


def test_a_closed_pipe_is_a_quiet_success():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "lstmviz", "summary", "many-to-many"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)
    proc.stdout.close()  # like `| head -c 0`: the reader is gone before the first write
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0 and err == b"", err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("args", [("summary", "many-to-many"), ("examples",), ("summary", "many-to-many", "--json")])
def test_a_full_disk_is_one_line(args):
    with open("/dev/full", "w") as full:
        proc = lstmviz(*args, stdout=full)
    one_error_line(proc, "cannot write the output: no space left on the device")


def test_writes_through_a_symlink_keep_the_link(tmp_path):
    target = tmp_path / "real.py"
    target.write_text("old")
    link = tmp_path / "link.py"
    link.symlink_to(target)
    proc = lstmviz("export", "one-to-one", "--format", "script", "-o", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "keras.Sequential" in target.read_text()


@pytest.mark.parametrize("make,expected", [
    (lambda p: (p / "dir.py").mkdir() or p / "dir.py", "is a folder"),
    (lambda p: os.mkfifo(p / "pipe.py") or p / "pipe.py", "not a regular file"),
    (lambda p: p / "missing" / "x.py", "does not exist"),
    (lambda p: (p / "loop.py").symlink_to(p / "loop.py") or p / "loop.py", "too many levels of symbolic links"),
    (lambda p: (p / "ro.py").write_text("keep") and (p / "ro.py").chmod(0o444) or p / "ro.py", "is read-only"),
    (lambda p: _foreign_link_in_sticky_folder(p), "another user owns in a shared folder"),
])
def test_bad_output_paths_are_one_line_and_nothing_is_written(tmp_path, capsys, make, expected):
    out = make(tmp_path)
    before = snapshot(tmp_path)
    one_error_line(in_process(capsys, "export", "one-to-one", "--format", "script", "-o", str(out)), expected)
    one_error_line(lstmviz("screenshot", "one-to-one", "-o", str(out)), expected)  # its own QApplication
    assert snapshot(tmp_path) == before


def _foreign_link_in_sticky_folder(folder: Path) -> Path:
    """/tmp as another user leaves it: a sticky, world-writable folder holding that user's link to our file."""
    if not hasattr(os, "lchown") or os.geteuid() != 0:
        pytest.skip("giving a link to another user needs root")
    shared = folder / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    victim = folder / "victim.py"
    victim.write_text("the user's own file")
    link = shared / "out.py"
    link.symlink_to(victim)
    os.lchown(link, 65534, 65534)
    return link


def test_a_pace_too_small_to_wait_for_is_one_line():
    for pace in ("1e-300", "0.001"):
        one_error_line(lstmviz("train", "one-to-one", "--epochs", "1", "--pace", pace),
                       "pace: must be 0 (as fast as possible) or from 0.01 to 1,000,000 epochs per second")


def test_hostile_texts_are_written_safely(tmp_path):
    source = tmp_path / "texts.lstmviz"
    data = project(title="a\ud800b / c\\N{x}\"\"\" \x07", architecture={
        "name": "m/x\udcff", "input": {"shape": [5, 1]},
        "layers": [{"kind": "LSTM", "options": {"units": 5, "return_sequences": True}, "name": "l/1"},
                   {"kind": "TimeDistributed", "options": {"units": 1}}]})
    source.write_text(json.dumps(data))  # ASCII: the lone surrogates travel as \\u escapes
    out = tmp_path / "texts\udcff.py"
    proc = lstmviz("export", str(source), "--format", "script", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    compile(out.read_bytes(), str(out), "exec")  # the title cannot break out of the docstring


# ------------------------------------------------------------------ in-process properties

ARG_TOKENS = st.sampled_from([
    "summary", "examples", "export", "--json", "--no-gates", "--format", "script", "-o", "out.py", "--epochs", "0",
    "1", "-1",
    "99999999999999999999", "nan", "many-to-many", "one-to-one", "nowhere.lstmviz", "", "-", "--", "=", "\udcff",
    "x" * 5000, "--size", "1x1", "--tab", "unrolled", "--bogus", "-h",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(command=st.sampled_from(["summary", "examples", "export", "frobnicate", "--bogus", "--version"]),
       rest=st.lists(ARG_TOKENS, max_size=6))
def test_arbitrary_arguments_end_in_0_or_2_with_one_line(tmp_path, monkeypatch, capsys, command, rest):
    monkeypatch.chdir(tmp_path)
    argv = [command, *rest]  # no token says "keras": a .keras export would load TensorFlow (tests/training)
    code = main(argv)
    captured = capsys.readouterr()
    assert code in (0, 2), (argv, code, captured.err)
    lines = captured.err.strip().splitlines()
    assert len(lines) <= 1, captured.err
    if code == 2:
        assert lines and lines[0].startswith("lstmviz: error: "), captured.err
    assert "Traceback" not in captured.err


def test_an_internal_error_is_one_line_with_a_hint(monkeypatch, capsys):
    def broken(args):
        raise RuntimeError("something lstmviz did not expect")

    monkeypatch.setattr(cli, "_examples", broken)
    monkeypatch.delenv("LSTMVIZ_DEBUG", raising=False)
    assert main(["examples"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError: something lstmviz did not expect)" in err
    assert "please report it" in err and "LSTMVIZ_DEBUG=1" in err
    monkeypatch.setenv("LSTMVIZ_DEBUG", "1")
    assert main(["examples"]) == 2
    assert "Traceback" in capsys.readouterr().err  # asked for
