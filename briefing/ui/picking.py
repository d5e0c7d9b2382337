"""Turn a selection in the article into a briefing item (Qt-free, so it is easy to test).

A quote is trimmed to the words inside its quotation marks, so selecting a whole
sentence with its attribution still yields the verbatim quotation; the speaker
and role come from :mod:`.attribution`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Article, DateItem, Fact, Person, Place, Quote, Span, Stance
from .attribution import party_for, position_for, speaker_for
from .dates import parse_date

OPENING_MARKS = "“\"‘«„'"
CLOSING_MARKS = "”\"’»“'"
PICK_TARGETS = {
    "quote": "quotes",
    "person": "people",
    "place": "places",
    "date": "dates",
    "position": "positions",
    "fact": "facts",
}


@dataclass
class Pick:
    """What a pick adds: an item for a list, or (list_name "summary") the summary text."""

    list_name: str
    item: object | None
    text: str
    span: Span


def make_pick(kind: str, article: Article, span: Span) -> Pick:
    """The item ``kind`` ("quote", "person", ..., "summary") made from ``span`` of ``article``."""
    paragraph = article.paragraphs[span.paragraph]
    if kind == "quote":
        span = quotation_span(paragraph, span)
    text = paragraph[span.start : span.end]
    if kind == "summary":
        return Pick("summary", None, text, span)
    item: object
    if kind == "quote":
        speaker, role = speaker_for(article, span)
        item = Quote(text=text, speaker=speaker, role=role, source=span)
    elif kind == "person":
        item = Person(name=text.strip(" ,.;:"), position=position_for(article, span), source=span)
    elif kind == "place":
        item = Place(name=text.strip(" ,.;:"), source=span)
    elif kind == "date":
        item = DateItem(text=text, date=_date_or_none(text, article), source=span)
    elif kind == "position":
        item = Stance(party=party_for(article, span), stance=text, source=span)
    elif kind == "fact":
        item = Fact(text=text, source=span)
    else:
        raise ValueError(f"unknown kind of pick: {kind!r}")
    return Pick(PICK_TARGETS[kind], item, text, span)


def quotation_span(paragraph: str, span: Span) -> Span:
    """Narrow ``span`` to the words inside quotation marks, without the marks.

    If the selection holds a complete “…” quotation (perhaps with its attribution),
    that quotation is taken; otherwise surrounding marks and a trailing comma
    the writer put before the closing mark are dropped.
    """
    start, end = span.start, span.end
    selected = paragraph[start:end]
    opening = next((i for i, c in enumerate(selected) if c in OPENING_MARKS[:2] + "«„"), -1)
    if opening >= 0:
        closing = next((i for i in range(opening + 1, len(selected)) if selected[i] in "”\"»"), -1)
        if closing > opening + 1:
            start, end = start + opening + 1, start + closing
    while start < end and (paragraph[start] in OPENING_MARKS or paragraph[start].isspace()):
        start += 1
    while end > start and (paragraph[end - 1] in CLOSING_MARKS or paragraph[end - 1].isspace()):
        end -= 1
    if end > start and paragraph[end - 1] == ",":
        end -= 1
    return Span(span.paragraph, start, end) if end > start else span


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _date_or_none(text: str, article: Article) -> dt.date | None:
    """The calendar date, if the text names one; a bare weekday is the latest one by publication."""
    words = text.lower().strip(" ,.;").split()
    if words and words[0] == "on":
        words = words[1:]
    if len(words) == 1 and words[0] in _WEEKDAYS:
        if article.published is None:
            return None
        back = (article.published.weekday() - _WEEKDAYS.index(words[0])) % 7
        return article.published - dt.timedelta(days=back)
    try:
        return parse_date(text.strip(" ,.;"), default=article.published)
    except ValueError:
        return None
