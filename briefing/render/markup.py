"""Untrusted text to Paragraph markup: escaped, and set run by run in a font that has the glyphs.

ReportLab's Paragraph markup is live (``<img src>``, ``<a href>``, ``<font color>``),
so every character of article or user text is escaped here before it reaches
a Paragraph. The only tags in the result are the ``<font name>``, ``<i>``,
``<br/>`` and ``<a href>`` this module writes itself.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts

_WHITESPACE = re.compile(r"\s+")
# Not xml.sax.saxutils: it imports urllib.request and the email package (~12 ms of a
# cold `briefing render`) for what are three replacements.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)


def escape(text: str) -> str:
    """``text`` with the characters that are markup in a Paragraph escaped."""
    return text.translate(_ESCAPES)


def quoteattr(value: str) -> str:
    """``value`` as a double-quoted attribute value."""
    return '"' + value.translate(_ATTRIBUTE_ESCAPES) + '"'


@dataclass
class Markup:
    """Markup being assembled for one Paragraph, and the characters no font could draw."""

    parts: list[str] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)

    def add_text(self, text: str, font: str, *, italic: bool = False, line_breaks: bool = False) -> None:
        """Append ``text`` (untrusted) set in ``font`` (a shipped face)."""
        if italic:
            self.parts.append("<i>")
        lines = clean(text).split("\n") if line_breaks else [_WHITESPACE.sub(" ", clean(text))]
        for number, line in enumerate(lines):
            if number:
                self.parts.append("<br/>")
            self.parts.append(_font_runs(line, font, self.missing))
        if italic:
            self.parts.append("</i>")

    def add_link(self, url: str, font: str, *, breaks: Sequence[int] = (), text: str | None = None) -> None:
        """Append ``url`` as text, and as a link only if it is an http(s) URL.

        ``text`` is what is shown, if not all of ``url``. ``breaks`` are offsets into
        ``clean(text)`` where a line must end: a ``<br/>`` goes there, so the lines join back
        to exactly the URL (no hyphen, no space, no invisible character), and ReportLab
        repeats the one ``href`` on every line the link spans.
        """
        shown = clean(url if text is None else text)
        linked = is_web_url(url)
        if linked:
            self.parts.append(f"<a href={quoteattr(url)}>")
        cuts = [0, *sorted(offset for offset in set(breaks) if 0 < offset < len(shown)), len(shown)]
        for number, (start, end) in enumerate(itertools.pairwise(cuts)):
            if number:
                self.parts.append("<br/>")
            # No whitespace folding: the text shown must be the URL itself.
            self.parts.append(_font_runs(shown[start:end], font, self.missing))
        if linked:
            self.parts.append("</a>")

    def add_tag(self, tag: str) -> None:
        """Append markup written by this package (never user text)."""
        self.parts.append(tag)

    def __str__(self) -> str:
        return "".join(self.parts)


def is_web_url(url: str) -> bool:
    """Only http and https URLs may become links or QR codes."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def clean(text: str) -> str:
    """Drop control characters and lone surrogates; keep line breaks; normalise to NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    kept = "".join(
        char for char in text if char == "\n" or unicodedata.category(char) not in ("Cc", "Cs", "Cf")
    )
    return unicodedata.normalize("NFC", kept)


def text_width(text: str, font: str, size: float) -> float:
    """The width ``text`` takes when set in ``font`` at ``size`` by this module (fallback faces too)."""
    if text.isascii():
        return float(stringWidth(text, font, size))
    missing: set[str] = set()
    return sum(
        float(stringWidth("".join(chars), face, size))
        for face, chars in itertools.groupby(
            text, lambda char: font if char.isspace() else _face_for(char, font, missing)
        )
    )


# -- where a URL may break -----------------------------------------------------------------------
# Chicago 14.18 and the card's rule: a line may end after a slash or before a period, hyphen,
# underscore, question mark, number sign, ampersand or equals sign -- never inside the scheme,
# never with a hyphen added. So a line never ends in "-" or "." and a reader does not take the
# break for part of the address.
_BREAK_AFTER = frozenset("/")
_BREAK_BEFORE = frozenset(".-_?#&=")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://+")


def url_pieces(url: str) -> list[str]:
    """``url`` cut at every point a line may end; the pieces join back to ``url``.

    The scheme stays with what follows it up to the first break point ("https://www",
    ".example", ".org/", "news/", "2025/", "talks", "-in", "-riyadh", "?ref", "=rss", ...).
    A run of slashes is not broken inside.
    """
    scheme = _SCHEME.match(url)
    start = scheme.end() if scheme else 0
    pieces: list[str] = []
    piece_start = 0
    for i in range(start, len(url)):
        char = url[i]
        cut = None
        if char in _BREAK_BEFORE and i > piece_start and i > start:
            cut = i
        elif char in _BREAK_AFTER and i + 1 < len(url) and url[i + 1] not in _BREAK_AFTER:
            cut = i + 1
        if cut is not None and cut > piece_start:
            pieces.append(url[piece_start:cut])
            piece_start = cut
    pieces.append(url[piece_start:])
    return [piece for piece in pieces if piece]


def url_line_breaks(
    url: str, font: str, size: float, width: float, *, first_line: float, tail: str = ""
) -> tuple[bool, list[int]]:
    """Where to end lines when setting ``url`` in a column ``width`` points wide.

    ``first_line`` is how much of the current line is already taken (0 at the start of a line);
    ``tail`` is text glued to the end of the URL (the entry's closing period), which must fit too.
    Returns whether the URL must start on a new line, and the offsets in ``url`` where lines end.
    Lines are filled greedily at the allowed break points; a piece wider than the whole column
    is cut between characters (before a percent escape where there is one, never inside the
    scheme or a percent escape), still without a hyphen.
    """
    limit = width - 0.05  # points: stay clear of ReportLab's own "does it fit" rounding
    if first_line > 0:
        # Keep "https://www.example.org/" together: start the URL on a new line rather than
        # leave "https://www" at the end of one (unless the host is too long for any line).
        scheme = _SCHEME.match(url)
        slash = url.find("/", scheme.end() if scheme else 0)
        host = text_width(url[: slash + 1] if slash >= 0 else url, font, size)
        if first_line + host > limit and host <= limit:
            return True, url_line_breaks(url, font, size, width, first_line=0, tail=tail)[1]
    pieces = url_pieces(url)
    breaks: list[int] = []
    offset = 0
    used = first_line
    new_line = False
    # Slashes, "?", "#" and "&" on the current line: (offset, width used up to there).
    major: list[tuple[int, float]] = []
    for number, piece in enumerate(pieces):
        measured = piece + tail if number == len(pieces) - 1 else piece
        piece_width = text_width(measured, font, size)
        if used + piece_width > limit and used > 0:
            if offset == 0:
                new_line = True
                used = 0.0
            else:
                # End the line at the last slash/?/#/& rather than inside a word ("…/arlen" +
                # "-river…"), as long as that still fills most of the line.
                cut, at = offset, used
                early = major and major[-1][1] >= limit * _MAJOR_FILL and piece_width <= limit
                if early and not _major_break(url, offset):
                    cut, at = major[-1]
                breaks.append(cut)
                used -= at
            major = []
        if piece_width > limit:
            # Longer than a line even on its own: cut it where it must be cut.
            breaks += _character_cuts(url, offset, piece, font, size, limit, measured[len(piece) :])
            last = breaks[-1] if breaks and breaks[-1] > offset else offset
            used = text_width(url[last : offset + len(piece)] + measured[len(piece) :], font, size)
        else:
            used += piece_width
        offset += len(piece)
        if offset < len(url) and _major_break(url, offset):
            major.append((offset, used))
    return new_line, breaks


_MAJOR_FILL = 0.8  # a line ended at a slash early must still be this full


def _major_break(url: str, offset: int) -> bool:
    """Is the break before ``url[offset]`` between path segments or query parameters?"""
    return url[offset - 1] == "/" or url[offset] in "?#&"


def _character_cuts(
    url: str, offset: int, piece: str, font: str, size: float, width: float, tail: str
) -> list[int]:
    """Offsets in ``url`` cutting ``piece`` (at ``offset``) into lines of at most ``width``."""
    scheme = _SCHEME.match(url)
    protected = scheme.end() if scheme else 0
    cuts: list[int] = []
    line_start = 0
    while text_width(piece[line_start:] + tail, font, size) > width:
        allowed = [
            i
            for i in range(line_start + 1, len(piece))
            if offset + i > protected and not _inside_escape(piece, i)
        ]
        fitting = [i for i in allowed if text_width(piece[line_start:i], font, size) <= width]
        if not fitting:
            # Not even one character fits (or none may be cut here): take the first allowed cut.
            if not allowed:
                break
            fitting = allowed[:1]
        cut = fitting[-1]
        escapes = [i for i in fitting if piece[i] == "%"]
        if escapes and text_width(piece[line_start : escapes[-1]], font, size) >= width * 0.6:
            cut = escapes[-1]
        cuts.append(offset + cut)
        line_start = cut
    return cuts


def _inside_escape(text: str, i: int) -> bool:
    """Would a cut before ``text[i]`` split a percent escape such as "%D0"?"""
    return any(
        text[start : start + 1] == "%" and _HEX.fullmatch(text[start + 1 : start + 3]) is not None
        for start in (i - 1, i - 2)
        if start >= 0
    )


_HEX = re.compile(r"[0-9A-Fa-f]{2}")


def _font_runs(text: str, primary: str, missing: set[str]) -> str:
    """Escape ``text``; wrap each run the primary face lacks in a face that has it."""
    if text.isascii():
        return escape(text)  # every core face covers all of printable ASCII
    runs: list[tuple[str, list[str]]] = []
    for char in text:
        face = primary if char.isspace() else _face_for(char, primary, missing)
        if runs and runs[-1][0] == face:
            runs[-1][1].append(char)
        else:
            runs.append((face, [char]))
    out = []
    for face, chars in runs:
        piece = escape("".join(chars))
        out.append(piece if face == primary else f'<font name="{face}">{piece}</font>')
    return "".join(out)


def _face_for(char: str, primary: str, missing: set[str]) -> str:
    """The first face with a glyph: the core face, its complete DejaVu face, the other family's."""
    code = ord(char)
    if fonts.covers(primary, code):
        return primary
    complete = fonts.complete(primary)  # loaded here, the first time a card needs it
    if fonts.covers(complete, code):
        return complete
    other = fonts.counterpart(primary)
    if fonts.covers(other, code):
        return other
    if fonts.covers(fonts.complete(other), code):
        return fonts.complete(other)
    for fallback in fonts.fallback_fonts():
        if code in fallback.cmap:
            return fallback.name
    if unicodedata.category(char) not in ("Mn", "Me", "Zs"):
        missing.add(char)
    return primary
