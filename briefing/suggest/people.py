"""People and organisations: names, their positions, and every later mention of them.

A :class:`Registry` is built once per article. It knows each person's fullest name
("Vladimir Putin"), the position the text gives ("President", "Kremlin spokesman",
the appositive "the leader of the PPP"), and resolves short mentions ("Putin",
"Mr Obama"), role nouns ("the spokesman") and pronouns to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    KNOWN_ORGS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLES,
    word_set,
)
from .places import PlaceEntry, article_places
from .text import Word, followed_by_dot, is_abbreviation, words

_CONNECTORS = word_set("de da do dos das van von bin ibn al el la le di del du y")
_CALENDAR = CALENDAR_WORDS
_ROLE_MODIFIERS = word_set(
    "deputy former acting foreign prime vice senior chief interior defense defence state opposition top "
    "local regional national federal general executive assistant associate press presidential elected "
    "ex atual então government"
)
_APPOSITIVE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|o|a|el|la|le|der|die)\s+)?(?P<pos>[^,;:()\"“”]{3,140}?)(?=,|\.(?:\s|$)|;|$)"
)
_APPOSITIVE_BEFORE = re.compile(
    r"(?:^|[,.;:]\s+)(?:(?:The|the|Its|its|O|El|La|Le)\s+(?P<pos>[^,.;:\"“”]{3,80})"
    r"|(?P<owned>[A-Z][\w\-]+['’]s\s+[^,.;:\"“”A-Z]{3,60})),\s*$"
)
PlaceLookup = Callable[[str], PlaceEntry | None]
_DEMONYM_LIKE = re.compile(r"(?:an|ian|ese|ish|i|ic)$")
"""Adjectives of place ("Marenian", "Swiss" aside) that may stand before a title."""
_PREPOSITION_FIRST = re.compile(r"^(?:with|in|on|at|for|from|by|after|before|during|as)\s", re.IGNORECASE)
_NOT_APPOSITIVE = re.compile(r"^(?:who|which|whose|que|qui|quien|der|die|das|\d)", re.IGNORECASE)


@dataclass
class Entity:
    """A person or organisation the article names."""

    name: str
    kind: str  # "person" or "org"
    position: str = ""
    affiliation: str = ""
    first: tuple[int, int, int] = (0, 0, 0)
    """(paragraph, start, end) of the first mention."""
    mentions: int = 0
    quotes: int = 0
    acts: int = 0
    tokens: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    entity: Entity
    paragraph: int
    start: int
    end: int


@dataclass
class Registry:
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    name_words: set[tuple[int, int]] = field(default_factory=set)
    """(paragraph, start) of every word that is part of a person's name."""
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    """Place names as written: the gazetteer and the article's own demonym pairs."""
    lower_words: frozenset[str] = frozenset()
    """Words the article writes in lower case: "delta" there makes "Arlen Delta" no person."""

    def place_of(self, name: str) -> PlaceEntry | None:
        return self.places.get(name)

    def lookup(self, name: str) -> Entity | None:
        """The entity a name as written refers to: "Mr Obama" -> Barack Obama."""
        tokens = tuple(_name_tokens(name))
        if not tokens:
            return None
        for entity in self.entities:
            if entity.tokens == tokens or entity.name == name:
                return entity
        for entity in self.entities:  # first introduced wins: "Parata" is the elder, not the son
            if entity.kind == "person" and _contains(entity.tokens, tokens):
                return entity
        return None

    def by_role(self, noun: str, before: tuple[int, int]) -> Entity | None:
        """The most recently mentioned person whose position has ``noun`` ("spokesman")."""
        noun = noun.lower()
        best: Entity | None = None
        for mention in self.mentions:
            if (mention.paragraph, mention.start) >= before:
                break
            position = mention.entity.position.lower()
            if mention.entity.kind == "person" and re.search(
                rf"(?<![\w-]){re.escape(noun)}(?![\w-])", position
            ):
                best = mention.entity
        return best

    def mentions_between(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.paragraph == paragraph and start <= m.start < end]


def _name_tokens(name: str) -> list[str]:
    parts = [part.strip(".") for part in re.split(r"\s+", name.strip()) if part]
    while parts and parts[0] in HONORIFICS:
        parts = parts[1:]
    parts = [re.sub(r"['’]s$", "", part) for part in parts]
    return [part for part in parts if part]


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def build_registry(paragraphs: list[str]) -> Registry:
    """Find every person and organisation named in ``paragraphs``."""
    registry = Registry(places=article_places(paragraphs), lower_words=_lower_words(paragraphs))
    loose: list[tuple[int, Word]] = []
    for index, paragraph in enumerate(paragraphs):
        tokens = words(paragraph)
        for run in _capitalised_runs(paragraph, tokens):
            _register_run(registry, paragraph, index, tokens, run, loose)
    _merge_variants(registry)
    for index, word in loose:  # short mentions: "Putin", "Parata", "Tite", "Vladimir Putin"
        whole = _run_from(paragraphs[index], word)
        entity = registry.lookup(whole.bare) if len(whole.text.split()) > 1 else None
        entity = entity or registry.lookup(word.bare)
        if entity is not None:
            found = whole if entity is registry.lookup(whole.bare) else word
            registry.mentions.append(Mention(entity, index, found.start, found.end))
            for part in words(paragraphs[index][found.start : found.end]):
                registry.name_words.add((index, found.start + part.start))
    registry.mentions.sort(key=lambda m: (m.paragraph, m.start))
    for entity in registry.entities:
        entity.mentions = sum(1 for m in registry.mentions if m.entity is entity)
    return registry


def _lower_words(paragraphs: list[str]) -> frozenset[str]:
    return frozenset(w.text for paragraph in paragraphs for w in words(paragraph) if w.text[0].islower())


def _run_from(text: str, word: Word) -> Word:
    """The capitalised words from ``word`` on, as one Word ("Vladimir Putin")."""
    match = re.match(r"[^\W\d_][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*", text[word.start :])
    end = word.start + (match.end() if match else len(word.text))
    return Word(text[word.start : end], word.start, end)


def _capitalised_runs(text: str, tokens: list[Word]) -> list[list[int]]:
    """Indices of words forming runs of capitalised words ("Vladimir Putin", "Department of Conservation")."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, word in enumerate(tokens):
        joined = bool(current) and _joined(text, tokens[current[-1]], word)
        if word.is_capitalised and (joined or not current):
            current.append(i)
        elif word.is_capitalised:
            runs.append(current)
            current = [i]
        elif (
            joined
            and (
                word.text in _CONNECTORS
                or (word.text == "of" and any(tokens[j].bare in ORG_WORDS for j in current))
            )
            and i + 1 < len(tokens)
            and tokens[i + 1].is_capitalised
            and _joined(text, word, tokens[i + 1])
        ):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
        if current and tokens[current[-1]].is_possessive:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_trim_connectors(run, tokens) for run in runs if run]


def _trim_connectors(run: list[int], tokens: list[Word]) -> list[int]:
    while run and not tokens[run[-1]].is_capitalised:
        run = run[:-1]
    return run


def _joined(text: str, left: Word, right: Word) -> bool:
    gap = text[left.end : right.start]
    if gap.strip() == "":
        return bool(gap) and "\n" not in gap
    return gap.startswith(".") and gap[1:].strip() == "" and is_abbreviation(left)


def _register_run(
    registry: Registry,
    text: str,
    index: int,
    tokens: list[Word],
    run: list[int],
    loose: list[tuple[int, Word]],
) -> None:
    run_words = [tokens[i] for i in run]
    while run_words and (run_words[0].text.lower() in FUNCTION_WORDS or run_words[0].text in _CALENDAR):
        run_words = run_words[1:]
    if run_words and not _is_org(
        [w.bare for w in run_words], text[run_words[0].start : run_words[-1].end], registry.place_of
    ):
        while run_words and (
            # a sentence's first word the text also writes in lower case: "Although Hitler", "Welcome Jose"
            _starts_sentence(text, run_words[0]) and run_words[0].text.lower() in registry.lower_words
        ):
            run_words = run_words[1:]
    if not run_words or (len(run_words) > 1 and all(w.text.isupper() for w in run_words)):
        return  # "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR": a shouted line, not a name
    bare = [word.bare for word in run_words]
    phrase = text[run_words[0].start : run_words[-1].end]
    phrase = re.sub(r"['’]s$", "", phrase)
    if _is_org(bare, phrase, registry.place_of):
        _add(registry, phrase, "org", index, run_words[0].start, run_words[-1].end)
        return
    title_end = _title_end(bare, registry.place_of)
    name_words = run_words[title_end + 1 :]
    if not name_words or any(word.bare in _CALENDAR for word in name_words):
        return
    name_start = name_words[0].start
    name = re.sub(r"['’]s$", "", text[name_start : name_words[-1].end])
    if followed_by_dot(text, name_words[-1]) and name_words[-1].text in ("Jr", "Sr"):
        name += "."
    position = _position_in_run(text, run_words, title_end) if title_end >= 0 else ""
    position = position or _role_before(text, tokens, run[0] if title_end < 0 else None, registry.place_of)
    if title_end < 0 and len(name_words) == 1:
        if not position:
            loose.append((index, name_words[0]))
            return
    elif title_end < 0 and (
        registry.place_of(name_words[0].bare) is not None
        or registry.place_of(name) is not None
        or any(w.bare in PLACE_WORDS for w in name_words)
    ):
        if registry.place_of(name) is None:
            loose.append((index, name_words[0]))  # "Vladimir Putin" again, after "President Vladimir Putin"
        return  # "South Korea", "Manchester United": a place, or named after one
    after = text[name_words[-1].end + (1 if name.endswith(".") else 0) :]
    position = position or _appositive(after) or _appositive_before(text[:name_start])
    if title_end < 0 and not position and _is_thing(name_words, registry):
        return
    entity = _add(registry, name, "person", index, name_start, name_words[-1].end)
    for word in name_words:
        registry.name_words.add((index, word.start))
    if position and not entity.position:
        entity.position = position
        entity.affiliation = _affiliation(position, registry.place_of)


def _starts_sentence(text: str, word: Word) -> bool:
    before = text[: word.start].rstrip(' "“‘«(')
    return not before or before[-1] in ".!?:"


def _is_thing(name_words: list[Word], registry: Registry) -> bool:
    """A capitalised run without a title that names a thing, not a person.

    "Arlen Delta" where the text also writes "the delta"; "Inner Mongolia" (ends in a
    country); "North African" (ends in a demonym). Given names are often ordinary words
    ("Rose", "Bill"), so only the words after the first count as evidence.
    """
    if any(word.bare.lower() in registry.lower_words for word in name_words[1:]):
        return True
    last = registry.place_of(name_words[-1].bare)
    return last is not None and last.kind in ("country", "region", "demonym")


def _is_org(bare: list[str], phrase: str, place_of: PlaceLookup) -> bool:
    if phrase in KNOWN_ORGS or " ".join(bare) in KNOWN_ORGS:
        return True
    if any(word in ORG_WORDS for word in bare):
        return True
    return len(bare) == 1 and bare[0].isupper() and 2 <= len(bare[0]) <= 6 and place_of(bare[0]) is None


def _title_end(bare: list[str], place_of: PlaceLookup) -> int:
    """Index of the last title word in a run whose earlier words are all titles or places."""
    end = -1
    for i, word in enumerate(bare):
        if word in TITLES or word + "." in TITLES:
            end = i
        elif end >= 0:
            break  # the name has begun
        elif not _DEMONYM_LIKE.search(word) and place_of(word) is None and not word.isupper():
            if _title_follows(bare, i):
                continue  # "Economy Minister Sofia Jansen", "Health Secretary Ana Lima"
            pair = " ".join(bare[i : i + 2])
            if place_of(pair) is None and (i == 0 or place_of(" ".join(bare[i - 1 : i + 1])) is None):
                return -1
    return end


def _title_follows(bare: list[str], at: int) -> bool:
    """A title word within two words of ``at`` with a name after it: the words before it qualify it."""
    for j in range(at + 1, min(at + 3, len(bare))):
        if bare[j] in TITLES:
            return j + 1 < len(bare) and bare[j + 1] not in TITLES and bare[j].lower() not in FUNCTION_WORDS
        if bare[j].lower() in FUNCTION_WORDS:
            return False
    return False


def _position_in_run(text: str, run_words: list[Word], title_end: int) -> str:
    kept = [word for word in run_words[: title_end + 1] if word.bare not in HONORIFICS]
    if not kept:
        return ""
    end = kept[-1].end + (1 if followed_by_dot(text, kept[-1]) and is_abbreviation(kept[-1]) else 0)
    return text[kept[0].start : end]


def _role_before(text: str, tokens: list[Word], first: int | None, place_of: PlaceLookup) -> str:
    """A lower-case role right before a name: "Kremlin spokesman", "o técnico"."""
    if first is None or first == 0:
        return ""
    i = first - 1
    if tokens[i].text.lower() not in ROLE_NOUNS or text[tokens[i].end : tokens[first].start].strip():
        return ""
    start = i
    while start > 0 and not text[tokens[start - 1].end : tokens[start].start].strip():
        previous = tokens[start - 1]
        lower = previous.text.lower()
        capital_ok = previous.is_capitalised and (
            place_of(previous.bare) is not None
            or previous.bare in ORG_WORDS
            or previous.bare in TITLES
            # the rest of an organisation's name: "Port Authority chief executive"
            or (
                tokens[start].is_capitalised
                and lower not in FUNCTION_WORDS
                and previous.bare not in _CALENDAR
            )
        )
        if lower in ROLE_NOUNS or lower in _ROLE_MODIFIERS or capital_ok:
            start -= 1
        else:
            break
    return text[tokens[start].start : tokens[i].end]


def _appositive(after: str) -> str:
    match = _APPOSITIVE_AFTER.match(after)
    if not match:
        return ""
    position = match.group("pos").strip()
    if _NOT_APPOSITIVE.match(position) or len(position.split()) > 16 or _PREPOSITION_FIRST.match(position):
        return ""
    phrase = words(position)
    role_at = next((i for i, w in enumerate(phrase) if _is_role(w.text)), None)
    if role_at is None or role_at > 5:
        return ""
    if role_at + 1 < len(phrase) and phrase[role_at + 1].is_capitalised:
        return ""  # "..., o técnico Tite declarou": a title of the next name, not an appositive
    return position


def _appositive_before(before: str) -> str:
    match = _APPOSITIVE_BEFORE.search(before)
    if not match:
        return ""
    position = (match.group("pos") or match.group("owned")).strip()
    position = re.split(r"\s(?:the|The)\s", position)[-1]  # "the roadshow featured the adviser, X"
    if len(position.split()) > 10:
        return ""
    return position if _has_role(position) else ""


def _has_role(phrase: str) -> bool:
    return any(_is_role(word.text) for word in words(phrase))


def _is_role(word: str) -> bool:
    """A position noun: listed, or an occupation by its ending ("hydrologist", "economist")."""
    lower = word.lower()
    return lower in ROLE_NOUNS or (len(lower) > 6 and lower.endswith(("ologist", "ist", "ician")))


def _affiliation(position: str, place_of: PlaceLookup) -> str:
    """The organisation or country a position belongs to, when the position names one.

    "Kremlin spokesman" -> "Kremlin", "Kestria's energy minister" -> "Kestria",
    "Belarusian President" -> "Belarus", "spokeswoman for the Foreign Ministry" ->
    "Foreign Ministry". Not where someone comes from ("a farmer from a village near
    Lisca") nor whom they deal with ("who advises the Swiss mediators").
    """
    for match in re.finditer(r"[A-Z][\w’'.\-]*(?:\s+(?:of\s+)?[A-Z][\w’'.\-]*)*", position):
        lead = position[: match.start()].split()
        if lead and lead[-1].lower() == "the":
            lead = lead[:-1]
        if lead and (lead[-1].lower() not in ("for", "of", "at", "with") or len(lead) > 3):
            continue  # "from ... Lisca", "who advises the Swiss ...": not what the person works for
        owner = re.match(r"([A-Z][\w\-]*)['’]s\b", match.group())
        if owner:
            return owner.group(1)
        kept = [w for w in match.group().split() if w not in TITLES]
        if not kept or kept[0].lower() in FUNCTION_WORDS:
            continue
        candidate = " ".join(kept)
        entry = place_of(candidate) or (place_of(kept[0]) if len(kept) == 1 else None)
        if entry is not None:
            return entry.place
        if candidate in KNOWN_ORGS or any(word in ORG_WORDS for word in kept):
            return candidate
        # "Economy Minister": a portfolio, not a body
    return ""


def _add(registry: Registry, name: str, kind: str, paragraph: int, start: int, end: int) -> Entity:
    tokens = tuple(_name_tokens(name))
    entity = next((e for e in registry.entities if e.tokens == tokens and e.kind == kind), None)
    if entity is None:
        entity = Entity(name=name, kind=kind, first=(paragraph, start, end), tokens=tokens)
        registry.entities.append(entity)
    registry.mentions.append(Mention(entity, paragraph, start, end))
    return entity


def _merge_variants(registry: Registry) -> None:
    """Fold shorter forms into the fullest name: "Obama" (from "Mr Obama") into "Barack Obama",
    "Te Kaurinui Parata" into "Te Kaurinui Robert Parata"."""
    people = sorted(
        (e for e in registry.entities if e.kind == "person"), key=lambda e: (-len(e.tokens), e.first)
    )
    replaced: dict[int, Entity] = {}
    for i, longer in enumerate(people):
        if id(longer) in replaced:
            continue
        for shorter in people[i + 1 :]:
            if id(shorter) in replaced or len(shorter.tokens) == len(longer.tokens):
                continue
            same_ends = len(shorter.tokens) > 1 and (shorter.tokens[0], shorter.tokens[-1]) == (
                longer.tokens[0],
                longer.tokens[-1],
            )
            if same_ends or _contains(longer.tokens, shorter.tokens):
                replaced[id(shorter)] = longer
                if not longer.position and shorter.position:
                    longer.position, longer.affiliation = shorter.position, shorter.affiliation
                longer.first = min(longer.first, shorter.first)
    if not replaced:
        return
    registry.entities = [e for e in registry.entities if id(e) not in replaced]
    registry.mentions = [
        Mention(replaced.get(id(m.entity), m.entity), m.paragraph, m.start, m.end) for m in registry.mentions
    ]
