"""Start the desktop app: ``run(paths)`` is what ``briefing`` and ``briefing FILE`` call.

Start-up is kept short on purpose: only Qt and the few UI modules the welcome
page needs are imported before the window is shown. The data model, settings and
file commands load right after the first paint (``when_painted``); ReportLab,
citeproc and the article readers when a briefing opens (the first preview
render imports them on the worker).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from ..render import RenderResult
    from .main_window import MainWindow

SMOKE_TEST_TIMEOUT_MS = 60_000
STARTUP_PROBE_VARIABLE = "BRIEFING_STARTUP_PROBE"
"""Set by benchmarks/startup_time.py: print "shown" once the window is on screen, "ready" once it is usable, quit."""


def make_application(qt_arguments: Sequence[str] = ()) -> QApplication:
    """The QApplication with Briefing's name, icon and style (reused if one exists, as in tests).

    ``qt_arguments`` are the documented Qt options from the command line (``-style fusion``).
    """
    from .theme import app_icon, style_sheet

    app = QApplication.instance() or QApplication([*sys.argv[:1], *qt_arguments])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(style_sheet())
    return app


def run(
    paths: list[str], open_sample: bool = False, smoke_test: bool = False, qt_arguments: Sequence[str] = ()
) -> int:
    """Show the main window, open ``paths`` (or the sample), run until the window closes.

    With ``paths`` and a Briefing of this user already running, they open there instead and this
    returns at once (``single_instance``).
    """
    started = time.perf_counter()
    if paths and not smoke_test and not os.environ.get(STARTUP_PROBE_VARIABLE):
        from .single_instance import hand_off

        if hand_off(paths):
            return 0
    app = make_application(qt_arguments)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    if os.environ.get(STARTUP_PROBE_VARIABLE):
        return report_when_exposed(app, window)
    if smoke_test:
        return _smoke_test(app, window, paths, started)

    opener = FileOpenRequests(window, list(paths), app)
    app.installEventFilter(opener)

    def after_show() -> None:
        serve_later_starts(app)  # (after the first paint: its 20 ms of imports need not delay the window)
        if window.files.offer_recovery():  # (the first use of window.files builds the services)
            opener.ready = True
            return
        if opener.pending:
            window.open_paths(opener.take())
        elif open_sample:
            window.files.open_sample()
        opener.ready = True

    when_painted(window, after_show)
    return app.exec()


def serve_later_starts(app: QApplication) -> None:
    """Files that a later ``briefing FILE`` hands over open here, each in a new window."""
    from .main_window import MainWindow
    from .single_instance import InstanceServer

    kept: list[MainWindow] = []  # Python must hold the windows it made, until Qt deletes them on close

    def open_in_new_window(path: str) -> None:
        window = MainWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kept.append(window)
        window.destroyed.connect(lambda: kept.remove(window))
        window.show()
        window.raise_()
        window.activateWindow()
        when_painted(window, lambda: window.open_paths([path]))

    def open_handed_over(paths: list[str]) -> None:
        for path in paths:  # one briefing per window, as ever
            open_in_new_window(path)

    def titles() -> list[str]:
        return [w.windowTitle() for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    InstanceServer(open_handed_over, titles, app).listen()


class FileOpenRequests(QObject):
    """Files the system asks us to open while running: macOS sends a double-clicked
    document as a FileOpen event, not as a command-line argument."""

    def __init__(self, window: MainWindow, paths: list[str], parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self.pending = paths
        self.ready = False

    def take(self) -> list[str]:
        paths, self.pending = self.pending, []
        return paths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.pending.append(path)
                if self.ready:
                    self._window.open_paths(self.take())
            return True
        return False


class _ExposeWatcher(QObject):
    """Calls back once, on the event-loop turn after the window is first exposed (and so painted)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.fire)  # after the paint the expose triggers
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def when_painted(window: QWidget, callback: Callable[[], None], at_the_latest_ms: int = 1000) -> None:
    """Run ``callback`` once the shown ``window`` has painted (or after ``at_the_latest_ms`` regardless).

    Work that the first picture does not need waits for it, so the window appears sooner.
    """
    watcher = _ExposeWatcher(callback, window)
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        QTimer.singleShot(0, watcher.fire)
    elif handle is not None:
        handle.installEventFilter(watcher)
    QTimer.singleShot(at_the_latest_ms, watcher.fire)  # a window manager that never exposes it, say


def report_when_exposed(app: QApplication, window: MainWindow) -> int:
    """The start-up probe: "shown" at the first paint (the minimal program in
    benchmarks/startup_time.py prints it the same way), then "ready" once the work
    ``run`` defers past that paint is done and painted too (the recent files listed)."""

    def shown() -> None:
        print("shown", flush=True)
        window.services  # noqa: B018  (what after_show's first use of window.files does)
        window.repaint()
        print("ready", flush=True)
        app.quit()

    when_painted(window, shown, at_the_latest_ms=30_000)
    return app.exec()


def _smoke_test(app: QApplication, window: MainWindow, paths: list[str], started: float) -> int:
    """Open the sample (or ``paths``), wait for one preview render, print one line, exit."""
    from . import dialogs

    outcome: dict[str, str] = {
        "code": "1",
        "line": "Briefing smoke test FAILED: the preview did not render within 60 s.",
    }

    def fail(message: str) -> None:
        outcome["line"] = f"Briefing smoke test FAILED: {message}"
        app.quit()

    def report_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
        fail(f"{text} {detail}".strip())

    # Nobody is there to click: errors end the test instead of waiting in a dialog.
    dialogs.show_error = report_error

    def on_rendered(result: RenderResult) -> None:
        pages = window.preview.pdf.pageCount()
        outcome["code"] = "0" if pages == 1 else "1"
        outcome["line"] = (
            f"Briefing {__version__} smoke test {'OK' if pages == 1 else 'FAILED'}: preview "
            f"rendered {pages} page ({result.fit_message}) "
            f"{time.perf_counter() - started:.2f} s after start."
        )
        app.quit()

    def start() -> None:
        opened = window.files.open_path(paths[0]) if paths else window.files.open_sample()
        if not opened and outcome["code"] != "0":
            fail("the file could not be opened.")

    window.preview.rendered.connect(on_rendered)
    window.preview.failed.connect(fail)
    QTimer.singleShot(0, start)
    QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, app.quit)
    app.exec()
    print(outcome["line"], flush=True)
    window.document.close()
    window.close()
    return int(outcome["code"])
