"""Stated positions: for each party, the clause saying what it wants, offers or rejects.

Extractive: the stance is the article's own clause, from the stance word ("wants",
"is ready to", "rejected", "will not", ...) to the end of its clause, so it reads after
the party's name on a card: "Valdoria — wants a treaty that fixes a guaranteed minimum
flow". The party is the subject of the stance word, not whoever reports it: in
"Okafor said Valdoria wants ..." it is Valdoria; in "Drozdov said his government is
ready ..." it is Drozdov's country; in "after the dockworkers' union rejected ..." it is
the union, named as the text names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span, Stance
from .lexicon import ORG_NOUNS, PRONOUNS, SPEECH_VERBS, STANCE_CUES, word_set
from .people import Entity, Registry
from .places import PlaceMention
from .text import mask, sentences, words

ACTING_BODY = re.compile(
    rf"\b(?:(?P<owner>[A-Z][\w.\-]+(?:\s[A-Z][\w\-]+)?)(?:’s|'s)|[Tt]he\s+(?P<adjective>[A-Z][\w\-]+))\s+"
    rf"(?P<body>{ORG_NOUNS})\b"
)
"""A body named after its country: "China's foreign ministry", "the Russian military"."""

# Where the subject's clause begins, looking left from the stance word (commas aside: see _subject).
_HARD_BREAK = re.compile(
    r"[;:—–()]|\s(?:but|after|before|when|while|because|although|though|whereas|if|unless|since|until)\s"
)
# Where the stance's clause ends, looking right.
_CLAUSE_END = re.compile(r",\s|[;:—–()]|\s(?:but|while|whereas|although|though|because|unless)\s")
# ", which controls the river's largest dams," / ", a spokeswoman for the ministry," after a name.
_ASIDE = re.compile(r",\s(?:which|who|whose|where|the|a|an)\s[^,;]*?,(?=\s)")
_AUXILIARIES = word_set(
    "is are was were has have had will would did does do also still now already not n't be been"
)
_DETERMINERS = word_set("the a an its their this these those our some many several both all")
_POSSESSIVES = word_set("his her their its our seu sua son sa ses sein seine ihr ihre")
_GENERIC_BODIES = word_set(
    "government ministry cabinet administration office country side team delegation party"
)
_MIN_WORDS = 4


@dataclass
class _Candidate:
    name: str
    kind: str  # "person", "org", "place"
    start: int
    end: int
    entity: Entity | None = None


def find_positions(
    paragraphs: list[str],
    registry: Registry,
    places: list[PlaceMention],
    quote_ranges: dict[int, list[tuple[int, int]]],
) -> list[Stance]:
    """Stances in document order; the caller ranks them."""
    stances: list[Stance] = []
    last_person: Entity | None = None
    for index, paragraph in enumerate(paragraphs):
        masked = _blank_asides(mask(paragraph, quote_ranges.get(index, [])), paragraph)
        for start, end in sentences(masked):
            candidates = _candidates(paragraph, masked, index, start, end, registry, places)
            for cue in STANCE_CUES.finditer(masked, start, end):
                if _is_noun_use(masked, cue.start()):
                    continue
                party = _party(masked, start, cue.start(), candidates, last_person)
                if party:
                    stance_start = _with_auxiliaries(masked, start, cue.start())
                    stance_end = _clause_end(paragraph, masked, cue.end(), end)
                    text = _tidy(paragraph[stance_start:stance_end])
                    stances.append(
                        Stance(party=party, stance=text, source=Span(index, stance_start, stance_end))
                    )
                break  # one stance per sentence: the first stance word governs it
            people = [c.entity for c in candidates if c.kind == "person" and c.entity is not None]
            if people:
                last_person = people[0]
    return stances


def _blank_asides(masked: str, paragraph: str) -> str:
    """Asides after a name replaced by spaces (offsets kept), so "Marenia, the poorest ..., demands"
    reads as "Marenia demands"."""
    chars = list(masked)
    for aside in _ASIDE.finditer(masked):
        before = words(masked[max(0, aside.start() - 40) : aside.start()])
        opener = masked[aside.start() + 2 :].split(" ", 1)[0]
        if opener in ("which", "who", "whose", "where") or (before and before[-1].is_capitalised):
            for position in range(aside.start(), aside.end()):
                chars[position] = " "
    return "".join(chars)


def _candidates(
    paragraph: str,
    masked: str,
    index: int,
    start: int,
    end: int,
    registry: Registry,
    places: list[PlaceMention],
) -> list[_Candidate]:
    """People, organisations and places named in the sentence outside quotations, in text order."""
    found: list[_Candidate] = []
    for mention in registry.mentions_between(index, start, end):
        if masked[mention.start] != "ª":
            found.append(
                _Candidate(
                    mention.entity.name, mention.entity.kind, mention.start, mention.end, mention.entity
                )
            )
    for match in ACTING_BODY.finditer(masked, start, end):
        name = match.group().removeprefix("the ").removeprefix("The ")
        found.append(_Candidate(name, "org", match.start(), match.end()))
    for place in places:
        inside = place.paragraph == index and start <= place.start < end and masked[place.start] not in "ª "
        if inside and not any(c.start <= place.start < c.end for c in found):
            found.append(_Candidate(place.place, "place", place.start, place.end))
    return sorted(found, key=lambda c: c.start)


def _is_noun_use(masked: str, at: int) -> bool:
    """ "Zelenskiy's offer", "the offer", "a demand": a noun, not a stance taken."""
    before = masked[max(0, at - 4) : at]
    return before.endswith(("’s ", "'s ", "the ", " a ", "an ", "his ", "her ", "its "))


def _party(
    masked: str, start: int, cue_at: int, candidates: list[_Candidate], last_person: Entity | None
) -> str:
    """Who takes the stance: the subject of the stance word, else the nearest party named before it."""
    breaks = [m.end() for m in _HARD_BREAK.finditer(masked, start, cue_at)]
    clause_start = breaks[-1] if breaks else start
    verbs = [w for w in words(masked[clause_start:cue_at]) if w.text.lower() in SPEECH_VERBS]
    subject_start = clause_start + verbs[-1].end if verbs else clause_start
    that = re.search(r"\bthat\s", masked[subject_start:cue_at])
    if verbs and that is not None:  # "told reporters outside the Centre that her members wanted"
        subject_start += that.end()
    reporter = [c for c in candidates if clause_start <= c.start < subject_start]
    if not verbs:
        comma = masked.rfind(", ", subject_start, cue_at)
        if comma >= 0 and words(masked[comma:cue_at]):
            subject_start = comma + 2
    subject = [c for c in candidates if subject_start <= c.start < cue_at and not _possessive_name(masked, c)]
    phrase = _subject_words(masked[subject_start:cue_at])
    phrase_text = _phrase_text(masked, subject_start, cue_at, phrase)
    if subject:
        return _join(subject)
    owned = [c for c in candidates if subject_start <= c.start < cue_at]
    if owned:  # "Kestria's government is ready": the owner speaks for its body
        return owned[-1].name
    first = phrase[0].lower() if phrase else ""
    speaker = _reporter(reporter) or (last_person.name if last_person is not None and not reporter else "")
    if first in PRONOUNS or first in ("it", "we", "i"):
        return speaker
    if first in _POSSESSIVES and len(phrase) > 1:
        if phrase[-1].lower() in _GENERIC_BODIES:  # "his government": the country he speaks for
            return _affiliation_of(reporter) or speaker
        return speaker  # "her members wanted": she states their position
    if first in _DETERMINERS and 1 < len(phrase) <= 6:
        if phrase[-1].lower() in _GENERIC_BODIES and reporter:
            return _affiliation_of(reporter) or speaker
        return phrase_text[:1].upper() + phrase_text[1:]
    before = [c for c in candidates if start <= c.start < cue_at]
    people = [c for c in before if c.kind == "person"]
    return (people or before)[0].name if (people or before) else ""


def _subject_words(text: str) -> list[str]:
    """The words of a subject, without "that" before it and auxiliaries after it."""
    found = [w.text for w in words(text)]
    while found and found[0].lower() == "that":
        found = found[1:]
    while found and found[-1].lower() in _AUXILIARIES:
        found = found[:-1]
    if any(w.lower() in ("and", "or") for w in found) and found and found[0].lower() not in _DETERMINERS:
        return []  # "she had lost ... and wanted": a second verb of the sentence's subject
    return found


def _phrase_text(masked: str, start: int, end: int, phrase: list[str]) -> str:
    """The subject as written (apostrophes kept: "the dockworkers' union")."""
    if not phrase:
        return ""
    first = masked.find(phrase[0], start, end)
    last = masked.rfind(phrase[-1], start, end)
    if first < 0 or last < first:
        return " ".join(phrase)
    return re.sub(r"\s+", " ", masked[first : last + len(phrase[-1])])


def _possessive_name(masked: str, candidate: _Candidate) -> bool:
    return masked[candidate.end : candidate.end + 2] in ("’s", "'s")


def _join(subject: list[_Candidate]) -> str:
    """ "Valdorian and Marenian delegates" -> "Valdoria and Marenia"; else the party nearest the verb."""
    people = [c for c in subject if c.kind == "person"]
    if people:
        return people[-1].name
    names = list(dict.fromkeys(c.name for c in subject))
    if len(names) == 2 and subject[-1].kind == subject[0].kind == "place":
        return f"{names[0]} and {names[1]}"
    return subject[-1].name


def _reporter(reporter: list[_Candidate]) -> str:
    people = [c for c in reporter if c.kind == "person"]
    return (people or reporter)[-1].name if (people or reporter) else ""


def _affiliation_of(reporter: list[_Candidate]) -> str:
    """The country or body a reporting person speaks for, if the text says ("Kestria's energy minister")."""
    places = [c for c in reporter if c.kind == "place"]
    people = [c for c in reporter if c.kind == "person" and c.entity is not None]
    if people and people[-1].entity is not None and people[-1].entity.affiliation:
        return people[-1].entity.affiliation
    return places[-1].name if places else ""


def _with_auxiliaries(masked: str, start: int, cue_at: int) -> int:
    """Start the stance at "is"/"will not"/"had" before the stance word, so it reads as a predicate."""
    position = cue_at
    for word in reversed(words(masked[start:cue_at])[-4:]):
        if word.text.lower() in _AUXILIARIES and not masked[start + word.end : position].strip():
            position = start + word.start
        else:
            break
    return position


def _clause_end(paragraph: str, masked: str, after: int, sentence_end: int) -> int:
    """Where the stance's clause ends: the next clause break at least a few words on."""
    ends = [sentence_end]
    for match in _CLAUSE_END.finditer(masked, after, sentence_end):
        if len(masked[after : match.start()].split()) >= _MIN_WORDS - 1:
            ends.append(match.start())
            break
    # A quotation closed with a comma ends the clause: 'a quota "binding on a state," officials said'.
    close = re.search(r",[\"”’»]", paragraph[after:sentence_end])
    if close is not None:
        ends.append(after + close.end())
    return min(ends)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().rstrip(" ,;:")
    text = re.sub(r",([\"”’»])$", r"\1", text)  # the comma belonged to the sentence, not the stance
    return text[:-1] if text.endswith(".") else text
