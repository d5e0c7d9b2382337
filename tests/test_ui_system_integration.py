"""How the app meets the system: FileOpen events (macOS double-click) and the first window size."""

from __future__ import annotations

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from test_ui_support import article_file, dialog_log, window

from briefing.ui.app import FileOpenRequests

__all__ = ["dialog_log", "window"]


def test_a_file_open_event_before_start_up_opens_the_file_once_the_window_is_ready(qtbot, window, tmp_path):
    path = article_file(tmp_path, "early.txt", "Opened Early", ["Finder sent this before the window was ready."])
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
