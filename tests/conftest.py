"""Shared test set-up: Qt renders offscreen, TensorFlow stays quiet."""

import os
import subprocess
import sys

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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Delete the widgets a test leaves for deletion (pytest-qt closes its windows with
    ``deleteLater``). Qt runs deferred deletions only from an event loop, which a test's
    ``processEvents`` is not, so without this every window of a worker's earlier tests stayed
    alive, each seeing every later event: a window's set-up took 0.6 s in a worker's first test
    and over 8 s after a few hundred."""
    result = yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return result


@pytest.fixture(scope="session")
def sweep_pool():
    """The window's shared pool of two worker processes, started and warm (each has imported TensorFlow).

    The sweep tests (``xdist_group("sweep_pool")``, one test worker) all use it, so the workers'
    TensorFlow is imported once per suite run, here, instead of in whichever test came first."""
    from lstmviz.ui.sweep.driver import close_shared_pool, shared_pool

    pool = shared_pool(2)
    pool.warm()
    yield pool
    close_shared_pool()
