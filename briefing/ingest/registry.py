"""The readers Briefing knows, each a pair of functions: does this look like mine, and parse it.

A new format plugs in by calling :func:`register` at import time of its module and
being imported from ``briefing/ingest/__init__.py``. Readers are tried in order of
``priority`` (lowest first); the first whose ``sniff`` says yes parses the input.
Binary formats should sniff ``source.data`` (e.g. ``%PDF-``); text formats sniff
``source.text``, which is decoded once and shared.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from briefing.model import Article

from .decoding import decode_as, decode_text

# Suggested priorities: container formats that announce themselves first, then
# structured text, then our sample format, then plain text as the fallback.
PRIORITY_BINARY = 100
PRIORITY_MARKUP = 200
PRIORITY_SAMPLE_TEXT = 300
PRIORITY_PLAIN_TEXT = 900


@dataclass
class Source:
    """The raw input: its bytes and the name it came under (a file name, a URL, ``""``)."""

    data: bytes
    name: str = ""
    encoding: str | None = None
    """The encoding the user chose (overrides every guess), or ``None`` to detect it."""

    @functools.cached_property
    def text(self) -> str | None:
        """The decoded text, or ``None`` if the bytes are not text."""
        if self.encoding:
            return decode_as(self.data, self.encoding)
        return decode_text(self.data)

    @property
    def suffix(self) -> str:
        """The name's extension in lower case, with its dot (``".txt"``), or ``""``."""
        return PurePath(self.name).suffix.lower() if self.name else ""


@dataclass(frozen=True)
class Reader:
    """One input format."""

    format: str
    """The ``Article.source_format`` this reader produces, e.g. ``"sample-text"``."""
    sniff: Callable[[Source], bool]
    parse: Callable[[Source], Article]
    priority: int


_readers: list[Reader] = []


def register(reader: Reader) -> Reader:
    """Add ``reader`` (replacing one of the same format) and keep the list in priority order."""
    _readers[:] = [known for known in _readers if known.format != reader.format]
    _readers.append(reader)
    _readers.sort(key=lambda known: known.priority)
    return reader


def unregister(format: str) -> None:
    """Remove the reader for ``format``, if there is one."""
    _readers[:] = [known for known in _readers if known.format != format]


def readers() -> list[Reader]:
    """The registered readers, in the order they are tried."""
    return list(_readers)


def find_reader(source: Source) -> Reader | None:
    """The first reader that recognises ``source``, if any."""
    return next((reader for reader in _readers if reader.sniff(source)), None)
