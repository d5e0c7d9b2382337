"""Suggestions on awkward input: nothing to find, broken quotation marks, no date, odd text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Article, Span
from briefing.suggest import speaker_for, suggest


def test_an_empty_article_gives_empty_suggestions() -> None:
    found = suggest(Article())
    assert found.to_json_dict() == {
        "quotes": [],
        "people": [],
        "places": [],
        "dates": [],
        "positions": [],
        "summary": "",
    }


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Putin’s aides don’t say the teachers’ union is ready; it’s ‘rock ’n’ roll’ to them."
    found = suggest(Article(paragraphs=[text]))
    assert [q.text for q in found.quotes] == []


def test_an_unclosed_quotation_runs_to_the_end_of_its_paragraph_only() -> None:
    paragraphs = ['Maria Santos said: "We will never accept this deal', "The vote is on Monday."]
    found = suggest(Article(paragraphs=paragraphs))
    assert [(q.text, q.speaker, q.source.paragraph) for q in found.quotes] == [
        ("We will never accept this deal", "Maria Santos", 0)
    ]


def test_weekdays_without_a_publication_date_keep_no_calendar_date() -> None:
    found = suggest(Article(paragraphs=["The minister resigned on Tuesday, March 3, 2020."]))
    dates = {(d.text, d.date) for d in found.dates}
    assert dates == {("Tuesday, March 3, 2020", dt.date(2020, 3, 3))}
    found = suggest(Article(paragraphs=["The minister resigned on Tuesday."]))
    assert [(d.text, d.date) for d in found.dates] == [("Tuesday", None)]


def test_impossible_dates_are_ignored() -> None:
    found = suggest(Article(paragraphs=["It was due on February 30, 2021."], published=dt.date(2021, 3, 1)))
    assert [d.text for d in found.dates] == ["2021"]


def test_common_words_that_are_also_city_names_are_not_places() -> None:
    text = (
        "Nice work, said the mayor. Reading the report, she found nothing about Paris or Belarusian troops."
    )
    found = suggest(Article(paragraphs=[text]))
    assert {p.name for p in found.places} == {"Paris"}  # "Belarusian troops": whose, not where


def test_a_place_next_to_the_speaker_is_never_the_speaker_nor_a_person() -> None:
    paragraphs = [
        'Kestria rejected any quota that would be "binding on a state," negotiators in Brenn said.',
        '"We will not sign," Kestria said. Kestrian officials agreed.',
        "“Nobody wants this,” said officials in Lisca, a town near Brenn.",
    ]
    found = suggest(Article(paragraphs=paragraphs))
    assert [(q.text, q.speaker, q.role) for q in found.quotes] == [
        ("We will not sign", "Kestria", ""),  # the country as the subject: its government speaks
        ("Nobody wants this", "", "officials in Lisca"),
        ("binding on a state", "", "negotiators in Brenn"),
    ]
    assert {p.name for p in found.people}.isdisjoint({"Brenn", "Kestria", "Lisca"})


def test_speaker_for_rejects_a_span_outside_the_article() -> None:
    article = Article(paragraphs=["“Yes,” said Ana Lima."])
    assert speaker_for(article, Span(0, 1, 4)) == ("Ana Lima", "")
    assert speaker_for(article, Span(3, 0, 2)) == ("", "")
    assert speaker_for(article, Span(0, 0, 500)) == ("", "")


_PIECES = [*"ab AB.,\"“”‘’«»„:'\n", "Mr ", " said ", "Friday", "Ana Lima", " he "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), max_size=5))
def test_any_text_gives_spans_inside_the_article(paragraphs: list[str]) -> None:
    article = Article(paragraphs=paragraphs, published=dt.date(2024, 1, 5))
    found = suggest(article)
    for item in [*found.quotes, *found.people, *found.places, *found.dates, *found.positions]:
        assert item.source is not None
        assert item.source.text_in(article.paragraphs) is not None
