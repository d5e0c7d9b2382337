"""The article a briefing is made from: its text and the metadata a citation needs."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One article as read from a file, a URL or the clipboard.

    ``paragraphs`` is the body text, one string per paragraph, with no markup.
    Everything else is metadata; empty strings and ``None`` mean "not known".
    """

    title: str = ""
    authors: list[str] = field(default_factory=list)
    byline: str = ""
    published: dt.date | None = None
    updated: dt.date | None = None
    site_name: str = ""
    url: str = ""
    language: str = ""
    photo_credit: str = ""
    paragraphs: list[str] = field(default_factory=list)
    source: str = ""
    """Where the text came from: a file path, a URL, or ``"clipboard"``."""
    source_format: str = ""
    """How it was read: ``"sample-text"``, ``"html"``, ``"pdf"``, ... ."""
    accessed: dt.date | None = None

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    @property
    def sha256(self) -> str:
        """SHA-256 (hex) of :attr:`text` in UTF-8: proves which text a card was made from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def fingerprint(self) -> str:
        """A short, human-checkable form of :attr:`sha256` (first 12 hex digits, grouped)."""
        digest = self.sha256
        return f"{digest[0:4]} {digest[4:8]} {digest[8:12]}"

    @property
    def author_text(self) -> str:
        """The credit line: the byline as printed, else the authors joined."""
        if self.byline:
            return self.byline
        return ", ".join(self.authors)
