"""Suggestions on the bundled sample article: what a first-time user sees."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.ingest import read_article
from briefing.model import Article, is_verbatim
from briefing.resources import sample_article
from briefing.suggest import Suggestions, suggest


@pytest.fixture(scope="module")
def article() -> Article:
    return read_article(sample_article())


@pytest.fixture(scope="module")
def found(article: Article) -> Suggestions:
    return suggest(article)


def test_quotes_and_speakers(found: Suggestions) -> None:
    speakers = {q.text[:30]: (q.speaker, q.role) for q in found.quotes}
    assert speakers == {
        "We did not come to Geneva to s": ("Amara Okafor", "Valdorian Foreign Minister"),
        "We are a good neighbour, and w": ("Pavel Drozdov", "Kestria's energy minister"),
        "For thirty years we have been ": ("José Ibarra", "Marenian Deputy Prime Minister"),
        "Our farmers cannot irrigate wi": ("José Ibarra", "Marenian Deputy Prime Minister"),
        "to come and see the fields for": ("Zoë Castellan", "rice farmer from a village near Lisca"),
        "The minister has been clear th": ("Irena Vasić", "spokeswoman for Kestria's Foreign Ministry"),
        "Everyone in that room knows th": ("Émile Fournier", "hydrologist who advises the Swiss mediators"),
        # "negotiators in Geneva said": a source the text does not name
        "binding on a sovereign state": ("", ""),
    }


def test_split_quote_is_one_quote(found: Suggestions, article: Article) -> None:
    okafor = next(q for q in found.quotes if q.speaker == "Amara Okafor")
    assert okafor.text == (
        "We did not come to Geneva to sign a ceasefire over water … "
        "We came to agree how to share a river, and we are not leaving without that."
    )
    assert okafor.source is not None
    assert is_verbatim(okafor.text, okafor.source.text_in(article.paragraphs) or "")


def test_slogan_and_scare_quotes_are_left_out(found: Suggestions) -> None:
    texts = {q.text for q in found.quotes}
    assert not texts & {"Вода для всех", "water for all.", "technical flows", "historic rights"}


def test_people_and_positions(found: Suggestions) -> None:
    people = {p.name: p.position for p in found.people}
    assert people["Amara Okafor"] == "Valdorian Foreign Minister"
    assert people["Pavel Drozdov"] == "Kestria's energy minister"
    assert people["José Ibarra"] == "Marenian Deputy Prime Minister"
    assert people["Irena Vasić"] == "spokeswoman for Kestria's Foreign Ministry"
    assert people["Anne-Laure Brunner"] == "Ambassador"
    assert "Okafor" not in people and "Soren Dam" not in people


def test_places_include_countries_known_only_by_their_demonyms(found: Suggestions) -> None:
    assert {p.name for p in found.places} == {"Kestria", "Valdoria", "Marenia", "Geneva", "Switzerland"}


def test_dates(found: Suggestions) -> None:
    dates = {(d.text, d.date) for d in found.dates}
    assert {
        ("Thursday", dt.date(2026, 3, 5)),
        ("Tuesday", dt.date(2026, 3, 3)),
        ("March 3", dt.date(2026, 3, 3)),
        ("April 14", dt.date(2026, 4, 14)),
        ("next week", dt.date(2026, 3, 9)),
        ("2011", None),
    } <= dates


def test_positions(found: Suggestions) -> None:
    parties = {s.party for s in found.positions}
    assert {"Amara Okafor", "Pavel Drozdov", "Kestria", "Valdoria"} <= parties
    okafor = next(s for s in found.positions if s.party == "Amara Okafor")
    assert okafor.stance.startswith("Okafor said Valdoria wants a treaty")
