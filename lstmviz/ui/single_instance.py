"""One running lstmviz per user: a second ``lstmviz FILE`` hands FILE to the window already open.

A file manager starts ``lstmviz-gui FILE`` for every file opened. The first instance
listens on a per-user local socket (:class:`QLocalServer`); a later launch with a file
connects, sends the file's absolute path, waits for the answer "ok" and exits 0, and the
running window opens the file through its normal open path (which asks about unsaved
changes) and comes to the front. When nobody answers within a short time the new launch
starts normally: a crashed instance's socket never blocks the app.

``LSTMVIZ_INSTANCE_NAME`` names the socket (tests and scripts use their own name); set to
an empty string it turns this off. Under the offscreen platform it is off unless named:
an invisible window must not take files meant for a visible one.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from lstmviz.i18n import tr
from lstmviz.resources_path import APP_ID

ENVIRONMENT = "LSTMVIZ_INSTANCE_NAME"
CONNECT_TIMEOUT_MS = 500
# The running window may be busy for a while (loading TensorFlow, a loaded machine). A prompt
# answer ends the wait at once, so a long limit costs nothing; giving up too early would open
# the file in a second window as well.
ANSWER_TIMEOUT_MS = 15000
MAX_MESSAGE = 64 * 1024
ANSWER = b"ok\n"


def server_name() -> str | None:
    """The socket's name for this user, or None when single instance is off."""
    if ENVIRONMENT in os.environ:
        return os.environ[ENVIRONMENT] or None
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return None
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (e.g. a container without passwd entry)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return f"{APP_ID}-{hashlib.sha256(user.encode()).hexdigest()[:12]}"


def send_to_running_instance(path: str | os.PathLike[str], name: str | None,
                             answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Hand ``path`` (made absolute) to a running instance; True when it confirmed."""
    if not name:
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
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


def _someone_listens(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
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
        if _someone_listens(self.name):
            return False
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # left behind by a crash
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
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
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < MAX_MESSAGE:
            self._buffers[socket] = data
            return
        self._buffers.pop(socket)
        path = _parse(data.split(b"\n", 1)[0])
        if path is not None:
            socket.write(ANSWER)  # answer first: the sender must not wait on a dialog here
            socket.flush()
        socket.disconnectFromServer()
        if path is not None:
            self.open_requested.emit(path)


def _parse(line: bytes) -> str | None:
    """The absolute path in a message, or None for anything else (which is ignored)."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    path = message.get("open") if isinstance(message, dict) else None
    return path if isinstance(path, str) and os.path.isabs(path) else None


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
    if current is not None and Path(current).resolve() == Path(path).resolve():
        return True  # already showing that file: nothing to reload, nothing to ask
    if window.document.locked:
        window.statusBar().showMessage(tr("Training is running: stop it to open {path}").format(path=path), 8000)
        return False
    return window.open_path(path)


def serve(window, name: str | None) -> InstanceServer | None:
    """Listen for later launches and open what they send in ``window``; None if another instance serves."""
    if not name:
        return None
    server = InstanceServer(name, window)
    if not server.listen():
        server.deleteLater()
        return None
    server.open_requested.connect(lambda path: open_in_window(window, path))
    window.about_to_close.connect(server.close)  # a closing window takes no more files
    return server
