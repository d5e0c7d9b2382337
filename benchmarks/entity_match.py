"""Matching suggested people, places, positions and leads to the corpus's entity labels.

Follows the matching the corpus README suggests (``shared/corpus/README.md``, "Entity labels"):

* strings are compared after Unicode NFC, case folding, folding typographic apostrophes and
  quotation marks to ASCII, and collapsing whitespace (no-break spaces included);
* a name matches a label's ``name`` or any of its ``aliases``; a leading English "the" is
  ignored on both sides ("The Kremlin" is "Kremlin"), and so are full stops ("Walt Disney Co"
  is "Walt Disney Co.", "US" is "U.S."); a place also matches by the text of the
  article it points at, as the card may give the place's own name ("United Kingdom" for "UK");
* a surname alone matches a person when no other labelled person on the page has that surname
  (the surname is the name's last word, not counting a "Jr."/"Sr."/"II"/"III"/"IV" suffix);
* one suggestion matches at most one label and one label takes at most one suggestion: a
  second suggestion for an already matched label is a duplicate ("EU" beside "European Union",
  "Peskov" beside "Dmitry Peskov") and scored as a false positive;
* a position is right when it equals the label's ``position`` or a ``position_acceptable``
  entry, or contains one of them as whole words (full stops ignored here too);
* a lead is right when it starts with one of the page's ``lead_acceptable`` sentence openings
  (ending at a word boundary).

Measurement only: nothing here knows any page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

_FOLDED_MARKS = str.maketrans({c: "'" for c in "‘’‚‛′`´ʼ"} | {c: '"' for c in "“”„‟«»″"})
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def fold(text: str) -> str:
    """``text`` as compared: NFC, apostrophes and quote marks unified, case-folded, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_FOLDED_MARKS).casefold()
    return re.sub(r"\s+", " ", text).strip()


def _without_stops(text: str) -> str:
    """:func:`fold` without full stops: "Co." is "Co", "U.S." is "US"."""
    return re.sub(r"\s+", " ", fold(text).replace(".", "")).strip()


def fold_name(name: str) -> str:
    """A name as compared: :func:`fold`, without full stops and without a leading "the"."""
    return re.sub(r"^the ", "", _without_stops(name))


def surname(name: str) -> str:
    """The folded last word of a person's name, skipping a generational suffix ("Jr.")."""
    parts = fold_name(name).split()
    while len(parts) > 1 and parts[-1] in _SUFFIXES:
        parts.pop()
    return parts[-1] if parts else ""


@dataclass
class Label:
    """One labelled person, organisation or place of a page."""

    name: str
    kind: str  # "person", "organisation" or "place"
    forms: set[str] = field(default_factory=set)
    surname: str = ""
    """Set only where the surname alone identifies this person on the page."""
    position: str | None = None
    acceptable: list[str] = field(default_factory=list)


def labels_from(entries: list[dict[str, Any]], kind: str) -> list[Label]:
    """Labels of one kind from a ``truth.json`` list (``people``, ``organisations`` or ``places``)."""
    labels = []
    for entry in entries:
        forms = {fold_name(entry["name"])} | {fold_name(alias) for alias in entry.get("aliases") or []}
        label = Label(entry["name"], kind, forms - {""})
        if kind == "person":
            label.position = entry.get("position")
            label.acceptable = list(entry.get("position_acceptable") or [])
        labels.append(label)
    if kind == "person":
        counts: dict[str, int] = {}
        for label in labels:
            counts[surname(label.name)] = counts.get(surname(label.name), 0) + 1
        for label in labels:
            label.surname = surname(label.name) if counts[surname(label.name)] == 1 else ""
    return labels


@dataclass
class Outcome:
    """What one suggestion scored: ``status`` is "right", "duplicate" or "wrong"."""

    suggestion: str
    status: str
    label: Label | None = None
    by_surname: bool = False
    written: str = ""
    """The text in the article the suggestion points at, also matched (see :func:`assign`)."""


def _matching(outcome: Outcome, labels: list[Label], by_surname: bool) -> list[Label]:
    folded = {fold_name(outcome.suggestion), fold_name(outcome.written)} - {""}
    if by_surname:
        return [label for label in labels if label.surname and label.surname in folded]
    return [label for label in labels if folded & label.forms]


def assign(suggestions: list[str], labels: list[Label], written: list[str] | None = None) -> list[Outcome]:
    """Score each suggestion against ``labels``, one to one, in the suggestions' order.

    ``written``, where given, is for each suggestion the text of the article it points at: a
    suggestion also matches by that text (a place suggested as "United Kingdom" where the
    article says "UK"). Full-name and alias matches are assigned before surname-alone matches,
    so that where a page gets both "Dmitry Peskov" and "Peskov", the surname alone is the
    duplicate.
    """
    outcomes = [Outcome(text, "wrong") for text in suggestions]
    for outcome, text in zip(outcomes, written or [], strict=False):
        outcome.written = text
    taken: set[int] = set()
    for by_surname in (False, True):
        for outcome in outcomes:
            if outcome.label is not None:
                continue
            candidates = _matching(outcome, labels, by_surname)
            if not candidates:
                continue
            free = [label for label in candidates if id(label) not in taken]
            outcome.label = (free or candidates)[0]
            outcome.status = "right" if free else "duplicate"
            outcome.by_surname = by_surname
            taken.add(id(outcome.label))
    return outcomes


def position_right(suggested: str, label: Label) -> bool:
    """Whether ``suggested`` states ``label``'s position: equal to it or an acceptable form, or
    containing one of them as whole words ("Russian President" contains "President")."""
    given = _without_stops(suggested)
    for wanted in [label.position or "", *label.acceptable]:
        wanted = _without_stops(wanted)
        if wanted and (given == wanted or re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", given)):
            return True
    return False


def lead_right(summary: str, acceptable: list[str]) -> bool:
    """Whether ``summary`` starts with one of the acceptable sentence openings."""
    given = fold(summary)
    return any(fold(lead) and re.match(rf"{re.escape(fold(lead))}(?!\w)", given) for lead in acceptable)
