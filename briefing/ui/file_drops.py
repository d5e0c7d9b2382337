"""Files dropped on the window open, wherever they land; anything else is refused.

The window's own drag handlers take drops on the welcome page. Once the workspace
exists, its text fields would take a dropped file's path as text, so an
application-wide event filter looks at every drop first. That filter is
installed only then: a Python call for every event costs ~20 ms while the
window first lays out and paints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class FileDrops(QObject):
    """Takes file drops for ``window`` and hands the file to ``open_path``."""

    def __init__(self, window: QWidget, open_path: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._window = window
        self._open_path = open_path
        self._watching = False
        window.setAcceptDrops(True)

    def take(self, event: QDropEvent) -> bool:
        """Accept a file we can open (and open it, on the drop itself); refuse anything else."""
        dropped = dropped_file(event)
        if dropped is None:
            event.ignore()
            return False
        if event.type() == QEvent.Type.Drop:
            self._open_path(dropped)
        event.acceptProposedAction()
        return True

    def watch_all_widgets(self) -> None:
        """From now on, drops on any widget of the window (text fields included) come here first."""
        if not self._watching:
            _application().installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        if self._watching:
            _application().removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _DRAG_EVENTS
            and isinstance(watched, QWidget)
            and watched is not self._window
            and watched.window() is self._window
            and isinstance(event, QDropEvent)
        ):  # drag enter and move events are drop events too
            return dropped_file(event) is not None and self.take(event)
        return False


def dropped_file(event: QDropEvent) -> Path | None:
    """The first local file in the drop that Briefing can open, if any."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    from .file_ops import OPENABLE_SUFFIXES  # (the first drag loads the file commands, if nothing did yet)

    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE_SUFFIXES:
            return Path(url.toLocalFile())
    return None


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "drops need a QApplication"
    return app
