"""Source fields say where their values came from; those the article's signals disagreed on ask to be checked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu
from test_ui_support import dialog_log, open_sample, press, window

__all__ = ["dialog_log", "window"]  # fixtures used below

CTRL = Qt.KeyboardModifier.ControlModifier
BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The harbour strike ended on Monday after nine days, when the dock workers' union accepted a pay offer.",
        "“We got what we came for,” said Maria Lopez, the union's chief negotiator, outside the port offices.",
        "The port authority said the backlog of more than forty ships would take at least a week to clear.",
    )
)
JSON_LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Harbour strike ends after nine days",
    "datePublished": "2022-02-24",
    "author": {"@type": "Person", "name": "Jane Smith"},
    "publisher": {"@type": "Organization", "name": "Oberösterreichische Nachrichten"},
}
# Three dates (structured data, sharing tags, address) and two site names that disagree.
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour strike ends after nine days | nachrichten.at</title>
<meta property="og:site_name" content="nachrichten.at">
<meta property="article:published_time" content="2022-02-26T09:00:00+01:00">
<link rel="canonical" href="https://www.nachrichten.at/2022/02/27/harbour-strike">
<script type="application/ld+json">{json.dumps(JSON_LD)}</script></head>
<body><article><h1>Harbour strike ends after nine days</h1>{BODY}</article></body></html>"""


def open_page(window, tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_text(PAGE, encoding="utf-8")
    assert window.files.open_path(path)


def field(window, attribute: str) -> QLineEdit:
    return window.form.widget_for("citation", attribute)


def mark(window, attribute: str) -> QAction:
    found = field(window, attribute).findChild(QAction, f"check.{attribute}")
    assert found is not None
    return found


def open_choices(window, attribute: str) -> QMenu:
    mark(window, attribute).trigger()
    menu = field(window, attribute).findChild(QMenu, f"choices.{attribute}")
    assert menu is not None and menu.isVisible()
    return menu


def choice_labels(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_disputed_fields_are_marked_and_every_source_field_says_where_it_came_from(
    qtbot, window, dialog_log, tmp_path
):
    open_page(window, tmp_path)
    marked = {
        attribute
        for attribute in ("title", "authors", "site_name", "published", "url")
        if mark(window, attribute).isVisible()
    }
    assert marked == {"published", "site_name"}
    assert field(window, "published").toolTip().splitlines() == [
        "From the page’s structured data (JSON-LD).",
        "The page also says:",
        "    2022-02-26 — from the page’s sharing tags (OpenGraph)",
        "    2022-02-27 — from the address (URL)",
        "Please check which is right.",
    ]
    assert mark(window, "published").toolTip().startswith("The page also says:\n    2022-02-26")
    assert field(window, "title").toolTip() == "From the headline shown on the page."
    assert field(window, "authors").toolTip() == "From the page’s structured data (JSON-LD)."
    assert field(window, "url").toolTip() == "From the page’s canonical address."
    assert field(window, "accessed").toolTip()


def test_the_menu_offers_the_current_value_and_the_alternatives_with_their_sources_in_words(
    qtbot, window, dialog_log, tmp_path
):
    open_page(window, tmp_path)
    menu = open_choices(window, "published")
    assert choice_labels(menu) == [
        "2022-02-24 — from the page’s structured data (JSON-LD)",
        "2022-02-26 — from the page’s sharing tags (OpenGraph)",
        "2022-02-27 — from the address (URL)",
    ]
    assert menu.actions()[0].isChecked()  # the value the field holds now


def test_choosing_an_alternative_sets_the_field_as_one_undoable_step_and_clears_the_mark(
    qtbot, window, dialog_log, tmp_path
):
    open_page(window, tmp_path)
    briefing = window.document.briefing
    menu = open_choices(window, "published")
    menu.actions()[-1].trigger()  # 2022-02-27, from the address
    assert briefing.citation.published == dt.date(2022, 2, 27)
    assert field(window, "published").text() == "2022-02-27"
    assert not mark(window, "published").isVisible()
    assert field(window, "published").toolTip() == "Confirmed by you."
    origin = briefing.article.origin("published")
    assert (origin.source, origin.alternatives) == ("user", [])
    assert briefing.article.published == dt.date(2022, 2, 27)  # the article's value is now the user's
    assert mark(window, "site_name").isVisible()  # the other question is still open
    assert window.document.undo_stack.undoText() == "Choose publication date"

    window.document.undo_stack.undo()
    assert briefing.citation.published == dt.date(2022, 2, 24)
    assert field(window, "published").text() == "2022-02-24"
    assert mark(window, "published").isVisible()
    assert briefing.article.origin("published").source == "json-ld"
    assert briefing.article.published == dt.date(2022, 2, 24)


def test_keeping_the_value_is_remembered_across_save_and_reopen(qtbot, window, dialog_log, tmp_path):
    open_page(window, tmp_path)
    open_choices(window, "published").actions()[0].trigger()  # keep 2022-02-24
    assert window.document.briefing.citation.published == dt.date(2022, 2, 24)
    assert not mark(window, "published").isVisible()
    assert window.document.undo_stack.undoText() == "Confirm publication date"

    saved = tmp_path / "harbour.briefing"
    dialog_log.answer("ask_save_path", saved)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert saved.exists()
    window.files.close_briefing()
    assert window.files.open_path(saved)
    assert not mark(window, "published").isVisible()  # confirmed stays confirmed
    assert field(window, "published").toolTip() == "Confirmed by you."
    assert mark(window, "site_name").isVisible()  # not yet confirmed: still asks
    assert "Oberösterreichische Nachrichten" in field(window, "site_name").toolTip()


def test_editing_a_marked_field_clears_its_mark_and_undo_brings_it_back(qtbot, window, dialog_log, tmp_path):
    open_page(window, tmp_path)
    site = field(window, "site_name")
    site.setFocus()
    site.selectAll()
    qtbot.keyClicks(site, "OÖNachrichten")
    assert window.document.briefing.citation.site_name == "OÖNachrichten"
    assert not mark(window, "site_name").isVisible()
    assert site.toolTip() == "Entered by you."
    window.document.undo_stack.undo()
    assert site.text() == "nachrichten.at"
    assert mark(window, "site_name").isVisible()


def test_alt_down_in_a_marked_field_opens_the_choices(qtbot, window, dialog_log, tmp_path):
    open_page(window, tmp_path)
    published = field(window, "published")
    published.setFocus()
    qtbot.waitUntil(published.hasFocus)
    qtbot.keyClick(published, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    menu = published.findChild(QMenu, "choices.published")
    assert menu is not None and menu.isVisible()
    menu.close()


def test_an_article_whose_signals_agree_has_no_marks(qtbot, window, dialog_log):
    open_sample(qtbot, window)
    for attribute in ("title", "authors", "site_name", "published", "url"):
        assert not mark(window, attribute).isVisible()
    assert field(window, "title").toolTip() == "From the article’s text."
