"""Turn a selection in the article into a briefing item (Qt-free, so it is easy to test).

The item comes from :func:`briefing.suggest.item_for`, the engine the Suggestions
panel uses too: a quote is trimmed to the words inside its quotation marks and gets
its speaker, a person their position, a date its calendar day, a position its party,
a place its context, exactly as a suggestion for the same words would.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Briefing, Span
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


_SAME_TEXT = {"quotes": "text"}
"""The field that makes two items of a list the same thing printed twice. (A person or place
picked again is often picked for another mention of them, to replace the first.)"""


def already_on_card(briefing: Briefing, pick: Pick) -> int | None:
    """The row of an item of the pick's list with the same text (spacing and case aside), if any."""
    field = _SAME_TEXT.get(pick.list_name)
    if field is None or pick.item is None:
        return None
    wanted = _comparable(getattr(pick.item, field, ""))
    if not wanted:
        return None
    items = getattr(briefing, pick.list_name)
    return next(
        (row for row, item in enumerate(items) if _comparable(getattr(item, field, "")) == wanted), None
    )


def _comparable(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:…\"“”‘’'").casefold()
