"""Picking from the article: selection to item, highlights, flashing the source, plain text only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTableView
from test_ui_support import (
    article_file,
    dialog_log,
    open_sample,
    press,
    select_in_article,
    toolbar_button,
    wait_for_render,
    window,
)

from briefing.ui.item_models import LIST_SPECS

__all__ = ["dialog_log", "window"]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(
    ("action_id", "text", "list_name", "attribute", "expected"),
    [
        ("pick.person", "Amara Okafor", "people", "position", "Valdorian Foreign Minister"),
        ("pick.place", "Soren Dam", "places", "name", "Soren Dam"),
        ("pick.date", "Tuesday, March 3", "dates", "date", "2026-03-03"),
        ("pick.position", "a minimum of 400 cubic metres per second", "positions", "party", "Marenia"),
        ("pick.fact", "fallen by nearly a third", "facts", "text", "fallen by nearly a third"),
    ],
)
def test_toolbar_adds_the_selection_to_its_list(
    qtbot, window, action_id, text, list_name, attribute, expected
):
    open_sample(qtbot, window)
    before = len(getattr(window.document.briefing, list_name))
    select_in_article(window, text)
    qtbot.mouseClick(toolbar_button(window, action_id), Qt.MouseButton.LeftButton)
    items = getattr(window.document.briefing, list_name)
    assert len(items) == before + 1
    value = getattr(items[-1], attribute)
    assert (value.isoformat() if hasattr(value, "isoformat") else value) == expected
    # The new row is selected in its table, so the user sees where it went.
    table = window.findChild(QTableView, f"table.{list_name}")
    assert table.currentIndex().row() == len(items) - 1


def test_hand_picks_read_the_article_as_the_suggestions_panel_does(qtbot, window):
    """The Suggestions panel and a hand pick ask the same engine: a place gets the sentence that
    names it, a weekday its date and event, a shortened name the full name and title, a stance
    its party and a quoted fragment its speaker."""
    open_sample(qtbot, window)
    card = window.document.briefing
    picks = [
        ("pick.place", "negotiators in Geneva"),  # the title names Geneva first; pick from the text
        ("pick.date", "Wednesday"),
        ("pick.person", "Okafor said"),
        ("pick.position", "his government is ready to share real-time data"),
        ("pick.quote", "to come and see the fields for themselves"),
    ]
    for action_id, text in picks:
        select_in_article(window, text)
        qtbot.mouseClick(toolbar_button(window, action_id), Qt.MouseButton.LeftButton)
    place, date, person = card.places[-1], card.dates[-1], card.people[-1]
    assert place.name == "Geneva" and place.context.endswith("negotiators in Geneva said.")
    assert place.source.text_in(card.article.paragraphs) == "Geneva"
    assert date.date.isoformat() == "2026-03-04"
    assert date.event == "Talks at the lakeside summit were due to end on Wednesday"
    assert (person.name, person.position) == ("Amara Okafor", "Valdorian Foreign Minister")
    assert card.positions[-1].party == "Kestria"  # "Kestria's energy minister ... said his government"
    quote = card.quotes[-1]
    assert (quote.speaker, quote.role) == ("Zoë Castellan", "rice farmer from a village near Lisca")
    assert "Zoë Castellan" in window.statusBar().currentMessage()


def test_summary_pick_replaces_the_summary_and_undo_restores_it(qtbot, window):
    open_sample(qtbot, window)
    old = window.document.briefing.summary
    select_in_article(window, "The Arlen rises in the Kestrian highlands")
    press(qtbot, window, Qt.Key.Key_7, CTRL)
    assert window.document.briefing.summary == "The Arlen rises in the Kestrian highlands"
    assert window.form.widget_for("card", "summary").toPlainText() == window.document.briefing.summary
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.document.briefing.summary == old


def test_context_menu_offers_the_pick_commands(qtbot, window):
    open_sample(qtbot, window)
    select_in_article(window, "Pavel Drozdov")
    seen: list[str] = []

    def choose_who() -> None:
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        seen.extend(action.text().replace("&", "") for action in menu.actions())
        next(a for a in menu.actions() if a.objectName() == "pick.person").trigger()
        menu.close()

    QTimer.singleShot(100, choose_who)
    view = window.article_view
    position = view.cursorRect().center()
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, view.viewport().mapToGlobal(position)),
    )
    assert "Copy" in " ".join(seen)
    assert {"Add as Quote", "Add as Who", "Add as Where", "Add as When", "Use as Summary"} <= set(seen)
    assert window.document.briefing.people[-1].name == "Pavel Drozdov"


def test_picking_from_the_title_explains_why_nothing_was_added(qtbot, window):
    open_sample(qtbot, window)
    people = len(window.document.briefing.people)
    select_in_article(window, "Upstream and Downstream Nations")
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    assert len(window.document.briefing.people) == people
    assert "paragraphs" in window.statusBar().currentMessage()


def test_pick_commands_need_a_selection(qtbot, window):
    open_sample(qtbot, window)
    view = window.article_view
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    assert not window.actions_["pick.quote"].isEnabled()
    select_in_article(window, "Geneva")
    assert window.actions_["pick.quote"].isEnabled()


def test_picked_items_are_highlighted_and_clicking_one_flashes_its_source(qtbot, window):
    open_sample(qtbot, window)
    view = window.article_view
    before = len(view.extraSelections())
    select_in_article(window, "Émile Fournier")
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    highlighted = [s.cursor.selectedText() for s in view.extraSelections()]
    assert len(highlighted) == before + 1
    assert "Émile Fournier" in highlighted

    # Scroll to the top, then click the person's row: the article scrolls back and flashes it.
    view.verticalScrollBar().setValue(0)
    view.setTextCursor(view.document().find("The three countries"))
    table = window.findChild(QTableView, "table.people")
    row = len(window.document.briefing.people) - 1
    table.scrollTo(table.model().index(row, 0))
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(row, 0)).center(),
    )
    assert view.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: len(view.extraSelections()) == before + 2, timeout=2000)
    flashed = view.extraSelections()[-1]
    assert flashed.cursor.selectedText() == "Émile Fournier"
    source = window.document.briefing.people[row].source
    rect = view.cursorRect(view.document().find("Émile Fournier"))
    assert view.viewport().rect().contains(rect.center()), source


def test_quote_edited_away_from_the_article_is_marked_modified(qtbot, window):
    open_sample(qtbot, window)
    select_in_article(window, "We did not come to Geneva to sign a ceasefire over water")
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    table = window.findChild(QTableView, "table.quotes")
    model = table.model()
    row = model.rowCount() - 1
    source_column = len(LIST_SPECS["quotes"].columns)
    assert model.index(row, source_column).data() == "¶ 4"

    def edit_quote(text: str) -> str:
        index = model.index(row, 0)
        table.setFocus()
        table.setCurrentIndex(index)
        table.edit(index)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        editor = QApplication.focusWidget()
        editor.setText(text)  # QTest cannot type "…"; the editor takes the text as typed
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.document.briefing.quotes[row].text == text)  # the view commits queued
        return model.index(row, source_column).data()

    assert edit_quote("We did not come to Geneva … over water") == "¶ 4"
    assert edit_quote("We did not come to [the summit] to sign a ceasefire") == "¶ 4"
    assert edit_quote("We came to Geneva to sign a ceasefire over water") == "¶ 4 · modified"
    assert "no longer matches" in model.index(row, source_column).data(Qt.ItemDataRole.ToolTipRole)


def test_article_text_is_never_interpreted_as_markup(qtbot, window, tmp_path: Path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not an image")
    hostile = f'Officials said <b>nothing</b> <img src="file://{secret}"> &amp; <a href="x">left</a>.'
    path = article_file(tmp_path, "hostile.txt", "A <i>Title</i>", [hostile, "Second paragraph."])
    assert window.files.open_path(path)
    wait_for_render(qtbot, window)
    view = window.article_view
    assert hostile in view.toPlainText()
    assert "A <i>Title</i>" in view.toPlainText()
    # No character carries an image, anchor or bold format: the text is shown as typed.
    block = view.document().begin()
    while block.isValid():
        for fragment_iterator in _fragments(block):
            char_format: QTextCharFormat = fragment_iterator.charFormat()
            assert not char_format.isImageFormat()
            assert not char_format.isAnchor()
            assert not char_format.hasProperty(QTextFormat.Property.ImageName)
        block = block.next()
    # Picking from it keeps the characters exactly.
    select_in_article(window, '<img src="file://')
    press(qtbot, window, Qt.Key.Key_6, CTRL)
    assert window.document.briefing.facts[-1].text == '<img src="file://'


def _fragments(block):
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_selection_across_paragraphs_is_cut_at_the_first(qtbot, window):
    open_sample(qtbot, window)
    view = window.article_view
    start = view.document().find("roughly half the river's natural summer flow")
    end = view.document().find("made his country's case")
    cursor = view.textCursor()
    cursor.setPosition(start.selectionStart())
    cursor.setPosition(end.selectionEnd(), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    span = view.selected_span()
    text = window.document.briefing.article.paragraphs[span.paragraph][span.start : span.end]
    assert text.startswith("roughly half the river's natural summer flow")
    assert "made his" not in text
