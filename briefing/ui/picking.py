"""Turn a selection in the article into a briefing item (Qt-free, so it is easy to test).

The item comes from :func:`briefing.suggest.item_for`, the engine the Suggestions
panel uses too: a quote is trimmed to the words inside its quotation marks and gets
its speaker, a person their position, a date its calendar day, a position its party,
a place its context, exactly as a suggestion for the same words would.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Span
from ..suggest import item_for

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
    if kind == "summary":
        return Pick("summary", None, article.paragraphs[span.paragraph][span.start : span.end], span)
    if kind not in PICK_TARGETS:
        raise ValueError(f"unknown kind of pick: {kind!r}")
    item = item_for(kind, article, span)
    source = item.source or span
    return Pick(PICK_TARGETS[kind], item, source.text_in(article.paragraphs) or "", source)
