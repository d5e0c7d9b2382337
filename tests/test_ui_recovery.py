"""Never lose work: autosave to the user's data folder, and recovery after a real crash (kill -9)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_ui_support import dialog_log, open_sample, press, select_in_article, window

from briefing.model import load
from briefing.settings import data_dir
from briefing.ui.main_window import MainWindow
from briefing.ui.recovery import RecoveryStore

__all__ = ["dialog_log", "window"]
ROOT = Path(__file__).resolve().parents[1]
CTRL = Qt.KeyboardModifier.ControlModifier

# A session that picks a quote, lets autosave run, says so, and waits to be killed.
CRASHING_SESSION = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from briefing.ui.main_window import MainWindow
    window = MainWindow()
    window.show()
    window.files.open_sample()
    cursor = window.article_view.document().find("We did not come to Geneva to sign a ceasefire over water")
    window.article_view.setTextCursor(cursor)
    window.pick("quote")
    window.document.set_field(window.document.briefing, "headline", "Crash test card")
    deadline = time.monotonic() + 20
    while not window.recovery.path.exists() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    window.autosaver.save_now()  # the 30-second timer's work, now
    print("autosaved", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def _recovery_files() -> list[Path]:
    folder = data_dir() / "recovery"
    return sorted(folder.glob("*.briefing")) if folder.is_dir() else []


def test_structural_edits_are_autosaved_and_saving_removes_the_recovery_file(
    qtbot, window, dialog_log, tmp_path
):
    open_sample(qtbot, window)
    assert _recovery_files() == []  # nothing unsaved yet
    select_in_article(window, "Kestrian engineers")
    press(qtbot, window, Qt.Key.Key_6, CTRL)
    qtbot.waitUntil(lambda: len(_recovery_files()) == 1, timeout=3000)
    recovered = load(_recovery_files()[0])
    assert recovered.facts[-1].text == "Kestrian engineers"
    assert str(data_dir()).startswith(os.environ["XDG_DATA_HOME"])

    dialog_log.answer("ask_save_path", tmp_path / "saved.briefing")
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert _recovery_files() == []


def test_typing_is_autosaved_by_the_timer(qtbot, window):
    open_sample(qtbot, window)
    headline = window.form.widget_for("card", "headline")
    headline.setFocus()
    qtbot.keyClick(headline, Qt.Key.Key_End)
    qtbot.keyClicks(headline, "!")
    assert _recovery_files() == []  # typing alone waits for the 30-second timer...
    window.autosaver._interval.timeout.emit()  # ...which we do not wait half a minute for
    assert load(_recovery_files()[0]).headline.endswith("!")


def test_after_a_crash_the_next_start_offers_the_work_back(qtbot, dialog_log, tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    session = subprocess.Popen(
        [sys.executable, "-c", CRASHING_SESSION],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert session.stdout is not None
        assert session.stdout.readline().strip() == "autosaved"
    finally:
        session.send_signal(signal.SIGKILL)
        session.wait(timeout=30)
    assert len(_recovery_files()) == 1

    dialog_log.answer("ask_recover", True)
    main = MainWindow()
    try:
        assert main.files.offer_recovery()
        (_parent, title, _when) = dialog_log.asked("ask_recover")[0]
        assert title == "Crash test card"
        briefing = main.document.briefing
        assert briefing.headline == "Crash test card"
        assert briefing.quotes[-1].text == "We did not come to Geneva to sign a ceasefire over water"
        assert main.document.is_modified  # recovered work is not saved anywhere yet
        assert main.stack.currentWidget() is main.workspace
        assert _recovery_files() == []  # taken over by this session (autosaved again as its own)
    finally:
        main.document.open(None)
        main.close()


def test_declining_recovery_deletes_the_file(qtbot, dialog_log):
    orphan_store = RecoveryStore()
    from briefing.model import Briefing

    orphan_store.autosave(Briefing(headline="Old work"), None)
    orphan_store._lock.unlock()  # what a crashed process leaves: the file, and no live lock
    orphan_store._lock = None
    dialog_log.answer("ask_recover", False)
    main = MainWindow()
    try:
        assert not main.files.offer_recovery()
        assert dialog_log.asked("ask_recover")
        assert _recovery_files() == []
        assert main.document.briefing is None
    finally:
        main.close()


def test_a_running_session_s_file_is_not_offered(qtbot, dialog_log):
    from briefing.model import Briefing

    other = RecoveryStore()
    other.autosave(Briefing(headline="Another window, still open"), None)
    try:
        assert RecoveryStore().orphans() == []
    finally:
        other.close()


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "briefing", "version": 99}'])
def test_a_damaged_recovery_file_is_reported_not_fatal(qtbot, dialog_log, content):
    folder = data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deadbeef.briefing").write_bytes(content)
    dialog_log.answer("ask_recover", True)
    dialog_log.answer("show_error", None)
    main = MainWindow()
    try:
        assert not main.files.offer_recovery()
        assert dialog_log.asked("show_error")[0][1] == "Could Not Recover"
        assert main.document.briefing is None
        assert not main.files.offer_recovery()  # set aside, not offered at every start
        assert len(dialog_log.asked("ask_recover")) == 1
    finally:
        main.close()
