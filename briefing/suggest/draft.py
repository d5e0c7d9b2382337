"""An automatic first draft of a briefing card, made from an article alone.

"Accept the top suggestions" must give a card a minister can read in a minute: it
fits one page at full size, every line says one thing, nothing is said twice. So the
draft takes fewer items than the suggester offers and condenses them: quotes to their
first sentences, places to the clause that says what they are, dates to a timeline,
and one position per party before any party's second.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..model import Article, Briefing, DateItem, Place, Quote, Span, Stance
from .lead import lead_summary as lead_summary  # moved to lead.py; still importable from here

T = TypeVar("T")

# How many of each kind "accept the top suggestions" puts on a one-page card.
CARD_LIMITS = {"quotes": 4, "people": 5, "places": 4, "dates": 5, "positions": 4}
EVENT_WORDS = 12
"""A date's event longer than this loses the relative clause in its subject."""
_SUBJECT_CLAUSE = re.compile(
    r"^((?:\S+\s+){0,3}?\S+)\s+(?:that|who|which)\s+\S+\s+.+?\s+(?=(?:\w+ed|was|were|is|are|has|had|will|would)\b)"
)
QUOTE_WORDS = 40
"""A quote longer than this keeps its first sentences and an ellipsis."""


def draft_briefing(article: Article, style: str = "apa") -> Briefing:
    """A card with the headline, citation, lead summary and the top suggestions of each kind, condensed."""
    from .suggestions import suggest_in_detail  # here, not at the top: suggestions imports lead_summary

    briefing = Briefing.from_article(article, style)
    found, place_contexts = suggest_in_detail(article)
    briefing.summary = found.summary
    briefing.quotes = [
        _shortened(quote) for quote in _distinct_speakers(found.quotes)[: CARD_LIMITS["quotes"]]
    ]
    briefing.people = found.people[: CARD_LIMITS["people"]]
    briefing.places = [
        Place(place.name, place_contexts.get(place.name, ""), place.source)
        for place in found.places[: CARD_LIMITS["places"]]
    ]
    briefing.dates = _timeline(found.dates)
    briefing.positions = _one_per_party(found.positions)[: CARD_LIMITS["positions"]]
    return briefing


def _distinct_speakers(quotes: list[Quote]) -> list[Quote]:
    """Named speakers' quotes, one per speaker first: four voices say more than one voice four times."""
    return _firsts_first([quote for quote in quotes if quote.speaker], lambda quote: quote.speaker)


def _firsts_first(items: list[T], key: Callable[[T], str]) -> list[T]:
    """``items`` with the first of each ``key`` ahead of the repeats, order otherwise kept."""
    firsts: list[T] = []
    rest: list[T] = []
    seen: set[str] = set()
    for item in items:
        (rest if key(item) in seen else firsts).append(item)
        seen.add(key(item))
    return firsts + rest


def _shortened(quote: Quote) -> Quote:
    """The quote's first sentences up to :data:`QUOTE_WORDS` words, then "…" (still verbatim)."""
    if len(quote.text.split()) <= QUOTE_WORDS:
        return quote
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.!?…])\s+", quote.text):
        if kept and len(" ".join([*kept, sentence]).split()) > QUOTE_WORDS:
            break
        kept.append(sentence)
    text = " ".join(kept)
    if text == quote.text:
        return quote
    return Quote(text=text.rstrip(" …") + " …", speaker=quote.speaker, role=quote.role, source=quote.source)


def _timeline(dates: list[DateItem]) -> list[DateItem]:
    """One event per calendar date, in date order; undated years only if room is left."""
    chosen: list[DateItem] = []
    seen: set[object] = set()
    for item in dates:
        if item.date is not None and item.date not in seen:
            seen.add(item.date)
            chosen.append(item)
    chosen = sorted(chosen[: CARD_LIMITS["dates"]], key=lambda item: (item.date, _order(item.source)))
    undated = [item for item in dates if item.date is None]
    picked = chosen + undated[: max(0, CARD_LIMITS["dates"] - len(chosen))]
    # Write added days the way the article writes its dates: "March 3" or "3 March".
    month_first = any(re.search(r"[A-Za-z]\.? \d", item.text) for item in dates)
    return [
        DateItem(_when(item, month_first), item.date, _without_date(item.event, item.text), item.source)
        for item in picked
    ]


def _when(item: DateItem, month_first: bool) -> str:
    """The date as the card shows it: "Wednesday" alone means nothing a week later, so add the day."""
    if item.date is None or any(c.isdigit() for c in item.text):
        return item.text
    day = f"{item.date:%B} {item.date.day}" if month_first else f"{item.date.day} {item.date:%B}"
    if re.search(r"\bweek\b", item.text, re.IGNORECASE):
        return f"{item.text[:1].upper()}{item.text[1:]} (from {day})"
    if item.text.lower() in ("today", "yesterday", "tomorrow", "tonight", "last night"):
        return f"{item.date:%A}, {day}"
    return f"{item.text}, {day}"


def _without_date(event: str, text: str) -> str:
    """The event without the date the card already shows as its term: "Talks were due to end"."""
    when = rf"(?:\s+(?:on|in|by|from|since|until|of))?\s+{re.escape(text)}(?:\s+(?:evening|morning|afternoon|night))?"
    shorter = re.sub(when, "", event, count=1).rstrip(" ,")
    if len(shorter.split()) < 3 or len(shorter.rsplit(",", 1)[-1].split()) < 2:
        return event  # "The offer, made": the date was the point of its clause
    if len(shorter.split()) > EVENT_WORDS:
        # "The three countries that share the Arlen River moved closer": the subject's
        # relative clause goes, up to the main verb (the first past or auxiliary verb after it).
        shorter = _SUBJECT_CLAUSE.sub(r"\1 ", shorter, count=1)
    return shorter


def _order(span: Span | None) -> tuple[int, int]:
    return (span.paragraph, span.start) if span is not None else (0, 0)


def _one_per_party(stances: list[Stance]) -> list[Stance]:
    return _firsts_first(stances, lambda stance: stance.party)
