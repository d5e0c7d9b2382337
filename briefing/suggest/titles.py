"""Positions (titles) of people: what stands before, around or after a name in the text.

"President Vladimir Putin", "Kremlin spokesman Dmitry Peskov", "X, the foreign minister
of Y,", "the leader of the PPP, X" — and the body or country a position belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    KNOWN_ORGS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLES,
    word_set,
)
from .places import PlaceEntry
from .text import Word, followed_by_dot, is_abbreviation, words

PlaceLookup = Callable[[str], PlaceEntry | None]
_CALENDAR = CALENDAR_WORDS
_ROLE_MODIFIERS = word_set(
    "deputy former acting foreign prime vice senior chief interior defense defence state opposition top "
    "local regional national federal general executive assistant associate press presidential elected "
    "ex atual então government"
)
_APPOSITIVE_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+)?"
    r"(?:(?:the|a|an|o|a|el|la|le|der|die)\s+)?(?P<pos>[^,;:()\"“”]{3,140}?)(?=,|\.(?:\s|$)|;|$)"
)
_APPOSITIVE_BEFORE = re.compile(
    r"(?:^|[,.;:]\s+|\s)(?:(?:(?:The|the|Its|its|O|A|Os|As|El|La|Los|Las|Le|Les|Der|Die|Das)\s+|[Ll]['’])(?P<pos>[^,.;:\"“”]{3,80})"
    r"|(?P<owned>[A-Z][\w\-]+['’]s\s+[^,.;:\"“”A-Z]{3,60})),\s*$"
)
_DEMONYM_LIKE = re.compile(r"(?:an|ian|ese|ish|i|ic)$")
"""Adjectives of place ("Marenian", "Swiss" aside) that may stand before a title."""
_PREPOSITION_FIRST = re.compile(r"^(?:with|in|on|at|for|from|by|after|before|during|as)\s", re.IGNORECASE)
_NOT_APPOSITIVE = re.compile(r"^(?:who|which|whose|que|qui|quien|der|die|das|\d)", re.IGNORECASE)


_COMPOUND_TITLE = re.compile(
    r"(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|beauftragter?|"
    r"vorsitzender?|chef|chefin|direktor|direktorin|leiter|leiterin|bürgermeister|bürgermeisterin|"
    r"botschafter|botschafterin|senator|senatorin|manager|managerin|trainer|trainerin|anwalt|anwältin|"
    r"richter|richterin|abgeordneter?|sekretär|sekretärin|kommissar|kommissarin|gouverneur|"
    r"rat|rätin|vorstand|experte|expertin|forscher|forscherin|loge|login|gründer|gründerin|"
    r"-chief|-president|-minister|-secretary)$",
    re.IGNORECASE,
)
"""German compound titles end in a title: "Bundesverkehrsminister", "Landesbeauftragte", "Deutschland-Chef"."""


TITLE_LINKS = word_set("of von for für de del do da du des der")
"""Words that join a title to its body: "Secretary of State", "Chef von Flixbus"."""


def is_title(word: str) -> bool:
    """A capitalised word that stands before a name as its title: listed, or a compound ending in one."""
    if word in TITLES or word + "." in TITLES:
        return True
    match = _COMPOUND_TITLE.search(word) if word[:1].isupper() else None
    return match is not None and match.start() >= 3  # a compound, not the surname "Richter"


def last_title_index(bare: list[str], place_of: PlaceLookup) -> int:
    """Index of the last title word in a run whose earlier words are all titles or places."""
    end = -1
    for i, word in enumerate(bare):
        if i <= end:
            continue  # inside the title's complement
        if is_title(word):
            end = i
            if i + 2 < len(bare) and bare[i + 1] in TITLE_LINKS:
                # "Secretary of State Ann Lee", "Deutschland-Chef von Bahnland": the body the
                # title belongs to, leaving the last two words (or the last one) for the name
                end = i + 2
                while end + 3 < len(bare) and not is_title(bare[end + 1]):
                    end += 1
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
        if is_title(bare[j]):
            while j + 1 < len(bare) and is_title(bare[j + 1]):
                j += 1  # "Acme Chief Executive Jo Park"
            return j + 1 < len(bare) and bare[j].lower() not in FUNCTION_WORDS
        if bare[j].lower() in FUNCTION_WORDS:
            return False
    return False


def position_in_run(text: str, run_words: list[Word], title_end: int) -> str:
    kept = [word for word in run_words[: title_end + 1] if word.bare not in HONORIFICS]
    if not kept:
        return ""
    end = kept[-1].end + (1 if followed_by_dot(text, kept[-1]) and is_abbreviation(kept[-1]) else 0)
    return text[kept[0].start : end]


def role_before(text: str, tokens: list[Word], first: int | None, place_of: PlaceLookup) -> str:
    """A lower-case role right before a name: "Kremlin spokesman", "o técnico"."""
    if first is None or first == 0:
        return ""
    i = first - 1
    complement = _complement_before(tokens, first)
    if complement is not None:  # "le ministre de l'Intérieur Paul Marchand"
        i = complement
    while i > 0 and tokens[i].text.lower() in _AFTER_ROLE and tokens[i - 1].text.lower() in ROLE_NOUNS:
        i -= 1  # "o presidente eleito João Silva": adjectives follow the noun in pt/es/fr
    if tokens[i].text.lower() not in ROLE_NOUNS or any(
        text[tokens[j].end : tokens[j + 1].start].strip() for j in range(i, first)
    ):
        return ""
    start = i
    while start > 0 and not text[tokens[start - 1].end : tokens[start].start].strip():
        previous = tokens[start - 1]
        lower = previous.text.lower()
        capital_ok = previous.is_capitalised and (
            place_of(previous.bare) is not None
            or previous.bare in ORG_WORDS
            or previous.bare in TITLES
            # the body the role belongs to: "Port Authority chief executive", "Fox News host",
            # "Liberal Democrat leader"
            or (
                lower not in FUNCTION_WORDS
                and previous.bare not in _CALENDAR
                and (tokens[start].is_capitalised or not _opens(text, previous))
            )
        )
        if lower in ROLE_NOUNS or lower in _ROLE_MODIFIERS or capital_ok:
            start -= 1
        else:
            break
    return text[tokens[start].start : tokens[first - 1].end]


_AFTER_ROLE = word_set(
    "eleito eleita electo electa élu élue interino interina adjunto adjunta designado designada"
)


_ELIDED_CAPITAL = re.compile(r"^[lLdD]['’][A-ZÀ-Þ]")


def _complement_before(tokens: list[Word], first: int) -> int | None:
    """Index of the role noun when a body follows it before the name: "ministre de l'Intérieur",
    "ministro de Hacienda", "secretary of state"; None if there is none."""
    j = first - 1
    if j < 2 or not (tokens[j].is_capitalised or _ELIDED_CAPITAL.match(tokens[j].text)):
        return None
    j -= 1
    if tokens[j].text.lower() in ("la", "le", "les", "the", "el", "a", "o"):
        j -= 1
    if j < 1 or tokens[j].text.lower() not in TITLE_LINKS:
        return None
    j -= 1
    return j if tokens[j].text.lower() in ROLE_NOUNS else None


def _opens(text: str, word: Word) -> bool:
    """Whether ``word`` starts a sentence (its capital then says nothing)."""
    before = text[: word.start].rstrip(' "“‘«(')
    return not before or before[-1] in ".!?:"


_ABBREVIATION_DOT = re.compile(
    r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.|(?<=\b(?:Dr|St|Mr|Ms|Mt|Ft|Jr|Sr|No|Co))\."
    r"|(?<=\s[A-Z])\.(?=\s+[A-Z][a-z])"  # a middle initial: "Dana F. Besecker"
)


def _keep_abbreviations(text: str) -> str:
    """``text`` with the full stops of abbreviations ("U.S.", "Dr.", "St.") replaced by a look-alike,
    offsets kept, so a phrase is not cut at them ("a former U.S. ambassador")."""
    return _ABBREVIATION_DOT.sub("\u2024", text)


def appositive_after(after: str) -> str:
    match = _APPOSITIVE_AFTER.match(_keep_abbreviations(after))
    if not match:
        return ""
    position = after[match.start("pos") : match.end("pos")].strip()
    if _NOT_APPOSITIVE.match(position) or len(position.split()) > 16 or _PREPOSITION_FIRST.match(position):
        return ""
    phrase = words(position)
    role_at = next((i for i, w in enumerate(phrase) if _is_role(w.text)), None)
    if role_at is None or role_at > 5:
        return ""
    if role_at + 1 < len(phrase) and phrase[role_at + 1].is_capitalised:
        return ""  # "..., o técnico Tite declarou": a title of the next name, not an appositive
    return position


_ROLE_AS = re.compile(
    r"^(?:,?\s+(?:has\s+|had\s+|who\s+)?(?:served|serves|works|worked|was\s+named|was\s+appointed|"
    r"took\s+over|stepped\s+down|resigned|retired|joined))?"
    r"\s+(?:as|como|comme|als)\s+(?:(?:the|its|their|o|a|el|la|le|der|die)\s+)?"
    r"(?P<pos>(?:[A-Z][\w\-]*\s+)?(?:[A-Z][\w\-]*['’]s\s+)?(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)"
    r"(?=[\s,.;:]|$)(?<=\w)"
)


def role_as(after: str) -> str:
    """The role a name takes "as": "replace Ana Lee as Tottenham's manager" -> "Tottenham's manager"."""
    head = _ROLE_AS.match(after)
    if head is None:
        return ""
    rest = after[head.start("pos") :]
    phrase = words(rest[:80])
    for i, word in enumerate(phrase[:5]):
        if i > 0 and rest[phrase[i - 1].end : word.start].strip():
            return ""  # punctuation: the phrase has ended
        if word.text[0].islower() and _is_role(word.text):
            end = i
            while (
                end + 1 < len(phrase)
                and phrase[end + 1].text[0].islower()
                and _is_role(phrase[end + 1].text)
                and not rest[phrase[end].end : phrase[end + 1].start].strip()
            ):
                end += 1  # "chief executive"
            return rest[: phrase[end].end]
    return ""


def appositive_before(before: str) -> str:
    match = _APPOSITIVE_BEFORE.search(_keep_abbreviations(before))
    if not match:
        return ""
    group = "pos" if match.group("pos") else "owned"
    position = before[match.start(group) : match.end(group)].strip()
    position = re.split(r"\s(?:the|The)\s", position)[-1]  # "the roadshow featured the adviser, X"
    if len(position.split()) > 10:
        return ""
    return position if _has_role(position) else ""


def _has_role(phrase: str) -> bool:
    return any(_is_role(word.text) for word in words(phrase))


def _is_role(word: str) -> bool:
    """A position noun: listed, or an occupation by its ending ("hydrologist", "economist")."""
    lower = word.lower()
    if is_title(word) and word not in ("Mr", "Mrs", "Ms", "Dr"):
        return True  # "Deutschland-Chef", "Landesbeauftragte"
    return lower in ROLE_NOUNS or (len(lower) > 6 and lower.endswith(("ologist", "ist", "ician")))


def affiliation_in(position: str, place_of: PlaceLookup) -> str:
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
