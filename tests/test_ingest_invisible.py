"""Invisible characters are taken out on the way in (issue 11, item 16)."""

from __future__ import annotations

import unicodedata

from briefing.ingest import parse_article_bytes, parse_clipboard
from briefing.model import Article
from briefing.suggest import suggest

PAGE = """<html><head><title>Talks in Moscow</title></head><body><article>
<h1>Talks in Moscow</h1>
<p>Russian President Vladi&shy;mir Pu&shy;tin met the en&shy;voys on Monday in the Kremlin for three hours of talks.</p>
<p>&ldquo;We are ready to talk,&rdquo; Vladi&shy;mir Pu&shy;tin said after the meeting with the envoys.</p>
<p>The envoys\u200b said little and left for the airport in the evening, ahead of a second round.</p>
</article></body></html>
"""


def test_soft_hyphens_in_a_saved_page_do_not_split_names() -> None:
    article = parse_article_bytes(PAGE.encode("utf-8"), "talks.html")
    text = article.text
    assert "\u00ad" not in text and "\u200b" not in text
    assert "President Vladimir Putin met the envoys on Monday" in text
    found = suggest(article)
    names = [person.name for person in found.people]
    assert "Vladimir Putin" in names and "Vladi" not in names
    assert [quote.speaker for quote in found.quotes] == ["Vladimir Putin"]


def test_the_fingerprint_is_of_what_is_shown() -> None:
    shown = parse_article_bytes(b"Talks\n\nThe Kremlin said Putin met the envoys.\n", "a.txt")
    hidden = parse_article_bytes(
        "Talks\n\nThe Krem\u00adlin said Pu\u200btin met the en\u2060voys.\n".encode(), "b.txt"
    )
    decomposed = parse_article_bytes(
        unicodedata.normalize("NFD", "Talks\n\nThe Kremlin said Putin met the envoys.\n").encode(), "c.txt"
    )
    assert hidden.paragraphs == shown.paragraphs == decomposed.paragraphs
    assert hidden.fingerprint == shown.fingerprint


def test_pasted_text_is_cleaned_the_same_way() -> None:
    article: Article = parse_clipboard(
        html="<p>Vladi\u00admir Pu\u00adtin spoke to reporters in the hall.</p>", text=""
    )
    assert article.paragraphs == ["Vladimir Putin spoke to reporters in the hall."]


def test_joiners_that_change_how_text_is_drawn_are_kept() -> None:
    persian = "می\u200cخواهم این را بگویم و این یک جمله طولانی است که باید باقی بماند."
    article = parse_article_bytes(
        f"Title\n\n{persian}\n\nFamily: 👨\u200d👩\u200d👧 at the talks.\n".encode(), "p.txt"
    )
    assert "\u200c" in article.paragraphs[0] and "\u200d" in article.paragraphs[1]
