"""The article a briefing is made from: its text and the metadata a citation needs."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

METADATA_FIELDS = ("title", "authors", "byline", "published", "updated", "site_name", "url", "language")
"""The metadata fields whose origin an :class:`Article` can record."""


@dataclass
class Alternative:
    """A value another signal in the source gave for a field, and which signal it was."""

    value: str
    source: str


@dataclass
class FieldOrigin:
    """Where one metadata field's value came from, and what other signals said.

    ``source`` names the signal: ``"json-ld"``, ``"opengraph"``, ``"meta"``, ``"dublin-core"``,
    ``"byline"`` (visible in the page), ``"time-element"``, ``"url"`` (a date in the address),
    ``"canonical-link"``, ``"heading"``, ``"title-tag"``, ``"file-properties"``, ``"text"``
    (the sample format's own lines), ``"publisher-table"``, ``"user"``. ``alternatives`` lists
    the values other signals gave when they disagree (dates compared as dates, text ignoring
    case and spacing); a field with alternatives is one the user should confirm.
    """

    name: str
    """Which field: one of :data:`METADATA_FIELDS`."""
    source: str
    alternatives: list[Alternative] = field(default_factory=list)


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
    origins: list[FieldOrigin] = field(default_factory=list)
    """Where the metadata fields came from (one entry per known field, in any order)."""
    truncated: str = ""
    """What was left out because the source was too long to read whole (empty if nothing)."""

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

    def origin(self, field_name: str) -> FieldOrigin | None:
        """The recorded origin of ``field_name``, if any."""
        return next((origin for origin in self.origins if origin.name == field_name), None)

    def fields_to_confirm(self) -> list[str]:
        """The metadata fields whose signals disagreed, in :data:`METADATA_FIELDS` order."""
        disputed = {origin.name for origin in self.origins if origin.alternatives}
        return [name for name in METADATA_FIELDS if name in disputed]
