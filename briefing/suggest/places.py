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
from .clauses import clause_span, dangling, resolved
from .lead import is_page_furniture
from .lexicon import CALENDAR_WORDS, FUNCTION_WORDS, KNOWN_ORGS, ORG_WORDS, SPEECH_VERBS, TITLES, word_set
from .text import Word, mask, sentence_at, sentences, words

_CONTEXT_WORDS = 14
_AFTER_PREPOSITION = re.compile(
    r"\b(?:near|in|outside|around)\s+(?P<name>[A-Z][^\W\d_A-Z]{2,})\b(?![\s-]+[A-Z]|['’]s|[-\w])"
)
_CONJUNCTION = re.compile(r"^(?:and|but|or|so|yet)\s+", re.IGNORECASE)
_KIND_OF_PLACE = re.compile(
    r"\b(?:city|town|village|province|region|state|island|port|district|county|capital|cidade|ciudad|ville|"
    r"région|província|provincia|estado|município|municipio|aldeia|pueblo)\s+(?:of|de|do|da|del)\s+"
    r"(?P<name>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?)\b"
)
"""A place the text says is one: "the city of Djerba", "a cidade de Caixas"."""
_BEFORE_KIND_OF_PLACE = re.compile(
    r"\b(?:the|a|an)\s+(?P<name>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)\s+(?:coast|coastline|region|province|"
    r"district|valley|town|city|village|county|peninsula|border|borderlands|countryside|suburb|suburbs)\b"
)
"""A place named before what kind of place it is: "the South Taranaki coast", "the Donbas region"."""
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
    if not capitalises_nouns(paragraphs):  # in German "Woche"/"Wochen" and "in Kontakt" prove nothing
        table.update(_named_with_demonym(paragraphs, table))
        table.update(_named_after_preposition(paragraphs, table))
        table.update(_named_with_place_word(paragraphs, table))
    return table


_GEOGRAPHIC = (
    "Harbour|Harbor|River|Mountains|Beach|Island|Islands|Bay|Lake|Sea|Ocean|Avenue|Square|Valley|"
    "Province|Coast|Peninsula|Strait|Gulf|Desert|Forest|Canal|Hills|Heights|Falls|Creek"
)
_WITH_PLACE_WORD = re.compile(
    rf"(?<![\w’'])(?:(?:[A-Z][^\W_]*|\d+(?:st|nd|rd|th))\s+){{1,2}}(?:{_GEOGRAPHIC})\b(?!\s+[A-Z])"
)


def _named_with_place_word(paragraphs: list[str], table: dict[str, PlaceEntry]) -> dict[str, PlaceEntry]:
    """Places named by a geographic word after their name: "Stewart Island", "Ninety Mile Beach",
    "6th Avenue". The run must not start a sentence with a function word ("The Sea")."""
    found: dict[str, PlaceEntry] = {}
    for paragraph in paragraphs:
        for match in _WITH_PLACE_WORD.finditer(paragraph):
            name = match.group()
            first = name.split()[0]
            if first.lower() in FUNCTION_WORDS or first in CALENDAR_WORDS | TITLES:
                name = name.split(None, 1)[1]
                if len(name.split()) < 2:
                    continue
            if name not in table:
                found[name] = PlaceEntry(name, "region")
    return found


_GERMAN_WORDS = word_set("der die das den dem des und ist nicht sich mit auf für eine einer wird sind")


def capitalises_nouns(paragraphs: list[str]) -> bool:
    """Whether the text capitalises common nouns (German): over a fifth of words inside sentences,
    in a text whose commonest little words are German (an English sports or tech report is full
    of capitalised names, yet writes its nouns in lower case)."""
    inner = [w for paragraph in paragraphs for w in words(paragraph)[1:] if w.text[0].isalpha()]
    if len(inner) < 100 or sum(w.is_capitalised for w in inner) <= 0.2 * len(inner):
        return False
    return sum(w.text in _GERMAN_WORDS for w in inner) > 0.04 * len(inner)


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
        if is_page_furniture(paragraph):
            continue  # "Ana Lima reported from Oslo.", "From the section Europe"
        tokens = words(paragraph)
        position = 0
        dateline = _DATELINE.match(paragraph)
        if dateline is not None:  # "CAIRO —", "LONDON (AP) —": where the story was filed
            name = dateline.group("place")
            entry = table.get(name.title()) or table.get(name)
            if entry is not None and entry.kind != "demonym":
                found.append(PlaceMention(entry.place, index, dateline.start("place"), dateline.end("place")))
                while position < len(tokens) and tokens[position].start < dateline.end():
                    position += 1
        while position < len(tokens):
            match = _longest_match(paragraph, tokens, position, table)
            if match is None or (index, tokens[position].start) in excluded:
                token = tokens[position]
                head = token.text.split("-")[0]
                entry = table.get(head) if "-" in token.text and token.is_capitalised else None
                if entry is not None and entry.kind != "demonym" and (index, token.start) not in excluded:
                    # "a London-based group": the place is named inside the compound
                    found.append(PlaceMention(entry.place, index, token.start, token.start + len(head)))
                position += 1
                continue
            length, entry = match
            after = position + length
            if (
                entry.kind != "demonym"
                and after < len(tokens)
                and not tokens[after - 1].is_possessive
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
    return _as_written(paragraphs, found, table)


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]*[A-Z])(?:,\s[^—–(]{1,30}?)?\s*(?:\([^)]{1,20}\)\s*)?[—–-]\s"
)


def _as_written(
    paragraphs: list[str], found: list[PlaceMention], table: dict[str, PlaceEntry]
) -> list[PlaceMention]:
    """Each place under the fullest name the article writes for it: "Brasil" in a Portuguese text,
    "US" where the article never writes "United States". Demonyms are no names ("Brazilian")."""
    written: dict[str, str] = {}
    for mention in found:
        text = _strip_possessive(paragraphs[mention.paragraph][mention.start : mention.end])
        entry = table.get(text) or table.get(text.title())
        if text.isupper() and len(text) > 3:
            text = text.title()  # "CAIRO" in a dateline
        if entry is None or entry.kind == "demonym":
            continue
        if mention.place == text or (
            written.get(mention.place) != mention.place and len(text) > len(written.get(mention.place, ""))
        ):
            written[mention.place] = text
    for mention in found:
        mention.place = written.get(mention.place, mention.place)
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
        for match in _KIND_OF_PLACE.finditer(paragraph):
            name = match.group("name")
            if name not in table:
                found[name] = PlaceEntry(name, "city")
        for match in _BEFORE_KIND_OF_PLACE.finditer(paragraph):
            name = match.group("name")
            parts = name.split()
            if name not in table and not any(
                part in CALENDAR_WORDS | ORG_WORDS | TITLES | KNOWN_ORGS or part in table for part in parts
            ):
                found[name] = PlaceEntry(name, "region")
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


def suggest_places(paragraphs: list[str], mentions: list[PlaceMention], headline: str = "") -> list[Place]:
    """One Place per place the text names, the headline's first, then the most mentioned, with the
    first sentence that names it as context.

    A place known only by its demonym ("Swiss mediators") or only as a country's name used as
    an adjective ("US troops", "the U.S. Embassy") is where someone comes from or belongs, not
    a place the story is about.
    """
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for mention in mentions:
        counts[mention.place] = counts.get(mention.place, 0) + 1
        if named_as_place(paragraphs[mention.paragraph], mention):
            first.setdefault(mention.place, mention)
    in_headline = {m.place for m in place_mentions([headline], set(), gazetteer())} if headline else set()
    order = sorted(
        first, key=lambda place: (place not in in_headline, -counts[place], _position(first[place]))
    )
    places = []
    for name in sorted(in_headline - set(first)):  # named in the headline only
        places.append(Place(name=name, context=headline.strip(), source=None))
    for name in order:
        mention = first[name]
        paragraph = paragraphs[mention.paragraph]
        start, end = sentence_at(sentences(paragraph), mention.start)
        context = paragraph[start:end].strip()
        places.append(
            Place(name=name, context=context, source=Span(mention.paragraph, mention.start, mention.end))
        )
    return places


_COUNTRY_NOUN_USE = re.compile(
    r"^(?:['’]s?\b|\s*[,.;:!?)\]—–\"”]|\s+[-–—]|\s*$|\s+(?:and|or|is|are|was|were|has|have|had|will|would|could|"
    r"can|may|must|should|did|does|do|to|in|on|at|for|from|with|by|of|as|since|after|before|that|which|who|"
    r"e|y|et|und|ou|o|oder|é|es|est|ist|foi|fue|a|la|le|de|do|da|del|des|du|em|en|dans|im|am)\b)"
)


def named_as_place(paragraph: str, mention: PlaceMention) -> bool:
    """Whether a mention names the place itself: not a demonym ("Swiss"), and a country's name
    not used as an adjective ("US troops", "U.S. Attorney"); what follows a noun use is
    punctuation, a possessive, a verb or a function word."""
    text = _strip_possessive(paragraph[mention.start : mention.end])
    entry = gazetteer().get(text) or gazetteer().get(text.title())
    if entry is not None and entry.kind == "demonym":
        return False
    if text != mention.place and entry is None and mention.place not in text:
        return False  # an article-made demonym: "Kestrian"
    if entry is None or entry.kind != "country":
        return True
    after = paragraph[mention.end :]
    before = words(paragraph[max(0, mention.start - 12) : mention.start])
    governed = bool(before) and before[-1].text.lower() in _GOVERNING
    if paragraph[mention.start : mention.end] != text or governed or _COUNTRY_NOUN_USE.match(after):
        return True
    following = words(after[:30])
    return bool(following) and following[0].text.lower() in SPEECH_VERBS | _VERBISH


_GOVERNING = frozenset(
    [
        "of",
        "in",
        "to",
        "from",
        "into",
        "across",
        "against",
        "toward",
        "towards",
        "inside",
        "throughout",
        "o",
        "do",
        "no",
        "em",
        "ao",
        "pelo",
        "del",
        "el",
        "en",
        "al",
        "le",
        "du",
        "au",
        "dans",
        "vers",
        "nach",
        "aus",
        "im",
        "ins",
        "von",
        "vom",
        "nel",
        "dal",
    ]
)
_VERBISH = word_set(
    "says said wants wanted seized seizes controls controlled signed signs agreed agrees announced rejected "
    "rejects offered offers demanded demands plans planned invaded invades launched faces faced won lost "
    "became remains remained needs needed must cannot can't won't hopes hoped fears feared"
)


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
    from .people import last_registry  # here: people imports this module

    registry = last_registry(paragraphs)
    others = [(m.paragraph, m.start, m.place) for m in mentions]
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
        apostrophe = "’" if "’" in paragraph else "'"
        clause = resolved(
            clause,
            lambda pronoun: registry.antecedent(pronoun, mention.paragraph, start, others),  # noqa: B023
            apostrophe,
        )
        if not clause or dangling(clause):
            continue  # "They requested ...": a pronoun the text does not resolve; "... as early as"
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
