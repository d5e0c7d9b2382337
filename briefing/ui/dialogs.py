"""Every modal question the app asks, in one place tests can patch.

Each function shows a standard dialog and returns the answer as plain data.
Tests replace these functions (``monkeypatch.setattr(dialogs, "ask_open_path", ...)``)
so no modal dialog is ever left waiting for a click; callers must look them up
as ``dialogs.ask_open_path(...)`` at call time, never import the function itself.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..model import FILE_SUFFIX
from ..settings import Preferences

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

BRIEFING_FILTER = f"Briefings (*{FILE_SUFFIX})"
PDF_FILTER = "PDF documents (*.pdf)"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def open_name_filters() -> list[str]:
    """The Open dialog's file types: every format the readers take, and saved briefings.

    Built from ``briefing.ingest.OPEN_DIALOG_FILTERS`` on first use (importing the
    readers is too slow for start-up), so a format ingest adds shows up here too.
    """
    from ..ingest import OPEN_DIALOG_FILTERS

    def entry(label: str, patterns: tuple[str, ...]) -> str:
        return f"{label} ({' '.join(patterns)})"

    (_label, article_patterns), *others = OPEN_DIALOG_FILTERS
    briefing = f"*{FILE_SUFFIX}"
    return [
        entry("Articles and briefings", (*article_patterns, briefing)),
        entry("Briefings", (briefing,)),
        *(entry(label, patterns) for label, patterns in others),
    ]


def ask_open_path(parent: QWidget | None, folder: str = "") -> Path | None:
    """An article or ``.briefing`` file to open, or ``None`` if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open Article or Briefing", folder, ";;".join(open_name_filters())
    )
    return Path(name) if name else None


def ask_url(parent: QWidget | None) -> str | None:
    """The http(s) address of an article to download, or ``None`` if the user cancelled."""
    from .url_dialog import UrlDialog

    dialog = UrlDialog(parent)
    if dialog.exec() != UrlDialog.DialogCode.Accepted:
        return None
    return dialog.url()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, name_filter: str) -> Path | None:
    """Where to save, or ``None`` if cancelled. The dialog itself confirms overwriting."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    return Path(name) if name else None


def ask_save_changes(parent: QWidget | None, document_name: str) -> SaveChoice:
    """Save, discard or cancel, before unsaved changes would be lost."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved Changes")
    box.setText(f"Save the changes to “{document_name}” before closing it?")
    box.setInformativeText("Your changes will be lost if you don’t save them.")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def confirm(parent: QWidget | None, title: str, text: str, detail: str = "", yes: str = "OK") -> bool:
    """A yes/no question; ``yes`` names the action (e.g. "Recover")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the user something failed and what to do; the app carries on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    """Let the user pick a printer and options; ``False`` if cancelled.

    Shown even when no printer is installed: Qt's dialog always offers Print to File.
    """
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print Briefing")
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def show_print_preview(
    parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter, int | None], None]
) -> None:
    """Qt's print preview of what ``paint`` draws; the user can print from it.

    ``paint(printer, dpi)`` draws the page as pictures of ``dpi`` dots per inch: the screen's
    resolution at the zoom shown (drawn again when the zoom changes), so the preview never
    shrinks a large picture on screen, which drops hairlines. Printing from the preview
    gets ``dpi`` None: the printer's own resolution.
    """
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print Preview")
    painter = ScreenSizedPreview(dialog, paint)  # (kept alive while the dialog is open)
    dialog.resize(900, 1000)
    dialog.exec()
    del painter


class ScreenSizedPreview:
    """Draws a print preview's page at the resolution it is shown at (see :func:`show_print_preview`)."""

    def __init__(self, dialog: QPrintPreviewDialog, paint: Callable[[QPrinter, int | None], None]) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        self._paint = paint
        self._painted_zoom = 0.0
        self.widget = dialog.findChild(QPrintPreviewWidget)
        dialog.paintRequested.connect(self.paint)
        if self.widget is not None:
            self.widget.previewChanged.connect(self._on_preview_changed)

    def screen_dpi(self) -> int | None:
        if self.widget is None:
            return None
        zoom = self.widget.zoomFactor()
        self._painted_zoom = zoom
        return max(36, round(zoom * self.widget.logicalDpiY() * self.widget.devicePixelRatioF()))

    def paint(self, printer: QPrinter) -> None:
        from PySide6.QtGui import QPaintEngine

        engine = printer.paintEngine()  # the preview records pictures; the print button prints
        on_screen = engine is not None and engine.type() == QPaintEngine.Type.Picture
        self._paint(printer, self.screen_dpi() if on_screen else None)

    def _on_preview_changed(self) -> None:
        from PySide6.QtCore import QTimer

        if self.widget is not None and abs(self.widget.zoomFactor() - self._painted_zoom) > 1e-3:
            QTimer.singleShot(0, self.widget.updatePreview)


def ask_recover(parent: QWidget | None, title: str, saved_at: str) -> bool:
    """Offer the briefing a crash left behind; ``False`` means discard it."""
    return confirm(
        parent,
        "Recover Briefing",
        f"Briefing did not close properly last time. Recover “{title}”?",
        f"It was saved automatically at {saved_at}. If you don’t recover it now, it is deleted.",
        yes="Recover",
    )


def ask_preferences(parent: QWidget | None, preferences: Preferences) -> Preferences | None:
    """The Preferences dialog; the new preferences, or ``None`` if cancelled."""
    from .settings_dialog import SettingsDialog

    dialog = SettingsDialog(preferences, parent)
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return None
    return dialog.preferences()


def show_about(parent: QWidget | None) -> None:
    from .. import APP_NAME, __version__

    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"{APP_NAME} {__version__}\n\nTurn a news article into a one-page briefing card: "
        "who, where, when, each party’s stated position, key quotes and facts, and a proper citation.",
    )
