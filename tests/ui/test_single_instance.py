"""Single instance: a second ``lstmviz FILE`` hands FILE to the running window and exits 0."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from lstmviz.io.project_io import from_example, save_project
from lstmviz.ui.files import single_instance
from tests.ui.editor_support import isolated_settings, window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def runtime_folder(monkeypatch):
    """A private runtime folder of this test's own, as a session's $XDG_RUNTIME_DIR is (short: a socket's
    path has at most about 100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="lx-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def name():
    """A socket name of this test's own, so parallel tests and a real lstmviz never meet."""
    return f"lstmviz-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "stacked.lstmviz"
    save_project(from_example("stacked-lstm"), path)
    return path


SEND = "import sys; from lstmviz.ui.files import single_instance as s; print(s.send_to_running_instance(sys.argv[1], sys.argv[2]))"


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
    server = single_instance.serve(window, name)
    assert window.open_path(project) and window.file_loader.wait()
    window.document.insert_layer(0, "Dense")  # unsaved work that a reload would ask about
    window.ask_save_changes = lambda: pytest.fail("asked about changes to the file already open")
    # Connected after the window's own slot: once this signal is caught, the window has handled the path.
    with qtbot.waitSignal(server.open_requested, timeout=60000):
        assert confirmed(send(project, name), qtbot)
    assert window.document.modified and window.document.path == project
    assert not window.file_loader.busy  # nothing is being read again either
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # closing at teardown may ask


def test_a_bad_file_is_reported_by_the_window(window, tmp_path, name, qtbot):
    single_instance.serve(window, name)
    bad = tmp_path / "bad.lstmviz"
    bad.write_text("{not json")
    assert confirmed(send(bad, name), qtbot)
    qtbot.waitUntil(lambda: bool(window.shown_errors), timeout=10000)
    assert window.shown_errors[0][0] == "Cannot open file" and "bad.lstmviz" in window.shown_errors[0][1]


class WaitCountingSocket(QLocalSocket):
    """Counts the waits a sender does, with the time each may take: waits bounded, not clock readings."""

    waits: list[tuple[str, int]] = []

    def waitForConnected(self, msecs: int = 30000) -> bool:
        self.waits.append(("connected", msecs))
        return super().waitForConnected(msecs)

    def waitForReadyRead(self, msecs: int = 30000) -> bool:
        self.waits.append(("ready read", msecs))
        return super().waitForReadyRead(msecs)


@pytest.fixture
def socket_waits(monkeypatch) -> list[tuple[str, int]]:
    waits: list[tuple[str, int]] = []
    monkeypatch.setattr(WaitCountingSocket, "waits", waits)
    monkeypatch.setattr(single_instance, "QLocalSocket", WaitCountingSocket)
    return waits


def test_nobody_listening_means_start_normally(name, socket_waits):
    assert not single_instance.send_to_running_instance("/tmp/x.lstmviz", name)
    assert socket_waits == [("connected", single_instance.CONNECT_TIMEOUT_MS)]  # one bounded try, refused
    assert not single_instance.send_to_running_instance("/tmp/x.lstmviz", None)
    assert len(socket_waits) == 1  # single instance off: no socket at all


def test_an_instance_that_never_answers_is_given_up_on(name, qtbot, socket_waits):
    silent = QLocalServer()
    assert silent.listen(single_instance.socket_path(name))  # accepts connections (the kernel does) but never replies
    assert not single_instance.send_to_running_instance("/tmp/x.lstmviz", name, answer_timeout_ms=300)
    # Connected, then one wait for the answer, as long as asked, and no second one.
    assert socket_waits == [("connected", single_instance.CONNECT_TIMEOUT_MS), ("ready read", 300)]
    silent.close()


def test_one_server_per_name_and_a_dead_ones_socket_is_taken_over(window, name, qtbot):
    first = single_instance.serve(window, name)
    assert first is not None
    assert single_instance.serve(window, name) is None  # a live instance holds the name
    first.close()
    if sys.platform != "win32":  # a crashed instance leaves its socket file behind
        stale = QLocalServer()
        stale.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        assert stale.listen(single_instance.socket_path(name))
        path = stale.fullServerName()
        stale.close()
        Path(path).touch()
    assert single_instance.serve(window, name) is not None


def test_garbage_on_the_socket_is_ignored(window, name, qtbot):
    single_instance.serve(window, name)
    before = window.document.architecture
    messages = (b"hello\n", b'{"open": "relative/path"}\n', b'{"open": 5}\n', b"\xff\xfe\n", b"x" * 70000,
                b"[" * 100_000 + b"\n", b'{"open": "/tmp/a\\u0000b.lstmviz"}\n', b'{"open": "' + b"/a" * 40000 + b'"}\n',
                b'{"open": {"open": {"open": "/x"}}}\n', b"\x00" * 100 + b"\n")
    for message in messages:
        socket = QLocalSocket()
        socket.connectToServer(single_instance.socket_path(name))
        assert socket.waitForConnected(1000)
        socket.write(message)
        socket.flush()
        qtbot.waitUntil(lambda s=socket: s.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
        assert bytes(socket.readAll().data()) == b""  # no "ok": nothing was opened
    assert window.document.architecture == before and not window.shown_errors


def test_the_name_is_a_name_and_can_be_set_or_turned_off(monkeypatch, runtime_folder):
    monkeypatch.delenv(single_instance.ENVIRONMENT, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    default = single_instance.server_name()
    assert default == single_instance.DEFAULT_NAME
    assert Path(single_instance.socket_path(default)).parent == runtime_folder / "lstmviz"
    assert (runtime_folder / "lstmviz").stat().st_mode & 0o777 == 0o700
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # an invisible window takes no files
    assert single_instance.server_name() is None
    monkeypatch.setenv(single_instance.ENVIRONMENT, "mine")
    assert single_instance.server_name() == "mine"
    monkeypatch.setenv(single_instance.ENVIRONMENT, "")
    assert single_instance.server_name() is None


@pytest.mark.parametrize("value", ["/home/someone/.local/share/keyrings/login.keyring", "../escape", "a/b",
                                   "x" * 65, "bad\nname", ".hidden"])
def test_a_path_as_the_instance_name_turns_single_instance_off(value, monkeypatch, window, tmp_path, caplog):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    monkeypatch.setenv(single_instance.ENVIRONMENT, value.replace("/home/someone", str(tmp_path)))
    assert single_instance.server_name() is None
    assert "not a path" in caplog.text and len(caplog.records) == 1
    assert single_instance.serve(window, str(victim.name)) is None or victim.read_text() == "keep me"
    assert victim.read_text() == "keep me"


def _folder_refused(monkeypatch, tmp_path, caplog, make) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(single_instance.tempfile, "gettempdir", lambda: str(tmp_path))
    make(tmp_path / f"lstmviz-{os.getuid()}")
    assert single_instance.private_folder() is None
    assert not single_instance.send_to_running_instance("/tmp/x.lstmviz", "instance")
    assert "single instance is off" in caplog.text


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_shared_or_linked_socket_folder_is_not_used(monkeypatch, tmp_path, caplog):
    _folder_refused(monkeypatch, tmp_path, caplog, lambda f: f.mkdir(mode=0o777) or f.chmod(0o777))
    caplog.clear()
    other = tmp_path / "elsewhere"
    other.mkdir(mode=0o700)
    (tmp_path / f"lstmviz-{os.getuid()}").rmdir()
    _folder_refused(monkeypatch, tmp_path, caplog, lambda f: f.symlink_to(other))


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_folder_another_user_made_first_is_not_used(monkeypatch, tmp_path, caplog):
    if os.getuid() != 0:
        pytest.skip("making a folder of another user needs root")
    _folder_refused(monkeypatch, tmp_path, caplog, lambda f: f.mkdir(mode=0o700) or os.chown(f, 65534, 65534))


OTHER_USER = 65534  # "nobody"
SQUATTER = """
import socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
import os; os.chmod(sys.argv[1], 0o777)
server.listen(1)
print("listening", flush=True)
connection, _ = server.accept()
data = b""
while chunk := connection.recv(4096):
    data += chunk
print(repr(data), flush=True)
"""


def _as_other_user(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(["/usr/bin/python3", "-c", code, *args], user=OTHER_USER, group=OTHER_USER, cwd="/",
                            env={"PATH": "/usr/bin:/bin"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


needs_root = pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0 or not Path("/usr/bin/python3").exists(),
                                reason="a process of another user needs root here")


@needs_root
def test_another_users_socket_is_never_sent_a_path(tmp_path):
    shared = Path(tempfile.mkdtemp(prefix="lstmviz-shared-"))
    try:
        shared.chmod(0o777)
        where = str(shared / "squat")
        squatter = _as_other_user(SQUATTER, where)
        assert squatter.stdout.readline().strip() == "listening"
        assert not single_instance.send_to_running_instance(tmp_path / "secret-plans.lstmviz", where)
        out, err = squatter.communicate(timeout=30)  # we hung up: it prints what it received
        assert out.strip() == "b''", err
    finally:
        shutil.rmtree(shared, ignore_errors=True)


@needs_root
def test_another_user_cannot_reach_our_socket(window, name, qtbot):
    assert single_instance.serve(window, name) is not None
    where = single_instance.socket_path(name)
    probe = _as_other_user("import socket, sys\ns = socket.socket(socket.AF_UNIX)\n"
                           "try:\n    s.connect(sys.argv[1]); print('connected')\n"
                           "except OSError as e:\n    print(type(e).__name__)", where)
    out, err = probe.communicate(timeout=30)
    assert out.strip() == "PermissionError", err


@needs_root
def test_the_peer_of_a_socket_is_known_by_its_user(tmp_path):
    shared = Path(tempfile.mkdtemp(prefix="lstmviz-shared-"))
    try:
        shared.chmod(0o777)
        where = str(shared / "listen")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(where)
            os.chmod(where, 0o777)
            server.listen(1)
            client = _as_other_user("import socket, sys\ns = socket.socket(socket.AF_UNIX)\n"
                                    "s.connect(sys.argv[1]); s.recv(1)", where)
            connection, _ = server.accept()
            with connection:
                assert single_instance.peer_uid(connection.fileno()) == OTHER_USER
            client.communicate(timeout=30)
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_a_symlink_loop_sent_while_a_file_is_open_is_reported_not_raised(window, project, name, qtbot, tmp_path):
    single_instance.serve(window, name)
    assert window.open_path(project) and window.file_loader.wait()
    loop = tmp_path / "loop.lstmviz"
    loop.symlink_to(tmp_path / "loop.lstmviz.other")
    (tmp_path / "loop.lstmviz.other").symlink_to(loop)
    assert confirmed(send(loop, name), qtbot)
    qtbot.waitUntil(lambda: bool(window.shown_errors), timeout=10000)
    assert "symbolic links" in window.shown_errors[0][1] and window.document.path == project


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000) | st.builds(lambda v: json.dumps(v).encode(), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(["open", "x"]), children,
                                                                       max_size=3), max_leaves=10)))
def test_any_message_is_a_path_or_ignored_never_an_exception(message):
    path = single_instance.parse_message(message)
    assert path is None or (os.path.isabs(path) and "\x00" not in path)
