"""How much of an article Briefing reads: enough for any news story, bounded for any file.

A news article runs to a few hundred paragraphs and a few hundred thousand characters at
the very most. Beyond that (a 50,000-paragraph log, a megabyte with no space in it) the
suggestion rules, the drafting and the article pane would work for minutes, so the text
is cut at these limits and the article says what was left out (``Article.truncated``).
"""

from __future__ import annotations

from briefing.model import Article

MAX_PARAGRAPHS = 2_000
MAX_TEXT_CHARS = 500_000
MAX_TITLE_CHARS = 2_000
"""A metadata field longer than this is not a title or a name; cut with an ellipsis."""


def cap_article(article: Article) -> Article:
    """``article`` cut to :data:`MAX_PARAGRAPHS` and :data:`MAX_TEXT_CHARS`, saying so if it was."""
    paragraphs = article.paragraphs
    total = sum(len(paragraph) for paragraph in paragraphs)
    if len(paragraphs) > MAX_PARAGRAPHS or total > MAX_TEXT_CHARS:
        kept: list[str] = []
        room = MAX_TEXT_CHARS
        for paragraph in paragraphs[:MAX_PARAGRAPHS]:
            if len(paragraph) > room:
                shorter = _cut(paragraph, room)
                if shorter:
                    kept.append(shorter)
                break
            kept.append(paragraph)
            room -= len(paragraph)
        article.paragraphs = kept
        article.truncated = (
            f"The article is too long to read whole ({len(paragraphs):,} paragraphs, {total:,} characters); "
            f"Briefing read its first {len(kept):,} paragraphs ({sum(map(len, kept)):,} characters) "
            f"and left out the rest."
        )
    for name in ("title", "byline", "site_name", "photo_credit", "url"):
        value = getattr(article, name)
        if len(value) > MAX_TITLE_CHARS:
            setattr(article, name, _cut(value, MAX_TITLE_CHARS))
    article.authors = [_cut(author, MAX_TITLE_CHARS) for author in article.authors[:100]]
    return article


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space if there is one, with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[: max(0, limit - 1)]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip() + "…" if head.strip() else ""
