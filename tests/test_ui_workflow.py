"""The whole job, as a user does it: open the sample, pick, edit, save, reopen, export."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QToolButton
from test_ui_support import dialog_log, open_sample, press, select_in_article, toolbar_button, window

from briefing.citation import citation_text
from briefing.model import dumps
from briefing.model import load as load_briefing

__all__ = ["dialog_log", "window"]  # fixtures used below

OKAFOR_QUOTE = "We did not come to Geneva to sign a ceasefire over water"
CTRL = Qt.KeyboardModifier.ControlModifier


def _normalised(text: str) -> str:
    return " ".join(text.replace("-\n", "").split())


def test_from_article_to_exported_card(qtbot, window, dialog_log, tmp_path: Path) -> None:
    # Start: the welcome page offers the sample; clicking it opens the article and draws the card.
    assert window.findChild(QPushButton, "welcome.sample").isVisible()
    first = open_sample(qtbot, window)
    assert first.pdf.startswith(b"%PDF")
    assert "Arlen River" in window.article_view.toPlainText()

    # Clear the drafted quotes so the card holds only what we pick.
    quotes_table = window.findChild(QTableView, "table.quotes")
    while window.document.briefing.quotes:
        quotes_table.setFocus()
        quotes_table.selectRow(0)
        qtbot.mouseClick(window.findChild(QToolButton, "quotes.delete"), Qt.MouseButton.LeftButton)

    # Select the whole sentence, attribution and all, and press Ctrl+1: the quotation is added verbatim.
    select_in_article(window, f"“{OKAFOR_QUOTE},” Valdorian Foreign Minister Amara Okafor told reporters")
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    quotes = window.document.briefing.quotes
    assert [q.text for q in quotes] == [OKAFOR_QUOTE]
    assert quotes[0].speaker == "Amara Okafor"
    assert quotes[0].role == "Valdorian Foreign Minister"
    assert quotes_table.model().rowCount() == 1

    # Who, where and when from the toolbar.
    select_in_article(window, "Pavel Drozdov")
    qtbot.mouseClick(toolbar_button(window, "pick.person"), Qt.MouseButton.LeftButton)
    assert window.document.briefing.people[-1].name == "Pavel Drozdov"
    select_in_article(window, "Brenn")
    qtbot.mouseClick(toolbar_button(window, "pick.place"), Qt.MouseButton.LeftButton)
    assert window.document.briefing.places[-1].name == "Brenn"
    select_in_article(window, "April 14")
    qtbot.mouseClick(toolbar_button(window, "pick.date"), Qt.MouseButton.LeftButton)
    assert window.document.briefing.dates[-1].date.isoformat() == "2026-04-14"

    # Type the meeting into "Prepared for" and wait for the preview to catch up.
    prepared_for = window.findChild(QLineEdit, "card.prepared_for")
    with qtbot.waitSignal(window.preview.rendered, timeout=15_000):
        qtbot.keyClicks(prepared_for, "Cabinet water committee")
    assert window.document.briefing.prepared_for == "Cabinet water committee"

    # Save (Ctrl+S asks where, the first time).
    saved = tmp_path / "arlen.briefing"
    dialog_log.answer("ask_save_path", saved)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert saved.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("arlen.briefing")

    # Reopen it: exactly what was saved.
    expected = dumps(load_briefing(saved))
    dialog_log.answer("ask_open_path", saved)
    press(qtbot, window, Qt.Key.Key_O, CTRL)
    assert dumps(window.document.briefing) == expected

    # Export (Ctrl+E): one page, with the quote and the citation on it.
    exported = tmp_path / "arlen.pdf"
    dialog_log.answer("ask_save_path", exported)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    reader = pypdf.PdfReader(exported)
    assert len(reader.pages) == 1
    text = _normalised(reader.pages[0].extract_text())
    assert _normalised(OKAFOR_QUOTE) in text
    assert "Cabinet water committee" in text
    citation = _normalised(citation_text(window.document.briefing.citation))
    assert citation[:60] in text
    assert dialog_log.asked("show_error") == []
