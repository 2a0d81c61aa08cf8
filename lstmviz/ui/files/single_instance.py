"""One running lstmviz per user: a second ``lstmviz FILE`` hands FILE to the window already open.

A file manager starts ``lstmviz-gui FILE`` for every file opened. The first instance
listens on a local socket (:class:`QLocalServer`); a later launch with a file connects,
sends the file's absolute path, waits for the answer "ok" and exits 0, and the running
window opens the file through its normal open path (which asks about unsaved changes) and
comes to the front. When nobody answers within a short time the new launch starts
normally: a crashed instance's socket never blocks the app.

The socket is private to the user: it lives in a folder only the user can enter
(``$XDG_RUNTIME_DIR/lstmviz``, else ``lstmviz-<uid>`` in the temporary folder), which is
checked for its owner and mode (0700) before use, so another local user can neither
create the socket first (and receive the paths a launch sends) nor connect to it. Where
the system says who is at the other end (``SO_PEERCRED``), both sides check it is the same
user. A message is at most :data:`MAX_MESSAGE` bytes of bounded JSON; anything else is one
line in the log, never a traceback.

``LSTMVIZ_INSTANCE_NAME`` names the socket inside that folder (tests and scripts use their
own name): a name, not a path; set to an empty string it turns this off. Under the
offscreen platform it is off unless named: an invisible window must not take files meant
for a visible one.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket as pysocket
import stat
import struct
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from lstmviz.i18n import tr
from lstmviz.io.bounded_json import JsonProblem, parse_json
from lstmviz.io.safe_open import path_problem
from lstmviz.model.limits import one_line
from lstmviz.resources_path import APP_ID

log = logging.getLogger(__name__)

ENVIRONMENT = "LSTMVIZ_INSTANCE_NAME"
CONNECT_TIMEOUT_MS = 500
# The running window may be busy for a while (loading TensorFlow, a loaded machine). A prompt
# answer ends the wait at once, so a long limit costs nothing; giving up too early would open
# the file in a second window as well.
ANSWER_TIMEOUT_MS = 15000
MAX_MESSAGE = 64 * 1024
MAX_CONNECTIONS = 16  # clients talking at once; more are turned away (nothing legitimate needs more)
ANSWER = b"ok\n"
DEFAULT_NAME = APP_ID
MAX_SOCKET_PATH = 104  # bytes of a local socket's path (sun_path: 108 on Linux, 104 on macOS)
# A socket name is one short file name: letters, digits, dot, dash, underscore.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def _private(folder: Path) -> str | None:
    """Why ``folder`` is not private to this user (not a real folder, another owner, open to others), or None."""
    try:
        info = os.lstat(folder)
    except OSError as exc:
        return exc.strerror or str(exc)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        return tr("not a folder (a link or a file)")
    if info.st_uid != _uid():
        return tr("owned by another user (uid {uid})").format(uid=info.st_uid)
    if info.st_mode & 0o077:
        return tr("others may enter it (mode {mode:o}, expected 700)").format(mode=stat.S_IMODE(info.st_mode))
    return None


def private_folder() -> Path | None:
    """The folder of this user's sockets, made if needed and checked; None (and one log line) when unsafe."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _private(Path(runtime)) is None:
        folder = Path(runtime) / "lstmviz"
    else:
        folder = Path(tempfile.gettempdir()) / f"lstmviz-{_uid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning(one_line(tr("single instance is off: cannot create {folder}: {reason}").format(
            folder=folder, reason=exc.strerror or exc)))
        return None
    problem = _private(folder)
    if problem:
        log.warning(one_line(tr("single instance is off: {folder} is not private to this user: {reason}").format(
            folder=folder, reason=problem)))
        return None
    return folder


def server_name() -> str | None:
    """The socket's name (a file name in :func:`private_folder`), or None when single instance is off."""
    if ENVIRONMENT in os.environ:
        name = os.environ[ENVIRONMENT]
        if name and not _NAME.fullmatch(name):
            log.warning(one_line(tr("single instance is off: {variable} must be a name of letters, digits, "
                                    "'.', '-' and '_' (at most 64), not a path: {value!r}").format(
                variable=ENVIRONMENT, value=name[:80])))
            return None
        return name or None
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return None
    return DEFAULT_NAME


def socket_path(name: str) -> str | None:
    """Where the socket called ``name`` lives: in the private folder (an absolute path is taken as it is)."""
    if os.path.isabs(name):
        return name
    if not _NAME.fullmatch(name):
        return None
    folder = private_folder()
    if folder is None:
        return None
    where = str(folder / name)
    if len(os.fsencode(where)) >= MAX_SOCKET_PATH:
        log.warning(one_line(tr("single instance is off: the socket's path {path} is too long for a local "
                                "socket").format(path=where)))
        return None
    return where


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a connected local socket; None where unknown."""
    option = getattr(pysocket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return None
    try:
        with pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM, fileno=os.dup(descriptor)) as sock:
            _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(pysocket.SOL_SOCKET, option, struct.calcsize("3i")))
    except OSError:
        return None
    return uid


def _same_user(socket: QLocalSocket) -> bool:
    uid = peer_uid(int(socket.socketDescriptor()))
    return uid is None or uid == _uid()


def send_to_running_instance(path: str | os.PathLike[str], name: str | None,
                             answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Hand ``path`` (made absolute) to a running instance of this user; True when it confirmed."""
    where = socket_path(name) if name else None
    if not where:
        return False
    socket = QLocalSocket()
    socket.connectToServer(where)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    if not _same_user(socket):  # never hand a path to another user's process
        log.warning(one_line(tr("single instance: {socket} belongs to another user; starting a window "
                                "of our own").format(socket=where)))
        socket.abort()
        return False
    message = json.dumps({"open": os.path.abspath(os.fspath(path))}).encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
        socket.abort()
        return False
    # The answer may already be buffered (waitForReadyRead waits only for *more* data), and it
    # may come together with the server closing the connection.
    answer = bytes(socket.readAll().data())
    while len(answer) < len(ANSWER):
        arrived = socket.waitForReadyRead(answer_timeout_ms)
        answer += bytes(socket.readAll().data())
        if not arrived:
            break
    socket.abort()
    return answer.startswith(ANSWER)


def _someone_listens(where: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(where)
    connected = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return connected


class InstanceServer(QObject):
    """Listens for later launches; emits :attr:`open_requested` with each path they send."""

    open_requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Take the name unless a live instance holds it; a dead instance's socket is replaced.

        Ask first: on Unix, listening with UserAccessOption renames the new socket over an
        existing one, so a second instance would silently steal the name from a live first.
        """
        where = socket_path(self.name)
        if where is None or _someone_listens(where):
            return False
        if self._server.listen(where):
            return True
        QLocalServer.removeServer(where)  # left behind by a crash (inside our private folder: ours)
        return self._server.listen(where)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            if len(self._buffers) >= MAX_CONNECTIONS or not _same_user(socket):
                log.warning(one_line(tr("single instance: refused a connection (another user, or too many "
                                        "at once)")))
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.read(MAX_MESSAGE).data())
        if b"\n" not in data and len(data) < MAX_MESSAGE:
            self._buffers[socket] = data
            return
        self._buffers.pop(socket)
        path = parse_message(data.split(b"\n", 1)[0])
        if path is not None:
            socket.write(ANSWER)  # answer first: the sender must not wait on a dialog here
            socket.flush()
        socket.disconnectFromServer()
        if path is not None:
            self.open_requested.emit(path)


def parse_message(line: bytes) -> str | None:
    """The absolute path in a message, or None (and one log line) for anything else, which is ignored."""
    try:
        message = parse_json(line, max_depth=2, max_items=8)
    except JsonProblem as exc:
        log.warning(one_line(tr("single instance: ignored a message that is not JSON lstmviz reads: {reason}").format(
            reason=exc)))
        return None
    path = message.get("open") if isinstance(message, dict) else None
    if not isinstance(path, str) or not os.path.isabs(path) or path_problem(path):
        log.warning(one_line(tr("single instance: ignored a message without an absolute file path")))
        return None
    return path


def open_in_window(window, path: str) -> bool:
    """Bring ``window`` to the front and open ``path`` in it, as File > Open would.

    The window shows the file afterwards unless the user cancelled the unsaved-changes
    question or the file could not be read (the window says why).
    """
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where activating is refused, the task bar still flags the window
    current = window.document.path
    if current is not None and _same_file(current, path):
        return True  # already showing that file: nothing to reload, nothing to ask
    if window.document.locked:
        window.statusBar().showMessage(tr("Training is running: stop it to open {path}").format(path=path), 8000)
        return False
    return window.open_path(path)


def _same_file(a: str | os.PathLike[str], b: str) -> bool:
    try:  # realpath, not Path.resolve: a symlink loop is an answer ("not the same"), never an exception
        return os.path.realpath(a) == os.path.realpath(b)
    except (OSError, ValueError):
        return False


def _open_sent(window, path: str) -> None:
    """A slot must not raise: whatever a sent path does (a loop, a vanished folder) is one log line."""
    try:
        open_in_window(window, path)
    except Exception as exc:  # noqa: BLE001 - the window stays as it was
        log.warning(one_line(tr("single instance: could not open {path}: {reason}").format(
            path=path, reason=f"{type(exc).__name__}: {exc}")))


def serve(window, name: str | None) -> InstanceServer | None:
    """Listen for later launches and open what they send in ``window``; None if another instance serves."""
    if not name:
        return None
    server = InstanceServer(name, window)
    if not server.listen():
        server.deleteLater()
        return None
    server.open_requested.connect(lambda path: _open_sent(window, path))
    window.about_to_close.connect(server.close)  # a closing window takes no more files
    return server
