"""Hand picks answered by the suggester: the cases issue 10 found the old English-only guesser got wrong.

The article is written for these tests. It was published on Saturday 18 November 2023,
so "earlier Friday" is the day before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Article, Span
from briefing.suggest import item_for, quotation_span, speaker_for, suggest
from briefing.suggest.spans import analysis_of

PARAGRAPHS = [
    "Talks between Norland and Estavia on the disputed Vell valley broke down earlier Friday, "
    "officials in the Norland capital said.",
    "Estavian President Tomas Varga offered on Thursday to withdraw his troops from the valley. "
    "The Kremlin said it took note of Varga's offer.",
    "«No firmaremos nada sin garantías», dijo Marta Ruiz, portavoz del gobierno de Estavia.",
    "Ruiz added that the talks could resume next week.",
    "“We will wait,” Varga said. “The valley is not going anywhere.”",
    "Kremlin spokesman Oleg Danilov declined to comment.",
]


@pytest.fixture(scope="module")
def article() -> Article:
    return Article(title="Valley talks", paragraphs=list(PARAGRAPHS), published=dt.date(2023, 11, 18))


def _span(paragraph: int, text: str) -> Span:
    start = PARAGRAPHS[paragraph].index(text)
    return Span(paragraph, start, start + len(text))


def test_a_picked_weekday_is_resolved_against_the_publication_date(article: Article) -> None:
    picked = item_for("date", article, _span(0, "earlier Friday"))
    assert picked.text == "earlier Friday"
    assert picked.date == dt.date(2023, 11, 17)
    suggested = next(d for d in suggest(article).dates if d.text == "Friday")
    assert (picked.date, picked.event) == (suggested.date, suggested.event)


def test_a_picked_position_sentence_belongs_to_its_subject_without_stray_punctuation(
    article: Article,
) -> None:
    picked = item_for("position", article, _span(1, ". The Kremlin said it took note of Varga's offer."))
    kremlin = next(p.name for p in suggest(article).people if "Kremlin" in p.name)
    assert picked.party == kremlin  # not Tomas Varga, whose offer it is
    assert picked.stance == "The Kremlin said it took note of Varga's offer"
    assert picked.source == _span(1, "The Kremlin said it took note of Varga's offer.")


def test_a_picked_person_gets_the_spanish_appositive_as_suggested(article: Article) -> None:
    suggested = next(p for p in suggest(article).people if p.name == "Marta Ruiz")
    assert suggested.position == "portavoz del gobierno de Estavia"
    for span in (_span(2, "Marta Ruiz"), _span(3, "Ruiz")):
        picked = item_for("person", article, span)
        assert (picked.name, picked.position, picked.affiliation) == (
            "Marta Ruiz",
            "portavoz del gobierno de Estavia",
            suggested.affiliation,
        )
        assert picked.source == span
    assert item_for("person", article, _span(3, "Ruiz added")).source == _span(3, "Ruiz")


def test_a_picked_title_and_name_give_the_person_not_the_body_in_the_title(article: Article) -> None:
    picked = item_for("person", article, _span(5, "Kremlin spokesman Oleg Danilov"))
    assert (picked.name, picked.position) == ("Oleg Danilov", "Kremlin spokesman")
    assert picked.source == _span(5, "Oleg Danilov")


def test_a_picked_place_gets_the_sentence_that_names_it(article: Article) -> None:
    picked = item_for("place", article, _span(1, "Estavian"))
    assert picked.name == "Estavia"
    assert picked.context == PARAGRAPHS[1].split(". ")[0] + "."
    assert item_for("place", article, _span(0, "Vell valley")).name == "Vell valley"


def test_a_quote_picked_whole_is_the_suggested_quote_and_a_part_keeps_its_speaker(article: Article) -> None:
    whole = item_for("quote", article, Span(4, 0, len(PARAGRAPHS[4])))
    assert (whole.text, whole.speaker) == ("We will wait … The valley is not going anywhere.", "Tomas Varga")
    part = item_for("quote", article, _span(4, "“The valley is not going anywhere.”"))
    assert (part.text, part.speaker, part.role) == (
        "The valley is not going anywhere.",
        "Tomas Varga",
        "Estavian President",
    )
    assert quotation_span(PARAGRAPHS[4], _span(4, "“We will wait,”")) == _span(4, "We will wait")


def test_words_outside_quotation_marks_are_read_as_if_quoted(article: Article) -> None:
    assert speaker_for(article, _span(3, "the talks could resume next week")) == (
        "Marta Ruiz",
        "portavoz del gobierno de Estavia",
    )
    assert speaker_for(article, Span(9, 0, 1)) == ("", "")


def test_the_analysis_is_kept_per_text_and_a_pick_leaves_it_unchanged(article: Article) -> None:
    analysis = analysis_of(article)
    quotes = {entity.name: entity.quotes for entity in analysis.registry.entities}
    item_for("quote", article, _span(3, "the talks could resume next week"))
    assert analysis_of(Article(paragraphs=list(PARAGRAPHS), published=article.published)) is analysis
    assert {entity.name: entity.quotes for entity in analysis.registry.entities} == quotes
    assert analysis_of(Article(paragraphs=PARAGRAPHS[:2], published=article.published)) is not analysis


def test_a_span_outside_the_article_or_an_unknown_kind_is_refused(article: Article) -> None:
    with pytest.raises(ValueError):
        item_for("person", article, Span(0, 0, 10_000))
    with pytest.raises(ValueError):
        item_for("summary", article, Span(0, 0, 5))
