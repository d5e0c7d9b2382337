"""Suggestions on two articles written for these tests, read through ingestion as a user opens them.

port-dispute.txt (Monday 16 June 2025): an unnamed "ministry spokesman", a straight quote
mark closed by a curly one, a lower-case "de Wit", positions held by a group the text
names only by a common noun. new-year-vote.txt (Thursday 2 January 2025): dates either
side of the new year, a quotation running over two paragraphs, an organisation named
after a place ("Black Sea Partners") that is no place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.ingest import read_article
from briefing.suggest import Suggestions, suggest

FIXTURES = Path(__file__).parent / "fixtures" / "suggest"


@pytest.fixture(scope="module")
def port() -> Suggestions:
    return suggest(read_article(FIXTURES / "port-dispute.txt"))


@pytest.fixture(scope="module")
def vote() -> Suggestions:
    return suggest(read_article(FIXTURES / "new-year-vote.txt"))


def test_port_quotes(port: Suggestions) -> None:
    assert {(q.text, q.speaker, q.role) for q in port.quotes} == {
        (
            "We have waited two years for this … Another month will not frighten us.",
            "Karin de Wit",
            "Union leader",
        ),
        # '"Tired crews make mistakes,” Kok said': mixed marks still make one quotation
        ("Tired crews make mistakes", "Willem Kok", "Harbour Pilots Association secretary"),
        # "he said" after a sentence whose subject is the titled Bakker
        ("The money is simply not there", "Maarten Bakker", "Port Authority chief executive"),
        ("a raise that keeps up with rents, not a gesture.", "Karin de Wit", "Union leader"),
        # "a ministry spokesman said": someone new, not the person quoted before
        ("This is between the port and its workers", "", "ministry spokesman"),
    }


def test_port_people_with_titles_made_of_capitalised_words(port: Suggestions) -> None:
    assert [(p.name, p.position) for p in port.people] == [
        ("Karin de Wit", "Union leader"),
        ("Willem Kok", "Harbour Pilots Association secretary"),
        ("Maarten Bakker", "Port Authority chief executive"),
        ("Sofia Jansen", "Economy Minister"),
    ]


def test_port_places_and_no_sea_named_as_a_person(port: Suggestions) -> None:
    # "Dutch", "Belgian": where people come from, not places the story names
    assert [p.name for p in port.places] == ["Rotterdam", "Antwerp", "North Sea"]


def test_port_dates(port: Suggestions) -> None:
    assert [(d.text, d.date) for d in port.dates] == [  # in date order
        ("Friday, June 13", dt.date(2025, 6, 13)),
        ("Sunday", dt.date(2025, 6, 15)),  # "broke down on Sunday"
        ("Thursday", dt.date(2025, 6, 19)),  # "would hold a ballot on Thursday"
        ("Friday", dt.date(2025, 6, 20)),  # "will meet again on Friday"
        ("June 30", dt.date(2025, 6, 30)),
        ("2019 and 2020", None),
    ]


def test_port_positions(port: Suggestions) -> None:
    assert [(s.party, s.stance) for s in port.positions] == [
        ("Karin de Wit", 'wanted "a raise that keeps up with rents, not a gesture."'),
        ("Belgium", "were ready to take diverted cargo"),
        ("Sofia Jansen", "would not intervene"),  # "Jansen said the government would not intervene"
        ("The dockworkers' union", "rejected a 4 per cent pay offer"),
    ]


def test_vote_quotes_run_over_paragraphs(vote: Suggestions) -> None:
    assert [(q.text, q.speaker) for q in vote.quotes if q.speaker] == [
        ("We lost a week, but we did not lose the country … The budget comes first.", "Elena Rusu"),
        ("Nobody wants another election in winter", "Irina Popa"),
        ("Everything else can wait until spring.", "Elena Rusu"),
        # Reported words of a body named after its country ("Russia's foreign ministry called
        # it “a provocation”") are a quote of that body, as the corpus labels them.
        ("a provocation", "Russia's foreign ministry"),
    ]


def test_vote_people_and_acting_organisations(vote: Suggestions) -> None:
    assert [(p.name, p.position) for p in vote.people] == [
        ("Elena Rusu", "Prime Minister"),
        ("Irina Popa", "firm's director"),
        ("Victor Ceban", "Opposition leader"),
        ("Klaus Iohannis", "Romanian President"),
        ("Moldova's parliament", "organisation"),
        ("Russia's foreign ministry", "organisation"),
        ("Constitutional Court", "organisation"),
    ]


def test_vote_places_leave_out_a_firm_named_after_a_sea(vote: Suggestions) -> None:
    assert [p.name for p in vote.places] == [
        "Moldova",
        "Chisinau",
        "Russia",
        "Bucharest",
    ]  # "Romanian" is no place


def test_vote_dates_either_side_of_the_new_year(vote: Suggestions) -> None:
    assert [(d.text, d.date) for d in vote.dates] == [  # in date order
        ("December 29", dt.date(2024, 12, 29)),
        ("Tuesday, Dec. 31", dt.date(2024, 12, 31)),
        ("Monday", dt.date(2025, 1, 6)),  # "would be sworn in on Monday"
        ("Friday, Jan. 10", dt.date(2025, 1, 10)),
        ("January 15", dt.date(2025, 1, 15)),
    ]


def test_vote_positions(vote: Suggestions) -> None:
    assert [(s.party, s.stance) for s in vote.positions] == [
        ("Victor Ceban", "would challenge the vote in the Constitutional Court"),
        ("Klaus Iohannis", "welcomed the vote"),
    ]
