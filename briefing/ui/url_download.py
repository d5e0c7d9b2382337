"""Downloading an article off the UI thread, with a progress dialog whose Cancel works at once.

The worker runs ``briefing.ingest.fetch_article`` and drafts the card; it reports
progress through a queued signal and polls a cancel flag between chunks. Cancel
closes the dialog immediately and drops whatever the worker returns later, so a
server that has gone silent never keeps the user waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, Signal  # (imported on the first download, not at start-up)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..model import Article, Briefing
from .workers import BackgroundWork


def size_text(count: int) -> str:
    """``834 KB``, ``2.4 MB``: sizes as people read them."""
    if count < 1000 * 1000:
        return f"{max(1, round(count / 1000)) if count else 0} KB"
    return f"{count / 1000 / 1000:.1f} MB"


class ArticleDownload(QObject):
    """One download, from the click on Open to the drafted card (or the reason there is none)."""

    succeeded = Signal(object)
    """The card drafted from the downloaded article (a Briefing)."""
    failed = Signal(str)
    """The one-sentence reason the article could not be read."""
    cancelled = Signal()
    _progressed = Signal(object)  # (received, total or None), emitted on the worker thread

    def __init__(
        self,
        url: str,
        work: BackgroundWork,
        draft: Callable[[Article], Briefing],
        parent: QWidget,
        allow_private_hosts: bool = False,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.allow_private_hosts = allow_private_hosts
        self.host = urlsplit(url).hostname or url
        self._stop = threading.Event()
        self._finished = False
        self.dialog = QProgressDialog(f"Connecting to {self.host}…", "Cancel", 0, 0, parent)
        self.dialog.setObjectName("downloadProgress")
        self.dialog.setWindowTitle("Open URL")
        self.dialog.setAccessibleName("Download progress")
        self.dialog.setWindowModality(
            Qt.WindowModality.WindowModal
        )  # no edits to a card about to be replaced
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._on_progress)
        self._work = work
        self._draft = draft

    def start(self) -> None:
        from ..ingest import fetch_article

        def download() -> Briefing:
            article = fetch_article(
                self.url,
                progress=lambda done, total: self._progressed.emit((done, total)),
                cancelled=self._stop.is_set,
                allow_private_hosts=self.allow_private_hosts,
            )
            return self._draft(article)

        self.dialog.show()
        self._work.run_detached(download, self._on_done, self._on_error)

    @property
    def running(self) -> bool:
        return not self._finished

    def cancel(self) -> None:
        """Stop now: the dialog closes and the worker's answer, whenever it comes, is dropped."""
        if self._finish():
            self.cancelled.emit()

    def _finish(self) -> bool:
        """Close the dialog once; ``False`` if the download had already ended."""
        if self._finished:
            return False
        self._finished = True
        self._stop.set()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        return True

    def _on_progress(self, progress: tuple[int, int | None]) -> None:
        if self._finished:
            return
        received, total = progress
        if total:
            # In KB, so the counts stay within the int QProgressDialog takes.
            self.dialog.setMaximum(max(1, total // 1024))
            self.dialog.setValue(min(received, total) // 1024)
            self.dialog.setLabelText(
                f"Downloading from {self.host}… {size_text(received)} of {size_text(total)}"
            )
        else:
            self.dialog.setLabelText(f"Downloading from {self.host}… {size_text(received)}")

    def _on_done(self, briefing: Any) -> None:
        if self._finish():
            self.succeeded.emit(briefing)

    def _on_error(self, error: BaseException) -> None:
        from ..ingest import FetchCancelled, IngestError

        if isinstance(error, FetchCancelled) or not self._finish():
            return
        if isinstance(error, IngestError):
            self.failed.emit(str(error))
        else:  # a bug of ours or a library's surprise: still one sentence, never a traceback
            self.failed.emit(f"The page at {self.host} could not be read ({type(error).__name__}).")
