"""An automatic first draft of a briefing card, made from an article alone."""

from __future__ import annotations

import re

from ..model import Article, Briefing

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


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
    """A card with the headline, the lead as summary and the citation filled in."""
    briefing = Briefing.from_article(article, style)
    briefing.summary = lead_summary(article)
    return briefing
