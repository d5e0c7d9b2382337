"""Reading an article from a file or from bytes: checks that apply to every format."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path

from briefing.model import Article, FileTooLarge, NotARegularFile, read_regular_file

from .decoding import encoding_name
from .errors import IngestError
from .invisible import normalise_article
from .limits import cap_article
from .registry import Source, find_reader

logger = logging.getLogger(__name__)

READER_FAILURES = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    LookupError,
    RecursionError,
    MemoryError,
)
"""What a reader may raise on input nobody foresaw; turned into an :class:`IngestError`, and logged."""

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{1,30})://")
SUPPORTED_SCHEMES = ("http", "https")

MAX_BYTES = 50 * 1024 * 1024
"""The largest input we read; a news article is a few hundred kilobytes at most."""


def read_article(path: str | os.PathLike[str], encoding: str | None = None) -> Article:
    """The article in the file at ``path``, whatever its format (judged by content, then name).

    ``encoding`` overrides the detected text encoding (the user's choice, e.g. ``"cp1251"``).
    Raises :class:`IngestError` with a one-sentence reason when the file cannot be used.
    """
    _refuse_unsupported_scheme(os.fspath(path))
    path = Path(path)
    label = f"“{path.name or path}”"
    try:
        data = read_regular_file(
            path, MAX_BYTES
        )  # opened without blocking, then checked: no pipes, no devices
    except FileTooLarge as error:
        raise IngestError(_too_large(label, error.size)) from None
    except NotARegularFile:
        raise IngestError(
            f"{label} is not an ordinary file, so Briefing cannot read an article from it."
        ) from None
    except FileNotFoundError:
        raise IngestError(f"There is no such file: {path}.") from None
    except PermissionError:
        raise IngestError(f"Briefing is not allowed to read {label}; check the file's permissions.") from None
    except IsADirectoryError:
        raise IngestError(f"{label} is a folder, not a file; choose an article file inside it.") from None
    except OSError as error:
        raise IngestError(f"Briefing could not read {label}: {error.strerror or error}.") from None
    article = parse_article_bytes(data, path.name, encoding)
    article.source = os.path.abspath(path)
    return article


def parse_article_bytes(data: bytes, name: str = "", encoding: str | None = None) -> Article:
    """The article in ``data``; ``name`` (a file name or URL) helps tell the format and names it in errors.

    ``encoding`` overrides the detected text encoding; it must be one Python knows.
    """
    label = f"“{name}”" if name else "The article"
    if encoding and encoding_name(encoding) is None:
        raise IngestError(f"“{encoding}” is not a text encoding Briefing knows.")
    if not data:
        raise IngestError(f"{label} is empty.")
    if len(data) > MAX_BYTES:
        raise IngestError(_too_large(label, len(data)))
    source = Source(data, name, encoding or None)
    reader = find_reader(source)
    if reader is None:
        raise IngestError(f"{label} is not text, nor in any other format Briefing can read.")
    try:
        article = reader.parse(source)
    except IngestError:
        raise
    except READER_FAILURES as error:
        # A reader's bug or a library's surprise on odd input must not take the app down with it
        # (logged at INFO with the traceback: silent unless the app configures logging).
        logger.info("The %s reader failed on %s", reader.format, name or "input", exc_info=True)
        raise IngestError(
            f"{label} could not be read as {reader.format.upper()}: {type(error).__name__}."
        ) from error
    cap_article(normalise_article(article))
    if not article.paragraphs:
        raise IngestError(f"{label} has no article text in it.")
    article.source = article.source or name
    article.accessed = article.accessed or dt.date.today()
    return article


def _too_large(label: str, size: int) -> str:
    return (
        f"{label} is {size / 1024 / 1024:.0f} MB, too large for an article; "
        f"Briefing reads files of up to {MAX_BYTES // 1024 // 1024} MB."
    )


def _refuse_unsupported_scheme(name: str) -> None:
    """``ftp://host/x`` is an address Briefing cannot fetch, not a file called ``ftp:/host/x``."""
    match = _SCHEME.match(name)
    if match and match.group(1).lower() not in SUPPORTED_SCHEMES:
        raise IngestError(
            f"Briefing cannot read {match.group(1).lower()}:// addresses; "
            "give an http:// or https:// address, or a file."
        )
