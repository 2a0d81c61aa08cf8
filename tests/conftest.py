"""Shared test set-up: Qt renders offscreen, TensorFlow stays quiet."""

import os
import subprocess

import pytest

# Before anything imports Qt: tests run with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")


@pytest.fixture
def command(capsys, monkeypatch):
    """``lstmviz ARGS`` run in this process (``main``: arguments to exit status, every error one line), its
    status and output as a finished process has them. A subprocess would import TensorFlow afresh for each
    command (5-30 s on two busy cores); the tests that are about the process itself start one."""

    def run(*args: str, cwd=None, check: bool = False) -> subprocess.CompletedProcess:
        from lstmviz.cli import main

        if cwd is not None:
            monkeypatch.chdir(cwd)
        code = main(list(args))
        captured = capsys.readouterr()
        if check:
            assert code == 0, captured.err
        return subprocess.CompletedProcess(args, code, captured.out, captured.err)

    return run
