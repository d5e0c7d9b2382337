"""The automatic draft ("accept the top suggestions") as a reader sees it on the rendered card."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pdfplumber
import pytest

from briefing.ingest import read_article
from briefing.model import Article, Briefing, is_verbatim
from briefing.render import render_pdf
from briefing.resources import sample_article
from briefing.suggest import draft_briefing, suggest

FIXTURES = Path(__file__).parent / "fixtures" / "suggest"
ARTICLES = [sample_article(), FIXTURES / "port-dispute.txt", FIXTURES / "new-year-vote.txt"]


@pytest.fixture(scope="module")
def sample() -> Article:
    return read_article(sample_article())


@pytest.fixture(scope="module")
def card(sample: Article) -> Briefing:
    return draft_briefing(sample)


def card_text(briefing: Briefing) -> str:
    result = render_pdf(briefing)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        assert len(pdf.pages) == 1
        return " ".join((pdf.pages[0].extract_text() or "").split())


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: Path(path).stem)
def test_the_draft_fits_an_a4_page_at_full_size_with_room_for_one_more_person(path: Path) -> None:
    article = read_article(path)
    briefing = draft_briefing(article)
    result = render_pdf(briefing)
    assert (result.scale, result.omitted) == (1.0, [])
    extra = [p for p in suggest(article).people if p.name not in {q.name for q in briefing.people}]
    briefing.people.append(extra[0] if extra else briefing.people[0])
    assert render_pdf(briefing).scale == 1.0


def test_positions_are_one_stance_clause_per_party(card: Briefing) -> None:
    assert [(s.party, s.stance) for s in card.positions] == [
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
    ]


def test_places_get_a_short_clause_or_nothing(card: Briefing) -> None:
    assert [(p.name, p.context) for p in card.places] == [
        ("Kestria", "Kestria, which controls the river's largest dams"),
        ("Marenia", "Marenia, the poorest of the three and the last country the river crosses"),
        ("Valdoria", ""),  # its clauses are all positions already on the card, or attributions
        ("Geneva", ""),  # named only in quotations and in "negotiators in Geneva said"
    ]


def test_dates_are_a_timeline_with_days_written_out(card: Briefing) -> None:
    assert [(d.text, d.date, d.event) for d in card.dates] == [
        ("Tuesday, March 3", dt.date(2026, 3, 3), "Talks at the lakeside summit opened"),
        ("Wednesday, March 4", dt.date(2026, 3, 4), "Talks at the lakeside summit were due to end"),
        (
            "Thursday, March 5",
            dt.date(2026, 3, 5),
            "The three countries moved closer to a deal on dividing its shrinking summer flow",
        ),
        ("Next week (from March 9)", dt.date(2026, 3, 9), "Technical teams would begin comparing flow data"),
        (
            "April 14",
            dt.date(2026, 4, 14),
            "The three delegations had agreed to meet again to work on a draft text",
        ),
    ]


def test_quotes_are_four_voices_verbatim(card: Briefing, sample: Article) -> None:
    assert [q.speaker for q in card.quotes] == ["José Ibarra", "Pavel Drozdov", "Amara Okafor", "Irena Vasić"]
    for quote in card.quotes:
        assert quote.source is not None
        assert is_verbatim(quote.text, quote.source.text_in(sample.paragraphs) or "")


def test_the_rendered_card_names_no_affiliation_twice(card: Briefing) -> None:
    text = card_text(card)
    assert "Marenian Deputy Prime Minister" in text
    for repeated in ("Minister, Marenia", "minister, Kestria", "Ministry, Kestria", "Lisca, Lisca"):
        assert repeated not in text


def test_a_long_quote_keeps_its_first_sentences_and_an_ellipsis() -> None:
    said = " ".join(f"Sentence number {n} says something about the harbour and the port." for n in range(6))
    article = Article(
        paragraphs=[f"“{said}” said Karin de Wit, the union leader."], published=dt.date(2025, 6, 16)
    )
    [quote] = draft_briefing(article).quotes
    assert quote.text.endswith(" …") and len(quote.text.split()) <= 41
    assert quote.source is not None
    assert is_verbatim(quote.text, quote.source.text_in(article.paragraphs) or "")


@pytest.mark.parametrize(
    "event,text",
    [
        ("Sentencing is scheduled for Friday", "Friday"),
        ("The plant ran from 2011 to 2020 without a stop", "2011"),
        ("Ministers clashed during Thursday’s debate on the budget", "Thursday"),
    ],
)
def test_a_timeline_event_keeps_its_date_where_taking_it_out_would_break_the_phrase(
    event: str, text: str
) -> None:
    from briefing.suggest.draft import _without_date

    shorter = _without_date(event, text)
    assert shorter == event  # nothing left dangling: "scheduled for", "from to", "during’s"


def test_a_timeline_event_loses_a_date_it_does_not_need() -> None:
    from briefing.suggest.draft import _without_date

    assert _without_date("Talks were due to end on Wednesday", "Wednesday") == "Talks were due to end"
