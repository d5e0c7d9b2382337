"""The briefing card being edited: header, summary, item lists, citation and layout."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .article import Article
from .items import DateItem, Fact, Person, Place, Quote, RejectedSuggestion, Stance
from .template import Template

CITATION_STYLES: dict[str, str] = {
    "apa": "APA 7th edition",
    "mla": "MLA 9th edition",
    "chicago": "Chicago 17th edition (notes and bibliography)",
}

PAGE_SIZES: dict[str, str] = {
    "A4": "A4 (210 × 297 mm)",
    "Letter": "US Letter (8.5 × 11 in)",
    "A5": "A5 (148 × 210 mm)",
    "Card5x8": "Index card (5 × 8 in)",
}

TLP_MARKINGS = ("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED")
"""Traffic Light Protocol 2.0 labels (FIRST), printed right-aligned in their colours."""

GOVERNMENT_MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE")
"""UK Government Security Classifications, printed centred."""

MARKING_PRESETS = TLP_MARKINGS + GOVERNMENT_MARKINGS


@dataclass
class Citation:
    """The source as it is cited on the card; starts as a copy of the article's metadata."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    site_name: str = ""
    published: dt.date | None = None
    url: str = ""
    accessed: dt.date | None = None
    style: str = "apa"

    @classmethod
    def from_article(cls, article: Article, style: str = "apa") -> Citation:
        return cls(
            title=article.title,
            authors=list(article.authors),
            site_name=article.site_name,
            published=article.published,
            url=article.url,
            accessed=article.accessed,
            style=style,
        )


@dataclass
class Layout:
    """How the card is laid out: paper, handling marking, watermark, QR code."""

    page_size: str = "A4"
    marking: str = ""
    """Empty for none, one of :data:`MARKING_PRESETS`, or free text."""
    draft: bool = False
    """Print a diagonal DRAFT watermark."""
    qr: bool = True
    """Print a QR code of the source URL (when it is an http/https URL)."""


@dataclass
class Briefing:
    """Everything on one briefing card, plus the article it was made from."""

    headline: str = ""
    prepared_for: str = ""
    """The person or meeting the card is for."""
    prepared_by: str = ""
    date: dt.date | None = None
    summary: str = ""
    """The bottom line up front."""
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateItem] = field(default_factory=list)
    positions: list[Stance] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    citation: Citation = field(default_factory=Citation)
    layout: Layout = field(default_factory=Layout)
    article: Article | None = None
    template: Template | None = None
    """The house style, by value (see template.py); None is the standard look in English."""
    rejected_suggestions: list[RejectedSuggestion] = field(default_factory=list)
    """Suggestions the user turned down, so they stay down after saving and reopening
    (files written before this field existed load with none rejected)."""

    @classmethod
    def from_article(cls, article: Article, style: str = "apa") -> Briefing:
        """An empty card for ``article``: its headline and citation filled in."""
        return cls(
            headline=article.title,
            citation=Citation.from_article(article, style),
            article=article,
        )
