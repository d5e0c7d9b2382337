"""Who said it: read the attribution around a quotation and name the speaker.

Patterns: ``X said``, ``said X``, ``X told reporters``, ``according to X``, ``X added``,
``falou Tite``, ``acrescentou o comandante``; pronouns and role nouns ("he", "the
spokesman") resolve to the nearest compatible named person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ACCORDING_TO, FUNCTION_WORDS, INANIMATE, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, word_set
from .people import Entity, Registry
from .text import Word, words

_ARTICLES = word_set("the a an o a os as el la los las le les der die das")
_SKIPPABLE = word_set(
    "also later then had has have would will again further previously earlier once ainda também já "
    "then recently repeatedly simply just only"
)
_PLACE_PREPOSITIONS = word_set("in at from near outside inside across em de en à aus")
_BOUNDARY = re.compile(r"[,;:()\"“”«»„—–]")


@dataclass
class Speaker:
    """A speaker as the attribution gives it: a known entity, or words we could not resolve."""

    entity: Entity | None = None
    kind: str = ""  # "named", "pronoun", "role", "unnamed" (a source the text does not name), "unknown"
    noun: str = ""


def speech_verbs(text: str, offset: int = 0) -> list[Word]:
    """Speech verbs in ``text`` (offsets shifted by ``offset``)."""
    return [
        Word(w.text, w.start + offset, w.end + offset) for w in words(text) if w.text.lower() in SPEECH_VERBS
    ]


def speaker_after_verb(
    paragraph: str, verb: Word, limit: int, registry: Registry, index: int
) -> Speaker | None:
    """``said X``: the name or role right after the verb, if one is there."""
    tail = paragraph[verb.end : limit]
    tail_words = words(tail)
    if not tail_words or _BOUNDARY.match(tail.lstrip()[:1] or " "):
        return None
    first = tail_words[0]
    if tail[: first.start].strip():
        return None
    lower = first.text.lower()
    if first.is_capitalised and lower not in FUNCTION_WORDS and lower not in PRONOUNS:
        return _speaker_in(paragraph, index, verb.end, limit, registry, prefer_first=True)
    if lower in PRONOUNS:
        return Speaker(kind="pronoun", noun=lower)
    unnamed = _unnamed(tail, tail_words, 0)  # '," said officials in Lisca'
    if unnamed is not None:
        return unnamed
    if lower in _ARTICLES and len(tail_words) > 1:
        noun_phrase = _noun_phrase(tail_words[1:4])
        if noun_phrase:
            return _speaker_in(paragraph, index, verb.end, limit, registry, prefer_first=True) or Speaker(
                kind="role", noun=noun_phrase
            )
    return None


def _noun_phrase(candidates: list[Word]) -> str:
    for word in candidates:
        if word.text.lower() in ROLE_NOUNS or word.text[0].isdigit():
            return word.text.lower()
    return ""


def speaker_before_verb(
    paragraph: str, start: int, verb: Word, registry: Registry, index: int
) -> Speaker | None:
    """``X said``: the subject of the speech verb, looking left within the sentence from ``start``."""
    pre = paragraph[start : verb.start]
    trimmed = _trim_adverbs(pre)
    end = start + len(trimmed)
    if trimmed.endswith(","):  # an appositive: "Lee, the party leader, said"
        inner_end = end - 1
        comma = paragraph.rfind(",", start, inner_end)
        if comma >= 0:
            between = _speaker_in(paragraph, index, comma + 1, inner_end, registry, prefer_first=True)
            if (
                between is not None
                and between.entity is not None
                and _starts_with_name(paragraph[comma + 1 :])
            ):
                return between
            end = comma
        else:
            end = inner_end
    boundary = max((m.end() for m in _BOUNDARY.finditer(paragraph, start, end)), default=start)
    return _speaker_in(paragraph, index, boundary, end, registry, prefer_first=False)


def _starts_with_name(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0].isupper()


def _trim_adverbs(pre: str) -> str:
    text = pre.rstrip()
    while True:
        match = re.search(r"(\S+)$", text)
        if not match:
            return text
        word = match.group(1).lower()
        if word in _SKIPPABLE or (word.endswith("ly") and len(word) > 4):
            text = text[: match.start()].rstrip()
        else:
            return text


def _speaker_in(
    paragraph: str, index: int, start: int, end: int, registry: Registry, prefer_first: bool
) -> Speaker | None:
    """The speaker named in paragraph[start:end]: an entity, a pronoun, a role noun or a bare name."""
    mentions = [
        m for m in registry.mentions_between(index, start, end) if not _possessive_at(paragraph, m.end)
    ]
    if mentions:
        chosen = mentions[0] if prefer_first else mentions[-1]
        following = words(paragraph[chosen.end : chosen.end + 20])[:1]
        if chosen.entity.kind == "org" and following and following[0].text.lower() in ROLE_NOUNS:
            return Speaker(kind="role", noun=following[0].text.lower())  # "the Kremlin spokesman"
        return Speaker(entity=chosen.entity, kind="named")
    phrase_words = words(paragraph[start:end])
    if not phrase_words:
        return None
    if not prefer_first:
        phrase_words = phrase_words[-4:]
    for position, word in (
        enumerate(phrase_words) if prefer_first else reversed(list(enumerate(phrase_words)))
    ):
        lower = word.text.lower()
        if lower in PRONOUNS:
            return Speaker(kind="pronoun", noun=lower)
        unnamed = _unnamed(paragraph[start:end], phrase_words, position)
        if unnamed is not None:
            return unnamed
        if lower in ROLE_NOUNS or re.match(r"\d+-year-old$", lower):
            return Speaker(kind="role", noun=lower)
    capitalised = [
        w
        for i, w in enumerate(phrase_words)
        if w.is_capitalised
        and w.text.lower() not in FUNCTION_WORDS
        and registry.place_of(w.bare) is None  # a place is never a speaker
        and not (i and phrase_words[i - 1].text.lower() in _PLACE_PREPOSITIONS)  # "officials in Brenn"
    ]
    if capitalised:
        name = capitalised[0] if prefer_first else capitalised[-1]
        entity = registry.lookup(name.bare)
        if entity is not None:
            return Speaker(entity=entity, kind="named")
        return Speaker(entity=Entity(name=name.bare, kind="person", tokens=(name.bare,)), kind="named")
    place = registry.place_of(phrase_words[-1].bare) if len(phrase_words) == 1 and not prefer_first else None
    if place is not None and place.kind != "demonym":
        # The place itself is the subject ("Tottenham said", "Russia said"): it stands for the body
        # that speaks for it. A place next to the subject ("negotiators in Geneva said") never is.
        place_name = phrase_words[0].bare
        return Speaker(entity=Entity(name=place_name, kind="org", tokens=(place_name,)), kind="named")
    content = [w for w in phrase_words if w.text.lower() not in FUNCTION_WORDS]
    if not content:
        return None
    if phrase_words[0].text.lower() in _ARTICLES and content[-1].text.lower() not in INANIMATE:
        return Speaker(kind="role", noun=content[-1].text.lower())  # "the Portuguese boss"
    return Speaker(kind="unknown", noun=" ".join(w.text for w in content[-3:]))


def _unnamed(text: str, phrase: list[Word], at: int) -> Speaker | None:
    """A source the text does not name: "a ministry spokesman", "negotiators in Geneva".

    An indefinite article introduces someone new, and a plural role noun a group; neither
    is the person last mentioned. The role is the words from the noun phrase on.
    """
    lower = phrase[at].text.lower()
    singular = re.sub(r"(?:(?<=m)en|s)$", lambda m: "an" if m.group() == "en" else "", lower)
    plural = singular != lower and singular in ROLE_NOUNS
    if not plural and lower not in ROLE_NOUNS:
        return None
    first = at
    while first > 0 and phrase[first - 1].text.lower() not in _ARTICLES | FUNCTION_WORDS:
        first -= 1  # modifiers: "Kestrian officials", "a ministry spokesman"
    determiner = phrase[first - 1].text.lower() if first > 0 else ""
    if not plural and determiner not in (
        "a",
        "an",
        "one",
        "another",
        "um",
        "uma",
        "un",
        "une",
        "ein",
        "eine",
    ):
        return None
    stop = _BOUNDARY.search(text, phrase[at].end)
    role = text[phrase[first].start : stop.start() if stop else len(text)].strip()
    role = re.sub(r"\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b.*$", "", role)
    return Speaker(kind="unnamed", noun=role)


def _possessive_at(paragraph: str, end: int) -> bool:
    return paragraph[end : end + 2] in ("’s", "'s") or paragraph[end - 2 : end] in ("’s", "'s")


def according_to(paragraph: str, start: int, end: int, registry: Registry, index: int) -> Speaker | None:
    """``according to X`` (and its translations) anywhere in paragraph[start:end]."""
    for match in ACCORDING_TO.finditer(paragraph, start, end):
        stop = _BOUNDARY.search(paragraph, match.end(), end)
        found = _speaker_in(paragraph, index, match.end(), stop.start() if stop else end, registry, True)
        if found is not None and found.kind != "unknown":
            return found
    return None


def is_attribution(gap: str) -> bool:
    """Whether the text between two quotations is only an attribution (``, he said. ``)."""
    gap_words = words(gap)
    if not gap.rstrip().endswith((".", ",", ":")):
        return False  # '", falou Tite ao programa "Grande Círculo"': the second is no continuation
    return 0 < len(gap_words) <= 12 and any(w.text.lower() in SPEECH_VERBS for w in gap_words)
