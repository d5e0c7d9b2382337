"""Find the spans between quotation marks, including quotations that run over paragraphs.

Handles the conventions of en/de/fr/es/pt/ru text: straight ``"..."``, curly ``“...”``
(and ``”...”``),
single ``‘...’``, guillemets ``«...»`` and ``»...«``, ``‹...›`` and ``›...‹``, German
``„...“`` and ``‚...‘``, doubled single marks ``‘‘...’’`` / ````...''``, and (for
languages that write dialogue so) a quotation opened by a dash at the start of a
paragraph: ``—Es tarde —dijo ella—. Vámonos.`` / ``— Мы готовы, — сказал он.`` Only the
outermost quotation counts: a quotation inside a quotation is part of its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import QUOTE_VERBS

# Copy edited in a hurry mixes marks ('"Tired crews make mistakes,” Kok said'): a straight
# and a curly double mark close each other.
_OPENERS = {
    "“": '”"',
    "„": '“”"',
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‘": "’",
    "‚": "‘’",
    '"': '"”',
    "”": "”“",
    "″": '″"”',
}
_STRAIGHT_OPEN_AFTER = " \t\n([{—–-:;/"
# Doubled single marks stand for a double mark: ‘‘...’’, ``...'', and “...’’.
_DOUBLE_OPENERS = ("‘‘", "``")
_DOUBLE_CLOSERS = ("’’", "''")
_CANDIDATE = re.compile("[" + re.escape("".join(_OPENERS)) + "`']")
# Marks that open only where their partner follows: a lone » or › in French text closes.
_MIRRORED = {"»": "«", "›": "‹"}

_DASHES = "—―–"
DASH_DIALOGUE_LANGUAGES = frozenset(["es", "fr", "ru", "pt", "it", "uk", "bg", "ca", "pl"])
"""Languages that open a paragraph of dialogue with a dash instead of a quotation mark."""


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
    mark_start: int = -1
    """Where the opening mark is (``start - 1`` when not given; ``start`` when there is none)."""
    mark_end: int = -1
    """Just past the closing mark (``end + 1`` when not given; ``end`` when unclosed)."""

    @property
    def opened_at(self) -> int:
        return self.mark_start if self.mark_start >= 0 else self.start - 1

    @property
    def closed_at(self) -> int:
        if self.mark_end >= 0:
            return self.mark_end
        return self.end + 1 if self.closed else self.end


def marked_spans(paragraphs: list[str], language: str = "") -> list[MarkedSpan]:
    """Every outermost quotation-mark span, in document order."""
    spans: list[MarkedSpan] = []
    open_before = False
    dialogue = language.split("-")[0].lower() in DASH_DIALOGUE_LANGUAGES
    for index, paragraph in enumerate(paragraphs):
        found = _dialogue(paragraphs, index) if dialogue else []
        found = found or _spans_in(paragraph, index)
        if open_before and found and found[0].start <= _first_text(paragraph) + 1:
            first = found[0]
            found[0] = MarkedSpan(
                index, first.start, first.end, first.closed, True, first.mark_start, first.mark_end
            )
        elif open_before and not found:
            # A quotation that goes on without a new opening mark: up to a closing mark if any.
            close = _first_close(paragraph)
            if close is not None:
                begin = _first_text(paragraph)
                found = [MarkedSpan(index, begin, close, True, continued=True, mark_start=begin)]
        spans.extend(found)
        open_before = bool(found) and not found[-1].closed
    return spans


def _dialogue(paragraphs: list[str], index: int) -> list[MarkedSpan]:
    """Dash-opened spans of a paragraph of dialogue.

    Without an attribution of its own, a dash-opened paragraph is a turn of dialogue only
    as a sentence ("— Vámonos ya.") next to an attributed turn: a list of items opened by
    dashes ("— la fermeture de trois sites ;") is no speech.
    """
    spans, attributed = _dash_spans(paragraphs[index], index)
    if spans and not attributed:
        text = paragraphs[index].rstrip()
        first = text[spans[0].start : spans[0].start + 1]
        sentence = (first.isupper() or first in '«„“"¿¡') and text[-1:] in '.!?…»"”'
        nearby = [i for i in range(max(0, index - 2), index + 3) if i != index and i < len(paragraphs)]
        if not sentence or not any(_dash_spans(paragraphs[i], i)[1] for i in nearby):
            return []
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
        candidate = _CANDIDATE.search(text, position)
        if candidate is None:
            break
        position = candidate.start()
        char = text[position]
        if char == "'":
            close = _straight_single_close(text, position)
            if close is not None:
                spans.append(MarkedSpan(paragraph, position + 1, close, True, False, position, close + 1))
                position = close + 1
            else:
                position += 1
            continue
        doubled = text.startswith(_DOUBLE_OPENERS, position) and _opens_here(text, position + 1)
        if doubled or (char in _OPENERS and _opens_here(text, position)):
            width = 2 if doubled else 1
            close, close_width = _find_close(text, position, width)
            inner_start = position + width
            while inner_start < length and text[inner_start].isspace():
                inner_start += 1
            if close is None:
                end = max(len(text.rstrip()), position + width)
                spans.append(MarkedSpan(paragraph, min(inner_start, end), end, False, mark_start=position))
                break
            inner_end = close
            while inner_end > inner_start and text[inner_end - 1].isspace():
                inner_end -= 1
            spans.append(
                MarkedSpan(paragraph, inner_start, inner_end, True, False, position, close + close_width)
            )
            position = close + close_width
            continue
        position += 1
    return spans


def _straight_single_close(text: str, opened: int) -> int | None:
    """The closing mark of a quotation in straight single marks ('We are ready,' she said), if any.

    The mark is also the apostrophe ("don't", "teachers' union", "rock 'n' roll", "the '90s"):
    it opens only before a letter and after a space, closes only before a non-letter, and
    the quotation must be at least two words long and start with a capital.
    """
    before = text[opened - 1] if opened else " "
    after = text[opened + 1 : opened + 2]
    if not (before.isspace() or before in '([—–"“') or not after.isalpha() or text.startswith("''", opened):
        return None
    position = text.find("'", opened + 1)
    while position > 0:
        following = text[position + 1 : position + 2]
        plural_possessive = (
            text[position - 1] == "s" and following == " " and _inside_word_run(text, position)
        )
        if not following.isalnum() and not text[position - 1].isspace() and not plural_possessive:
            inner = text[opened + 1 : position]
            # Headlines quote a few words in straight singles ("asks court to apply 'a new
            # rule'"); speech in them starts a sentence.
            return position if len(inner.split()) >= 2 and inner[:1].isupper() else None
        position = text.find("'", position + 1)
    return None


def _opens_here(text: str, position: int) -> bool:
    char = text[position]
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if char == "«":
        return True  # French style puts a space inside: « Nous sommes prêts »
    if char in _MIRRORED:
        # »Wir bleiben«: German and Danish style, only where the partner mark follows.
        return not after.isspace() and _MIRRORED[char] in text[position + 2 :]
    if after.isspace():
        # '“ I love what I do.”': a stray space inside a curly opening mark that is closed later.
        return char == "“" and not before.isalnum() and "”" in text[position + 2 :]
    if char in '"″':
        return before in _STRAIGHT_OPEN_AFTER or not before.isalnum()
    if char == "”":
        # ”Like this”: some systems write the right mark on both sides; it opens only after a
        # space and before a letter, where it can close nothing, and where one closes it later.
        return (before.isspace() or before in "([—–") and after.isalnum() and "”" in text[position + 2 :]
    if char in "‘‚":
        return not before.isalnum()
    return True


def _find_close(text: str, opened: int, width: int = 1) -> tuple[int | None, int]:
    """Index and width of the mark that closes the quotation opened at ``opened``."""
    opener = "“" if width == 2 else text[opened]
    closers = _OPENERS[opener]
    position = opened + width
    interesting = _CLOSE_CANDIDATES[opener]
    while position < len(text):
        candidate = interesting.search(text, position)
        if candidate is None:
            return None, 0
        position = candidate.start()
        char = text[position]
        if char == '"' and opener == "“" and _opens_here(text, position):
            inner = text.find('"', position + 1)  # a straight quotation inside a curly one
            if inner > 0:
                position = inner + 1
                continue
        if opener in '“"' and text.startswith(_DOUBLE_CLOSERS, position) and not text[position - 1].isspace():
            return position, 2  # “It was a mistake,’’ she said
        if char in closers and _closes_here(text, position, '"' if char == '"' else opener):
            return position, 1
        position += 1
    return None, 0


_CLOSE_CANDIDATES = {
    opener: re.compile("[" + re.escape(closers + ("\"’'" if opener in '“"' else "")) + "]")
    for opener, closers in _OPENERS.items()
}
"""Per opening mark, the characters worth looking at for its closing mark."""


def _closes_here(text: str, position: int, opener: str) -> bool:
    before = text[position - 1]
    after = text[position + 1] if position + 1 < len(text) else " "
    if opener == "‘":
        # ’ is also the apostrophe: "don’t", "Putin’s", "Ukraine’s" do not close.
        return not after.isalnum() and not (
            before == "s" and after == " " and _inside_word_run(text, position)
        )
    if opener == "‚":
        return not after.isalnum()
    if opener == '"':
        return not before.isspace() or after in " \t.,;:!?)"
    if opener in "”″":
        return not before.isspace() and not after.isalnum()
    return True


def _inside_word_run(text: str, position: int) -> bool:
    """A plural possessive ("teachers’ union"): a lower-case word follows."""
    rest = text[position + 1 : position + 12].lstrip()
    return bool(rest) and rest[0].islower() and not rest.startswith(("he ", "she ", "they ", "said", "says"))


# -- dialogue opened by a dash ----------------------------------------------------------

_DASH_OPEN = re.compile(rf"\s*[{_DASHES}]\s*(?=[\w«„“\"¿¡])")
_DASH = re.compile(rf"[{_DASHES}]")
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_COMMA_ATTRIBUTION = re.compile(r",\s*")


def _is_speech_verb(word: str) -> bool:
    lower = word.lower()
    return lower in QUOTE_VERBS or lower.split("-")[0] in QUOTE_VERBS  # "dit-il"


def _has_speech_verb(text: str, first_words: int = 4) -> bool:
    return any(_is_speech_verb(match.group()) for match in list(_WORD.finditer(text))[:first_words])


def _dash_spans(text: str, paragraph: int) -> tuple[list[MarkedSpan], bool]:
    """A paragraph of dialogue: ``—Quote —verb speaker—. Quote.`` or ``— Quote, verb speaker.``

    Also says whether an attribution was found: without one, a dash-opened paragraph is
    taken for dialogue only next to another one.
    """
    opening = _DASH_OPEN.match(text)
    if opening is None:
        return [], False
    spans: list[MarkedSpan] = []
    mark = opening.start() + len(text[opening.start() :]) - len(text[opening.start() :].lstrip())
    position = opening.end()
    attributed = False
    while True:
        quote_end, close_end, resume_mark, resume_at = _dialogue_turn(text, position)
        attributed = attributed or close_end < len(text) or quote_end < len(text.rstrip())
        inner_end = quote_end
        while inner_end > position and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end > position:
            spans.append(MarkedSpan(paragraph, position, inner_end, True, False, mark, close_end))
        if resume_at is None or resume_at <= position:
            break
        mark, position = resume_mark, resume_at
    return spans, attributed


def _dialogue_turn(text: str, start: int) -> tuple[int, int, int, int | None]:
    """One turn from ``start``: (quotation end, closing mark end, next opening mark, next start)."""
    search = start
    while True:
        dash = _DASH.search(text, search)
        comma = _COMMA_ATTRIBUTION.search(text, search)
        if comma is not None and (dash is None or comma.start() < dash.start()):
            tail = text[comma.end() :]
            if not _DASH.match(tail) and _has_speech_verb(tail, 3):
                # French style: "— Nous sommes prêts, a affirmé le maire."
                return _after_attribution(text, comma.start(), comma.start(), comma.end())
            search = comma.end()
            continue
        if dash is None:
            return len(text), len(text), -1, None
        if _has_speech_verb(text[dash.end() :], 3):
            # "—Es tarde —dijo ella—. Vámonos." / "— Мы готовы, — сказал он. — Идём."
            return _after_attribution(text, dash.start(), dash.end(), dash.end())
        search = dash.end()  # a dash inside the quotation: "—Es tarde —y lo sabes— para todos."


def _after_attribution(
    text: str, quote_end: int, close_end: int, attribution: int
) -> tuple[int, int, int, int | None]:
    closing = _DASH.search(text, attribution)
    stop = re.search(r"[.!?…](?=\s|$)", text[attribution:])
    stop_at = attribution + stop.end() if stop else len(text)
    if closing is not None and closing.start() < stop_at:
        # Spanish closes the attribution with a dash; what follows is the speaker's again.
        rest = re.match(r"[\s.,;:!?…]*", text[closing.end() :])
        resume = closing.end() + (rest.end() if rest else 0)
        if re.match(r"[\w«„“\"¿¡]", text[resume : resume + 1]):
            return quote_end, close_end, resume, resume
        return quote_end, close_end, -1, None
    # Otherwise the attribution ends with its sentence, and a dash after it reopens the quotation.
    reopen = re.match(rf"\s*([{_DASHES}])\s*(?=[\w«„“\"¿¡])", text[stop_at:])
    if reopen is not None:
        return quote_end, close_end, stop_at + reopen.start(1), stop_at + reopen.end()
    return quote_end, close_end, -1, None
