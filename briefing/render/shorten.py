"""Cut one text that can never fit at a word boundary, with an ellipsis.

Used for single enormous items (a 5,000-word summary, a quote the size of the
article): leaving such an item out would drop the card's heart, so it is cut
to the height it may take, and the cut is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

_TOKEN = re.compile(r"\S+\s*")
_WORD = re.compile(r"\S+")
_UNBOUNDED = 1e9
ELLIPSIS = "…"


@dataclass(frozen=True)
class Cut:
    """How much of a text was kept."""

    kept: int
    total: int
    unit: str = "words"


def fit_text(
    build: Callable[[str], Flowable],
    text: str,
    *,
    width: float,
    max_height: float,
    font_size: float,
) -> tuple[Flowable, Cut | None]:
    """The flowable ``build(text)``, or ``build(shorter text + "…")`` if that is taller than ``max_height``.

    ``font_size`` lets short texts skip measuring: a text whose every glyph is
    one em wide, set in half-filled lines, still fits.
    """
    worst_lines = 2 * len(text) * font_size / max(width, 1.0) + text.count("\n") + 2
    if worst_lines * font_size * 1.5 * 2 <= max_height:
        return build(text), None
    # No glyph is narrower than about a quarter em: more characters than this cannot fit, so a
    # longer text (a 60 MB quote) is never laid out whole; only as much of it as could fit is.
    most_chars = int(width / (0.25 * font_size) * (max_height / font_size) + 1)
    if len(text) <= most_chars:
        whole = build(text)
        if _height(whole, width) <= max_height:
            return whole, None
    tokens = _TOKEN.findall(text[:most_chars])
    by_character = len(tokens) <= 1 or not _fits(build, tokens[:1], width, max_height)
    if by_character:
        tokens = list(text[:most_chars])  # one huge word: cut between characters
    keep = _longest_prefix(lambda count: _fits(build, tokens[:count], width, max_height), len(tokens))
    kept_text = "".join(tokens[:keep]).rstrip()
    if by_character:
        cut = Cut(len(kept_text), len(text), "characters")
    else:
        cut = Cut(len(kept_text.split()), _word_count(text))
    return build(kept_text + ELLIPSIS), cut


def _word_count(text: str) -> int:
    """How many words ``text`` has, without a list of them (a 60 MB quote has 12 million)."""
    return sum(1 for _ in _WORD.finditer(text))


def _fits(build: Callable[[str], Flowable], tokens: list[str], width: float, max_height: float) -> bool:
    return _height(build("".join(tokens).rstrip() + ELLIPSIS), width) <= max_height


def _height(flowable: Flowable, width: float) -> float:
    return float(flowable.wrap(width, _UNBOUNDED)[1])


def _longest_prefix(fits: Callable[[int], bool], upper: int) -> int:
    """The largest count in [0, upper] for which ``fits`` holds (0 if none does)."""
    low, high = 0, upper
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low
