"""Single instance: a second ``lstmviz FILE`` hands FILE to the running window and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from lstmviz.io.project_io import from_example, save_project
from lstmviz.ui import single_instance
from tests.ui.editor_support import isolated_settings, window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def name():
    """A socket name of this test's own, so parallel tests and a real lstmviz never meet."""
    return f"lstmviz-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "stacked.lstmviz"
    save_project(from_example("stacked-lstm"), path)
    return path


SEND = "import sys; from lstmviz.ui import single_instance as s; print(s.send_to_running_instance(sys.argv[1], sys.argv[2]))"


def send(path, name) -> subprocess.Popen:
    """Send from another process, as a second launch does (a thread here would share the GIL with
    the event loop the test spins); the result is printed: True when the window confirmed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", SEND, str(path), name], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def confirmed(process: subprocess.Popen, qtbot) -> bool:
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60000)
    finally:
        if process.poll() is None:
            process.kill()
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out.strip() == "True"


def test_a_second_launch_hands_its_file_to_the_running_window(window, project, name, qtbot):
    server = single_instance.serve(window, name)
    assert server is not None
    env = {**os.environ, single_instance.ENVIRONMENT: name, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    relative = os.path.relpath(project, project.parent.parent)
    launch = subprocess.Popen([sys.executable, "-m", "lstmviz", relative], cwd=project.parent.parent, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60000)
    finally:
        if launch.poll() is None:  # it did not hand the file over and opened a window of its own
            launch.kill()
    out, err = launch.communicate()
    assert launch.returncode == 0, err
    qtbot.waitUntil(lambda: window.document.path == project, timeout=5000)  # made absolute by the sender
    assert [layer.kind for layer in window.document.architecture.layers] == ["LSTM", "LSTM", "Dense"]
    assert window.windowTitle().startswith("stacked.lstmviz")


def test_unsaved_changes_are_asked_about_first(window, project, name, qtbot):
    single_instance.serve(window, name)
    window.document.insert_layer(0, "Dense")
    asked = []
    window.ask_save_changes = lambda: asked.append(True) or QMessageBox.StandardButton.Cancel
    assert confirmed(send(project, name), qtbot)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert window.document.path is None and window.document.modified  # cancelled: nothing replaced

    window.ask_save_changes = lambda: asked.append(True) or QMessageBox.StandardButton.Discard
    assert confirmed(send(project, name), qtbot)
    qtbot.waitUntil(lambda: window.document.path == project, timeout=10000)
    assert len(asked) == 2 and not window.document.modified


def test_the_file_already_shown_is_not_reloaded(window, project, name, qtbot):
    single_instance.serve(window, name)
    assert window.open_path(project) and window.file_loader.wait()
    window.document.insert_layer(0, "Dense")  # unsaved work that a reload would ask about
    window.ask_save_changes = lambda: pytest.fail("asked about changes to the file already open")
    assert confirmed(send(project, name), qtbot)
    qtbot.wait(100)
    assert window.document.modified and window.document.path == project
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # closing at teardown may ask


def test_a_bad_file_is_reported_by_the_window(window, tmp_path, name, qtbot):
    single_instance.serve(window, name)
    bad = tmp_path / "bad.lstmviz"
    bad.write_text("{not json")
    assert confirmed(send(bad, name), qtbot)
    qtbot.waitUntil(lambda: bool(window.shown_errors), timeout=10000)
    assert window.shown_errors[0][0] == "Cannot open file" and "bad.lstmviz" in window.shown_errors[0][1]


def test_nobody_listening_means_start_normally(name):
    started = time.perf_counter()
    assert not single_instance.send_to_running_instance("/tmp/x.lstmviz", name)
    assert time.perf_counter() - started < 2
    assert not single_instance.send_to_running_instance("/tmp/x.lstmviz", None)


def test_an_instance_that_never_answers_is_given_up_on(name, qtbot):
    silent = QLocalServer()
    assert silent.listen(name)  # accepts connections (the kernel does) but never replies
    started = time.perf_counter()
    assert not single_instance.send_to_running_instance("/tmp/x.lstmviz", name, answer_timeout_ms=300)
    assert time.perf_counter() - started < 2
    silent.close()


def test_one_server_per_name_and_a_dead_ones_socket_is_taken_over(window, name, qtbot):
    first = single_instance.serve(window, name)
    assert first is not None
    assert single_instance.serve(window, name) is None  # a live instance holds the name
    first.close()
    if sys.platform != "win32":  # a crashed instance leaves its socket file behind
        stale = QLocalServer()
        stale.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        assert stale.listen(name)
        path = stale.fullServerName()
        stale.close()
        Path(path).touch()
    assert single_instance.serve(window, name) is not None


def test_garbage_on_the_socket_is_ignored(window, name, qtbot):
    single_instance.serve(window, name)
    before = window.document.architecture
    for message in (b"hello\n", b'{"open": "relative/path"}\n', b'{"open": 5}\n', b"\xff\xfe\n", b"x" * 70000):
        socket = QLocalSocket()
        socket.connectToServer(name)
        assert socket.waitForConnected(1000)
        socket.write(message)
        socket.flush()
        qtbot.waitUntil(lambda s=socket: s.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
        assert bytes(socket.readAll().data()) == b""  # no "ok": nothing was opened
    assert window.document.architecture == before and not window.shown_errors


def test_the_name_is_per_user_and_can_be_set_or_turned_off(monkeypatch):
    monkeypatch.delenv(single_instance.ENVIRONMENT, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    default = single_instance.server_name()
    assert default.startswith("io.github.lstmviz.lstmviz-")
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "someone-else")
    assert single_instance.server_name() not in (None, default)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # an invisible window takes no files
    assert single_instance.server_name() is None
    monkeypatch.setenv(single_instance.ENVIRONMENT, "mine")
    assert single_instance.server_name() == "mine"
    monkeypatch.setenv(single_instance.ENVIRONMENT, "")
    assert single_instance.server_name() is None
