"""Dates: which way a weekday points, which year a day-month takes, and the event each dates."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Article
from briefing.suggest import suggest

THURSDAY = dt.date(2026, 3, 5)


def dates_in(sentence: str, published: dt.date | None = THURSDAY) -> list[tuple[str, dt.date | None]]:
    return [(d.text, d.date) for d in suggest(Article(paragraphs=[sentence], published=published)).dates]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past event: the most recent such weekday
        ("Talks were due to end on Wednesday.", dt.date(2026, 3, 4)),
        ("The summit opened on Tuesday.", dt.date(2026, 3, 3)),
        ("The minister said on Monday that talks would resume.", dt.date(2026, 3, 2)),
        ("Talks were scheduled for Friday but collapsed.", dt.date(2026, 2, 27)),
        # a future event: the next one
        ("The ministers will meet on Monday.", dt.date(2026, 3, 9)),
        ("Talks are due to resume on Friday.", dt.date(2026, 3, 6)),
        ("She said the union would hold a ballot on Saturday.", dt.date(2026, 3, 7)),
        ("On Monday, the delegations will travel to Brenn.", dt.date(2026, 3, 9)),
        # the publication day's own weekday is that day, whatever the tense
        ("The summit closed on Thursday.", THURSDAY),
        ("They will sign on Thursday.", THURSDAY),
        # "next" and "last" move a week
        ("They meet again next Thursday.", dt.date(2026, 3, 12)),
        ("They last met last Thursday.", dt.date(2026, 2, 26)),
        # nothing says which way: a news report looks back
        ("Protests on Sunday drew thousands.", dt.date(2026, 3, 1)),
    ],
)
def test_a_weekday_follows_the_tense_of_its_clause(sentence: str, expected: dt.date) -> None:
    [(_, date)] = dates_in(sentence)
    assert date == expected


def test_a_day_month_takes_the_year_nearest_the_publication_date() -> None:
    assert dates_in("A ruling is expected on April 14.") == [("April 14", dt.date(2026, 4, 14))]
    # In late November, March 3 is nearer next year ...
    assert dates_in("Talks opened on March 3.", dt.date(2026, 11, 25)) == [("March 3", dt.date(2027, 3, 3))]
    # ... but a weekday written with it is strong evidence: March 3 was a Tuesday in 2026, not in 2027.
    assert dates_in("Talks opened on Tuesday, March 3.", dt.date(2026, 11, 25)) == [
        ("Tuesday, March 3", dt.date(2026, 3, 3))
    ]
    assert dates_in("It ended on Wednesday, March 3.", dt.date(2026, 11, 25)) == [
        ("Wednesday, March 3", dt.date(2027, 3, 3))
    ]


def test_dates_across_the_new_year() -> None:
    published = dt.date(2025, 1, 2)  # a Thursday
    assert dates_in("The coalition lost its majority on December 29.", published) == [
        ("December 29", dt.date(2024, 12, 29))
    ]
    assert dates_in("Parliament voted on Tuesday, Dec. 31.", published) == [
        ("Tuesday, Dec. 31", dt.date(2024, 12, 31))
    ]
    assert dates_in("The court will rule on Friday, Jan. 10.", published) == [
        ("Friday, Jan. 10", dt.date(2025, 1, 10))
    ]


def test_without_a_publication_date_weekdays_keep_no_calendar_date() -> None:
    assert dates_in("The minister resigned on Tuesday.", None) == [("Tuesday", None)]
    assert dates_in("The minister resigned on Tuesday, March 3, 2020.", None) == [
        ("Tuesday, March 3, 2020", dt.date(2020, 3, 3))
    ]
    assert dates_in("Talks opened on March 3.", None) == [("March 3", None)]


def test_the_event_is_the_clause_the_date_belongs_to() -> None:
    sentence = (
        "Talks at the summit, which opened on Tuesday, March 3, were due to end on Wednesday "
        "but ran into a third day."
    )
    found = suggest(Article(paragraphs=[sentence], published=THURSDAY)).dates
    assert [(d.text, d.event) for d in found] == [
        ("Tuesday, March 3", "Talks at the summit opened on Tuesday, March 3"),
        ("Wednesday", "Talks at the summit were due to end on Wednesday"),
    ]
    reported = (
        "Chief executive Maarten Bakker said the offer, made on Friday, June 13, was the best on the table."
    )
    [offer] = suggest(Article(paragraphs=[reported], published=dt.date(2025, 6, 16))).dates
    assert (offer.date, offer.event) == (dt.date(2025, 6, 13), "The offer, made on Friday, June 13")
