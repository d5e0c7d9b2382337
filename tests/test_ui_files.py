"""Files: save, reopen, export, print, drag and drop, recent files, and every failure explained."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pypdfium2
from PIL import ImageChops, ImageFilter, ImageStat
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QListWidget, QTableView
from test_ui_support import article_file, dialog_log, drop, open_sample, press, select_in_article, window

from briefing.model import dumps
from briefing.ui import dialogs
from briefing.ui.dialogs import SaveChoice

__all__ = ["dialog_log", "window"]
CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = Path(__file__).resolve().parents[1]
REAL_ASK_PRINT = dialogs.ask_print  # taken at import, before any fixture replaces it


def _edit_headline(qtbot, main, text: str) -> None:
    field = main.form.widget_for("card", "headline")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _printer_to(path: Path):
    def configure(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return configure


def _pixels(pdf: Path, width: int = 600):
    """The page as grey pixels, softened so anti-aliasing differences between rasterisers do not count."""
    page = pypdfium2.PdfDocument(str(pdf))[0]
    image = page.render(scale=width / page.get_width()).to_pil().convert("L")
    return image.resize((width, round(width * 1.414))).filter(ImageFilter.GaussianBlur(2))


def test_save_and_reopen_gives_the_identical_briefing(qtbot, window, dialog_log, tmp_path):
    open_sample(qtbot, window)
    _edit_headline(qtbot, window, "Arlen talks: where things stand")
    saved = tmp_path / "card.briefing"
    dialog_log.answer("ask_save_path", saved)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    expected = dumps(window.document.briefing)
    window.files.close_briefing()
    assert window.stack.currentWidget() is window.welcome
    recent = window.findChild(QListWidget, "welcome.recent")
    assert recent.item(0).data(Qt.ItemDataRole.UserRole) == str(saved)
    recent.setFocus()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)  # reopen from the recent files
    assert dumps(window.document.briefing) == expected
    assert window.document.path == saved
    assert not window.isWindowModified()


def test_save_as_adds_the_suffix(qtbot, window, dialog_log, tmp_path):
    open_sample(qtbot, window)
    dialog_log.answer("ask_save_path", tmp_path / "no-suffix")
    window.actions_["file.save_as"].trigger()
    assert (tmp_path / "no-suffix.briefing").is_file()


def test_unreadable_file_shows_a_clear_error_and_keeps_the_open_briefing(qtbot, window, dialog_log, tmp_path):
    open_sample(qtbot, window)
    _edit_headline(qtbot, window, "Work in progress")
    before = dumps(window.document.briefing)
    damaged = tmp_path / "damaged.briefing"
    damaged.write_text('{"format": "briefing", "version": 1, "briefing": {"headline": ', encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    dialog_log.answer("show_error", None)
    dialog_log.answer("ask_save_changes", SaveChoice.DISCARD)
    for path in (damaged, binary, tmp_path / "missing.txt"):
        assert not window.files.open_path(path)
    errors = dialog_log.asked("show_error")
    assert len(errors) == 3
    assert "incomplete" in errors[0][3] or "cut off" in errors[0][3]
    assert all(path.name in error[2] for path, error in zip((damaged, binary), errors, strict=False))
    assert dumps(window.document.briefing) == before
    assert window.document.briefing.headline == "Work in progress"


def test_export_to_an_unwritable_folder_explains_and_changes_nothing(qtbot, window, dialog_log, tmp_path):
    """The "folder" is a regular file: unwritable for root too, which is how CI runs."""
    open_sample(qtbot, window)
    before = dumps(window.document.briefing)
    locked = tmp_path / "locked"
    locked.write_bytes(b"not a folder")
    dialog_log.answer("ask_save_path", locked / "card.pdf")
    dialog_log.answer("show_error", None)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    (_parent, title, text, detail) = dialog_log.asked("show_error")[0]
    assert title == "Could Not Export"
    assert str(locked / "card.pdf") in text and ".tmp" not in text + detail
    assert "Not a directory" in detail
    assert sorted(path.name for path in tmp_path.iterdir()) == ["locked"]
    assert locked.read_bytes() == b"not a folder"
    assert dumps(window.document.briefing) == before


def test_export_into_a_path_that_cannot_exist_explains(qtbot, window, dialog_log, tmp_path):
    """Runs as root too: a file where a folder should be cannot be written by anyone."""
    open_sample(qtbot, window)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    dialog_log.answer("ask_save_path", blocker / "card.pdf")
    dialog_log.answer("show_error", None)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    (_parent, title, text, detail) = dialog_log.asked("show_error")[0]
    assert title == "Could Not Export" and "card.pdf" in text and detail
    assert blocker.read_text(encoding="utf-8") == "x"


def test_failed_save_keeps_the_work_unsaved(qtbot, window, dialog_log, tmp_path):
    open_sample(qtbot, window)
    _edit_headline(qtbot, window, "Unsaved")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    dialog_log.answer("ask_save_path", blocker / "card.briefing")
    dialog_log.answer("show_error", None)
    assert not window.files.save()
    assert dialog_log.asked("show_error")[0][1] == "Could Not Save"
    assert window.isWindowModified() and window.document.is_modified


def test_unsaved_changes_are_asked_about_on_close_open_and_new(qtbot, window, dialog_log, tmp_path):
    open_sample(qtbot, window)
    _edit_headline(qtbot, window, "Changed")
    dialog_log.answer("ask_save_changes", SaveChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    assert not window.files.new_blank()
    other = article_file(tmp_path, "other.txt", "Other Story", ["A paragraph."])
    assert not window.files.open_path(other)
    assert window.document.briefing.headline == "Changed"
    assert len(dialog_log.asked("ask_save_changes")) == 3

    saved = tmp_path / "kept.briefing"
    dialog_log.answer("ask_save_changes", SaveChoice.SAVE)
    dialog_log.answer("ask_save_path", saved)
    assert window.files.open_path(other)
    assert saved.is_file() and window.document.briefing.headline == "Other Story"


def test_dropping_a_file_anywhere_opens_it(qtbot, window, dialog_log, tmp_path):
    path = article_file(tmp_path, "dropped.txt", "Dropped Article", ["It was dropped on the window."])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drop(window.welcome, mime, QPoint(50, 50), Qt.DropAction.CopyAction)
    assert window.document.briefing.headline == "Dropped Article"
    # A text field would paste the path; the window takes the file instead.
    second = article_file(tmp_path, "second.txt", "Second Article", ["Another one."])
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    headline = window.form.widget_for("card", "headline")
    assert drop(headline, mime, QPoint(5, 5), Qt.DropAction.CopyAction)
    assert window.document.briefing.headline == "Second Article"
    # A saved web page too.
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Web Story</title></head><body><article><h1>Web Story</h1>"
        "<p>A paragraph long enough to count as the body of a news article on a web page.</p>"
        "<p>Another paragraph, so the reader has a body to find.</p></article></body></html>",
        encoding="utf-8",
    )
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    assert drop(window.article_view.viewport(), mime, QPoint(5, 5), Qt.DropAction.CopyAction)
    assert window.document.briefing.headline == "Web Story"
    # Files it cannot open are not taken.
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG")
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    assert not drop(window.article_view.viewport(), mime, QPoint(5, 5), Qt.DropAction.CopyAction)


def test_print_to_a_pdf_printer_prints_the_exported_card(qtbot, window, dialog_log, tmp_path):
    open_sample(qtbot, window)
    select_in_article(window, "Everyone in that room knows the numbers")
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    printed, exported = tmp_path / "printed.pdf", tmp_path / "exported.pdf"
    dialog_log.answer("ask_print", _printer_to(printed))
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    dialog_log.answer("ask_save_path", exported)
    press(qtbot, window, Qt.Key.Key_E, CTRL)

    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == 1
    exported_box = pypdf.PdfReader(exported).pages[0].mediabox
    assert (round(reader.pages[0].mediabox.width), round(reader.pages[0].mediabox.height)) == (
        round(exported_box.width),
        round(exported_box.height),
    )
    # Print to File writes the card's own vector PDF (text, no page-sized picture), a few dozen KB,
    # not a 600 dpi image of several MB...
    assert not reader.pages[0].images
    assert printed.stat().st_size < 500_000
    assert reader.pages[0].extract_text() == pypdf.PdfReader(exported).pages[0].extract_text()
    # ...and looks like the exported PDF.
    difference = ImageStat.Stat(ImageChops.difference(_pixels(printed), _pixels(exported))).mean[0]
    assert difference < 1.0, difference


def test_print_preview_paints_the_same_card(qtbot, window, dialog_log, tmp_path):
    open_sample(qtbot, window)
    previewed = tmp_path / "preview.pdf"

    def preview(_parent, printer, paint):  # what Qt's preview dialog does: ask for the pages
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(previewed))
        paint(printer)

    dialog_log.answer("show_print_preview", preview)
    window.actions_["file.print_preview"].trigger()
    assert len(pypdf.PdfReader(previewed).pages) == 1


def test_with_no_printer_installed_print_offers_print_to_file(
    qtbot, window, dialog_log, monkeypatch, tmp_path
):
    """A machine without printers (as here): File › Print still shows Qt's dialog, which offers Print to File."""
    from PySide6 import QtPrintSupport
    from PySide6.QtPrintSupport import QPrinterInfo

    assert QPrinterInfo.availablePrinterNames() == []
    open_sample(qtbot, window)
    printed = tmp_path / "printed.pdf"
    shown = []

    class UserPrintsToFile:  # Qt's dialog, as a user who picks Print to File and presses Print
        DialogCode = QtPrintSupport.QPrintDialog.DialogCode

        def __init__(self, printer, _parent):
            self.printer = printer

        def setWindowTitle(self, title):
            shown.append(title)

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return self.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "ask_print", REAL_ASK_PRINT)
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", UserPrintsToFile)
    assert window.files.print_card()
    assert shown == ["Print Briefing"]
    assert len(pypdf.PdfReader(printed).pages) == 1
    assert "printed.pdf" in window.statusBar().currentMessage()


def test_a_file_named_on_the_command_line_opens_on_start(tmp_path):
    path = article_file(tmp_path, "cli.txt", "Command Line Article", ["Opened from the command line."])
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from briefing.ui.app import run; sys.exit(run(sys.argv[1:], smoke_test=True))",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test OK" in done.stdout and "1 page" in done.stdout


def test_recent_files_drop_what_no_longer_exists(qtbot, window, dialog_log, tmp_path):
    kept = article_file(tmp_path, "kept.txt", "Kept", ["A paragraph."])
    gone = article_file(tmp_path, "gone.txt", "Gone", ["A paragraph."])
    for path in (gone, kept):
        assert window.files.open_path(path)
    window.files.close_briefing()
    gone.unlink()
    dialog_log.answer("show_error", None)
    recent = window.findChild(QListWidget, "welcome.recent")
    row = [recent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(recent.count())].index(str(gone))
    recent.itemActivated.emit(recent.item(row))
    assert "no longer there" in dialog_log.asked("show_error")[0][2]
    assert [recent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(recent.count())] == [str(kept)]
    assert window.findChild(QTableView, "table.quotes") is not None
