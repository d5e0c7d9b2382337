"""Briefings built in code for the renderer's tests and benchmark, and helpers that read PDFs back.

Also holds one test per sample that it renders at all, so a broken sample is
reported here rather than as a confusing failure elsewhere.
"""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pypdf
import pytest

from briefing.model import (
    Article,
    Briefing,
    Citation,
    DateItem,
    Fact,
    Layout,
    Person,
    Place,
    Quote,
    Stance,
)

URL = "https://news.example.org/world/2025/03/04/ceasefire-talks-riyadh?ref=rss&lang=en"

QUOTES = [
    Quote(
        "Vladimir Putin is ready to discuss a ceasefire, but only on terms that reflect the situation "
        "on the ground.",
        "Dmitry Peskov",
        "Kremlin spokesman",
    ),
    Quote(
        "We will not trade territory for a pause that lets the aggressor regroup.",
        "Volodymyr Zelensky",
        "President of Ukraine",
    ),
    Quote(
        "The door to negotiations is open, and it will stay open as long as both sides walk through it "
        "together.",
        "Marco Rubio",
        "US Secretary of State",
    ),
    Quote(
        "Europe must be at the table when Europe's security is decided.",
        "Kaja Kallas",
        "EU High Representative",
    ),
    Quote(
        "Humanitarian corridors come first; everything else can wait a week.",
        "Volker Türk",
        "UN High Commissioner for Human Rights",
    ),
]
PEOPLE = [
    Person("Dmitry Peskov", "Press secretary", "Kremlin"),
    Person("Volodymyr Zelensky", "President", "Ukraine"),
    Person("Marco Rubio", "Secretary of State", "United States"),
    Person("Kaja Kallas", "High Representative", "European Union"),
    Person("Volker Türk", "High Commissioner for Human Rights", "United Nations"),
    Person("Faisal bin Farhan", "Foreign Minister", "Saudi Arabia"),
]
PLACES = [
    Place("Riyadh", "Venue of Tuesday's talks between US and Russian delegations."),
    Place("Kyiv", "Government says it was not consulted on the agenda."),
    Place("Brussels", "EU foreign ministers meet on Thursday to agree a common line."),
    Place("Zaporizhzhia", "Front line where shelling continued overnight."),
]
DATES = [
    DateItem("4 March 2025", dt.date(2025, 3, 4), "First round of talks in Riyadh."),
    DateItem("Thursday", dt.date(2025, 3, 6), "EU foreign ministers meet in Brussels."),
    DateItem("", dt.date(2025, 3, 11), "Deadline for a written proposal on a ceasefire line."),
    DateItem("end of March", None, "Possible leaders' summit, date not set."),
]
POSITIONS = [
    Stance("Russia", "Ceasefire only along the current line of contact; no foreign troops in Ukraine."),
    Stance("Ukraine", "No recognition of occupied territory; security guarantees before any pause."),
    Stance("United States", "Wants a 30-day ceasefire first and a framework deal within months."),
    Stance("European Union", "Insists on a seat at the table and continued sanctions until a settlement."),
]
FACTS = [
    Fact("The talks are the first direct US–Russia meeting at this level since February 2022."),
    Fact("Both delegations were led by foreign ministers; no Ukrainian officials attended."),
    Fact("Energy infrastructure strikes fell by a third in the week before the talks."),
    Fact("A prisoner exchange of 175 on each side took place on Monday."),
]


def article() -> Article:
    return Article(
        title="Ceasefire talks open in Riyadh without Ukraine at the table",
        authors=["Jane Doe", "Ivan Petrov"],
        published=dt.date(2025, 3, 4),
        site_name="Example News",
        url=URL,
        paragraphs=["The first paragraph of the article.", "The second paragraph."],
        accessed=dt.date(2025, 3, 5),
    )


def typical(page_size: str = "A4", **layout: object) -> Briefing:
    """A realistic full card: headline, summary, 5 quotes, 6 people, 4 places, 4 dates, 4 positions,
    4 facts, citation and QR code."""
    source = article()
    return Briefing(
        headline="Ceasefire talks open in Riyadh without Ukraine",
        prepared_for="Minister of State for Europe",
        prepared_by="Eastern Europe Desk",
        date=dt.date(2025, 3, 5),
        summary=(
            "US and Russian delegations met in Riyadh to discuss a ceasefire. Moscow signals openness "
            "but only on the current front line; Kyiv and the EU object to being left out. Expect "
            "pressure for a European seat at the next round and a 30-day truce proposal within a week."
        ),
        quotes=list(QUOTES),
        people=list(PEOPLE),
        places=list(PLACES),
        dates=list(DATES),
        positions=list(POSITIONS),
        facts=list(FACTS),
        citation=Citation.from_article(source),
        layout=Layout(page_size=page_size, **layout),
        article=source,
    )


def overfull(quotes: int = 60, words: int = 80, page_size: str = "A4") -> Briefing:
    """A grossly overfull card: many long quotes on top of the typical content."""
    briefing = typical(page_size)
    briefing.quotes = [
        Quote(" ".join(f"q{number}w{word}" for word in range(words)), f"Speaker {number}", f"Role {number}")
        for number in range(quotes)
    ]
    return briefing


def empty(page_size: str = "A4") -> Briefing:
    return Briefing(layout=Layout(page_size=page_size))


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def text_of(pdf: bytes) -> str:
    """The page's text layer in drawing order, white space collapsed to single spaces."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def words_of(pdf: bytes) -> list[dict[str, object]]:
    """pdfplumber's words (with positions, in points from the top) of the first page."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return list(document.pages[0].extract_words(extra_attrs=["fontname", "size", "non_stroking_color"]))


def assert_clean_layout(pdf: bytes) -> None:
    """One page; every character on the paper; no two characters overlapping (text never collides).

    The DRAFT watermark is meant to lie under the text and is left out of the check.
    """
    assert pages(pdf) == 1
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        chars = [c for c in page.chars if c["size"] < 40 and c["text"].strip()]
        cells: dict[tuple[int, int], list[dict[str, float]]] = {}
        for char in chars:
            assert char["x0"] >= 0 and char["x1"] <= page.width, char
            assert char["top"] >= 0 and char["bottom"] <= page.height, char
            for cx in range(int(char["x0"] // 20), int(char["x1"] // 20) + 1):
                for cy in range(int(char["top"] // 20), int(char["bottom"] // 20) + 1):
                    cells.setdefault((cx, cy), []).append(char)
        for members in cells.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    smaller = min(a["width"] * a["height"], b["width"] * b["height"])
                    assert width <= 0 or height <= 0 or width * height <= 0.2 * smaller, (
                        a["text"],
                        b["text"],
                    )


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("make", [typical, overfull, empty])
def test_every_sample_renders(make: object) -> None:
    from briefing.render import render_pdf

    result = render_pdf(make())
    assert result.pdf.startswith(b"%PDF-")
