"""Find the spans between quotation marks, including quotations that run over paragraphs.

Handles straight ``"..."``, curly ``“...”``, single ``‘...’``, guillemets ``«...»`` and
German ``„...“``. Only the outermost quotation counts: a quotation inside a quotation
is part of its text.
"""

from __future__ import annotations

from dataclasses import dataclass

# Copy edited in a hurry mixes marks ('"Tired crews make mistakes,” Kok said'): a straight
# and a curly double mark close each other.
_OPENERS = {"“": '”"', "„": "“”", "«": "»", "‘": "’", '"': '"”'}
_STRAIGHT_OPEN_AFTER = " \t\n([{—–-:;/"


@dataclass(frozen=True)
class MarkedSpan:
    """The inside of one pair of quotation marks in one paragraph."""

    paragraph: int
    start: int
    """First character inside the marks."""
    end: int
    """Just past the last character inside the marks (the paragraph's end if unclosed)."""
    closed: bool
    """False when the paragraph ends before the closing mark: the quotation goes on."""
    continued: bool = False
    """True when this span goes on a quotation left open in the paragraph before."""


def marked_spans(paragraphs: list[str]) -> list[MarkedSpan]:
    """Every outermost quotation-mark span, in document order."""
    spans: list[MarkedSpan] = []
    open_before = False
    for index, paragraph in enumerate(paragraphs):
        found = _spans_in(paragraph, index)
        if open_before and found and found[0].start <= _first_text(paragraph) + 1:
            first = found[0]
            found[0] = MarkedSpan(index, first.start, first.end, first.closed, continued=True)
        elif open_before and not found:
            # A quotation that goes on without a new opening mark: up to a closing mark if any.
            close = _first_close(paragraph)
            if close is not None:
                found = [MarkedSpan(index, _first_text(paragraph), close, True, continued=True)]
        spans.extend(found)
        open_before = bool(found) and not found[-1].closed
    return spans


def _first_text(paragraph: str) -> int:
    return len(paragraph) - len(paragraph.lstrip())


def _first_close(paragraph: str) -> int | None:
    positions = [paragraph.find(mark) for mark in "”»"]
    positions = [position for position in positions if position > 0]
    return min(positions) if positions else None


def _spans_in(text: str, paragraph: int) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char in _OPENERS and _opens_here(text, position):
            close = _find_close(text, position)
            if close is None:
                spans.append(MarkedSpan(paragraph, position + 1, len(text.rstrip()), False))
                break
            inner_start, inner_end = position + 1, close
            while inner_start < inner_end and text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and text[inner_end - 1].isspace():
                inner_end -= 1
            spans.append(MarkedSpan(paragraph, inner_start, inner_end, True))
            position = close + 1
            continue
        position += 1
    return spans


def _opens_here(text: str, position: int) -> bool:
    char = text[position]
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if char == "«":
        return True  # French style puts a space inside: « Nous sommes prêts »
    if after.isspace():
        return False
    if char == '"':
        return before in _STRAIGHT_OPEN_AFTER or not before.isalnum()
    if char == "‘":
        return not before.isalnum()
    return True


def _find_close(text: str, opened: int) -> int | None:
    """Index of the mark that closes the quotation opened at ``opened``."""
    opener = text[opened]
    closers = _OPENERS[opener]
    position = opened + 1
    while position < len(text):
        char = text[position]
        if char == '"' and opener == "“" and _opens_here(text, position):
            inner = text.find('"', position + 1)  # a straight quotation inside a curly one
            if inner > 0:
                position = inner + 1
                continue
        if char in closers and _closes_here(text, position, '"' if char == '"' else opener):
            return position
        position += 1
    return None


def _closes_here(text: str, position: int, opener: str) -> bool:
    before = text[position - 1]
    after = text[position + 1] if position + 1 < len(text) else " "
    if opener == "‘":
        # ’ is also the apostrophe: "don’t", "Putin’s", "Ukraine’s" do not close.
        return not after.isalnum() and not (
            before == "s" and after == " " and _inside_word_run(text, position)
        )
    if opener == '"':
        return not before.isspace() or after in " \t.,;:!?)"
    return True


def _inside_word_run(text: str, position: int) -> bool:
    """A plural possessive ("teachers’ union"): a lower-case word follows."""
    rest = text[position + 1 : position + 12].lstrip()
    return bool(rest) and rest[0].islower() and not rest.startswith(("he ", "she ", "they ", "said", "says"))
