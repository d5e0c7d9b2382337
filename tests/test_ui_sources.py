"""Articles from elsewhere: Open URL (a local server, never the internet), the clipboard, another encoding."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from local_web import Handler, LocalWeb
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton
from test_ui_support import dialog_log, open_sample, press, window

from briefing.ingest import OPEN_DIALOG_FILTERS
from briefing.model import dumps
from briefing.ui import dialogs
from briefing.ui.dialogs import SaveChoice
from briefing.ui.url_dialog import UrlDialog

__all__ = ["dialog_log", "window"]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
REAL_ASK_OPEN_PATH = dialogs.ask_open_path  # taken at import, before any fixture replaces it

PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour strike ends | Port Times</title>"
    "<meta property='og:site_name' content='Port Times'></head><body><nav>Home · World · Sport</nav>"
    "<article><h1>Harbour strike ends</h1>"
    + "".join(
        f"<p>Paragraph {n}: the dock workers returned to work on Monday after nine days of talks.</p>"
        for n in range(6)
    )
    + "</article></body></html>"
).encode()


@pytest.fixture(autouse=True)
def _private_hosts_allowed(_isolated_user_folders: None) -> None:
    """The test server is on 127.0.0.1, which Open URL refuses unless the preference allows it."""
    from briefing.settings import Preferences, save_preferences

    save_preferences(Preferences.defaults().replace(allow_private_hosts=True))


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, Handler]]]:
    """An HTTP server on 127.0.0.1 whose routes each test fills in."""
    with LocalWeb() as web:
        yield web.base, web.routes


def _headers(handler: http.server.BaseHTTPRequestHandler, length: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(length))
    handler.end_headers()


def _page_after(gate: threading.Event) -> Handler:
    def route(handler: http.server.BaseHTTPRequestHandler) -> None:
        gate.wait(10)  # the test decides when the server answers
        _headers(handler, len(PAGE))
        handler.wfile.write(PAGE)

    return route


def _progress(window: Any) -> QProgressDialog | None:
    dialog = window.findChild(QProgressDialog, "downloadProgress")
    return dialog if dialog is not None and dialog.isVisible() else None


def _edit_headline(qtbot: Any, window: Any, text: str) -> None:
    field = window.form.widget_for("card", "headline")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


# -- Open URL -------------------------------------------------------------------------------


def test_open_url_downloads_off_the_ui_thread_and_opens_the_article(qtbot, window, dialog_log, server):
    base, routes = server
    gate = threading.Event()
    routes["/story"] = _page_after(gate)
    dialog_log.answer("ask_url", f"{base}/story")
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    # The server has not answered yet, and the window still runs: the download is on a worker.
    assert dialog_log.asked("ask_url")
    qtbot.waitUntil(lambda: _progress(window) is not None)
    assert "127.0.0.1" in _progress(window).labelText()
    qtbot.wait(100)
    assert window.document.briefing is None
    gate.set()
    qtbot.waitUntil(lambda: window.document.briefing is not None, timeout=15_000)
    assert _progress(window) is None
    briefing = window.document.briefing
    assert briefing.headline == "Harbour strike ends"
    assert briefing.citation.url == f"{base}/story"
    assert "Paragraph 5: the dock workers returned" in window.article_view.toPlainText()
    assert "Home · World" not in window.article_view.toPlainText()
    assert window.document.path is None and window.isWindowModified() is False
    assert dialog_log.asked("show_error") == []


def test_a_missing_page_says_so_in_one_sentence_and_keeps_the_card(qtbot, window, dialog_log, server):
    base, _routes = server
    open_sample(qtbot, window)
    _edit_headline(qtbot, window, "Notes in progress")
    before = dumps(window.document.briefing)
    dialog_log.answer("ask_save_changes", SaveChoice.DISCARD)  # asked first, as Open does
    dialog_log.answer("ask_url", f"{base}/gone")
    dialog_log.answer("show_error", None)
    window.actions_["file.open_url"].trigger()
    qtbot.waitUntil(lambda: bool(dialog_log.asked("show_error")), timeout=15_000)
    (_parent, title, text, _detail) = dialog_log.asked("show_error")[0]
    assert title == "Could Not Open URL"
    assert text == "127.0.0.1 has no such page (HTTP 404); check the address."
    assert dumps(window.document.briefing) == before
    assert window.form.widget_for("card", "headline").text() == "Notes in progress"
    assert _progress(window) is None
    assert [call[0] for call in dialog_log.calls][:2] == ["ask_save_changes", "ask_url"]


def test_cancel_closes_at_once_and_the_download_stops(qtbot, window, dialog_log, server):
    base, routes = server
    total = 4_000_000
    served: dict[str, int] = {}

    def slow(handler: http.server.BaseHTTPRequestHandler) -> None:
        _headers(handler, total)
        sent = 0
        try:
            while sent < total:
                handler.wfile.write(b" " * 65536)
                handler.wfile.flush()
                sent += 65536
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            served["stopped_at"] = sent

    routes["/slow"] = slow
    dialog_log.answer("ask_url", f"{base}/slow")
    window.actions_["file.open_url"].trigger()
    qtbot.waitUntil(
        lambda: _progress(window) is not None and "KB of 4.0 MB" in _progress(window).labelText(),
        timeout=10_000,
    )
    progress = _progress(window)
    assert 0 < progress.value() < progress.maximum()
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    started = time.perf_counter()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert _progress(window) is None
    assert time.perf_counter() - started < 0.5  # closed at once, not when the next chunk arrives
    assert window.statusBar().currentMessage() == "Download cancelled."
    qtbot.waitUntil(lambda: "stopped_at" in served, timeout=10_000)  # the client hung up
    assert served["stopped_at"] < total
    qtbot.wait(300)
    assert window.document.briefing is None  # nothing opened later, either
    assert dialog_log.asked("show_error") == []


def test_the_url_dialog_takes_only_web_addresses(qtbot):
    QApplication.clipboard().setText("https://news.example.org/harbour-strike")
    dialog = UrlDialog()
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert dialog.field.text() == "https://news.example.org/harbour-strike"  # a copied link is offered
    assert open_button.isEnabled()
    dialog.field.clear()
    assert not open_button.isEnabled()
    qtbot.keyClicks(dialog.field, "ftp://files.example.org/story.txt")
    assert not open_button.isEnabled()
    assert "ftp" in dialog.problem.text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter does not slip past the check
    assert dialog.result() != UrlDialog.DialogCode.Accepted
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "example.org/news/harbour")
    assert open_button.isEnabled() and dialog.problem.text() == ""
    assert dialog.url() == "https://example.org/news/harbour"
    QApplication.clipboard().setText("rm -rf /")
    second = UrlDialog()
    qtbot.addWidget(second)
    assert second.field.text() == ""  # clipboard text that is not an address is not offered


# -- Paste as New Article -------------------------------------------------------------------


def _copy(text: str = "", html: str = "") -> None:
    mime = QMimeData()
    if text:
        mime.setText(text)
    if html:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


def test_pasted_html_becomes_an_article_with_its_paragraphs(qtbot, window, dialog_log):
    _copy(
        text="Dam deal agreed Ministers agreed. Farmers cheered.",
        html="<h1>Dam deal agreed</h1><p>Ministers agreed on the <b>water</b> quota.</p>"
        "<div>Farmers cheered.<br><br>Fishers did not.</div><script>alert(1)</script>",
    )
    press(qtbot, window, Qt.Key.Key_V, CTRL | SHIFT)
    article = window.document.briefing.article
    assert article.title == "Dam deal agreed"
    assert article.paragraphs == [
        "Ministers agreed on the water quota.",
        "Farmers cheered.",
        "Fishers did not.",
    ]
    assert window.document.briefing.headline == "Dam deal agreed"
    assert "Fishers did not." in window.article_view.toPlainText()
    assert "alert" not in window.article_view.toPlainText()
    assert not window.sources.encoding_menu.isEnabled()  # a paste has no file to read again


def test_pasted_plain_text_becomes_an_article(qtbot, window, dialog_log):
    _copy(text="Harbour strike ends\n\nThe dock workers returned on Monday.\n\nTalks lasted nine days.")
    window.actions_["file.paste_article"].trigger()
    assert window.document.briefing.article.paragraphs[-1] == "Talks lasted nine days."


def test_an_empty_clipboard_is_explained_and_the_card_kept(qtbot, window, dialog_log):
    open_sample(qtbot, window)
    before = dumps(window.document.briefing)
    QApplication.clipboard().clear()
    dialog_log.answer("show_error", None)
    press(qtbot, window, Qt.Key.Key_V, CTRL | SHIFT)
    (_parent, title, text, _detail) = dialog_log.asked("show_error")[0]
    assert title == "Nothing to Paste"
    assert "clipboard holds no text" in text
    assert dumps(window.document.briefing) == before
    assert dialog_log.asked("ask_save_changes") == []  # nothing to replace the card with: no question


# -- Reopen with Encoding -------------------------------------------------------------------

RUSSIAN = (
    "Переговоры в Женеве",
    [
        "Министр иностранных дел заявил, что переговоры продолжатся в пятницу.",
        "Делегации обсудили поставки воды и электроэнергии.",
    ],
)


def _choose_encoding(qtbot: Any, window: Any, encoding: str) -> None:
    """Open File ▸ Reopen with Encoding and click an encoding, as a user would."""
    menu = window.sources.encoding_menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.objectName() == f"encoding.{encoding}")
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_reopen_with_encoding_rereads_the_file(qtbot, window, dialog_log, tmp_path):
    path = tmp_path / "geneva.txt"
    path.write_bytes(("\n\n".join([RUSSIAN[0], *RUSSIAN[1]]) + "\n").encode("cp1251"))
    assert not window.sources.encoding_menu.isEnabled()  # nothing open yet
    assert window.files.open_path(path)
    assert window.sources.encoding_menu.isEnabled()
    _choose_encoding(qtbot, window, "koi8-r")  # the wrong one: the words come out garbled
    garbled = window.article_view.toPlainText()
    assert RUSSIAN[1][0] not in garbled
    assert window.statusBar().currentMessage() == "Reopened geneva.txt as Cyrillic (KOI8-R)."
    _choose_encoding(qtbot, window, "cp1251")
    assert window.document.briefing.article.paragraphs == RUSSIAN[1]
    assert RUSSIAN[1][1] in window.article_view.toPlainText()
    assert window.document.briefing.headline == RUSSIAN[0]
    checked = [a.objectName() for a in window.sources.encoding_menu.actions() if a.isChecked()]
    assert checked == ["encoding.cp1251"]
    assert dialog_log.asked("show_error") == []


def test_reopen_with_encoding_asks_about_unsaved_changes_and_explains_failures(
    qtbot, window, dialog_log, tmp_path
):
    path = tmp_path / "note.txt"
    path.write_text("Water talks\n\nThe talks went on into a third day.\n", encoding="latin-1")
    assert window.files.open_path(path)
    _edit_headline(qtbot, window, "My notes")
    dialog_log.answer("ask_save_changes", SaveChoice.CANCEL)
    _choose_encoding(qtbot, window, "cp1252")
    assert window.document.briefing.headline == "My notes"  # cancelled: nothing re-read
    path.unlink()  # gone since it was opened: the menu still offers it, and reading says why it fails
    before = dumps(window.document.briefing)
    dialog_log.answer("ask_save_changes", SaveChoice.DISCARD)
    dialog_log.answer("show_error", None)
    _choose_encoding(qtbot, window, "utf-8")
    (_parent, title, text, detail) = dialog_log.asked("show_error")[0]
    assert (title, text) == ("Could Not Reopen File", "“note.txt” could not be read again.")
    assert "no such file" in detail
    assert dumps(window.document.briefing) == before


# -- Open dialog and drops ----------------------------------------------------------------


def test_the_open_dialog_offers_every_format_the_readers_take(qtbot, monkeypatch, tmp_path):
    offered: list[str] = []

    def get_open_file_name(_parent, _caption, _folder, name_filter):  # Qt's dialog: record, then cancel
        offered.extend(name_filter.split(";;"))
        return "", ""

    monkeypatch.setattr("briefing.ui.dialogs.QFileDialog.getOpenFileName", get_open_file_name)
    assert REAL_ASK_OPEN_PATH(None) is None
    files = [
        "story.html",
        "saved.mhtml",
        "paper.pdf",
        "memo.docx",
        "notes.md",
        "email.txt",
        "card.briefing",
        "photo.png",
    ]
    for name in files:
        (tmp_path / name).write_bytes(b"x")

    def listed(entry: str) -> set[str]:
        patterns = entry[entry.index("(") + 1 : entry.rindex(")")].split()
        return {path.name for path in tmp_path.iterdir() if any(path.match(p) for p in patterns)}

    assert listed(offered[0]) == set(files) - {"photo.png"}  # the default filter shows everything we read
    labels = {entry.split(" (")[0]: listed(entry) for entry in offered}
    assert labels["Briefings"] == {"card.briefing"}
    assert labels["Web pages"] == {"story.html", "saved.mhtml"}
    assert labels["PDF documents"] == {"paper.pdf"}
    assert labels["Word documents"] == {"memo.docx"}
    assert labels["Markdown and text"] == {"notes.md", "email.txt"}
    assert "photo.png" in labels["All files"]


def test_every_format_the_open_dialog_offers_can_be_dropped(qtbot, window, tmp_path):
    patterns = {p for _label, group in OPEN_DIALOG_FILTERS for p in group if p != "*"} | {"*.briefing"}
    refused = []
    for pattern in sorted(patterns):
        path = tmp_path / ("dropped" + pattern[1:])
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        enter = QDragEnterEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.welcome, enter)
        if not enter.isAccepted():
            refused.append(pattern)
    assert refused == []
