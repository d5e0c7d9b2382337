"""People and organisations: names, their positions, and every later mention of them.

A :class:`Registry` is built once per article. It knows each person's fullest name
("Vladimir Putin"), the position the text gives ("President", "Kremlin spokesman",
the appositive "the leader of the PPP"), and resolves short mentions ("Putin",
"Ms Berger"), role nouns ("the spokesman") and pronouns to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lexicon import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    KNOWN_ORGS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    word_set,
)
from .places import PlaceEntry, article_places, capitalises_nouns
from .text import Word, followed_by_dot, is_abbreviation, words
from .titles import (
    TITLE_LINKS,
    PlaceLookup,
    affiliation_in,
    appositive_after,
    appositive_before,
    is_title,
    last_title_index,
    position_in_run,
    role_as,
    role_before,
)

_PERSONAL = word_set("he she him his her")
_NEUTER = word_set("it its")
_LAST: list[tuple[list[str], Registry]] = []


def last_registry(paragraphs: list[str]) -> Registry:
    """The registry :func:`build_registry` made last, if for these paragraphs; else a new one."""
    if _LAST and _LAST[0][0] == paragraphs:
        return _LAST[0][1]
    return build_registry(paragraphs)


_CONNECTORS = word_set("de da do dos das van von bin ibn al el la le di del du y")
_CALENDAR = CALENDAR_WORDS


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
    evidence: bool = False
    shared_title: str = ""
    """A plural title before this name that the names listed after it share ("Sens.")."""
    position_at: tuple[int, int] = (1 << 30, 0)
    """(paragraph, offset) where the text states ``position``."""
    """Whether the text shows this is a person: a title, honorific, role, speech verb, or a later
    mention by surname alone. A capitalised pair of words alone proves nothing in German."""


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
    paragraphs: list[str] = field(default_factory=list)
    lower_words: frozenset[str] = frozenset()
    noun_like: frozenset[str] = frozenset()
    """In German: capitalised words the text writes after an article or an inflected adjective
    ("das Coronavirus", "unter Quarantäne", "neuen Fälle"): nouns, never names."""
    """Words the article writes in lower case: "delta" there makes "Arlen Delta" no person."""

    def place_of(self, name: str) -> PlaceEntry | None:
        return self.places.get(name)

    def lookup(self, name: str) -> Entity | None:
        """The entity a name as written refers to: "Ms Berger" -> Anna Berger."""
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

    def antecedent(
        self, pronoun: str, paragraph: int, offset: int, others: Sequence[tuple[int, int, str]] = ()
    ) -> str:
        """What a pronoun at ``offset`` stands for: the person last named before it for "he",
        "she", "his", "her"; the organisation or place (``others``: (paragraph, start, name)) last
        named before it for "it", "its"; nothing for "they", "we", "this" (a group or a thing the
        text may not name), nor for anything named before the previous paragraph."""
        if pronoun == "":  # the subject an aside cut off: whoever its own sentence named last
            text = self.paragraphs[paragraph] if paragraph < len(self.paragraphs) else ""
            sentence_start = max(text.rfind(". ", 0, offset), text.rfind("? ", 0, offset)) + 1
            named = [
                (m.paragraph, m.start, self._as_named(m) if m.entity.kind == "org" else m.entity.name)
                for m in self.mentions
                if m.paragraph == paragraph and m.start >= sentence_start
            ]
        elif pronoun in _PERSONAL:
            named = [
                (m.paragraph, m.start, m.entity.name) for m in self.mentions if m.entity.kind == "person"
            ]
        elif pronoun in _NEUTER:
            named = [
                (m.paragraph, m.start, self._as_named(m)) for m in self.mentions if m.entity.kind == "org"
            ]
            named += list(others)
        else:
            return ""
        before = [item for item in named if paragraph - 1 <= item[0] and item[:2] < (paragraph, offset)]
        return max(before)[2] if before else ""

    def _as_named(self, mention: Mention) -> str:
        """An organisation's name with the article the text gives it: "The Kremlin"."""
        text = self.paragraphs[mention.paragraph] if mention.paragraph < len(self.paragraphs) else ""
        before = text[max(0, mention.start - 4) : mention.start]
        name = mention.entity.name
        return "The " + name if before.lower() == "the " and not name.lower().startswith("the ") else name

    def mentions_between(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.paragraph == paragraph and start <= m.start < end]


def _name_tokens(name: str) -> list[str]:
    parts = [part.strip(".") for part in re.split(r"\s+", name.strip()) if part]
    while parts and (parts[0] in HONORIFICS or (parts[0] in _LEADING_ARTICLES and len(parts) > 1)):
        parts = parts[1:]
    parts = [re.sub(r"['’]s$", "", part) for part in parts]
    return [part for part in parts if part]


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def build_registry(paragraphs: list[str]) -> Registry:
    """Find every person and organisation named in ``paragraphs``."""
    registry = Registry(
        places=article_places(paragraphs),
        lower_words=_lower_words(paragraphs),
        paragraphs=list(paragraphs),
        noun_like=_noun_like(paragraphs) if capitalises_nouns(paragraphs) else frozenset(),
    )
    loose: list[tuple[int, Word, str]] = []
    for index, paragraph in enumerate(paragraphs):
        tokens = words(paragraph)
        for run in _capitalised_runs(paragraph, tokens):
            _register_run(registry, paragraph, index, tokens, run, loose)
    _merge_variants(registry)
    for index, word, position in loose:  # short mentions: "Putin", "Parata", "Tite", "Vladimir Putin"
        whole = _run_from(paragraphs[index], word)
        entity = registry.lookup(whole.bare) if len(whole.text.split()) > 1 else None
        entity = entity or registry.lookup(word.bare)
        if entity is not None:
            found = whole if entity is registry.lookup(whole.bare) else word
            text = paragraphs[index]
            surname = _by_surname(text, found, entity, index) and found.text not in registry.noun_like
            if surname or position or _speaks(text, found):
                entity.evidence = (
                    True  # "Parata said", "Parata, an elder of ...": the text treats it as a name
                )
            _set_position(entity, position, (index, found.start), registry.place_of)
            registry.mentions.append(Mention(entity, index, found.start, found.end))
            for part in words(paragraphs[index][found.start : found.end]):
                registry.name_words.add((index, found.start + part.start))
    registry.mentions.sort(key=lambda m: (m.paragraph, m.start))
    _evidence_by_listing(registry, paragraphs)
    for entity in registry.entities:
        entity.mentions = sum(1 for m in registry.mentions if m.entity is entity)
    _LAST[:] = [(list(paragraphs), registry)]
    return registry


_LEADING_ARTICLES = ("The", "the", "La", "Le", "Les", "El", "Los", "Die", "Der", "Das")


def _speaks(text: str, word: Word) -> bool:
    """A speech verb right after the name or right before it: "Parata said", "says Parata"."""
    after = re.match(r"\s+([^\W\d_]+)", text[word.end : word.end + 24])
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, word.start - 16) : word.start])
    return any(m is not None and m.group(1).lower() in SPEECH_VERBS for m in (after, before))


_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|der|die|das|den|dem|des|ein|eine|einer|einem|eines|le|la|les|un|une|el|los|las|"
    r"o|os|um|uma)\s+$",
    re.IGNORECASE,
)


def _by_surname(text: str, found: Word, entity: Entity, index: int) -> bool:
    """A later mention by the last part of the name alone ("Beispiel" after "Maria Beispiel"),
    not after an article ("der Mehrwertsteuer" is a noun, not a surname)."""
    tokens = _name_tokens(found.text)
    if (
        entity.kind != "person"
        or len(tokens) >= len(entity.tokens)
        or tokens[-1:] != list(entity.tokens[-1:])
    ):
        return False
    if (index, found.start) <= entity.first[:2]:
        return False
    return _DETERMINER_BEFORE.search(text[max(0, found.start - 8) : found.start]) is None


def _set_position(entity: Entity, position: str, at: tuple[int, int], place_of: PlaceLookup) -> None:
    """The position the text states first, unless a later one states it more fully."""
    if not position or position == entity.position:
        return
    earlier = at < entity.position_at and not _fuller(entity.position, position)
    if not entity.position or earlier or _fuller(position, entity.position):
        entity.position, entity.position_at = position, at
        entity.affiliation = affiliation_in(position, place_of)


_LISTED_WITH = re.compile(r"^(?:,\s*|\s*,?\s+(?:and|or|e|y|et|und|и)\s+)$")


def _evidence_by_listing(registry: Registry, paragraphs: list[str]) -> None:
    """A name listed with a person's is a person's: "Sens. Ana Lee and Tom Berg", "Lee, Berg and Cho"."""
    changed = True
    while changed:
        changed = False
        for left, right in zip(registry.mentions, registry.mentions[1:], strict=False):
            if (
                left.paragraph != right.paragraph
                or left.entity.kind != "person"
                or right.entity.kind != "person"
            ):
                continue
            if not _LISTED_WITH.match(paragraphs[left.paragraph][left.end : right.start]):
                continue
            if left.entity.shared_title and not right.entity.position:
                right.entity.position = left.entity.shared_title
                right.entity.shared_title = left.entity.shared_title
                changed = True
            if left.entity.evidence != right.entity.evidence:
                left.entity.evidence = right.entity.evidence = changed = True


def _fuller(new: str, old: str) -> bool:
    """Whether ``new`` states ``old`` more fully: "President" -> "Russian President"."""
    if not old:
        return True
    return len(new.split()) > len(old.split()) and old.lower() in new.lower()


_ADJECTIVE = re.compile(r"(?:lich|isch|ig|ell|al|iv|bar|sam|haft|los)(?:e|er|es|en|em)$")
"""A German adjective's inflected ending: "Wichtiger", "Ärztlicher", "Eigenwirtschaftliche"."""
_NOUN_BEFORE = re.compile(
    r"(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines|kein|keine|keinen|keiner|unter|zum|zur|"
    r"im|am|vom|beim|ins|dieser|diese|dieses|jeder|jede|jedes|alle|viele|beiden|seine|seiner|ihre|ihrer|"
    r"unsere|[a-zäöüß]+(?:en|er|es|em))\s+$"
)


def _noun_like(paragraphs: list[str]) -> frozenset[str]:
    """Capitalised words a German text writes after an article, a contracted preposition or an
    inflected adjective ("das Coronavirus", "zur Quarantäne", "neuen Fällen")."""
    found: set[str] = set()
    for paragraph in paragraphs:
        for word in words(paragraph):
            if word.is_capitalised and word.bare not in found:
                before = paragraph[max(0, word.start - 14) : word.start]
                match = _NOUN_BEFORE.search(before)
                if match is not None and match.group().strip().lower() not in SPEECH_VERBS:
                    found.add(word.bare)
    return frozenset(found)


def _lower_words(paragraphs: list[str]) -> frozenset[str]:
    return frozenset(w.text for paragraph in paragraphs for w in words(paragraph) if w.text[0].islower())


def _run_from(text: str, word: Word) -> Word:
    """The capitalised words from ``word`` on, as one Word ("Vladimir Putin")."""
    match = re.match(r"[^\W\d_][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*", text[word.start :])
    end = word.start + (match.end() if match else len(word.text))
    return Word(text[word.start : end], word.start, end)


def _capitalised_runs(text: str, tokens: list[Word]) -> list[list[int]]:
    """Indices of words forming runs of capitalised words ("Vladimir Putin", "Department of Fisheries")."""
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
                or (
                    word.text == "of"
                    # "Department of Fisheries"; "Secretary of State", not "Sen. Ann Lee of Ohio"
                    and (
                        any(tokens[j].bare in ORG_WORDS for j in current)
                        or is_title(tokens[current[-1]].bare)
                    )
                )
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
    loose: list[tuple[int, Word, str]],
) -> None:
    run_words = _unglued([tokens[i] for i in run])
    while run_words and (run_words[0].text.lower() in FUNCTION_WORDS or run_words[0].text in _CALENDAR):
        run_words = run_words[1:]
    if run_words and not _is_org(
        [w.bare for w in run_words], text[run_words[0].start : run_words[-1].end], registry.place_of
    ):
        while run_words and (
            # a sentence's first word the text also writes in lower case: "Although Hitler", "Welcome Jose"
            _starts_sentence(text, run_words[0])
            and (run_words[0].text.lower() in registry.lower_words or _participle(run_words[0].text))
            # "Prime Minister Ana Lee" where the text also writes "the prime suspect"
            and not (len(run_words) > 1 and is_title(run_words[1].bare))
            and not is_title(run_words[0].bare)
        ):
            run_words = run_words[1:]
    if not run_words or (len(run_words) > 1 and all(w.text.isupper() for w in run_words)):
        return  # "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR": a shouted line, not a name
    if _office_complement(text, tokens, run[0]) and run_words and run_words[0].start == tokens[run[0]].start:
        return  # "the High Commissioner for Human Rights", "Minister für Verkehr": an office's field
    bare = [word.bare for word in run_words]
    phrase = text[run_words[0].start : run_words[-1].end]
    phrase = re.sub(r"['’]s$", "", phrase)
    if _is_org(bare, phrase, registry.place_of):
        _add(registry, phrase, "org", index, run_words[0].start, run_words[-1].end)
        return
    if len(bare) > 1 and is_title(bare[-1]) and not is_title(bare[0]):
        return  # "United Nations High Commissioner": an office, named by its title
    if len(bare) > 1 and bare[0] in _COMPASS:
        return  # "Northern Pacific", "South Taranaki": a region, never a person's given name
    title_end = last_title_index(bare, registry.place_of)
    name_words = run_words[title_end + 1 :]
    if not name_words or any(word.bare in _CALENDAR for word in name_words):
        return
    complement = _complement(name_words)
    if not complement and title_end < 0 and len(name_words) >= 3 and _after_role_link(tokens, run[0]):
        complement = name_words[:1]  # "el ministro de Hacienda Julio Serrano"
    name_words = name_words[len(complement) :]
    name_start = name_words[0].start
    name = re.sub(r"['’]s$", "", text[name_start : name_words[-1].end])
    if followed_by_dot(text, name_words[-1]) and name_words[-1].text in ("Jr", "Sr"):
        name += "."
    position = position_in_run(text, run_words, title_end) if title_end >= 0 else ""
    shared = ""
    if position.rstrip(".") in _PLURAL_TITLES:
        # "Sens. Ana Lee and Tom Berg": each is a "Sen.", the names listed after it too
        position = shared = _PLURAL_TITLES[position.rstrip(".")]
    first_index = run[0]
    if complement and title_end < 0:
        first_index = next(i for i, token in enumerate(tokens) if token.start == name_start)
    honorific_only = title_end >= 0 and not position and not shared
    # "White House physician Dr. Ana Lee": the role stands before the honorific
    position = position or role_before(
        text, tokens, first_index if title_end < 0 or honorific_only else None, registry.place_of
    )
    if complement and position:  # "пресс-секретарь Кремля Игорь Седов": the title's body
        at = text.rfind(position, 0, complement[0].start)
        position = text[at : complement[-1].end] if at >= 0 else position
    if title_end < 0 and len(name_words) == 1:
        if not position:
            # "Parata, an elder of the tribe": an appositive for a name given in full elsewhere
            after = text[name_words[0].end :]
            loose.append(
                (
                    index,
                    name_words[0],
                    appositive_after(after) or appositive_before(text[:name_start]) or role_as(after),
                )
            )
            return
    elif (
        title_end < 0
        and (
            registry.place_of(name_words[0].bare) is not None
            or registry.place_of(name) is not None
            or any(w.bare in PLACE_WORDS for w in name_words)
        )
        and not _given_name_like_a_town(text, name_words, registry)
    ):
        if registry.place_of(name) is None:
            loose.append(
                (index, name_words[0], "")
            )  # "Vladimir Putin" again, after "President Vladimir Putin"
        return  # "South Korea", "Manchester United": a place, or named after one
    after = text[name_words[-1].end + (1 if name.endswith(".") else 0) :]
    if position and title_end >= 0:
        body = _OF_PLACE.match(after)
        entry = registry.place_of(body.group("place")) if body else None
        if body and entry is not None and entry.kind != "demonym":
            position += body.group()  # "Foreign Minister Ana Lee of Marenia": Foreign Minister of Marenia
    position = position or appositive_after(after) or appositive_before(text[:name_start]) or role_as(after)
    if (
        title_end < 0
        and not position
        and registry.noun_like
        and (_ADJECTIVE.search(name_words[0].text) or any(w.bare in registry.noun_like for w in name_words))
    ):
        return  # "Wichtiger Vorfall", "Unterlagen Stempel": German nouns, and no title or role says person
    if title_end < 0 and not position and _is_thing(name_words, registry):
        return
    entity = _add(registry, name, "person", index, name_start, name_words[-1].end)
    for word in name_words:
        registry.name_words.add((index, word.start))
    if title_end >= 0 or position or _speaks(text, Word(name, name_start, name_words[-1].end)):
        entity.evidence = True
    entity.shared_title = entity.shared_title or shared
    _set_position(entity, position, (index, name_start), registry.place_of)


_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def _unglued(run_words: list[Word]) -> list[Word]:
    """A name printed twice without a space ("Ilse KaranIlse Karan", a link's hover text): the first."""
    for i, word in enumerate(run_words):
        earlier = [w.text for w in run_words[: i + 1] if len(w.text) > 2 and w.bare not in HONORIFICS]
        for cut in _GLUED.finditer(word.text):
            suffix = word.text[cut.start() :]
            if any(suffix.startswith(name) and name != word.text for name in earlier):
                head = Word(word.text[: cut.start()], word.start, word.start + cut.start())
                return [*run_words[:i], head]
    return run_words


def _office_complement(text: str, tokens: list[Word], first: int) -> bool:
    if first < 2 or tokens[first - 1].text not in ("for", "of", "für", "pour", "para"):
        return False
    head = tokens[first - 2]
    joined = not text[head.end : tokens[first].start].replace(tokens[first - 1].text, "").strip()
    return joined and head.is_capitalised and (is_title(head.bare) or head.bare in ORG_WORDS)


_COMPASS = word_set(
    "North South East West Northern Southern Eastern Western Central Upper Lower Inner Outer "
    "Nord Süd Ost Nordeste Norte Sul Sur Este Oeste"
)
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ич|оглы|кызы)$")


_PLURAL_TITLES = {"Sens": "Sen.", "Reps": "Rep.", "Gens": "Gen.", "Drs": "", "Profs": "Prof.", "Messrs": ""}
_OF_PLACE = re.compile(
    r"\s+(?:of|de|do|da|del|du)\s+(?P<place>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)(?=[\s,.;:]|$)"
)
_CLUB_WORDS = word_set("United City Rovers Athletic Wanderers County Town Albion Real Sporting")


def _given_name_like_a_town(text: str, name_words: list[Word], registry: Registry) -> bool:
    """ "Vladimir Ostrov, the President of Russia, said": a given name that is also a town's, with
    a role or a speech verb that only a person has."""
    first = registry.place_of(name_words[0].bare)
    if first is None or first.kind != "city" or len(name_words) < 2:
        return False
    rest = name_words[1:]
    if any(registry.place_of(w.bare) or w.bare in PLACE_WORDS | ORG_WORDS | _CLUB_WORDS for w in rest):
        return False
    whole = Word(text[name_words[0].start : name_words[-1].end], name_words[0].start, name_words[-1].end)
    after = text[whole.end :]
    return (
        _speaks(text, whole) or bool(appositive_after(after)) or bool(appositive_before(text[: whole.start]))
    )


def _complement(name_words: list[Word]) -> list[Word]:
    """Words before a Russian name that belong to the title before it ("Кремля" in "пресс-секретарь
    Кремля Игорь Седов"): a Russian name is given name and surname, with a patronymic between."""
    if len(name_words) < 3 or not re.match(r"[А-ЯЁ]", name_words[0].text):
        return []
    keep = 3 if _PATRONYMIC.search(name_words[-2].text) else 2
    return name_words[: len(name_words) - keep]


def _after_role_link(tokens: list[Word], first: int) -> bool:
    """Whether a role and a linking word stand right before ``first``: "ministro de", "minister of the"."""
    j = first - 1
    if j >= 0 and tokens[j].text.lower() in ("la", "le", "the", "el", "a", "o"):
        j -= 1
    return j >= 1 and tokens[j].text.lower() in TITLE_LINKS and tokens[j - 1].text.lower() in ROLE_NOUNS


def _participle(word: str) -> bool:
    """ "Getting", "Following": an English -ing form opening a sentence, not a given name."""
    return len(word) >= 7 and word.endswith("ing") and word[:-3].lower() not in ("s", "k", "fleming")


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
    named = place_of(phrase)
    if len(bare) > 1 and named is not None and named.kind != "demonym":
        return False  # "West Bank", "Gold Coast": a place whose name holds an organisation word
    if any(word in ORG_WORDS for word in bare):
        return True
    return len(bare) == 1 and bare[0].isupper() and 2 <= len(bare[0]) <= 6 and place_of(bare[0]) is None


def _add(registry: Registry, name: str, kind: str, paragraph: int, start: int, end: int) -> Entity:
    tokens = tuple(_name_tokens(name))
    entity = next((e for e in registry.entities if e.tokens == tokens and e.kind == kind), None)
    if entity is None:
        entity = Entity(name=name, kind=kind, first=(paragraph, start, end), tokens=tokens)
        registry.entities.append(entity)
    registry.mentions.append(Mention(entity, paragraph, start, end))
    return entity


def _merge_variants(registry: Registry) -> None:
    """Fold shorter forms into the fullest name: "Berger" (from "Ms Berger") into "Anna Berger",
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
                # "Ms Berger" after "Anna Berger": a later, shorter mention is how names are written
                later = shorter.first > longer.first and shorter.tokens[-1:] == longer.tokens[-1:]
                longer.evidence = longer.evidence or shorter.evidence or later
                if shorter.position and (
                    _fuller(shorter.position, longer.position)
                    or (
                        (not longer.position or shorter.position_at < longer.position_at)
                        and not _fuller(longer.position, shorter.position)
                    )
                ):
                    longer.position, longer.affiliation = shorter.position, shorter.affiliation
                    longer.position_at = shorter.position_at
                longer.first = min(longer.first, shorter.first)
    if not replaced:
        return
    registry.entities = [e for e in registry.entities if id(e) not in replaced]
    registry.mentions = [
        Mention(replaced.get(id(m.entity), m.entity), m.paragraph, m.start, m.end) for m in registry.mentions
    ]
