"""Low-level text helpers: words with offsets, sentences, quotation masking."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import ABBREVIATIONS

# A word: letters/digits with inner hyphens and apostrophes; "U.S."-style abbreviations whole.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[\w](?:[\w'’\-]*\w)?")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a possessive ending ("Putin’s" -> "Putin")."""
        return _POSSESSIVE.sub("", self.text) if self.is_possessive else self.text

    @property
    def is_possessive(self) -> bool:
        return self.text.endswith(("’s", "'s")) or (self.text.endswith(("s’", "s'")) and len(self.text) > 2)

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def words(text: str) -> list[Word]:
    """The words of ``text`` with their character offsets."""
    return list(_words(text))


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[Word, ...]:
    """Cached: the suggester splits the same paragraphs and phrases many times over."""
    return tuple(Word(match.group(), match.start(), match.end()) for match in _WORD.finditer(text))


def followed_by_dot(text: str, word: Word) -> bool:
    return text[word.end : word.end + 1] == "."


def is_abbreviation(word: Word) -> bool:
    """A word a full stop follows without ending a sentence: "Mr.", "Feb.", an initial "A."."""
    return word.text in ABBREVIATIONS or (len(word.text) == 1 and word.text.isupper()) or "." in word.text


_ABBREVIATION_WINDOW = 40  # characters before a full stop that can hold an abbreviation
_SENTENCE_END = re.compile(r"[.!?]+[\"”’»)]*\s+(?=[\"“‘«„(]?[^\W_a-z])|[.!?]+[\"”’»)]*\s*$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; pass masked text to keep quotations whole."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=2048)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()]
        last = re.search(r"(?:[^\W\d_]\.)*[\w]+$", before[-_ABBREVIATION_WINDOW:])  # linear on a long word
        if match.group().startswith(".") and last and _is_abbreviation_text(last.group()):
            continue
        end = match.end()
        if text[start:end].strip():
            spans.append((start, len(text[:end].rstrip())))
        start = end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(spans)


def _is_abbreviation_text(token: str) -> bool:
    return token in ABBREVIATIONS or (len(token) == 1 and token.isupper()) or "." in token


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span that contains ``offset`` (the last one before it if none does)."""
    best = spans[0] if spans else (0, 0)
    for span in spans:
        if span[0] <= offset:
            best = span
        else:
            break
    return best


def mask(text: str, ranges: list[tuple[int, int]], fill: str = "ª") -> str:
    """``text`` with each range's inside replaced by ``fill``: offsets stay valid.

    The fill is a letter that is neither upper nor lower case, so a masked quotation
    neither ends a sentence nor looks like a name.
    """
    chars = list(text)
    for start, end in ranges:
        if end - 1 > start and text[end - 1] in ".!?":
            end -= 1  # 'for “water for all.” Zoë said': the quotation's full stop ends the sentence
        for index in range(start, min(end, len(chars))):
            if not chars[index].isspace():
                chars[index] = fill
    return "".join(chars)


def clean(text: str) -> str:
    """Collapse white space and trim."""
    return re.sub(r"\s+", " ", text).strip()
