"""Stated positions: for each party, the sentences saying what it wants, offers or rejects.

Extractive: the stance is the article's own sentence. The party is the person,
organisation or country that the sentence makes the subject of the stance word
("wants", "is ready to", "welcomed", "denies", ...): the nearest one named before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span, Stance
from .lexicon import ORG_NOUNS, PRONOUNS, STANCE_CUES
from .people import Entity, Registry
from .places import PlaceMention
from .text import mask, sentences, words

ACTING_BODY = re.compile(
    rf"\b(?:(?P<owner>[A-Z][\w.\-]+(?:\s[A-Z][\w\-]+)?)(?:’s|'s)|[Tt]he\s+(?P<adjective>[A-Z][\w\-]+))\s+"
    rf"(?P<body>{ORG_NOUNS})\b"
)
"""A body named after its country: "China's foreign ministry", "the Russian military"."""


@dataclass
class _Party:
    name: str
    weight: float
    start: int


def find_positions(
    paragraphs: list[str],
    registry: Registry,
    places: list[PlaceMention],
    quote_ranges: dict[int, list[tuple[int, int]]],
) -> list[Stance]:
    """Stances in document order; the caller ranks them."""
    stances: list[Stance] = []
    seen: set[tuple[str, int, int]] = set()
    last_person: Entity | None = None
    for index, paragraph in enumerate(paragraphs):
        masked = mask(paragraph, quote_ranges.get(index, []))
        for start, end in sentences(masked):
            cue = STANCE_CUES.search(masked, start, end)
            mentions = registry.mentions_between(index, start, end)
            people_here = [m for m in mentions if m.entity.kind == "person" and masked[m.start] != "ª"]
            if cue is not None and not _is_noun_use(masked, cue.start()):
                party = _party(paragraph, masked, index, start, cue.start(), registry, places, last_person)
                key = (party, index, start)
                if party and key not in seen:
                    seen.add(key)
                    stances.append(
                        Stance(
                            party=party, stance=paragraph[start:end].strip(), source=Span(index, start, end)
                        )
                    )
            if people_here:
                last_person = people_here[0].entity
    return stances


def _is_noun_use(masked: str, at: int) -> bool:
    """ "Zelenskiy's offer", "the offer", "a demand": a noun, not a stance taken."""
    before = masked[max(0, at - 4) : at]
    return before.endswith(("’s ", "'s ", "the ", " a ", "an ", "his ", "her ", "its "))


def _party(
    paragraph: str,
    masked: str,
    index: int,
    start: int,
    cue_at: int,
    registry: Registry,
    places: list[PlaceMention],
    last_person: Entity | None,
) -> str:
    candidates: list[_Party] = []
    for mention in registry.mentions_between(index, start, cue_at):
        if masked[mention.start] == "ª" or paragraph[mention.end : mention.end + 2] in ("’s", "'s"):
            continue
        weight = 2.0 if mention.entity.kind == "person" else 1.5
        candidates.append(_Party(mention.entity.name, weight, mention.start))
    for match in ACTING_BODY.finditer(masked, start, cue_at):
        candidates.append(_Party(match.group().removeprefix("the ").removeprefix("The "), 1.5, match.start()))
    for place in places:
        inside = place.paragraph == index and start <= place.start < cue_at and masked[place.start] != "ª"
        if inside and paragraph[place.end : place.end + 2] not in ("’s", "'s"):
            candidates.append(_Party(place.place, 1.0, place.start))
    pronoun = _pronoun_before(masked, start, cue_at)
    if pronoun is not None:
        # "Zelenskiy said he was willing": the pronoun is the party, i.e. the person before it.
        before = [c for c in candidates if c.start < pronoun and c.weight == 2.0]
        if before:
            return before[-1].name
        if last_person is not None and not candidates:
            return last_person.name
    if not candidates:
        return ""
    best_kind = max(c.weight for c in candidates)  # a person before an organisation before a country
    chosen = max((c for c in candidates if c.weight == best_kind), key=lambda c: c.start)
    return chosen.name


def _pronoun_before(masked: str, start: int, cue_at: int) -> int | None:
    """Offset of a pronoun just before the stance word ("he was willing to"), if any."""
    near = words(masked[max(start, cue_at - 30) : cue_at])
    for word in reversed(near[-3:]):
        if word.text.lower() in PRONOUNS:
            return max(start, cue_at - 30) + word.start
    return None
