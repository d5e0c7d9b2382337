"""All suggestions for one article, ranked so that "accept the top ones" makes a good card."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, DateItem, Person, Place, Quote, Span, Stance
from .dates import find_dates
from .draft import lead_summary
from .lexicon import SPEECH_VERBS, STANCE_CUES
from .people import Entity, Registry, build_registry
from .places import place_mentions, suggest_places
from .positions import ACTING_BODY, find_positions
from .quote_marks import marked_spans
from .quotes import QuoteFinding, find_quotes
from .text import words


@dataclass
class Suggestions:
    """What the suggester found, each kind sorted by importance (most important first)."""

    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateItem] = field(default_factory=list)
    positions: list[Stance] = field(default_factory=list)
    summary: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        """The shape ``briefing suggest --json`` prints."""
        return {
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "role": q.role, "paragraph": _paragraph(q.source)}
                for q in self.quotes
            ],
            "people": [{"name": p.name, "position": p.position} for p in self.people],
            "places": [{"name": p.name, "context": p.context} for p in self.places],
            "dates": [
                {"text": d.text, "date": d.date.isoformat() if d.date else None, "event": d.event}
                for d in self.dates
            ],
            "positions": [{"party": s.party, "stance": s.stance} for s in self.positions],
            "summary": self.summary,
        }


def _paragraph(span: Span | None) -> int | None:
    return span.paragraph if span is not None else None


def suggest(article: Article) -> Suggestions:
    """Find quotes, people, places, dates and stated positions in ``article``."""
    paragraphs = article.paragraphs
    registry = build_registry(paragraphs)
    findings = find_quotes(article, registry)
    quote_ranges: dict[int, list[tuple[int, int]]] = {}
    for span in marked_spans(paragraphs):
        quote_ranges.setdefault(span.paragraph, []).append((span.start, span.end))
    _count_acts(paragraphs, registry)
    mentions = place_mentions(paragraphs, registry.name_words | _org_words(registry, paragraphs))
    stances = find_positions(paragraphs, registry, mentions, quote_ranges)
    return Suggestions(
        quotes=[finding.to_quote() for finding in rank_quotes(findings)],
        people=_people(registry, paragraphs),
        places=suggest_places(paragraphs, mentions),
        dates=_rank_dates(find_dates(paragraphs, article.published)),
        positions=_rank_stances(stances, registry),
        summary=lead_summary(article),
    )


def speaker_for(article: Article, span: Span) -> tuple[str, str]:
    """(speaker, role) for a quotation the user selected by hand; ("", "") if unknown."""
    paragraphs = article.paragraphs
    if span.text_in(paragraphs) is None:
        return "", ""
    registry = build_registry(paragraphs)
    for finding in find_quotes(article, registry):
        for part in finding.parts:
            if part.paragraph == span.paragraph and part.start < span.end and span.start < part.end:
                return finding.speaker, finding.role
    # Not in quotation marks: treat the selection as if it were quoted.
    marked = list(paragraphs)
    text = marked[span.paragraph]
    marked[span.paragraph] = text[: span.start] + "“" + text[span.start : span.end] + "”" + text[span.end :]
    shifted = Article(paragraphs=marked, published=article.published)
    for finding in find_quotes(shifted, build_registry(marked)):
        first = finding.parts[0]
        if first.paragraph == span.paragraph and first.start == span.start + 1:
            return finding.speaker, finding.role
    return "", ""


def _importance(entity: Entity | None) -> float:
    if entity is None:
        return 0.0
    return math.log1p(entity.mentions) + 0.5 * math.log1p(entity.quotes)


def rank_quotes(findings: list[QuoteFinding]) -> list[QuoteFinding]:
    """Named speakers first, whole sentences before fragments, important speakers first."""
    kind_weight = {"full": 2.0, "continuation": 1.0, "fragment": 0.0}

    def score(item: tuple[int, QuoteFinding]) -> tuple[float, int]:
        order, finding = item
        value = kind_weight[finding.kind] + (2.0 if finding.speaker else 0.0) + _importance(finding.entity)
        value += min(len(finding.text.split()), 40) / 40 - order * 0.02
        return -value, order

    return [finding for _, finding in sorted(enumerate(findings), key=score)]


def _count_acts(paragraphs: list[str], registry: Registry) -> None:
    """How often each organisation speaks or acts: "the Kremlin said", "according to Interfax"."""
    for mention in registry.mentions:
        if mention.entity.kind != "org":
            continue
        paragraph = paragraphs[mention.paragraph]
        following = words(paragraph[mention.end : mention.end + 40])[:3]
        before = paragraph[max(0, mention.start - 16) : mention.start].lower()
        speaks = any(w.text.lower() in SPEECH_VERBS for w in following)
        acts = STANCE_CUES.match(paragraph[mention.end :].lstrip()) is not None
        if speaks or acts or "according to" in before or "quoted by" in before:
            mention.entity.acts += 1


def _org_words(registry: Registry, paragraphs: list[str]) -> set[tuple[int, int]]:
    """Words inside organisation names are not places ("New Zealand Department of Conservation")."""
    taken: set[tuple[int, int]] = set()
    for mention in registry.mentions:
        if mention.entity.kind == "org":
            for word in words(paragraphs[mention.paragraph][mention.start : mention.end]):
                taken.add((mention.paragraph, mention.start + word.start))
    return taken


def _people(registry: Registry, paragraphs: list[str]) -> list[Person]:
    """People by importance, then the organisations that speak or act."""
    chosen: list[tuple[float, tuple[int, int, int], Person]] = []
    for entity in registry.entities:
        if entity.kind == "org" and not (entity.acts or entity.quotes):
            continue
        score = _importance(entity) + (1.0 if entity.position else 0.0) + (1.5 if entity.quotes else 0.0)
        if entity.kind == "org":
            score -= 1.0
        source = Span(*entity.first)
        position = entity.position if entity.kind == "person" else "organisation"
        chosen.append((score, entity.first, Person(entity.name, position, entity.affiliation, source)))
    known = {person.name for _, _, person in chosen}
    for index, paragraph in enumerate(paragraphs):
        for match in ACTING_BODY.finditer(paragraph):
            name = match.group().removeprefix("the ").removeprefix("The ")
            following = words(paragraph[match.end() : match.end() + 30])[:2]
            if name not in known and any(w.text.lower() in SPEECH_VERBS for w in following):
                known.add(name)
                first = (index, match.start(), match.end())
                chosen.append((0.0, first, Person(name, "organisation", "", Span(*first))))
    chosen.sort(key=lambda item: (-item[0], item[1]))
    return [person for _, _, person in chosen]


def _rank_dates(items: list[DateItem]) -> list[DateItem]:
    """Calendar dates first (in text order), then years and months; repeats dropped."""
    seen: set[tuple[object, str]] = set()
    unique = []
    for item in items:
        key = (item.date, item.event) if item.date else (None, item.text)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return sorted(unique, key=lambda item: item.date is None)


def _rank_stances(stances: list[Stance], registry: Registry) -> list[Stance]:
    weights = {entity.name: _importance(entity) for entity in registry.entities}
    order = {id(stance): index for index, stance in enumerate(stances)}
    return sorted(stances, key=lambda s: (-weights.get(s.party, 0.5) + order[id(s)] * 0.05, order[id(s)]))
