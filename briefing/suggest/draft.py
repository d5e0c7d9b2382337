"""An automatic first draft of a briefing card, made from an article alone."""

from __future__ import annotations

import re

from ..model import Article, Briefing

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")

# How many of each kind "accept the top suggestions" puts on a one-page card.
CARD_LIMITS = {"quotes": 4, "people": 6, "places": 5, "dates": 5, "positions": 4}


def lead_summary(article: Article, max_words: int = 60) -> str:
    """The lead: the first sentences of the first paragraph, up to ``max_words`` words."""
    if not article.paragraphs:
        return ""
    sentences = _SENTENCE_END.split(article.paragraphs[0].strip())
    summary: list[str] = []
    words = 0
    for sentence in sentences:
        count = len(sentence.split())
        if summary and words + count > max_words:
            break
        summary.append(sentence)
        words += count
    return " ".join(summary)


def draft_briefing(article: Article, style: str = "apa") -> Briefing:
    """A card with the headline, citation, lead summary and the top suggestions of each kind."""
    from .suggestions import suggest  # here, not at the top: suggestions imports lead_summary

    briefing = Briefing.from_article(article, style)
    found = suggest(article)
    briefing.summary = found.summary
    briefing.quotes = found.quotes[: CARD_LIMITS["quotes"]]
    briefing.people = found.people[: CARD_LIMITS["people"]]
    briefing.places = found.places[: CARD_LIMITS["places"]]
    briefing.dates = found.dates[: CARD_LIMITS["dates"]]
    briefing.positions = found.positions[: CARD_LIMITS["positions"]]
    return briefing
