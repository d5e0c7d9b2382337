"""Clauses: the few words of a sentence that carry one fact, for a card that must be short.

A briefing card has room for "Talks at the summit were due to end on Wednesday", not
for the 40-word sentence around it. These helpers cut a sentence at its clause
boundaries (commas, semicolons, dashes, "but", "after", ...) around a given span and
drop asides (", which ...,") that do not hold it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from .lexicon import PRONOUNS, word_set

# Where a clause ends on either side of the span it is built around.
_BREAK = re.compile(
    r",\s|[;—–()]|:(?!\d)|\s(?:but|after|before|when|while|because|although|though|whereas|as|until|if|unless)\s"
)
# Where a clause ends only after its span: "talks on Wednesday that several described ..." stop at
# "that", but "The countries that share the river moved ... on Thursday" must keep its subject.
_BREAK_AFTER = re.compile(r"\s(?:that|which|who|whom|whose|where|and\s+(?:that|to))\s|,")
# An aside ends at the comma after which the sentence resumes in lower case: ", which opened on
# Tuesday, March 3, were due ..." (the comma before "March" is the date's own).
_ASIDE = re.compile(r",\s(?:which|who|whose|where)\s[^;]*?,(?=\s+[a-z]|$)")
_CONJUNCTION = re.compile(r"^(?:and|but|or|so|yet|while|whereas)\s+", re.IGNORECASE)
_REPORTING = word_set(
    "said says told tells added adds stated states explained noted insisted argued claimed warned"
)
_SUBJECT_PRONOUNS = PRONOUNS | word_set("it we i you")
_HOLD = "\ue000"  # stands in for the span's characters, so commas inside it ("Tuesday, March 3") do not cut


def clause_span(
    text: str, start: int, end: int, min_words: int = 5, max_words: int = 28, grow_left: bool = False
) -> tuple[int, int]:
    """(start, end) in ``text`` of the clause holding text[start:end], widened to ``min_words``.

    A clause too short to say anything grows by its neighbours, to the right first
    ("but Kestria" -> "Kestria, which controls the dams") or, with ``grow_left``, to the
    left first ("made on Friday" -> "the offer, made on Friday").

    ``text`` should have quotations masked (:func:`.text.mask`) so commas inside them do not cut.
    """
    work = text[:start] + _HOLD * (end - start) + text[end:]
    breaks = list(_BREAK.finditer(work))
    cuts = sorted({0, len(work)} | {m.start() for m in breaks} | {m.end() for m in breaks})
    # Pieces between cuts that hold words; the separators themselves are not pieces.
    pieces = [
        (a, b) for a, b in itertools.pairwise(cuts) if not _BREAK.fullmatch(work[a:b]) and work[a:b].strip()
    ]
    if not pieces:
        return start, end
    at = next((i for i, (a, b) in enumerate(pieces) if a <= start < b), 0)
    left = right = at
    while _count(work, pieces[left][0], pieces[right][1]) < min_words:
        can_right = (
            right + 1 < len(pieces) and _count(work, pieces[left][0], pieces[right + 1][1]) <= max_words
        )
        can_left = left > 0 and _count(work, pieces[left - 1][0], pieces[right][1]) <= max_words
        if can_left and (grow_left or not can_right):
            left -= 1
        elif can_right:
            right += 1
        else:
            break
    clause_start, clause_end = pieces[left][0], pieces[right][1]
    stop = _BREAK_AFTER.search(work, max(end, clause_start), clause_end)
    if stop is not None and _count(work, clause_start, stop.start()) >= min_words:
        clause_end = stop.start()
    while (
        clause_start < clause_end
        and not work[clause_start].isalnum()
        and work[clause_start] not in '"“‘«„' + _HOLD
    ):
        clause_start += 1
    while clause_end > clause_start and work[clause_end - 1] in " ,;:.":
        clause_end -= 1
    return clause_start, clause_end


_LEADING_PRONOUN = re.compile(
    r"^(he|she|it|they|we|i|his|her|its|their|our|them|him|this|these|those)\b(?!\s+(?:week|month|year|morning|"
    r"afternoon|evening|weekend|time|is\s+not))",
    re.IGNORECASE,
)
_OWNING = word_set("his her its their our")
_SUBJECTLESS = re.compile(
    r"^(?:had|has|have|was|were|is|are|will|would|could|can|did|does|should|must|might)\s+(?!been\s+\w+ed\s+by)",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"\b(?:as|of|to|in|on|at|by|for|with|from|into|onto|about|than|the|a|an|and|or|but|nor|that|"
    r"de|da|do|das|dos|em|no|na|para|por|com|e|ou|la|le|les|el|los|las|du|des|au|en|et|y|o|"
    r"der|die|das|den|dem|und|oder|von|zu|mit|für|im|am)$",
    re.IGNORECASE,
)
_STRAY = " .,;:—–-)]…»”’\"'"


def dangling(text: str) -> bool:
    """Whether a clause stops mid-phrase: on a preposition, article or conjunction ("as early as")."""
    return _DANGLING.search(text.rstrip(" .,;:!?")) is not None


def resolved(clause: str, antecedent: Callable[[str], str], apostrophe: str = "’") -> str:
    """``clause`` without stray punctuation before it, and with a leading pronoun replaced by
    what it stands for ("Its military encircled Kyiv" -> "The Kremlin’s military encircled Kyiv");
    "" when the pronoun has no antecedent ``antecedent`` can name (the clause then says nothing)."""
    clause = clause.lstrip(_STRAY + " ")
    if _SUBJECTLESS.match(clause):
        # "had not made any appearances since ...": the subject was cut off with an aside before it
        subject = antecedent("")
        return f"{subject} {clause[:1].lower()}{clause[1:]}" if subject else ""
    match = _LEADING_PRONOUN.match(clause)
    if match is None:
        return clause
    name = antecedent(match.group(1).lower())
    if not name:
        return ""
    if match.group(1).lower() in _OWNING:
        name = name + apostrophe + ("" if name.endswith("s") else "s")
    return name + clause[match.end() :]


def _count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def event_of(sentence: str, start: int, end: int) -> str:
    """The event a date at sentence[start:end] belongs to, as a short clause.

    "Talks, which opened on Tuesday, March 3, were due to end on Wednesday but ran on"
    gives "Talks opened on Tuesday, March 3" for the first date and "Talks were due to
    end on Wednesday" for the second: an aside that holds the date becomes the clause,
    one that does not is dropped.
    """
    work = sentence[:start] + _HOLD * (end - start) + sentence[end:]
    for aside in _ASIDE.finditer(work + ","):
        if aside.start() < start < aside.end():
            head = work[: aside.start()]
            if "," not in head and 0 < len(head.split()) <= 12:
                inner = work[aside.start() : aside.end()].strip(",").split(None, 1)[1]
                return _finish(f"{head} {inner}", sentence[start:end])
    work = _ASIDE.sub(lambda m: m.group() if _HOLD in m.group() else "", work)
    at = work.index(_HOLD)
    clause_start, clause_end = clause_span(work, at, at + (end - start), min_words=4, grow_left=True)
    clause = work[clause_start:clause_end].split()
    if len(clause) <= 6 and any(word.lower() in _REPORTING for word in clause):
        # "..., her office said Friday": Friday dates what was said, the clause before
        clause_start, clause_end = clause_span(work, at, at + (end - start), len(clause) + 4, grow_left=True)
    return _finish(work[clause_start:clause_end], sentence[start:end])


def _finish(clause: str, date_text: str) -> str:
    """Restore the date, drop a leading conjunction or reporting verb, start with a capital."""
    text = re.sub(f"{_HOLD}+", lambda _: date_text, clause).strip(" ,;:.")
    text = _CONJUNCTION.sub("", text)
    # "Bakker said the offer, made on Friday": the event is what was said, not the saying.
    lead = list(re.finditer(r"\S+", text))[:8]
    verb = next((w for w in lead if w.group().lower() in _REPORTING), None)
    reported = text[verb.end() :].split() if verb is not None else []
    if (
        verb is not None
        and text.find(date_text) > verb.end()
        and len(reported) >= 3
        and reported[0].lower() not in _SUBJECT_PRONOUNS
    ):
        text = re.sub(r"^\s*(?:that\s+)?", "", text[verb.end() :])
    text = _CONJUNCTION.sub("", text)
    text = re.sub(r"^that\s+", "", text)
    return text[:1].upper() + text[1:]
