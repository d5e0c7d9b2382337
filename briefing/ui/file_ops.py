"""Opening, saving, exporting and printing, with every failure explained and the card left intact.

Nothing here replaces the open briefing until the new one has been read
completely; a failed save or export leaves the old file untouched (atomic
writes) and the window as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_NAME, __version__
from ..model import FILE_SUFFIX, Article, Briefing, BriefingFileError
from ..model import load as load_briefing
from ..model import save as save_briefing
from ..model.dates import long_date
from ..settings import Preferences, RecentFiles
from . import dialogs
from .dialogs import SaveChoice
from .document import BriefingDocument
from .recovery import RecoveryStore

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

OPENABLE_SUFFIXES = (
    FILE_SUFFIX,
    ".html",
    ".htm",
    ".mhtml",
    ".mht",
    ".pdf",
    ".docx",
    ".md",
    ".markdown",
    ".txt",
    ".text",
)
"""What a file dropped on the window may be; read_article tells the formats apart by content."""


class FileController(QObject):
    """The window's file commands; each returns whether it did what was asked."""

    status_message = Signal(str)
    recent_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        document: BriefingDocument,
        recovery: RecoveryStore,
        preferences: Callable[[], Preferences],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.recovery = recovery
        self.preferences = preferences
        self.recent = RecentFiles.load()
        self.last_folder = ""
        self.typed_input_problems: Callable[[], str] = lambda: ""
        """Set by the window: commits what the form holds and says what cannot be saved ("" if nothing)."""

    # -- opening ------------------------------------------------------------------------

    def open_dialog(self) -> bool:
        if not self.maybe_save_changes():
            return False
        path = dialogs.ask_open_path(self.window, self.last_folder)
        return self.open_path(path, ask_first=False) if path else False

    def open_path(self, path: str | Path, ask_first: bool = True) -> bool:
        """Open an article (a new card is drafted from it) or a ``.briefing`` file."""
        path = Path(path)
        if ask_first and not self.maybe_save_changes():
            return False
        try:
            with _busy():
                briefing, saved_at = self._read(path)
        except (BriefingFileError, OSError) as error:
            self.fail("Could Not Open File", f"“{path.name}” could not be opened.", str(error))
            return False
        except Exception as error:  # IngestError and anything a reader did not foresee
            self.fail("Could Not Open File", f"“{path.name}” could not be opened.", _reason(error))
            return False
        self.document.open(briefing, saved_at)
        self.last_folder = str(path.parent)
        self._remember(path)
        self.status_message.emit(f"Opened {path.name}{_cut_note(briefing)}")
        return True

    def _read(self, path: Path) -> tuple[Briefing, Path | None]:
        if path.suffix.lower() == FILE_SUFFIX:
            return load_briefing(path), path
        from ..ingest import read_article

        return draft_card(read_article(path), self.preferences()), None

    def open_draft(self, briefing: Briefing, name: str) -> None:
        """Show a card drafted from an article that has no file of its own (a URL, the clipboard)."""
        self.document.open(briefing)
        self.status_message.emit(f"Opened {name}{_cut_note(briefing)}")

    def open_sample(self) -> bool:
        from ..resources import MissingAssetError, sample_article

        try:
            path = sample_article()
        except MissingAssetError as error:
            self.fail("Sample Missing", "The sample article is not installed.", str(error))
            return False
        return self.open_path(path)

    def new_blank(self) -> bool:
        if not self.maybe_save_changes():
            return False
        briefing = Briefing(date=dt.date.today())
        self.preferences().apply_to(briefing)
        self.document.open(briefing)
        return True

    def close_briefing(self) -> bool:
        if not self.maybe_save_changes():
            return False
        self.document.close()
        self.recovery.discard()
        return True

    def maybe_save_changes(self) -> bool:
        """Ask to save unsaved changes; ``False`` means the user cancelled (or the save failed)."""
        if not self.document.is_modified:
            return True
        choice = dialogs.ask_save_changes(self.window, self.document.display_name)
        if choice == SaveChoice.SAVE:
            return self.save()
        return choice == SaveChoice.DISCARD

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.briefing is None:
            return False
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        if self.document.briefing is None:
            return False
        suggested = self._suggested_path(FILE_SUFFIX)
        path = dialogs.ask_save_path(self.window, "Save Briefing", suggested, dialogs.BRIEFING_FILTER)
        if path is None:
            return False
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        assert self.document.briefing is not None
        problems = self.typed_input_problems()
        if problems:
            self.fail(
                "Could Not Save",
                "The briefing was not saved: a field holds something that is not a valid value.",
                problems,
                "Correct the field marked in red, or clear it, and save again.",
            )
            return False
        try:
            save_briefing(self.document.briefing, path, written_by=f"{APP_NAME} {__version__}")
        except BriefingFileError as error:
            self.fail(
                "Could Not Save",
                f"The briefing could not be saved as “{path.name}”.",
                str(error),
                "Your work is still open; try another folder or name.",
            )
            return False
        self.document.mark_saved(path)
        self.recovery.discard()
        self.last_folder = str(path.parent)
        self._remember(path)
        self.status_message.emit(f"Saved {path.name}")
        return True

    # -- export and print -----------------------------------------------------------------

    def export_pdf(self) -> bool:
        briefing = self.document.briefing
        if briefing is None:
            return False
        path = dialogs.ask_save_path(
            self.window, "Export PDF", self._suggested_path(".pdf"), dialogs.PDF_FILTER
        )
        if path is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from ..render import write_pdf

        try:
            with _busy():
                result = write_pdf(briefing, path)
        except OSError as error:
            self.fail(
                "Could Not Export",
                f"The PDF could not be written to “{path}”.",
                f"{error.strerror or error}.",
                "Choose a folder you can write to, such as Documents.",
            )
            return False
        except Exception as error:
            self.fail("Could Not Export", "The card could not be drawn as a PDF.", _reason(error))
            return False
        self.last_folder = str(path.parent)
        fit = "" if result.fit_message == "fits" else f" ({result.fit_message})"
        self.status_message.emit(f"Exported {path.name}{fit}")
        return True

    def _card_pdf(self) -> bytes | None:
        """The PDF that Export writes, for printing; ``None`` (after saying why) if it fails."""
        if self.document.briefing is None:
            return None
        from ..render import render_pdf

        try:
            with _busy():
                return render_pdf(self.document.briefing).pdf
        except Exception as error:
            self.fail("Could Not Print", "The card could not be drawn for printing.", _reason(error))
            return None

    def _printer_for(self, pdf: bytes) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from .printing import match_page_size

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.display_name)
        printer.setCreator(APP_NAME)
        match_page_size(printer, pdf)
        return printer

    def print_card(self) -> bool:
        """Print the card: the printer dialog (which offers Print to File even with no printer
        installed), then the exported PDF, as vectors where the system allows."""
        pdf = self._card_pdf()
        if pdf is None:
            return False
        printer = self._printer_for(pdf)
        if not dialogs.ask_print(self.window, printer):
            return False
        return self.print_to(printer, pdf)

    def print_to(self, printer: QPrinter, pdf: bytes | None = None) -> bool:
        """Print as set up in the dialog: the card's own PDF where possible (see :mod:`.printing`)."""
        from .printing import PrintError, print_card

        pdf = pdf if pdf is not None else self._card_pdf()
        if pdf is None:
            return False
        try:
            with _busy():
                how = print_card(pdf, printer)
        except PrintError as error:
            self.fail("Could Not Print", str(error))
            return False
        if how == "file":
            self.status_message.emit(
                f"Printed {self.document.display_name} to {Path(printer.outputFileName()).name}"
            )
        else:
            self.status_message.emit(
                f"Sent {self.document.display_name} to {printer.printerName() or 'the printer'}"
            )
        return True

    def print_preview(self) -> None:
        pdf = self._card_pdf()
        if pdf is None:
            return
        from .printing import PrintError, print_pdf

        def paint(printer: QPrinter, dpi: int | None = None) -> None:
            try:
                print_pdf(pdf, printer, dpi)
            except PrintError as error:
                self.status_message.emit(str(error))

        dialogs.show_print_preview(self.window, self._printer_for(pdf), paint)

    # -- recovery -----------------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosaved briefing; returns whether one was restored."""
        for entry in self.recovery.orphans():
            when = f"{entry.saved_at:%H:%M} on {long_date(entry.saved_at)}"
            if not dialogs.ask_recover(self.window, entry.title or "Untitled briefing", when):
                self.recovery.drop(entry)
                continue
            try:
                briefing = self.recovery.take(entry)
            except BriefingFileError as error:
                self.recovery.set_aside(entry)
                self.fail(
                    "Could Not Recover",
                    "The autosaved briefing could not be read.",
                    str(error),
                    f"It was kept as {entry.briefing_path.with_suffix('.damaged')}.",
                )
                continue
            self.document.open(briefing, entry.original, modified=True)
            self.status_message.emit("Recovered the briefing; save it to keep it.")
            return True
        return False

    # -- helpers ------------------------------------------------------------------------

    def _suggested_path(self, suffix: str) -> Path:
        if self.document.path is not None:
            return self.document.path.with_suffix(suffix)
        folder = Path(self.last_folder) if self.last_folder else Path.home()
        return folder / (_slug(self.document.display_name) + suffix)

    def _remember(self, path: Path) -> None:
        self.recent.add(path)
        with contextlib.suppress(OSError):  # a recent list that cannot be stored is not worth an error
            self.recent.save()
        self.recent_changed.emit()

    def fail(self, title: str, text: str, detail: str = "", advice: str = "") -> None:
        """Explain a failure in a dialog (the card stays as it was) and in the status bar."""
        dialogs.show_error(self.window, title, text, " ".join(part for part in (detail, advice) if part))
        self.status_message.emit(text)


def draft_card(article: Article, preferences: Preferences) -> Briefing:
    """A new card for ``article``: the top suggestions, the user's defaults, today's date.

    Qt-free, so it may run on a worker (the URL download drafts there).
    """
    from ..drafting import draft_to_fit

    card = Briefing.from_article(article, preferences.citation_style)
    preferences.apply_to(card)
    card.date = dt.date.today()
    return draft_to_fit(article, card)


SLUG_LIMIT = 60


def _slug(name: str) -> str:
    """A file name from a headline: its words, lower case, joined by hyphens, at most
    ``SLUG_LIMIT`` characters and cut between words (a first word longer than that is cut)."""
    words = re.findall(r"\w+", name.lower())
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > SLUG_LIMIT:
            return slug or word[:SLUG_LIMIT]
        slug = longer
    return slug or "briefing"


def _cut_note(briefing: Briefing) -> str:
    """What was left out of a too-long article, for the status bar ("" if nothing)."""
    article = briefing.article
    return f". {article.truncated}" if article is not None and article.truncated else ""


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return text if text else f"An unexpected {type(error).__name__} occurred."


class _busy:
    """Show the wait cursor while a file operation runs."""

    def __enter__(self) -> None:
        from PySide6.QtCore import Qt  # here, not at the top: see welcome.py on the Qt namespace at start-up

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
