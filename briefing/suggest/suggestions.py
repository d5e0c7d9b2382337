"""All suggestions for one article, ranked so that "accept the top ones" makes a good card."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, DateItem, Person, Place, Quote, Span, Stance
from .dates import find_dates
from .lead import lead_summary
from .lexicon import KNOWN_ORGS, ORG_WORDS, SPEECH_VERBS, STANCE_CUES
from .people import Entity, Registry, build_registry
from .places import PlaceMention, capitalises_nouns, place_mentions, short_contexts, suggest_places
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
    return _suggest(article, with_contexts=False)[0]


def suggest_in_detail(article: Article) -> tuple[Suggestions, dict[str, str]]:
    """:func:`suggest`, plus each place's context cut to one short clause (for the draft card)."""
    return _suggest(article, with_contexts=True)


@dataclass
class Analysis:
    """Everything the suggester worked out about one article: the ranked suggestions and the
    findings they came from, so a question about any span is answered by the same rules."""

    found: Suggestions
    registry: Registry
    quotes: list[QuoteFinding]
    quote_ranges: dict[int, list[tuple[int, int]]]
    places: list[PlaceMention]
    dates: list[DateItem]
    """Every date found, in document order (``found.dates`` drops repeats)."""
    stances: list[Stance]
    """Every stance found, in document order."""


def analyse(article: Article) -> Analysis:
    """Run every rule of the suggester over ``article`` once."""
    paragraphs = article.paragraphs
    registry = build_registry(paragraphs)
    findings = find_quotes(article, registry)
    quote_ranges: dict[int, list[tuple[int, int]]] = {}
    for span in marked_spans(paragraphs, article.language):
        quote_ranges.setdefault(span.paragraph, []).append((span.start, span.end))
    _count_acts(paragraphs, registry)
    mentions = place_mentions(
        paragraphs, registry.name_words | _org_words(registry, paragraphs), registry.places
    )
    stances = find_positions(paragraphs, registry, mentions, quote_ranges)
    dates = find_dates(paragraphs, article.published)
    found = Suggestions(
        quotes=[finding.to_quote() for finding in rank_quotes(findings)],
        people=_people(registry, paragraphs),
        places=suggest_places(paragraphs, mentions, article.title),
        dates=_rank_dates(dates),
        positions=_rank_stances(stances, registry, mentions),
        summary=lead_summary(article),
    )
    return Analysis(found, registry, findings, quote_ranges, mentions, dates, stances)


def _suggest(article: Article, with_contexts: bool) -> tuple[Suggestions, dict[str, str]]:
    analysis = analyse(article)
    found = analysis.found
    if not with_contexts:
        return found, {}
    stated = [stance.source for stance in found.positions if stance.source is not None]
    return found, short_contexts(article.paragraphs, analysis.places, analysis.quote_ranges, stated)


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
    """Words inside organisation names are not places ("New Zealand Department of Fisheries")."""
    taken: set[tuple[int, int]] = set()
    for mention in registry.mentions:
        if mention.entity.kind == "org":
            for word in words(paragraphs[mention.paragraph][mention.start : mention.end]):
                taken.add((mention.paragraph, mention.start + word.start))
    return taken


def _people(registry: Registry, paragraphs: list[str]) -> list[Person]:
    """People by importance, then the organisations that speak or act."""
    chosen: list[tuple[float, tuple[int, int, int], Person]] = []
    # In German every noun is capitalised: a quote's nearest capitalised pair is no proof of a person.
    quotes_prove = not capitalises_nouns(paragraphs)
    for entity in registry.entities:
        if entity.kind == "org" and (not (entity.acts or entity.quotes) or _generic(entity)):
            continue
        if entity.kind == "person" and not (
            entity.position or entity.evidence or (quotes_prove and entity.quotes)
        ):
            continue  # no title, role, speech or later mention by surname: a capitalised phrase, no person
        score = _importance(entity) + (1.0 if entity.position else 0.0) + (1.5 if entity.quotes else 0.0)
        if entity.kind == "org":
            score -= 1.0
        chosen.append((score, entity.first, person_of(entity, registry, Span(*entity.first))))
    known = {_bare_name(person.name) for _, _, person in chosen}
    for index, paragraph in enumerate(paragraphs):
        for match in ACTING_BODY.finditer(paragraph):
            name = match.group().removeprefix("the ").removeprefix("The ")
            following = words(paragraph[match.end() : match.end() + 30])[:2]
            if _bare_name(name) not in known and any(w.text.lower() in SPEECH_VERBS for w in following):
                known.add(_bare_name(name))
                first = (index, match.start(), match.end())
                chosen.append((0.0, first, Person(name, "organisation", "", Span(*first))))
    chosen.sort(key=lambda item: (-item[0], item[1]))
    return [person for _, _, person in chosen]


def person_of(entity: Entity, registry: Registry, source: Span) -> Person:
    """The card's line for a person or organisation the registry knows, as found at ``source``."""
    position = entity.position if entity.kind == "person" else "organisation"
    affiliation = "" if _named_in(entity.affiliation, position, registry) else entity.affiliation
    return Person(entity.name, position, affiliation, source)


def _generic(entity: Entity) -> bool:
    """ "The Company said", "Government sources": a kind of body, capitalised, not a name."""
    return len(entity.tokens) == 1 and entity.tokens[0] in ORG_WORDS and entity.tokens[0] not in KNOWN_ORGS


def _bare_name(name: str) -> str:
    """A name without its article and case, so "The Kremlin" and "Kremlin" are one organisation."""
    return re.sub(
        r"^(?:the|la|le|les|el|los|las|der|die|das|o|a|os|as)\s+", "", name.strip(), flags=re.IGNORECASE
    ).casefold()


def _named_in(affiliation: str, position: str, registry: Registry) -> bool:
    """Whether the position already says the affiliation ("Marenian Deputy Prime Minister", "Marenia"):
    a card that printed both would read "Marenian Deputy Prime Minister, Marenia"."""
    if not affiliation or affiliation.lower() in position.lower():
        return True
    for word in words(position):
        entry = registry.place_of(word.bare)
        if entry is not None and entry.place == affiliation:
            return True
    return False


def _rank_dates(items: list[DateItem]) -> list[DateItem]:
    """Calendar dates first, in date order (text order within a day), then years and months as the
    text gives them; repeats dropped."""
    seen: set[tuple[object, str]] = set()
    unique = []
    for item in items:
        key = (item.date, item.event) if item.date else (None, item.text)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    dated = sorted(
        (item for item in unique if item.date is not None),
        key=lambda item: (item.date, (item.source.paragraph, item.source.start) if item.source else (0, 0)),
    )
    return dated + [item for item in unique if item.date is None]


def _rank_stances(stances: list[Stance], registry: Registry, places: list[PlaceMention]) -> list[Stance]:
    """Each party's first stance, most important party first; then their further stances."""
    weights = {entity.name: _importance(entity) for entity in registry.entities}
    counts: dict[str, int] = {}
    for mention in places:
        counts[mention.place] = counts.get(mention.place, 0) + 1
    weights.update({place: math.log1p(count) for place, count in counts.items()})

    def weight(party: str) -> float:
        if party in weights:
            return weights[party]
        joined = [weights.get(name, 0.0) for name in party.split(" and ")]
        return min(joined) - 0.1 if len(joined) > 1 else 0.3  # a party the text names only here

    seen: set[str] = set()
    keyed = []
    for order, stance in enumerate(stances):
        repeat = stance.party in seen
        seen.add(stance.party)
        keyed.append(((repeat, -weight(stance.party), order), stance))
    return [stance for _, stance in sorted(keyed, key=lambda item: item[0])]
