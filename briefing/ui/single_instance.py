"""One running Briefing per user: opening another file while it runs opens it there, in a new window.

The running app listens on a local socket (:class:`InstanceServer`): a Unix socket in the user's
runtime folder on Linux, in the user's temporary folder on macOS, a named pipe on Windows. The
name is the user's own and that of the settings folder (:func:`server_name`), so two users, or a
test with its own settings, never meet. ``briefing FILE`` first offers FILE there
(:func:`hand_off`): if the running app takes it within a second, this process ends; if nobody
listens, or the running app does not answer in time (it hangs), this process starts as usual.

macOS sends a double-clicked file to the running app itself (the FileOpen event, ``app.py``);
this is for Windows and Linux, where a double-click starts a new process.

The exchange is one JSON line each way: ``{"open": [paths]}`` -> ``{"ok": true}``, and
``{"query": "windows"}`` -> ``{"windows": [titles]}`` (what the tests and support ask).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .. import APP_ID, APP_NAME

ANSWER_WITHIN_MS = 1000
"""How long a starting Briefing waits for the running one before it starts on its own."""
MAX_MESSAGE_BYTES = 1 << 20  # a request is a handful of paths; anything longer is not ours


def server_name() -> str:
    """The socket's name: per user and per settings folder (the folder that makes "an instance")."""
    import platformdirs

    settings = platformdirs.user_config_dir(APP_NAME, appauthor=False)  # briefing.settings.config_dir()
    digest = hashlib.sha256(settings.encode("utf-8")).hexdigest()[:12]
    if sys.platform == "win32":  # named pipes share one namespace for the whole machine
        return f"{APP_ID}-{_user()}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, f"{APP_ID}-{digest}")  # the user's own folder, mode 0700
    return f"{APP_ID}-{os.getuid()}-{digest}"  # in Qt's temporary folder (per user on macOS)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account: its home folder is as much its own
        return hashlib.sha256(os.path.expanduser("~").encode("utf-8")).hexdigest()[:12]


def request(
    message: dict[str, object], name: str | None = None, timeout_ms: int = ANSWER_WITHIN_MS
) -> dict | None:
    """Send ``message`` to the running Briefing; its answer, or ``None`` if none came within ``timeout_ms``.

    Blocking and without an event loop, so it runs before the app is made.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def left_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    try:
        if not socket.waitForConnected(left_ms()):
            return None
        socket.write(json.dumps(message).encode("utf-8") + b"\n")
        while socket.bytesToWrite():  # (on some platforms the write has gone out already)
            if not socket.waitForBytesWritten(left_ms()):
                return None
        received = b""
        while not received.endswith(b"\n"):
            if left_ms() == 0 or not socket.waitForReadyRead(left_ms()):
                return None
            received += bytes(socket.readAll().data())
        answer = json.loads(received)
        return answer if isinstance(answer, dict) else None
    except ValueError:
        return None
    finally:
        socket.abort()


def hand_off(paths: list[str], name: str | None = None, timeout_ms: int = ANSWER_WITHIN_MS) -> bool:
    """Whether the running Briefing took ``paths`` (it opens them in a new window)."""
    absolute = [os.path.abspath(path) for path in paths]  # its current folder is not ours
    answer = request({"open": absolute}, name, timeout_ms)
    return bool(answer and answer.get("ok") is True)


class InstanceServer(QObject):
    """Listens for later starts of Briefing and opens the files they hand over."""

    def __init__(
        self, open_files: Callable[[list[str]], None], window_titles: Callable[[], list[str]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._open_files = open_files
        self._window_titles = window_titles
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self._server.newConnection.connect(self._accept)

    def listen(self, name: str | None = None) -> bool:
        """Start listening; ``False`` if another Briefing of this user already does (or cannot be told apart)."""
        name = name or server_name()
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(200):  # another Briefing has it (perhaps busy, or hung): it keeps it
            probe.abort()
            return False
        # Nobody answers there: what is left is a crashed Briefing's socket file, which Qt would not reuse.
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    @property
    def name(self) -> str:
        return self._server.fullServerName()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            QTimer.singleShot(5000, socket, socket.abort)  # a client that never finishes its line

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE_BYTES:
            socket.abort()
            return
        if not buffer.endswith(b"\n"):
            return
        try:
            message = json.loads(bytes(buffer))
        except ValueError:
            message = None
        answer = self._answer(message)
        socket.write(json.dumps(answer).encode("utf-8") + b"\n")
        socket.flush()
        socket.disconnectFromServer()

    def _answer(self, message: object) -> dict[str, object]:
        if isinstance(message, dict):
            paths = message.get("open")
            if isinstance(paths, list) and all(isinstance(path, str) for path in paths):
                QTimer.singleShot(0, lambda: self._open_files(list(paths)))  # after the answer is on its way
                return {"ok": True}
            if message.get("query") == "windows":
                return {"windows": self._window_titles()}
        return {"ok": False, "error": "not understood"}
