"""Best guesses for what the user picked: who said a quote, what a named person's title is.

This is the seam between picking and suggestions. When :mod:`briefing.suggest`
offers ``speaker_for(article, span) -> (speaker, role)`` or
``position_for(article, span) -> str`` they are used; until then a small
heuristic reads the attribution around the span ("…,” Kremlin spokesman Dmitry
Peskov said."). A wrong guess costs one edit; no guess is returned as "".
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

from ..model import Article, Span

_SPEECH_VERBS = (r"said|says|told|tells|added|adds|wrote|writes|warned|warns|stated|states|explained|"
                 r"insisted|insists|asked|asks|declared|declares|argued|argues|noted|notes|replied")
_UPPER = "".join(sorted({c for c in map(chr, range(0x250)) if c.isupper()} | set("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ")))
_NAME_WORD = rf"[{re.escape(_UPPER)}][\w’'\-]+"
_NAME_RUN = re.compile(rf"(?:{_NAME_WORD})(?:\s+{_NAME_WORD})*")
_AFTER = re.compile(
    rf"^[\s,.!?”\"’]*(?:(?P<who>[^.“”\"]{{1,80}}?)\s+(?:{_SPEECH_VERBS})\b"
    rf"|(?:{_SPEECH_VERBS})\s+(?P<inverted>[^,.“”\"]{{1,80}}))"
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_STANCE_SUBJECT = re.compile(
    rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD})*)(?:,[^,]{{1,80}},)?\s+(?:also\s+)?"
    r"(?:wants|want|demands|demand|rejects|rejected|reject|offers|offered|offer|proposes|proposed|insists|"
    r"insisted|is ready|are ready|calls for|called for|refuses|refused|seeks|sought)\b[^.]{0,80}$"
)
_ANYWHERE = re.compile(rf"(?P<who>(?:[Tt]he\s+[a-z]+|{_NAME_WORD}(?:\s+{_NAME_WORD})*|he|she))\s+"
                       rf"(?:{_SPEECH_VERBS})\b")
_BEFORE = re.compile(rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD})*)\s+(?:{_SPEECH_VERBS})\b[^.“”\"]{{0,60}}$")
TITLE_WORDS = frozenset(
    ["president", "prime", "minister", "deputy", "foreign", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "chancellor", "ambassador", "director", "general", "official", "head", "governor", "mayor", "senator", "envoy", "negotiator", "commissioner", "chair", "chairman", "chairwoman", "king", "queen", "premier", "adviser", "advisor", "commander"]
)
_PREPOSITIONS = frozenset(["in", "at", "from", "near", "on", "to", "of", "for", "by", "with"])
_STOP_WORDS = frozenset(["the", "a", "an", "and", "but", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "this", "as", "also", "his", "her", "their", "its"])


def speaker_for(article: Article, span: Span) -> tuple[str, str]:
    """Who said the quote at ``span``, and their role: e.g. ("Dmitry Peskov", "Kremlin spokesman")."""
    provided = _from_suggest("speaker_for")
    if provided is not None:
        try:
            speaker, role = provided(article, span)
        except Exception:  # a suggestion must never stop the user from adding a quote
            speaker, role = "", ""
        if speaker:
            return _tidy(article, str(speaker), str(role))
    paragraph = article.paragraphs[span.paragraph]
    who = (_attribution_after(paragraph[span.end :]) or _attribution_before(paragraph[: span.start])
           or _attribution_anywhere(paragraph))
    if not who:
        return "", ""
    if who.lower() in _PRONOUNS:
        who = _paragraph_subject(paragraph)
        if not who:
            return "", ""
    role, name = _split_role(who)
    if not name and role:
        found = _name_for_role(article, role) if role else _paragraph_subject(paragraph)
        if not found:
            return "", role
        name, role = found, role or _full_name(article, found)[1]
    if not name:
        return "", ""
    full_name, earlier_role = _full_name(article, name)
    return full_name, role or earlier_role


def _tidy(article: Article, speaker: str, role: str) -> tuple[str, str]:
    """Split a title out of the name ("Valdorian Foreign Minister Amara Okafor") and fill a missing role."""
    if not role:
        title, name = _split_role(speaker)
        if name and any(word.lower() in TITLE_WORDS for word in title.split()):
            speaker, role = name, title
    if not role:
        role = _full_name(article, speaker)[1]
    return speaker, role


def party_for(article: Article, span: Span) -> str:
    """Whose stated position the text at ``span`` is: the name before "wants", "rejects", ..., or the speaker."""
    before = article.paragraphs[span.paragraph][: span.start]
    match = _STANCE_SUBJECT.search(before)
    if match:
        return _split_role(match.group("who"))[1] or match.group("who")
    return speaker_for(article, span)[0]


def position_for(article: Article, span: Span) -> str:
    """The title written before a picked name ("Kremlin spokesman" for "Dmitry Peskov")."""
    provided = _from_suggest("position_for")
    if provided is not None:
        try:
            return str(provided(article, span))
        except Exception:
            pass
    paragraph = article.paragraphs[span.paragraph]
    title = _title_before(paragraph[: span.start]) or _appositive_after(paragraph[span.end :])
    if title:
        return title
    return _full_name(article, paragraph[span.start : span.end])[1]


def _appositive_after(text: str) -> str:
    match = re.match(r"^,\s+(?:a|an|the)\s+([^,.;]{1,60})[,.;]", text)
    return match.group(1).strip() if match else ""


def _from_suggest(name: str) -> Callable[..., Any] | None:
    try:
        suggest = importlib.import_module("briefing.suggest")
    except ImportError:
        return None
    found = getattr(suggest, name, None)
    return found if callable(found) else None


def _attribution_after(text: str) -> str:
    match = _AFTER.match(text)
    if not match:
        return ""
    who = (match.group("who") or match.group("inverted") or "").strip(" ,")
    return who if re.search(_NAME_WORD, who) else ""


def _attribution_anywhere(paragraph: str) -> str:
    match = _ANYWHERE.search(paragraph)
    return match.group("who") if match else ""


def _paragraph_subject(paragraph: str) -> str:
    """The name a paragraph opens with ("Émile Fournier, a hydrologist…"), for "he said"."""
    match = _NAME_RUN.match(paragraph.lstrip("“\"‘ "))
    return match.group(0) if match and match.group(0).lower() not in _STOP_WORDS else ""


def _name_for_role(article: Article, role: str) -> str:
    """The person the article introduced as ``role`` ("Irena Vasić, a spokeswoman for …")."""
    noun = role.split()[-1]
    pattern = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})*),\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}"
                         rf"{re.escape(noun)}\b|{re.escape(noun)}\s+(?P<after>{_NAME_WORD}(?:\s+{_NAME_WORD})+)")
    for paragraph in article.paragraphs:
        match = pattern.search(paragraph)
        if match:
            return match.group("name") or match.group("after")
    return ""


def _attribution_before(text: str) -> str:
    match = _BEFORE.search(text.rstrip(" “\"‘:,"))
    return match.group("who") if match else ""


def _split_role(phrase: str) -> tuple[str, str]:
    """("Kremlin spokesman", "Dmitry Peskov") from "Kremlin spokesman Dmitry Peskov".

    An appositive reads the other way round: "Zoë Castellan, a rice farmer" gives
    ("rice farmer", "Zoë Castellan").
    """
    head, comma, tail = phrase.partition(",")
    if comma and _NAME_RUN.fullmatch(head.strip()):
        role = re.sub(r"^(?:a|an|the)\s+", "", tail.strip(" ,"))
        return role, head.strip()
    words = phrase.split()
    name: list[str] = []
    while words and re.fullmatch(_NAME_WORD, words[-1]) and words[-1].lower() not in TITLE_WORDS:
        name.insert(0, words.pop())
    role = " ".join(words).strip(" ,")
    if role.lower().split()[:1] in (["the"], ["a"], ["an"]):
        role = role.split(" ", 1)[1] if " " in role else ""
    if role and role.split()[-1].lower() in _PREPOSITIONS:
        return "", ""  # "negotiators in Geneva": a place, not a speaker
    return role, " ".join(name)


def _full_name(article: Article, name: str) -> tuple[str, str]:
    """The fullest form of ``name`` in the article ("Peskov" → "Dmitry Peskov") and the title before it."""
    surname = name.split()[-1]
    pattern = re.compile(rf"((?:{_NAME_WORD}\s+){{0,3}}){re.escape(surname)}\b")
    best, best_role = name, ""
    for paragraph in article.paragraphs:
        for match in pattern.finditer(paragraph):
            names = _trailing_names(match.group(1).split())
            while names and (names[0].lower() in TITLE_WORDS or names[0].lower() in _STOP_WORDS):
                names.pop(0)
            candidate = " ".join([*names, surname])
            if name in candidate and (len(candidate) > len(best) or (candidate == best and not best_role)):
                best = candidate
                start = match.end() - len(candidate)
                best_role = _title_before(paragraph[:start]) or _appositive_after(paragraph[match.end():])
    return best, best_role


def _trailing_names(words: list[str]) -> list[str]:
    names: list[str] = []
    for word in reversed(words):
        if not re.fullmatch(_NAME_WORD, word):
            break
        names.insert(0, word)
    return names


def _title_before(text: str) -> str:
    """Words just before a name that read as a title: "Belarusian President", "Kremlin spokesman"."""
    words = re.findall(r"[\w’'\-]+|[^\w\s]", text.rstrip().rstrip(","))
    title: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if lower in TITLE_WORDS or (re.fullmatch(_NAME_WORD, word) and lower not in _STOP_WORDS):
            title.insert(0, word)
        elif title and title[0].lower() in TITLE_WORDS and word.isalpha() and lower not in _STOP_WORDS:
            title.insert(0, word)  # a modifier: "energy minister"
        else:
            break
    if not any(word.lower() in TITLE_WORDS for word in title):
        return ""
    return " ".join(title)
