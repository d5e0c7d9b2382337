"""A quotation the user selected by hand: its words without the marks, and who said it.

A selection that is not a quotation the suggester found is read as if it stood in
quotation marks, by the suggester's own quote rules, so "he said" after it names the
same speaker a suggestion would.
"""

from __future__ import annotations

import copy
import dataclasses

from ..model import Article, Span
from .people import Entity, Mention, Registry
from .quotes import find_quotes

_OPENING = "“\"‘«„'"
_CLOSING = "”\"’»“'"


def quotation_span(paragraph: str, span: Span) -> Span:
    """Narrow ``span`` to the words inside quotation marks, without the marks.

    If the selection holds a complete “…” quotation (perhaps with its attribution),
    that quotation is taken; otherwise surrounding marks and a trailing comma
    the writer put before the closing mark are dropped.
    """
    start, end = span.start, span.end
    selected = paragraph[start:end]
    opening = next((i for i, c in enumerate(selected) if c in '“"«„'), -1)
    if opening >= 0:
        closing = next((i for i in range(opening + 1, len(selected)) if selected[i] in '”"»'), -1)
        if closing > opening + 1:
            start, end = start + opening + 1, start + closing
    while start < end and (paragraph[start] in _OPENING or paragraph[start].isspace()):
        start += 1
    while end > start and (paragraph[end - 1] in _CLOSING or paragraph[end - 1].isspace()):
        end -= 1
    if end > start and paragraph[end - 1] == ",":
        end -= 1
    return Span(span.paragraph, start, end) if end > start else span


def as_quoted(article: Article, registry: Registry, span: Span) -> tuple[str, str]:
    """(speaker, role) the quote rules give ``span`` once it is put in quotation marks; ("", "") if none.

    ``registry`` is the article's own: its offsets are moved past the two added marks
    rather than the whole text read again, and it is left as it was.
    """
    marked = list(article.paragraphs)
    text = marked[span.paragraph]
    marked[span.paragraph] = text[: span.start] + "“" + text[span.start : span.end] + "”" + text[span.end :]
    shifted = Article(paragraphs=marked, published=article.published)
    for finding in find_quotes(shifted, _shifted(registry, span)):
        first = finding.parts[0]
        if first.paragraph == span.paragraph and first.start == span.start + 1:
            return finding.speaker, finding.role
    return "", ""


def _shifted(registry: Registry, span: Span) -> Registry:
    """A copy of ``registry`` for the text with marks added around ``span``: offsets after each
    mark move by one; entities are copied, since finding quotes counts them."""

    def start(offset: int) -> int:  # the character at ``offset`` moves past each mark before it
        return offset + (offset >= span.start) + (offset >= span.end)

    def end(offset: int) -> int:  # an end moves with the character before it
        return offset + (offset > span.start) + (offset > span.end)

    entities: dict[int, Entity] = {id(entity): copy.copy(entity) for entity in registry.entities}

    def same(entity: Entity) -> Entity:
        return entities.setdefault(id(entity), copy.copy(entity))

    mentions = [
        Mention(same(m.entity), m.paragraph, start(m.start), end(m.end))
        if m.paragraph == span.paragraph
        else Mention(same(m.entity), m.paragraph, m.start, m.end)
        for m in registry.mentions
    ]
    name_words = {
        (paragraph, start(offset) if paragraph == span.paragraph else offset)
        for paragraph, offset in registry.name_words
    }
    return dataclasses.replace(  # any other field the registry gains is carried over as it is
        registry,
        entities=[same(entity) for entity in registry.entities],
        mentions=mentions,
        name_words=name_words,
    )
