"""One engine: picking by hand the exact words of a suggestion gives what accepting it gives.

For every suggestion of every kind on every article the tests ship (the fixture files,
the bundled sample and the article of test_suggest_fixtures), the pick the app makes
from the suggestion's source span must equal the item the Suggestions panel adds:
a quote's text, speaker and role; a person's name, position and affiliation; a
place's name and context; a date's text, calendar date and event; a stance's party
and text; and the same source span.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_suggest_fixtures import PARAGRAPHS, PUBLISHED

from briefing.ingest import read_article
from briefing.model import Article
from briefing.resources import sample_article
from briefing.suggest import suggest
from briefing.ui.picking import make_pick
from briefing.ui.suggestion_offers import make_offers

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = {path.relative_to(FIXTURES).as_posix(): path for path in sorted(FIXTURES.glob("*/*.txt"))}
PICK_KIND = {
    "quotes": "quote",
    "people": "person",
    "places": "place",
    "dates": "date",
    "positions": "position",
}


def _article(name: str) -> Article:
    if name == "sample":
        return read_article(sample_article())
    if name == "test_suggest_fixtures":
        return Article(title="Talks on the border", paragraphs=list(PARAGRAPHS), published=PUBLISHED)
    return read_article(ARTICLES[name])


@pytest.mark.parametrize("name", ["sample", "test_suggest_fixtures", *ARTICLES])
def test_a_hand_pick_of_a_suggestions_span_is_the_suggestion(name: str) -> None:
    article = _article(name)
    offers = make_offers(suggest(article), article)
    checked = 0
    for list_name, kind in PICK_KIND.items():
        for offer in offers[list_name]:
            picked = make_pick(kind, article, offer.source)
            assert picked.list_name == list_name
            assert picked.item == offer.item, f"{kind} at {offer.source}"
            checked += 1
    if name in ("sample", "test_suggest_fixtures") or name.startswith("suggest/"):
        assert checked >= 10  # articles written for the suggester: every kind is there to check
