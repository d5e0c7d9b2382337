"""What the app asks about a span the user picked by hand, answered by the suggester's own rules.

There is one engine: a hand pick gets its speaker, position, date, party or context
from the same analysis the Suggestions panel shows. Picking the exact span of a
suggestion gives that suggestion's fields; any other span gets the same rules applied
to it (a selection outside quotation marks is read as if it were quoted, a place's
context is the sentence it is named in, ...). The analysis of the last few articles
is kept, so a pick costs a lookup, not a new analysis.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable

from ..model import Article, DateItem, Fact, Person, Place, Quote, Span, Stance
from .clauses import event_of
from .lexicon import FUNCTION_WORDS, PRONOUNS
from .positions import ACTING_BODY
from .quote_spans import as_quoted, quotation_span
from .suggestions import Analysis, analyse, person_of
from .text import Word, mask, sentence_at, sentences, words
from .titles import appositive_after, appositive_before

_KEPT = 4
_analyses: OrderedDict[tuple[tuple[str, ...], object], Analysis] = OrderedDict()
_lock = threading.Lock()
_STRAY = " \t\n.,;:!?—–-)]"
"""What a selection may start with that belongs to the text before it (". The Kremlin said")."""


def analysis_of(article: Article) -> Analysis:
    """The suggester's analysis of ``article``, run once per text and publication date."""
    key = (tuple(article.paragraphs), article.published)
    with _lock:
        found = _analyses.get(key)
        if found is not None:
            _analyses.move_to_end(key)
            return found
    found = analyse(article)
    with _lock:
        _analyses[key] = found
        while len(_analyses) > _KEPT:
            _analyses.popitem(last=False)
    return found


def item_for(kind: str, article: Article, span: Span) -> Quote | Person | Place | DateItem | Stance | Fact:
    """The card item ``kind`` ("quote", "person", "place", "date", "position", "fact") for ``span``."""
    if span.text_in(article.paragraphs) is None:
        raise ValueError(f"{span} lies outside the article")
    if kind == "fact":
        return Fact(text=article.paragraphs[span.paragraph][span.start : span.end], source=span)
    answers: dict[str, Callable[[Article, Span], Quote | Person | Place | DateItem | Stance]] = {
        "quote": quote_for,
        "person": person_for,
        "place": place_for,
        "date": date_for,
        "position": stance_for,
    }
    if kind not in answers:
        raise ValueError(f"unknown kind of item: {kind!r}")
    return answers[kind](article, span)


def speaker_for(article: Article, span: Span) -> tuple[str, str]:
    """(speaker, role) of the quotation at ``span``; ("", "") if unknown or outside the article."""
    if span.text_in(article.paragraphs) is None:
        return "", ""
    quote = quote_for(article, span)
    return quote.speaker, quote.role


def quote_for(article: Article, span: Span) -> Quote:
    """The quotation at ``span``: a whole suggested quote inside the selection is taken as suggested;
    otherwise the words inside the quotation marks, with the speaker of the quote they belong to."""
    analysis = analysis_of(article)
    paragraph = article.paragraphs[span.paragraph]
    for finding in analysis.quotes:
        if all(_covers(span, part) for part in finding.parts):
            quote = finding.to_quote()
            return Quote(quote.text, quote.speaker, quote.role, quote.source)
    narrowed = quotation_span(paragraph, span)
    text = paragraph[narrowed.start : narrowed.end]
    for finding in analysis.quotes:
        if any(_overlaps(narrowed, part) for part in finding.parts):
            return Quote(text, finding.speaker, finding.role, narrowed)
    speaker, role = as_quoted(article, analysis.registry, narrowed)
    return Quote(text, speaker, role, narrowed)


def person_for(article: Article, span: Span) -> Person:
    """The person or organisation named at ``span``, with the position the article gives them.

    A selection that takes in a name ("Okafor said") gives the person of that name, their source
    the name itself.
    """
    analysis = analysis_of(article)
    span = _trimmed(article.paragraphs, span, _STRAY + '“"‘«„”’»')
    paragraph = article.paragraphs[span.paragraph]
    registry = analysis.registry
    named = [m for m in registry.mentions_between(span.paragraph, 0, span.end) if m.end > span.start]
    named.sort(key=lambda m: m.entity.kind != "person")  # "Kremlin spokesman Dmitry Peskov": the person
    if named:
        mention = named[0]
        return person_of(mention.entity, registry, Span(span.paragraph, mention.start, mention.end))
    for match in ACTING_BODY.finditer(paragraph):
        body = Span(span.paragraph, match.start(), match.end())
        if _overlaps(span, body):
            return Person(match.group().removeprefix("the ").removeprefix("The "), "organisation", "", body)
    text = paragraph[span.start : span.end]
    entity = registry.lookup(text)
    if entity is not None:
        return person_of(entity, registry, span)
    after = paragraph[span.end :]
    position = appositive_after(after) or appositive_before(paragraph[: span.start])
    return Person(text, position, "", span)


def place_for(article: Article, span: Span) -> Place:
    """The place named at ``span`` and the sentence that says what happens there.

    A selection whose capitalised words all belong to one place's name ("negotiators in Geneva")
    gives that place, its source the name itself.
    """
    analysis = analysis_of(article)
    span = _trimmed(article.paragraphs, span, _STRAY)
    paragraph = article.paragraphs[span.paragraph]
    for mention in analysis.places:
        named = Span(mention.paragraph, mention.start, mention.end)
        if not _overlaps(span, named) or not _names_only(paragraph, span, named):
            continue
        for place in analysis.found.places:
            if place.name == mention.place and place.source == named:
                return Place(place.name, place.context, named)
        return Place(mention.place, _sentence(paragraph, mention.start), named)
    return Place(paragraph[span.start : span.end], _sentence(paragraph, span.start), span)


def date_for(article: Article, span: Span) -> DateItem:
    """The time expression at ``span``, resolved to its calendar date, and the event it dates."""
    analysis = analysis_of(article)
    span = _trimmed(article.paragraphs, span, _STRAY)
    paragraph = article.paragraphs[span.paragraph]
    text = paragraph[span.start : span.end]
    for item in analysis.dates:
        if item.source is not None and _overlaps(span, item.source):
            return DateItem(text, item.date, item.event, span)
    start, end = sentence_at(sentences(paragraph), span.start)
    return DateItem(text, None, event_of(paragraph[start:end], span.start - start, span.end - start), span)


def stance_for(article: Article, span: Span) -> Stance:
    """The stated position at ``span`` and the party that takes it."""
    analysis = analysis_of(article)
    trimmed = _trimmed(article.paragraphs, span, _STRAY)
    for stance in analysis.stances:
        if stance.source in (span, trimmed):
            return Stance(stance.party, stance.stance, stance.source)
    span = trimmed
    text = " ".join(article.paragraphs[span.paragraph][span.start : span.end].split())
    text = re.sub(r",([\"”’»])$", r"\1", text)  # as the suggester writes a stance: no closing comma
    text = text[:-1] if text.endswith(".") and not text.endswith("..") else text
    for stance in analysis.stances:
        if stance.source is not None and _overlaps(span, stance.source):
            return Stance(stance.party, text, span)
    return Stance(_party_of(analysis, article.paragraphs, span), text, span)


def _party_of(analysis: Analysis, paragraphs: list[str], span: Span) -> str:
    """Who states a position the suggester did not find: the speaker if it is quoted, else the
    party the selection opens with, else the party named last before it in its sentence."""
    for finding in analysis.quotes:
        if finding.speaker and any(_overlaps(span, part) for part in finding.parts):
            return finding.speaker
    index = span.paragraph
    paragraph = paragraphs[index]
    masked = mask(paragraph, analysis.quote_ranges.get(index, []))
    sentence_start = sentence_at(sentences(masked), span.start)[0]
    parties = _parties(analysis, paragraph, masked, index, sentence_start, span.end)
    opening = words(paragraph[span.start : span.end])
    skip = 1 if opening and opening[0].text.lower() == "the" else 0
    if len(opening) > skip:
        subject = _leading_name(paragraph, span.start, opening[skip:])
        named = [
            (kind != "person", name)
            for start, _end, name, kind in parties
            if subject[0] <= start < subject[1]
        ]
        if named:  # "Marenian Deputy Prime Minister José Ibarra made": the person, not the demonym
            return sorted(named, key=lambda item: item[0])[0][1]
        if opening[0].text.lower() in PRONOUNS:
            before = [name for start, _end, name, kind in parties if kind == "person" and start < span.start]
            return before[-1] if before else _last_person(analysis, index, span.start)
    before = [name for start, _end, name, _kind in parties if start < span.start]
    return before[-1] if before else ""


def _leading_name(paragraph: str, offset: int, opening: list[Word]) -> tuple[int, int]:
    """(start, end) of the capitalised words a selection opens with, its subject if it names one."""
    start = end = offset + opening[0].start
    for word in opening:
        if not word.is_capitalised or paragraph[end : offset + word.start].strip():
            break
        end = offset + word.end
    return start, end


def _parties(
    analysis: Analysis, paragraph: str, masked: str, index: int, start: int, end: int
) -> list[tuple[int, int, str, str]]:
    """(start, end, name, kind) of each person, body and place named outside quotations in
    ``paragraph[start:end]``, in text order."""
    found = [
        (m.start, m.end, m.entity.name, m.entity.kind)
        for m in analysis.registry.mentions_between(index, start, end)
        if masked[m.start] != "ª"
    ]
    for match in ACTING_BODY.finditer(masked, start, end):
        found.append(
            (match.start(), match.end(), match.group().removeprefix("the ").removeprefix("The "), "org")
        )
    for place in analysis.places:
        inside = place.paragraph == index and start <= place.start < end and masked[place.start] != "ª"
        if inside and not any(s <= place.start < e for s, e, _name, _kind in found):
            found.append((place.start, place.end, place.place, "place"))
    return sorted(found)


def _last_person(analysis: Analysis, paragraph: int, before: int) -> str:
    people = [
        m.entity.name
        for m in analysis.registry.mentions
        if m.entity.kind == "person" and (m.paragraph, m.start) < (paragraph, before)
    ]
    return people[-1] if people else ""


def _names_only(paragraph: str, span: Span, named: Span) -> bool:
    """Whether every capitalised word of the selection is part of the place's name:
    "Kyiv" or "In Kyiv" name the place, "Soren Dam" does not name Soren."""
    for word in words(paragraph[span.start : span.end]):
        at = span.start + word.start
        if (
            word.is_capitalised
            and not named.start <= at < named.end
            and word.text.lower() not in FUNCTION_WORDS
        ):
            return False
    return True


def _sentence(paragraph: str, offset: int) -> str:
    start, end = sentence_at(sentences(paragraph), offset)
    return paragraph[start:end].strip()


def _trimmed(paragraphs: list[str], span: Span, stray: str) -> Span:
    """``span`` without the white space and stray punctuation at either end."""
    text = paragraphs[span.paragraph]
    start, end = span.start, span.end
    while start < end and text[start] in stray:
        start += 1
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return Span(span.paragraph, start, end) if end > start else span


def _overlaps(a: Span, b: Span) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end


def _covers(outer: Span, inner: Span) -> bool:
    return outer.paragraph == inner.paragraph and outer.start <= inner.start and inner.end <= outer.end
