"""Places: countries, cities and regions from the shipped gazetteer, and demonyms.

``assets/gazetteer/places.tsv`` (made by ``packaging/make_gazetteer.py`` from
GeoNames and countryinfo data) maps each name as written to its place: "Belarusian"
-> Belarus, "Kiev" -> Kyiv, "U.S." -> United States.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Place, Span
from ..resources import asset
from .clauses import clause_span
from .lexicon import CALENDAR_WORDS, KNOWN_ORGS, ORG_WORDS, SPEECH_VERBS, TITLES
from .text import Word, mask, sentence_at, sentences, words

_CONTEXT_WORDS = 14
_AFTER_PREPOSITION = re.compile(
    r"\b(?:near|in|outside|around)\s+(?P<name>[A-Z][a-zà-ÿ]{2,})\b(?![\s-]+[A-Z]|['’]s|[-\w])"
)
_CONJUNCTION = re.compile(r"^(?:and|but|or|so|yet)\s+", re.IGNORECASE)
_LONGEST_NAME = 4  # words: "Democratic Republic of the Congo" is written out in full rarely enough


@dataclass(frozen=True)
class PlaceEntry:
    place: str
    kind: str
    """country, city, region or demonym."""


@functools.cache
def gazetteer() -> dict[str, PlaceEntry]:
    """Every known place name as written, loaded once from the shipped TSV."""
    table: dict[str, PlaceEntry] = {}
    for line in asset("gazetteer", "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, place, kind = line.split("\t")
        table[name] = PlaceEntry(place, kind)
    return table


def place_of(name: str) -> PlaceEntry | None:
    """The place a word or phrase names ("Belarusian" -> Belarus), or None."""
    return gazetteer().get(name)


@dataclass
class PlaceMention:
    place: str
    paragraph: int
    start: int
    end: int


def article_places(paragraphs: list[str]) -> dict[str, PlaceEntry]:
    """The gazetteer plus the places this text names with their demonyms ("Kestria", "Kestrian")."""
    table = dict(gazetteer())
    if not _capitalises_nouns(paragraphs):  # in German "Woche"/"Wochen" and "in Kontakt" prove nothing
        table.update(_named_with_demonym(paragraphs, table))
        table.update(_named_after_preposition(paragraphs, table))
    return table


def _capitalises_nouns(paragraphs: list[str]) -> bool:
    """Whether the text capitalises common nouns (German): over a fifth of words inside sentences."""
    inner = [w for paragraph in paragraphs for w in words(paragraph)[1:] if w.text[0].isalpha()]
    return len(inner) >= 100 and sum(w.is_capitalised for w in inner) > 0.2 * len(inner)


def place_mentions(
    paragraphs: list[str], excluded: set[tuple[int, int]], table: dict[str, PlaceEntry] | None = None
) -> list[PlaceMention]:
    """Every place named in the text, longest name first at each position.

    ``excluded`` holds (paragraph, offset) of words that are part of a person's name,
    so "Jordan" in "Jordan Henderson" is not the country.
    """
    table = table if table is not None else article_places(paragraphs)
    found: list[PlaceMention] = []
    for index, paragraph in enumerate(paragraphs):
        tokens = words(paragraph)
        position = 0
        while position < len(tokens):
            match = _longest_match(paragraph, tokens, position, table)
            if match is None or (index, tokens[position].start) in excluded:
                position += 1
                continue
            length, entry = match
            after = position + length
            if (
                entry.kind != "demonym"
                and after < len(tokens)
                and tokens[after].is_capitalised
                and not paragraph[tokens[after - 1].end : tokens[after].start].strip()
                and _longest_match(paragraph, tokens, after, table) is None
            ):
                position = after  # "Black Sea Partners", "New York Times": part of another name
                continue
            found.append(
                PlaceMention(entry.place, index, tokens[position].start, tokens[position + length - 1].end)
            )
            position += length
    return found


def _named_with_demonym(paragraphs: list[str], table: dict[str, PlaceEntry]) -> dict[str, PlaceEntry]:
    """Places the gazetteer lacks, known by their demonym in the same text: "Kestria" and "Kestrian"."""
    capitalised = {w.bare for paragraph in paragraphs for w in words(paragraph) if w.is_capitalised}
    found: dict[str, PlaceEntry] = {}
    for name in capitalised:
        if name in table or len(name) < 4 or not name.isalpha() or not name.endswith("a"):
            continue
        for demonym in (name + "n",):  # Kestria/Kestrian, Kenya/Kenyan, Korea/Korean
            if demonym in capitalised and demonym != name:
                found[name] = PlaceEntry(name, "country")
                found[demonym] = PlaceEntry(name, "demonym")
    return found


def _named_after_preposition(paragraphs: list[str], table: dict[str, PlaceEntry]) -> dict[str, PlaceEntry]:
    """Towns the gazetteer lacks, known by how the text places things there: "a village near Lisca",
    "officials in Brenn". One capitalised word, never written otherwise, that is no date or body."""
    found: dict[str, PlaceEntry] = {}
    elsewhere: set[str] = set()
    for paragraph in paragraphs:
        for match in _AFTER_PREPOSITION.finditer(paragraph):
            name = match.group("name")
            if name not in table and name not in CALENDAR_WORDS | ORG_WORDS | TITLES | KNOWN_ORGS:
                found[name] = PlaceEntry(name, "city")
        for word in words(paragraph):  # "Brenn said" or "Mr Brenn" elsewhere: a person after all
            following = paragraph[word.end : word.end + 12].split()[:1]
            if following and following[0].strip(",.").lower() in SPEECH_VERBS:
                elsewhere.add(word.bare)
    return {name: entry for name, entry in found.items() if name not in elsewhere}


def _longest_match(
    text: str, tokens: list[Word], position: int, table: dict[str, PlaceEntry]
) -> tuple[int, PlaceEntry] | None:
    if not tokens[position].is_capitalised:
        return None
    for length in range(min(_LONGEST_NAME, len(tokens) - position), 0, -1):
        last = tokens[position + length - 1]
        if length > 1 and not last.is_capitalised:
            continue
        phrase = text[tokens[position].start : last.end]
        if length == 1 or " " in phrase:
            bare = phrase if length > 1 else tokens[position].bare
            entry = table.get(_strip_possessive(phrase)) or table.get(bare)
            if entry is not None and (length > 1 or bare.isalpha() or "." in bare):
                return length, entry
    return None


def _strip_possessive(phrase: str) -> str:
    return phrase[:-2] if phrase.endswith(("’s", "'s")) else phrase


def suggest_places(paragraphs: list[str], mentions: list[PlaceMention]) -> list[Place]:
    """One Place per place, the most mentioned first, with its first sentence as context."""
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for mention in mentions:
        counts[mention.place] = counts.get(mention.place, 0) + 1
        first.setdefault(mention.place, mention)
    order = sorted(first, key=lambda place: (-counts[place], _position(first[place])))
    places = []
    for name in order:
        mention = first[name]
        paragraph = paragraphs[mention.paragraph]
        start, end = sentence_at(sentences(paragraph), mention.start)
        context = paragraph[start:end].strip()
        places.append(
            Place(name=name, context=context, source=Span(mention.paragraph, mention.start, mention.end))
        )
    return places


def _position(mention: PlaceMention) -> tuple[int, int]:
    return mention.paragraph, mention.start


def short_contexts(
    paragraphs: list[str],
    mentions: list[PlaceMention],
    quote_ranges: dict[int, list[tuple[int, int]]],
    taken: Sequence[Span] = (),
) -> dict[str, str]:
    """Each place's context as one short clause, for a card: "Kestria, which controls the dams".

    A mention by the place's own name, outside quotations and attributions ("negotiators
    in Geneva said"), gives the clause, best one that starts with the place; clauses
    that overlap ``taken`` (what the card says elsewhere) are not repeated. A place
    with no such mention gets no context.
    """
    contexts: dict[str, str] = {}
    masked = {index: mask(paragraphs[index], ranges) for index, ranges in quote_ranges.items()}
    candidates: dict[str, list[tuple[bool, int, str]]] = {}
    for order, mention in enumerate(mentions):
        paragraph = paragraphs[mention.paragraph]
        text = masked.get(mention.paragraph, paragraph)
        if (
            text[mention.start] == "ª"
            or _strip_possessive(paragraph[mention.start : mention.end]) != mention.place
        ):
            continue  # quoted, or a demonym ("Marenian delegates" says little about Marenia)
        sentence = sentence_at(sentences(text), mention.start)
        start, end = clause_span(
            text[: sentence[1]], mention.start, mention.end, min_words=6, max_words=_CONTEXT_WORDS
        )
        start = max(start, sentence[0])
        if any(
            span.paragraph == mention.paragraph and span.start < end and start < span.end for span in taken
        ):
            continue
        clause = _CONJUNCTION.sub("", paragraph[start:end])
        clause_words = words(clause)
        if len(clause_words) > _CONTEXT_WORDS or any(w.text.lower() in SPEECH_VERBS for w in clause_words):
            continue  # too long for a card, or an attribution ("negotiators in Geneva said")
        as_subject = clause.startswith(mention.place)  # "Marenia, the poorest of the three" says what it is
        candidates.setdefault(mention.place, []).append(
            (not as_subject, order, clause[:1].upper() + clause[1:])
        )
    for place, options in candidates.items():
        contexts[place] = min(options)[2]
    return contexts
