"""Shared test set-up: Qt renders offscreen, TensorFlow stays quiet."""

import importlib.util
import os
import subprocess
import sys
import threading

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


def pytest_collection_modifyitems(items):
    """The tests on a local Ray instance run last among the sweep tests, so the instance, started in
    the background by the group's first test (``ray_starting``), is ready when they come."""
    items.sort(key=lambda item: "ray_backend" in getattr(item, "fixturenames", ()))


class RayStarting:
    """A local Ray instance started, and one of its workers warmed, in a thread of its own: starting
    Ray and importing TensorFlow in its worker take 10-13 s, spent while the other sweep tests run.
    It starts when the shared pool is warm (``start``), or when a Ray test first needs it.

    The thread lives until ``close``: Ray's own processes are tied to the thread that started them
    (they end when it ends), so it is also the thread that shuts the instance down."""

    def __init__(self) -> None:
        self.backend = None
        self.failure: BaseException | None = None
        self._ready = threading.Event()
        self._closing = threading.Event()
        self._patch = pytest.MonkeyPatch()
        # Ray starts its workers at niceness 15; beside the suite's other busy worker they would
        # wait for minutes, so the instance the tests start runs them at normal priority.
        self._patch.setenv("RAY_worker_niceness", "0")
        self._thread = threading.Thread(target=self._run, name="ray-start", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and not self._ready.is_set():
            self._thread.start()

    def _run(self) -> None:
        try:
            from lstmviz.training.sweep_ray import RayBackend

            self.backend = RayBackend(jobs=1)
            self.backend.warm()
        except BaseException as exc:  # noqa: BLE001 - the Ray tests report it
            self.failure = exc
        finally:
            self._ready.set()
        self._closing.wait()
        if self.backend is not None:
            self.backend.close()

    def ready(self):
        self.start()
        self._ready.wait()
        if self.failure is not None:
            raise self.failure
        return self.backend

    def close(self) -> None:
        self._closing.set()
        if self._thread.is_alive():
            self._thread.join()
        self._patch.undo()


@pytest.fixture(scope="session")
def ray_starting(request):
    """The local Ray instance of the Ray tests (``ray_backend``), starting in the background; None when
    no selected test uses it or Ray is not installed."""
    wanted = any("ray_backend" in getattr(item, "fixturenames", ()) for item in request.session.items)
    if not wanted or importlib.util.find_spec("ray") is None:
        yield None
        return
    starting = RayStarting()
    yield starting
    starting.close()


@pytest.fixture(scope="session")
def sweep_pool(ray_starting):
    """The window's shared pool of two worker processes, started and warm (each has imported TensorFlow).

    The sweep tests (``xdist_group("sweep_pool")``, one test worker) all use it, so the workers'
    TensorFlow is imported once per suite run, here, instead of in whichever test came first. The
    Ray instance starts beside it (``ray_starting``), for the Ray tests at the group's end."""
    from lstmviz.ui.sweep.driver import close_shared_pool, shared_pool

    pool = shared_pool(2)
    pool.warm()
    if ray_starting is not None:  # after the pool's warm-up, not competing with it for the cores
        ray_starting.start()
    yield pool
    close_shared_pool()
