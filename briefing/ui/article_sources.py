"""Articles that do not come through File ▸ Open…: a web address, the clipboard, a re-read in another encoding.

Each command asks about unsaved changes first, as Open does, and leaves the
open card untouched when it fails (one dialog, one sentence). The readers are
imported on first use, never at start-up.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from ..model import Briefing
from . import dialogs
from .document import BriefingDocument
from .file_ops import FileController, draft_card
from .workers import BackgroundWork

if TYPE_CHECKING:
    from .url_download import ArticleDownload

REREADABLE_FORMATS = frozenset({"html", "mhtml", "markdown", "text", "sample-text"})
"""Article formats read as text, where another encoding can give other characters (not PDF or Word)."""
AUTOMATIC = ""


class ArticleSources(QObject):
    """Open URL…, Paste as New Article and Reopen with Encoding, for one window."""

    def __init__(
        self, window: QWidget, files: FileController, document: BriefingDocument, encoding_menu: QMenu
    ) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.document = document
        self.download: ArticleDownload | None = None
        self._network = BackgroundWork(self, name="briefing-download")
        self.encoding_menu = encoding_menu
        self.encoding_menu.aboutToShow.connect(self._fill_encoding_menu)
        self._encodings: QActionGroup | None = None
        self._chosen_encoding = AUTOMATIC
        document.reset.connect(self._on_document_reset)
        self._on_document_reset()

    # -- Open URL ---------------------------------------------------------------------------

    def open_url(self) -> bool:
        """Ask for an address, then download it in the background; ``False`` if nothing started."""
        if self.download is not None and self.download.running:
            return False
        if not self.files.maybe_save_changes():
            return False
        url = dialogs.ask_url(self.window)
        if not url:
            return False
        from .url_download import ArticleDownload

        preferences = dataclasses.replace(self.files.preferences())  # the worker gets its own copy
        download = ArticleDownload(
            url,
            self._network,
            lambda article: draft_card(article, preferences),
            self.window,
            allow_private_hosts=preferences.allow_private_hosts,
        )
        download.succeeded.connect(lambda briefing: self._on_downloaded(briefing, download))
        download.failed.connect(lambda reason: self.files.fail("Could Not Open URL", reason))
        download.cancelled.connect(lambda: self.files.status_message.emit("Download cancelled."))
        self.download = download
        download.start()
        return True

    def _on_downloaded(self, briefing: Briefing, download: ArticleDownload) -> None:
        download.deleteLater()
        self.files.open_draft(briefing, download.host)

    def shutdown(self) -> None:
        """The window is closing: stop a running download and drop its result."""
        if self.download is not None:
            self.download.cancel()
        self._network.shutdown()

    # -- Paste as New Article -----------------------------------------------------------------

    def paste_article(self) -> bool:
        """Make a new card from the clipboard: its HTML (paragraphs kept) if any, else its text."""
        from ..ingest import IngestError, parse_clipboard

        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        try:
            article = parse_clipboard(text, html)
        except IngestError as error:
            self.files.fail("Nothing to Paste", str(error))
            return False
        if not self.files.maybe_save_changes():
            return False
        self.files.open_draft(draft_card(article, self.files.preferences()), "the pasted article")
        return True

    # -- Reopen with Encoding -------------------------------------------------------------------

    def rereadable_file(self) -> Path | None:
        """The file the open article was read from, if it is text another encoding could change."""
        briefing = self.document.briefing
        article = briefing.article if briefing is not None else None
        if article is None or article.source_format not in REREADABLE_FORMATS or not article.source:
            return None
        path = Path(article.source)
        return path if path.is_absolute() else None  # not a URL or "clipboard"

    def reopen_with_encoding(self, encoding: str) -> bool:
        """Read the article's file again as ``encoding`` (``""``: detect it) into a new card."""
        path = self.rereadable_file()
        if path is None:
            return False
        from ..ingest import IngestError, read_article

        if not self.files.maybe_save_changes():
            return False
        try:
            article = read_article(path, encoding=encoding or None)
        except IngestError as error:
            self.files.fail("Could Not Reopen File", f"“{path.name}” could not be read again.", str(error))
            return False
        label = _label(encoding)
        self.document.open(draft_card(article, self.files.preferences()))
        self._chosen_encoding = encoding  # after open(): the reset handler forgets the old choice
        self.files.status_message.emit(f"Reopened {path.name} as {label}.")
        return True

    def _on_document_reset(self) -> None:
        self._chosen_encoding = AUTOMATIC
        path = self.rereadable_file()
        self.encoding_menu.setEnabled(path is not None and path.is_file())

    def _fill_encoding_menu(self) -> None:
        """Built when first opened: the encoding list comes from the readers, loaded on demand."""
        if self._encodings is None:
            from ..ingest import ENCODING_CHOICES

            self._encodings = QActionGroup(self.encoding_menu)
            self._encodings.setExclusive(True)
            for encoding, label in ((AUTOMATIC, _label(AUTOMATIC)), *ENCODING_CHOICES):
                action = self._encoding_action(encoding, label)
                self.encoding_menu.addAction(action)
                if encoding == AUTOMATIC:
                    self.encoding_menu.addSeparator()
        for action in self._encodings.actions():
            action.setChecked(action.data() == self._chosen_encoding)

    def _encoding_action(self, encoding: str, label: str) -> QAction:
        assert self._encodings is not None
        action = QAction(label, self._encodings)
        action.setObjectName(f"encoding.{encoding or 'automatic'}")
        action.setData(encoding)
        action.setCheckable(True)
        action.setToolTip(f"Read the article's file again as {label}")
        action.triggered.connect(lambda _checked=False, e=encoding: self.reopen_with_encoding(e))
        return action


def _label(encoding: str) -> str:
    if encoding == AUTOMATIC:
        return "Automatic (detected)"
    from ..ingest import ENCODING_CHOICES

    return dict(ENCODING_CHOICES).get(encoding, encoding)
