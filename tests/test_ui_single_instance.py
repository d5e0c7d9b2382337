"""Opening a second file while Briefing runs: it opens in the running app, or, if that one does not
answer, in a Briefing of its own (briefing/ui/single_instance.py). Real processes, offscreen."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from briefing.model import Article, Briefing, dumps
from briefing.ui import single_instance

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="runs the app offscreen on Linux"
)


@pytest.fixture
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """This test's own runtime folder (conftest gives it its own settings), so its socket is its own."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def card(tmp_path: Path) -> Path:
    path = tmp_path / "Harbour talks.briefing"
    article = Article(title="Harbour talks resume", paragraphs=["The pilots and the port met again."])
    path.write_text(dumps(Briefing(headline="Harbour talks resume", article=article)), encoding="utf-8")
    return path


def windows_of_running_app(timeout: float) -> list[str] | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = single_instance.request({"query": "windows"})
        if answer is not None:
            return answer["windows"]
        time.sleep(0.2)
    return None


def test_the_socket_is_the_users_own(
    environment: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = single_instance.server_name()
    assert name.startswith(str(tmp_path / "run")), "in the user's runtime folder"
    # Another settings folder (another user, or another test) is another Briefing.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "other-config"))
    assert single_instance.server_name() != name


def test_a_second_start_opens_its_files_in_the_running_app(environment: dict[str, str], card: Path) -> None:
    other = card.with_name("Ferry timetable.briefing")
    other.write_text(dumps(Briefing(headline="Ferry timetable")), encoding="utf-8")
    first = subprocess.Popen(
        [sys.executable, "-m", "briefing.launch"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        titles = windows_of_running_app(timeout=60)
        assert titles == ["Briefing"], f"the first Briefing did not start listening: {titles}"

        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "briefing.launch", card.name, other.name],
            cwd=card.parent,
            env=environment,
            capture_output=True,
            text=True,
            timeout=30,
        )
        took = time.monotonic() - started
        assert second.returncode == 0, second.stdout + second.stderr
        assert took < 15, f"the second start took {took:.1f} s to hand its file over"

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            titles = single_instance.request({"query": "windows"}) or {"windows": []}
            if (
                sum(title.startswith(("Harbour talks", "Ferry timetable")) for title in titles["windows"])
                == 2
            ):
                break
            time.sleep(0.2)
        # A new window for each file (relative paths, from the second start's folder), beside the first.
        assert len(titles["windows"]) == 3, titles
        assert sum(title.startswith(("Harbour talks", "Ferry timetable")) for title in titles["windows"]) == 2
    finally:
        first.kill()
        first.communicate(timeout=30)


def test_a_running_app_that_does_not_answer_is_not_waited_for(
    environment: dict[str, str], card: Path
) -> None:
    """The "running" Briefing accepts the connection and never answers (it hangs): after a second
    the new one gives up and opens the file itself."""
    name = single_instance.server_name()
    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    hung.bind(name)
    hung.listen()
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(hung.accept()[0]), daemon=True).start()
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from briefing.ui import app
        from briefing.ui.main_window import MainWindow
        application = app.make_application()  # (run() reuses it; the timers need it)

        def report():
            window = next(w for w in application.topLevelWidgets() if isinstance(w, MainWindow))
            if window.document.briefing is None:
                return QTimer.singleShot(100, report)
            print("headline:", window.document.briefing.headline, flush=True)
            window.document.open(None)
            application.quit()

        QTimer.singleShot(100, report)
        sys.exit(app.run(sys.argv[1:]))
    """)
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, str(card)],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        hung.close()
        for connection in held:
            connection.close()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "headline: Harbour talks resume" in done.stdout, done.stdout + done.stderr
    assert held, "the new Briefing never tried the running one"


def test_a_socket_left_by_a_crashed_app_is_taken_over(environment: dict[str, str], qapp) -> None:
    name = single_instance.server_name()
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(name)
    left.close()  # the file stays, nobody listens: what a crash leaves
    assert Path(name).exists()
    assert single_instance.hand_off(["card.briefing"]) is False  # nobody there: start as usual, at once
    server = single_instance.InstanceServer(lambda paths: None, lambda: [], qapp)
    assert server.listen()
    assert server.name == name


def test_a_running_app_keeps_its_name(environment: dict[str, str], qapp) -> None:
    name = single_instance.server_name()
    alive = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    alive.bind(name)
    alive.listen()
    try:
        assert not single_instance.InstanceServer(lambda paths: None, lambda: [], qapp).listen()
        assert Path(name).exists()
    finally:
        alive.close()
