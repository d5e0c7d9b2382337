"""Suggestions on the bundled sample article: what a first-time user sees, item by item.

The sample was published on Thursday 2026-03-05; every weekday in it is read against that.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.ingest import read_article
from briefing.model import Article, Span, is_verbatim
from briefing.resources import sample_article
from briefing.suggest import Suggestions, speaker_for, suggest


@pytest.fixture(scope="module")
def article() -> Article:
    return read_article(sample_article())


@pytest.fixture(scope="module")
def found(article: Article) -> Suggestions:
    return suggest(article)


def test_the_sample_is_read_as_published_on_a_thursday(article: Article) -> None:
    assert article.published == dt.date(2026, 3, 5)


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
        # "..., negotiators in Geneva said": a source the text does not name, described as it is
        "binding on a sovereign state": ("", "negotiators in Geneva"),
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


def test_people_and_positions_without_repeated_affiliation(found: Suggestions) -> None:
    people = [(p.name, p.position, p.affiliation) for p in found.people]
    assert people == [
        ("José Ibarra", "Marenian Deputy Prime Minister", ""),
        ("Amara Okafor", "Valdorian Foreign Minister", ""),
        ("Pavel Drozdov", "Kestria's energy minister", ""),
        ("Zoë Castellan", "rice farmer from a village near Lisca", ""),
        ("Irena Vasić", "spokeswoman for Kestria's Foreign Ministry", ""),
        ("Émile Fournier", "hydrologist who advises the Swiss mediators", ""),
        ("Anne-Laure Brunner", "Ambassador", ""),
    ]


def test_places_include_countries_named_with_their_demonyms_and_towns_placed_by_the_text(
    found: Suggestions,
) -> None:
    assert [p.name for p in found.places] == [
        "Kestria",
        "Marenia",
        "Valdoria",
        "Geneva",
        "Lisca",  # "a village near Lisca"
        "Arlen River",  # a name ending in a geographic word; "the Swiss mediators" names no place
        "Brenn",  # "officials in Brenn"
    ]
    kestria = found.places[0]
    assert kestria.context.startswith("The three countries that share the Arlen River")


def test_every_date_resolved_with_its_event(found: Suggestions) -> None:
    assert [(d.text, d.date, d.event) for d in found.dates] == [  # calendar dates in date order
        # A weekday written with the date: the year in which March 3 is a Tuesday.
        ("Tuesday, March 3", dt.date(2026, 3, 3), "Talks at the lakeside summit opened on Tuesday, March 3"),
        # "were due to end on Wednesday": past tense, so the Wednesday before, not the next one.
        ("Wednesday", dt.date(2026, 3, 4), "Talks at the lakeside summit were due to end on Wednesday"),
        (
            "Wednesday",
            dt.date(2026, 3, 4),
            "Marenian Deputy Prime Minister José Ibarra made his country's case in a speech to delegates "
            "on Wednesday evening",
        ),
        (
            "Thursday",  # the publication day's own weekday
            dt.date(2026, 3, 5),
            "The three countries that share the Arlen River moved closer on Thursday to a deal "
            "on dividing its shrinking summer flow",
        ),
        ("next week", dt.date(2026, 3, 9), "Technical teams would begin comparing flow data next week"),
        (
            "April 14",  # a future meeting, the nearest April 14
            dt.date(2026, 4, 14),
            "The three delegations had agreed to meet again on April 14 to work on a draft text",
        ),
        ("2011", None, "Since the Soren Dam was completed in 2011"),
        ("2024", None, "Valdoria is ready to drop its claim for compensation over the drought of 2024"),
    ]


def test_positions_are_stance_clauses_of_each_party(found: Suggestions) -> None:
    assert [(s.party, s.stance) for s in found.positions] == [
        ("Kestria", 'rejected any quota that would be "binding on a sovereign state"'),
        (
            "Marenia",
            "demands a minimum of 400 cubic metres per second at the Marenian border from June to September",
        ),
        (
            "Valdoria",
            "wants a treaty that fixes a guaranteed minimum flow at its border with Kestria during the dry months",
        ),
        ("Valdoria and Marenia", "refused to sign a closing statement that made no mention of minimum flows"),
        ("Zoë Castellan", "wanted the negotiators “to come and see the fields for themselves.”"),
        (
            "Irena Vasić",
            "rejected the idea that Kestria owes its neighbours a share of the river on the basis of what "
            "Marenia calls its “historic rights.”",
        ),
        ("The three delegations", "had agreed to meet again on April 14 to work on a draft text"),
        # "Drozdov said his government is ready": the government is Kestria's
        ("Kestria", "is ready to share real-time data from the Soren Dam and its three smaller reservoirs"),
        (
            "Valdoria",
            "is ready to drop its claim for compensation over the drought of 2024 if such a treaty is signed "
            "by the end of June",
        ),
    ]


def test_each_stance_is_the_text_of_its_span(found: Suggestions, article: Article) -> None:
    for stance in found.positions:
        assert stance.source is not None
        source = stance.source.text_in(article.paragraphs) or ""
        assert source.startswith(stance.stance.rstrip('"”')[:-1]), stance.stance


def test_speaker_for_a_scare_quote_is_never_the_place(article: Article) -> None:
    lead = article.paragraphs[0]
    for selected in ("binding on a sovereign state", '"binding on a sovereign state,"', "rejected any quota"):
        start = lead.index(selected)
        speaker, role = speaker_for(article, Span(0, start, start + len(selected)))
        assert speaker == ""
        assert "Geneva" not in speaker and role == "negotiators in Geneva"


def test_speaker_for_a_hand_picked_quote(article: Article) -> None:
    paragraph = article.paragraphs[6]
    start = paragraph.index("But the water")
    assert speaker_for(article, Span(6, start, start + 20)) == ("Pavel Drozdov", "Kestria's energy minister")
