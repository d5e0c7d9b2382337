"""How the app meets the system: FileOpen events (macOS double-click) and the first window size."""

from __future__ import annotations

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from test_ui_support import article_file, dialog_log, window

from briefing.ui.app import FileOpenRequests

__all__ = ["dialog_log", "window"]


def test_a_file_open_event_before_start_up_opens_the_file_once_the_window_is_ready(qtbot, window, tmp_path):
    path = article_file(
        tmp_path, "early.txt", "Opened Early", ["Finder sent this before the window was ready."]
    )
    requests = FileOpenRequests(window, [], window)
    app = QApplication.instance()
    app.installEventFilter(requests)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))
        assert window.document.briefing is None  # not yet: start-up has not finished
        assert requests.take() == [str(path)]
    finally:
        app.removeEventFilter(requests)


def test_a_file_open_event_while_running_opens_the_file(qtbot, window, tmp_path):
    path = article_file(tmp_path, "double-clicked.txt", "Double-Clicked Article", ["Opened from Finder."])
    requests = FileOpenRequests(window, [], window)
    requests.ready = True
    app = QApplication.instance()
    app.installEventFilter(requests)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))
        assert window.document.briefing is not None
        assert window.document.briefing.headline == "Double-Clicked Article"
    finally:
        app.removeEventFilter(requests)


def test_a_first_start_fits_the_window_on_a_small_screen() -> None:
    from PySide6.QtCore import QRect

    from briefing.ui.main_window import default_window_size

    assert default_window_size(QRect(0, 0, 1366, 740)) == (1366, 740)
    assert default_window_size(QRect(0, 0, 2560, 1400)) == (1440, 900)
    assert default_window_size(None) == (1440, 900)


QUIT_AFTER_DISCARDING = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import briefing.ui.app as app_module
from briefing.ui import dialogs

dialogs.ask_save_changes = lambda parent, name: dialogs.SaveChoice.DISCARD
app = app_module.make_application()

def windows():
    return [w for w in QApplication.topLevelWidgets() if hasattr(w, "document")]

def edit_then_close():
    window = windows()[0]
    if window.document.briefing is None:
        QTimer.singleShot(100, edit_then_close)
        return
    window.document.set_field(window.document.briefing, "prepared_for", "Cabinet")
    window.close()

QTimer.singleShot(500, edit_then_close)
sys.exit(app_module.run([], open_sample=True))
"""


def test_quitting_after_discarding_changes_prints_nothing(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", QUIT_AFTER_DISCARDING],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
