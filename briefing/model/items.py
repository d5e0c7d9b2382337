"""The items a briefing card lists: people, places, dates, stated positions, quotes, facts.

Each item taken from the article keeps its :class:`Span`, so the app can show
where it came from and tell whether a quote still matches the source verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """Where an item came from: a paragraph of the article and a character range in it."""

    paragraph: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.paragraph < 0 or self.start < 0 or self.end < self.start:
            raise ValueError(f"not a valid span: {self}")

    def text_in(self, paragraphs: list[str]) -> str | None:
        """The text this span covers, or ``None`` if it lies outside ``paragraphs``."""
        if self.paragraph >= len(paragraphs) or self.end > len(paragraphs[self.paragraph]):
            return None
        return paragraphs[self.paragraph][self.start : self.end]


@dataclass
class Person:
    """Who is involved: a name with the position (title) and affiliation the article gives."""

    name: str = ""
    position: str = ""
    affiliation: str = ""
    source: Span | None = None


@dataclass
class Place:
    """Where things happen, with the sentence that says what happens there."""

    name: str = ""
    context: str = ""
    source: Span | None = None


@dataclass
class DateItem:
    """When things happen: the date as written, its calendar date where known, the event."""

    text: str = ""
    date: dt.date | None = None
    event: str = ""
    source: Span | None = None


@dataclass
class Stance:
    """What a party (person, organisation, country) says it wants, offers or rejects."""

    party: str = ""
    stance: str = ""
    source: Span | None = None


@dataclass
class Quote:
    """A verbatim quotation with its speaker and the speaker's role."""

    text: str = ""
    speaker: str = ""
    role: str = ""
    source: Span | None = None


@dataclass
class Fact:
    """A key fact, in the article's words or the user's."""

    text: str = ""
    source: Span | None = None


Item = Person | Place | DateItem | Stance | Quote | Fact

# An ellipsis stands for left-out words; square brackets mark words the editor put in.
_ELISION = re.compile(r"\s*(?:\.\.\.|…|\[[^\]]*\])\s*")
_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip()


def is_verbatim(quote: str, source_text: str) -> bool:
    """Whether ``quote`` reproduces ``source_text`` word for word.

    Allowed editing: ``...``/``…`` for left-out words and ``[bracketed]`` insertions
    or substitutions; typographic and straight quote marks and white space count
    as equal. Every remaining piece must occur in the source, in order.
    """
    source = _normalise(source_text)
    position = 0
    for piece in _ELISION.split(quote):
        piece = _normalise(piece)
        if not piece:
            continue
        found = source.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


@dataclass
class RejectedSuggestion:
    """A suggestion the user turned down: its kind (the card list, "quotes", "people", ..., or "summary")
    and its text as offered."""

    kind: str = ""
    text: str = ""
