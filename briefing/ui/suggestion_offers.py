"""What the Suggestions panel offers, and whether an offer is already on the card (Qt-free).

An :class:`Offer` is one suggestion as the panel shows it: the item that
accepting it adds (with its source span, so the card keeps its provenance), a
main line and a detail line. Whether it is "on the card" is worked out from the
card itself each time, so undoing an accept or deleting the item offers it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Article, Briefing, DateItem, Person, Place, Quote, Span, Stance
from .dates import long_date

KINDS: tuple[tuple[str, str, str], ...] = (
    # (kind: the card's list, or "summary"; section title; noun for one item)
    ("quotes", "Quotes", "quote"),
    ("people", "People", "person"),
    ("places", "Places", "place"),
    ("dates", "Dates", "date"),
    ("positions", "Positions", "position"),
    ("summary", "Summary", "summary"),
)
_CONTEXT_CHARS = 160
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Offer:
    """One suggestion: ``item`` is what accepting adds (a Quote, Person, ... or the summary text)."""

    kind: str
    number: int
    """Its place in the suggester's ranking for its kind (0 = most important)."""
    item: Any
    text: str
    detail: str
    source: Span | None


def make_offers(found: Any, article: Article) -> dict[str, list[Offer]]:
    """The offers for :class:`briefing.suggest.Suggestions` ``found``, per kind, in the suggester's order."""
    offers: dict[str, list[Offer]] = {kind: [] for kind, _title, _noun in KINDS}
    for kind in offers:
        if kind == "summary":
            if found.summary.strip():
                offers[kind].append(
                    Offer(
                        kind,
                        0,
                        found.summary,
                        found.summary,
                        "The article’s opening, as the card’s summary",
                        _summary_span(found.summary, article),
                    )
                )
            continue
        for number, item in enumerate(getattr(found, kind)):
            text, detail = _lines(item)
            offers[kind].append(Offer(kind, number, item, text, detail, item.source))
    return offers


def _lines(item: Any) -> tuple[str, str]:
    if isinstance(item, Quote):
        who = ", ".join(part for part in (item.speaker, item.role) if part)
        return f"“{item.text}”", f"— {who}" if who else "Speaker not found"
    if isinstance(item, Person):
        detail = item.position if item.position != "organisation" else "Organisation"
        return item.name, detail or "No title given in the article"
    if isinstance(item, Place):
        return item.name, _shortened(item.context)
    if isinstance(item, DateItem):
        when = long_date(item.date) if item.date else "Date not resolved"
        return item.text, f"{when} · {_shortened(item.event)}" if item.event else when
    if isinstance(item, Stance):
        return item.stance, f"— {item.party}" if item.party else "Party not found"
    return str(item), ""


def _shortened(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _CONTEXT_CHARS else text[: _CONTEXT_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _summary_span(summary: str, article: Article) -> Span | None:
    """Where the lead summary stands in the article (it opens the first paragraph), for flashing it."""
    if article.paragraphs and article.paragraphs[0].startswith(summary):
        return Span(0, 0, len(summary))
    return None


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _key(item: Any) -> tuple[object, ...]:
    """What makes two items the same suggestion, whoever added them."""
    if isinstance(item, Quote):
        return (_norm(item.text),)
    if isinstance(item, (Person, Place)):
        return (_norm(item.name),)
    if isinstance(item, DateItem):
        return (_norm(item.text), item.date, _norm(item.event))
    if isinstance(item, Stance):
        return (_norm(item.stance),)
    return (item,)


def is_on_card(offer: Offer, briefing: Briefing | None) -> bool:
    """Whether the card already holds this suggestion: same source in the article, or the same words."""
    if briefing is None:
        return False
    if offer.kind == "summary":
        return _norm(briefing.summary) == _norm(offer.item)
    key = _key(offer.item)
    return any(
        (offer.source is not None and item.source == offer.source) or _key(item) == key
        for item in getattr(briefing, offer.kind)
    )
