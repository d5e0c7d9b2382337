"""The Suggestions panel: found off the UI thread, accepted with provenance and undo, rejected, shown in the article."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollBar, QTabBar, QWidget
from test_ui_support import article_file, dialog_log, open_sample, press, wait_for_render, window

import briefing.suggest
from briefing.ui.dialogs import SaveChoice

__all__ = ["dialog_log", "window"]
CTRL = Qt.KeyboardModifier.ControlModifier


def _panel(window: Any) -> Any:
    return window.workspace.suggestions


def _wait_for_suggestions(qtbot: Any, window: Any) -> Any:
    panel = _panel(window)
    qtbot.waitUntil(lambda: bool(panel.offers), timeout=15_000)
    return panel


def _show_panel(qtbot: Any, window: Any) -> None:
    """Click the Suggestions tab."""
    bar = window.workspace.tabs.findChild(QTabBar)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert window.workspace.tabs.currentWidget() is _panel(window)


def _flashed(view: Any) -> tuple[str, QPoint]:
    """The text of the article's newest tint (the flash comes last) and where it is on screen."""
    selections = view.extraSelections()
    cursor = selections[-1].cursor
    return cursor.selectedText(), view.cursorRect(cursor).center()


def _pending_row(panel: Any, kind: str) -> Any:
    return next(row for row in panel.rows(kind) if not row.accepted)


def test_suggestions_are_found_off_the_ui_thread_and_listed_by_kind(qtbot, window, monkeypatch):
    real_suggest = briefing.suggest.suggest
    threads: list[str] = []
    release = threading.Event()

    def held_suggest(article):  # the real suggester, held back until the test has looked at the window
        threads.append(threading.current_thread().name)
        release.wait(10)
        return real_suggest(article)

    monkeypatch.setattr(briefing.suggest, "suggest", held_suggest)
    open_sample(qtbot, window)  # the article shows and the preview is drawn...
    panel = _panel(window)
    assert panel.status.text() == "Finding suggestions…"  # ...while the suggester is still at work
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] != threading.main_thread().name
    release.set()
    panel = _wait_for_suggestions(qtbot, window)
    _show_panel(qtbot, window)

    quotes = {row.offer.text: row for row in panel.rows("quotes")}
    ibarra = next(
        row for text, row in quotes.items() if text.startswith("“For thirty years we have been told")
    )
    assert ibarra.detail.text() == "— José Ibarra, Marenian Deputy Prime Minister"
    people = {row.offer.text: row.detail.text() for row in panel.rows("people")}
    assert people["Amara Okafor"] == "Valdorian Foreign Minister"
    tuesday = [row.detail.text() for row in panel.rows("dates") if row.offer.item.date == dt.date(2026, 3, 3)]
    assert tuesday and tuesday[0].startswith(
        "3 March 2026 · "
    )  # "Tuesday" resolved against the article's date
    assert "Kestria" in [row.offer.text for row in panel.rows("places")]
    positions = panel.rows("positions")
    assert positions and all(row.detail.text() == f"— {row.offer.item.party}" for row in positions)
    assert panel.rows("summary")[0].offer.text.startswith("The three countries that share the Arlen River")
    # The card was drafted from the top suggestions: those are marked, the rest wait for review.
    on_card = [row.offer.item.text for row in panel.rows("quotes") if row.accepted]
    assert on_card and set(on_card) <= {quote.text for quote in window.document.briefing.quotes}
    assert all(
        row.on_card.isVisible() and not row.accept_button.isVisible()
        for row in panel.rows("quotes")
        if row.accepted
    )
    pending = sum(len(panel.pending(kind)) for kind in panel.sections)
    assert pending > 0
    assert window.workspace.tabs.tabText(1) == f"Suggestions ({pending})"


def test_accept_adds_the_item_with_its_source_and_ctrl_z_takes_it_back(qtbot, window):
    open_sample(qtbot, window)
    panel = _wait_for_suggestions(qtbot, window)
    _show_panel(qtbot, window)
    paragraphs = window.document.briefing.article.paragraphs
    # A quote in one piece (not one interrupted by "she said"), so its source is all of it.
    row = next(
        row
        for row in panel.rows("quotes")
        if not row.accepted and row.offer.source.text_in(paragraphs) == row.offer.item.text
    )
    offer = row.offer
    count = len(window.document.briefing.quotes)
    with qtbot.waitSignal(window.preview.rendered, timeout=15_000):
        qtbot.mouseClick(row.accept_button, Qt.MouseButton.LeftButton)
    added = window.document.briefing.quotes[-1]
    assert len(window.document.briefing.quotes) == count + 1
    assert (added.text, added.speaker, added.source) == (offer.item.text, offer.item.speaker, offer.source)
    assert offer.source.text_in(window.document.briefing.article.paragraphs).endswith(added.text[-20:])
    assert row.accepted and row.on_card.isVisible()
    highlighted = {selection.cursor.selectedText() for selection in window.article_view.extraSelections()}
    assert offer.source.text_in(window.document.briefing.article.paragraphs) in highlighted
    assert window.isWindowModified()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(window.document.briefing.quotes) == count
    qtbot.waitUntil(lambda: not row.accepted and row.accept_button.isVisible())


def test_rejected_suggestions_leave_the_list_and_can_be_brought_back(qtbot, window):
    open_sample(qtbot, window)
    panel = _wait_for_suggestions(qtbot, window)
    _show_panel(qtbot, window)
    before = len(panel.pending("positions"))
    row = _pending_row(panel, "positions")
    rejected = row.offer
    card = list(window.document.briefing.positions)
    qtbot.mouseClick(row.reject_button, Qt.MouseButton.LeftButton)
    assert rejected not in [r.offer for r in panel.rows("positions")]
    assert len(panel.pending("positions")) == before - 1
    assert window.document.briefing.positions == card  # rejecting never touches the card
    assert panel.restore.isVisible() and panel.restore.text() == "Show 1 rejected"
    qtbot.mouseClick(panel.restore, Qt.MouseButton.LeftButton)
    assert rejected in [r.offer for r in panel.rows("positions")]
    assert not panel.restore.isVisible()


def test_accept_all_per_kind_and_overall_are_each_one_undo_step(qtbot, window):
    open_sample(qtbot, window)
    panel = _wait_for_suggestions(qtbot, window)
    _show_panel(qtbot, window)
    dates_before = len(window.document.briefing.dates)
    pending_dates = panel.pending("dates")
    assert pending_dates
    qtbot.mouseClick(panel.sections["dates"].accept_all, Qt.MouseButton.LeftButton)
    assert len(window.document.briefing.dates) == dates_before + len(pending_dates)
    assert panel.pending("dates") == [] and not panel.sections["dates"].accept_all.isEnabled()
    assert panel.sections["dates"].heading.text() == "Dates  ·  all on the card"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(window.document.briefing.dates) == dates_before

    summary = window.document.briefing.summary
    window.document.set_field(window.document.briefing, "summary", "My own bottom line.", merge=False)
    qtbot.mouseClick(panel.accept_everything, Qt.MouseButton.LeftButton)
    briefing = window.document.briefing
    assert all(panel.pending(kind) == [] for kind in panel.sections if kind != "summary")
    assert briefing.summary == "My own bottom line."  # Accept All never overwrites a summary
    assert window.workspace.tabs.tabText(1) == "Suggestions (1)"
    assert {q.text for q in briefing.quotes} >= {o.item.text for o in panel.offers["quotes"]}
    assert not panel.accept_everything.isEnabled() or panel.pending("summary")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(window.document.briefing.dates) == dates_before
    qtbot.mouseClick(_pending_row(panel, "summary").accept_button, Qt.MouseButton.LeftButton)
    assert window.document.briefing.summary == summary


def test_clicking_a_suggestion_scrolls_to_and_flashes_its_source(qtbot, window):
    open_sample(qtbot, window)
    panel = _wait_for_suggestions(qtbot, window)
    _show_panel(qtbot, window)
    view = window.article_view
    view.verticalScrollBar().setValue(0)
    row = max(panel.rows("quotes"), key=lambda r: r.offer.source.paragraph)  # the one furthest down
    expected = row.offer.source.text_in(window.document.briefing.article.paragraphs)
    qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: _flashed(view)[0] == expected, timeout=2000)
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().contains(_flashed(view)[1])


def test_the_keyboard_reviews_suggestions(qtbot, window):
    open_sample(qtbot, window)
    panel = _wait_for_suggestions(qtbot, window)
    _show_panel(qtbot, window)
    first = _pending_row(panel, "positions")
    first.setFocus()
    # Reaching a suggestion with the keyboard shows its source, as a click does.
    source = first.offer.source.text_in(window.document.briefing.article.paragraphs)
    qtbot.waitUntil(lambda: _flashed(window.article_view)[0] == source, timeout=2000)
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert first.accepted and window.document.briefing.positions[-1].stance == first.offer.item.stance
    second = _pending_row(panel, "positions")
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Delete)
    assert second not in panel.rows("positions")
    focused = QApplication.focusWidget()
    assert focused in panel.rows("positions") and not focused.accepted  # on to the next one to review


def test_the_panel_follows_the_open_briefing(qtbot, window, dialog_log, tmp_path):
    path = article_file(
        tmp_path,
        "budget.txt",
        "Budget vote delayed",
        [
            "Finance Minister Lena Maris said on Monday that the vote would wait.",
            "“We need another week,” Maris told reporters in Tallinn.",
        ],
    )
    assert window.files.open_path(path)
    panel = _wait_for_suggestions(qtbot, window)
    assert [row.offer.item.speaker for row in panel.rows("quotes")] == ["Lena Maris"]
    assert "Tallinn" in [row.offer.text for row in panel.rows("places")]
    dialog_log.answer("ask_save_changes", SaveChoice.DISCARD)
    open_sample(qtbot, window)
    qtbot.waitUntil(
        lambda: "Arlen" in panel.rows("summary")[0].offer.text if panel.rows("summary") else False,
        timeout=15_000,
    )
    assert "Tallinn" not in [row.offer.text for row in panel.rows("places")]
    window.files.new_blank()
    wait_for_render(qtbot, window)
    assert panel.offers == {} and panel.rows("quotes") == []
    assert panel.status.text() == "Suggestions come from an article; this briefing has none."
    assert window.workspace.tabs.tabText(1) == "Suggestions"


def test_the_panel_is_reachable_and_named_for_screen_readers(qtbot, window):
    open_sample(qtbot, window)
    panel = _wait_for_suggestions(qtbot, window)
    _show_panel(qtbot, window)
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_F6)  # F6 goes from the article to the first suggestion
    assert QApplication.focusWidget() is panel.rows("quotes")[0]
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in panel.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w, QScrollBar)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []
    for row in panel.rows("quotes"):
        assert row.accessibleName().startswith("Suggested quote: “")
        assert all(button.accessibleName() for button in (row.accept_button, row.reject_button))


def test_a_failing_suggester_is_reported_in_the_panel_and_nothing_else_breaks(qtbot, window, monkeypatch):
    def broken(_article):
        raise ValueError("no verbs today")

    monkeypatch.setattr(briefing.suggest, "suggest", broken)
    open_sample(qtbot, window)  # (the draft card comes from the suggester's other entry point)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.status.text().startswith("No suggestions"), timeout=10_000)
    assert panel.status.text() == "No suggestions: the suggester failed (ValueError: no verbs today)."
    assert panel.offers == {} and not panel.accept_everything.isEnabled()
    assert window.document.briefing.headline.startswith("Upstream and Downstream")
