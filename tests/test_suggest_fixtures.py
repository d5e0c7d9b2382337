"""Suggestions on articles written for these tests: every pattern issue 5 names, exact answers."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Article, is_verbatim
from briefing.suggest import draft_briefing, speaker_for, suggest

# A Friday, so "Friday" is the publication day and "this week" began on Monday 4 March.
PUBLISHED = dt.date(2024, 3, 8)

PARAGRAPHS = [
    "Prime Minister Anna Kovacs is ready to send negotiators to Vienna for talks with Serbia, "
    "her office said Friday as protests spread across Budapest.",
    "“Anna Kovacs is prepared to meet the Serbian side in response to its proposal,” "
    "government spokesman Peter Nagy said.",
    "Nagy added that Austrian Chancellor Karl Huber, a close ally, welcomed the chance to host the talks.",
    '"We will not be rushed," he said. "The details matter more than the date."',
    "The two countries last held talks in Vienna in 2014 and 2015. Border crossings have been closed "
    "since joint police exercises ended on Feb. 20.",
    "The spokesman said the government wanted “a fair and lasting settlement.”",
    "Kovacs told reporters: «Nobody wins a war of words.»",
    "„Wir sind zu Gesprächen bereit“, sagte Huber der Zeitung „Die Presse“.",
    "Critics called the plan a “help” to the ruling party.",
    "“The talks will be hard.",
    "“But we have no other way,” Kovacs said this week.",
    '"Vamos negociar com calma", disse o porta-voz Dragan Petrovic.',
    "«Es un paso adelante», dijo Lucía Gómez, portavoz de la oposición.",
    "« Nous sommes prêts », a déclaré Marie Dupont.",
]


@pytest.fixture(scope="module")
def article() -> Article:
    return Article(title="Talks on the border", paragraphs=list(PARAGRAPHS), published=PUBLISHED)


@pytest.fixture(scope="module")
def found(article: Article):
    return suggest(article)


def test_every_quote_with_its_speaker_and_role(found) -> None:
    quotes = {(q.text, q.speaker, q.role, q.source.paragraph) for q in found.quotes}
    assert quotes == {
        (
            "Anna Kovacs is prepared to meet the Serbian side in response to its proposal",
            "Peter Nagy",
            "government spokesman",
            1,
        ),
        (
            "We will not be rushed … The details matter more than the date.",
            "Peter Nagy",
            "government spokesman",
            3,
        ),
        ("a fair and lasting settlement.", "Peter Nagy", "government spokesman", 5),
        ("Nobody wins a war of words.", "Anna Kovacs", "Prime Minister", 6),
        ("Wir sind zu Gesprächen bereit", "Karl Huber", "Austrian Chancellor", 7),
        ("The talks will be hard.", "Anna Kovacs", "Prime Minister", 9),
        ("But we have no other way", "Anna Kovacs", "Prime Minister", 10),
        ("Vamos negociar com calma", "Dragan Petrovic", "porta-voz", 11),
        ("Es un paso adelante", "Lucía Gómez", "portavoz de la oposición", 12),
        ("Nous sommes prêts", "Marie Dupont", "", 13),
    }


def test_scare_quotes_and_titles_are_not_offered(found) -> None:
    texts = {q.text for q in found.quotes}
    assert "help" not in texts
    assert "Die Presse" not in texts


def test_every_quote_is_verbatim_against_its_source_span(article: Article, found) -> None:
    for quote in found.quotes:
        source = quote.source.text_in(article.paragraphs)
        assert source is not None
        assert is_verbatim(quote.text, source), quote.text


def test_people_with_positions(found) -> None:
    people = {p.name: p.position for p in found.people if p.position != "organisation"}
    assert people == {
        "Anna Kovacs": "Prime Minister",
        "Peter Nagy": "government spokesman",
        "Karl Huber": "Austrian Chancellor",
        "Dragan Petrovic": "porta-voz",
        "Lucía Gómez": "portavoz de la oposición",
        "Marie Dupont": "",
    }
    # Short mentions merged: "Kovacs" and "Nagy" are not people of their own.
    assert found.people[0].name == "Anna Kovacs"


def test_places_from_gazetteer_and_demonyms(found) -> None:
    places = {p.name: p.context for p in found.places}
    assert set(places) == {"Vienna", "Serbia", "Budapest"}  # "Austrian Chancellor" names no place
    assert places["Vienna"] == PARAGRAPHS[0]


def test_dates_resolved_against_the_publication_date(found) -> None:
    dates = {(d.text, d.date) for d in found.dates}
    assert dates == {
        ("Friday", dt.date(2024, 3, 8)),
        ("2014 and 2015", None),
        ("Feb. 20", dt.date(2024, 2, 20)),
        ("this week", dt.date(2024, 3, 4)),
    }
    events = {d.text: d.event for d in found.dates}
    assert (
        events["Feb. 20"] == "Border crossings have been closed since joint police exercises ended on Feb. 20"
    )
    # "her office said Friday": Friday dates what was said
    assert events["Friday"].startswith("Prime Minister Anna Kovacs is ready to send negotiators")


def test_stated_positions_name_the_party(found) -> None:
    stances = {(s.party, s.stance) for s in found.positions}
    assert stances == {
        ("Anna Kovacs", "is ready to send negotiators to Vienna for talks with Serbia"),
        ("Karl Huber", "welcomed the chance to host the talks"),
        # "The spokesman said the government wanted ...": a body the text names only so
        ("The government", "wanted “a fair and lasting settlement.”"),
    }


def test_summary_is_the_lead(found) -> None:
    assert found.summary == PARAGRAPHS[0]


def test_json_shape(found) -> None:
    data = found.to_json_dict()
    assert set(data) == {"quotes", "people", "places", "dates", "positions", "summary"}
    assert set(data["quotes"][0]) == {"text", "speaker", "role", "paragraph"}
    assert set(data["people"][0]) == {"name", "position"}
    assert set(data["places"][0]) == {"name", "context"}
    assert {
        "text": "Feb. 20",
        "date": "2024-02-20",
        "event": "Border crossings have been closed since joint police exercises ended on Feb. 20",
    } in data["dates"]
    assert set(data["positions"][0]) == {"party", "stance"}


def test_speaker_for_a_hand_selected_quote(article: Article) -> None:
    paragraph = PARAGRAPHS[6]
    start = paragraph.index("Nobody")
    from briefing.model import Span

    assert speaker_for(article, Span(6, start, start + 10)) == ("Anna Kovacs", "Prime Minister")
    # Words that are not in quotation marks, in a sentence that says who said them:
    lead = PARAGRAPHS[2]
    start = lead.index("welcomed")
    assert (
        speaker_for(article, Span(2, start, len(lead) - 1))[0] == "Peter Nagy"
    )  # reported speech: Nagy said it
    assert speaker_for(article, Span(99, 0, 1)) == ("", "")


def test_draft_briefing_takes_the_top_suggestions(article: Article) -> None:
    card = draft_briefing(article)
    assert card.headline == "Talks on the border"
    assert card.summary == PARAGRAPHS[0]
    assert 1 <= len(card.quotes) <= 6 and card.quotes[0].speaker
    assert [p.name for p in card.people][:3] == ["Anna Kovacs", "Peter Nagy", "Karl Huber"]
    assert {p.name for p in card.places} <= {"Vienna", "Serbia", "Budapest", "Austria"}
    assert card.dates and card.dates[0].date is not None
    assert card.positions


def test_the_same_article_gives_the_same_suggestions(article: Article, found) -> None:
    assert suggest(article).to_json_dict() == found.to_json_dict()
