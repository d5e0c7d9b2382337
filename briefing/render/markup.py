"""Untrusted text to Paragraph markup: escaped, and set run by run in a font that has the glyphs.

ReportLab's Paragraph markup is live (``<img src>``, ``<a href>``, ``<font color>``),
so every character of article or user text is escaped here before it reaches
a Paragraph. The only tags in the result are the ``<font name>``, ``<i>``,
``<br/>`` and ``<a href>`` this module writes itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

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

    def add_link(self, url: str, font: str) -> None:
        """Append ``url`` as text, and as a link only if it is an http(s) URL."""
        if is_web_url(url):
            self.parts.append(f"<a href={quoteattr(url)}>")
            self.add_text(url, font)
            self.parts.append("</a>")
        else:
            self.add_text(url, font)

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


def plain(text: str, font: str, *, line_breaks: bool = False) -> Markup:
    """A Markup holding just ``text``."""
    markup = Markup()
    markup.add_text(text, font, line_breaks=line_breaks)
    return markup
