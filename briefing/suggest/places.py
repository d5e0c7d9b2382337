"""Places: countries, cities and regions from the shipped gazetteer, and demonyms.

``assets/gazetteer/places.tsv`` (made by :mod:`briefing.suggest.make_gazetteer` from
GeoNames and countryinfo data) maps each name as written to its place: "Belarusian"
-> Belarus, "Kiev" -> Kyiv, "U.S." -> United States.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..model import Place, Span
from ..resources import asset
from .text import Word, sentence_at, sentences, words

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


def place_mentions(paragraphs: list[str], excluded: set[tuple[int, int]]) -> list[PlaceMention]:
    """Every place named in the text, longest name first at each position.

    ``excluded`` holds (paragraph, offset) of words that are part of a person's name,
    so "Jordan" in "Jordan Henderson" is not the country.
    """
    table = dict(gazetteer())
    table.update(_named_with_demonym(paragraphs, table))
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
        if name in table or len(name) < 4 or not name.isalpha() or not name.endswith(("a", "e", "ia", "y")):
            continue
        for demonym in (name + "n", name[:-1] + "ian", name + "an", name[:-1] + "an"):
            if demonym in capitalised and demonym != name:
                found[name] = PlaceEntry(name, "country")
                found[demonym] = PlaceEntry(name, "demonym")
    return found


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
