"""The ``.briefing`` file: UTF-8 JSON with a format name, a version and the article inside.

A file looks like this (fields shortened)::

    {
      "format": "briefing",
      "version": 1,
      "written_by": "Briefing 0.1.0",
      "briefing": {"headline": "...", "quotes": [{"text": "...", "speaker": "...",
                   "role": "...", "source": {"paragraph": 4, "start": 0, "end": 97}}],
                   "citation": {...}, "layout": {...},
                   "article": {"title": "...", "paragraphs": ["..."], "sha256": "...", ...}}
    }

Loading is strict: anything that does not fit the format raises
:class:`BriefingFileError` with a message a person can act on, naming the field.
Nothing is dropped silently, so what loads is exactly what was saved. Refused:
a key given twice in one object, a field of the wrong type, a number too long to
be one we wrote, a lone surrogate in any text, a page size, citation style or
field origin Briefing does not know, a source span outside the article, and an
article without its fingerprint (``sha256``; every release has written it).
Saving checks the same rules, and the size limit, before it writes anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import types
import typing
from pathlib import Path
from typing import Any

from .article import METADATA_FIELDS, Article, FieldOrigin
from .atomic_file import atomic_write
from .briefing import CITATION_STYLES, PAGE_SIZES, Briefing, Citation, Layout
from .regular_file import FileTooLarge, NotARegularFile, read_regular_file

FORMAT_NAME = "briefing"
FORMAT_VERSION = 1
FILE_SUFFIX = ".briefing"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""The largest ``.briefing`` file Briefing opens, and so the largest it saves."""
_MAX_DIGITS = 15  # no number we write comes near this; longer ones are refused by name
_SURROGATE = re.compile("[\ud800-\udfff]")


class BriefingFileError(Exception):
    """A ``.briefing`` file could not be read or written; the message says why."""


def dumps(briefing: Briefing, written_by: str = "") -> str:
    """The ``.briefing`` JSON text for ``briefing``."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "written_by": written_by,
        "briefing": _encode(briefing),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes) -> Briefing:
    """The briefing in ``text``; raises :class:`BriefingFileError` if it is not a valid file."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise BriefingFileError("The file is not a briefing: it is not UTF-8 text.") from error
    if not text.strip():
        raise BriefingFileError("The file is empty.")
    try:
        document = json.loads(text, object_pairs_hook=_object, parse_int=_number)
    except (json.JSONDecodeError, RecursionError) as error:
        raise BriefingFileError(_json_problem(text, error)) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BriefingFileError("The file is not a briefing (its format is not 'briefing').")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BriefingFileError(f"The file has no valid format version (version is {_shown(version)}).")
    if version > FORMAT_VERSION:
        raise BriefingFileError(
            f"The file was written by a newer version of Briefing (format {version}; "
            f"this version reads up to {FORMAT_VERSION}). Please update Briefing to open it."
        )
    if version < 1:
        raise BriefingFileError(f"The file has an unknown format version ({version}).")
    _check_keys(document, {"format", "version", "written_by", "briefing"}, "the file")
    if not isinstance(document.get("written_by", ""), str):
        raise BriefingFileError("The file is damaged: written_by should be text.")
    briefing = typing.cast(Briefing, _decode(Briefing, document.get("briefing"), "briefing"))
    _check_spans(briefing)
    return briefing


def save(briefing: Briefing, path: str | os.PathLike[str], written_by: str = "") -> None:
    """Write ``briefing`` to ``path`` atomically: the old file survives any failure.

    Nothing is written that :func:`load` would refuse: the text is checked against
    the same rules and the same size limit first.
    """
    try:
        data = encode_checked(briefing, written_by)
    except BriefingFileError as error:
        raise BriefingFileError(f"Could not save {os.fspath(path)}: {error}") from error
    try:
        atomic_write(path, data)
    except OSError as error:
        raise BriefingFileError(f"Could not save {os.fspath(path)}: {error.strerror or error}.") from error


def encode_checked(briefing: Briefing, written_by: str = "") -> bytes:
    """The file's bytes, once they are known to load again; else :class:`BriefingFileError` says why."""
    try:
        data = dumps(briefing, written_by).encode("utf-8")
    except UnicodeEncodeError:
        raise BriefingFileError(
            "the card holds a character that is not valid text (a lone surrogate)."
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise BriefingFileError(
            f"the briefing would be a {_megabytes(len(data))} file, and Briefing opens briefing files of up to "
            f"{_megabytes(MAX_FILE_BYTES)}; shorten the article or the card's texts."
        )
    try:
        loads(data)  # the rules load applies: never write a file we would refuse to open
    except BriefingFileError as error:
        problem = str(error).removeprefix("The file is damaged: ")
        raise BriefingFileError(f"the briefing would not open again ({problem.rstrip('.')}).") from None
    return data


def load(path: str | os.PathLike[str]) -> Briefing:
    """Read the ``.briefing`` file at ``path`` (an ordinary file, of at most :data:`MAX_FILE_BYTES`)."""
    file = Path(path)
    try:
        data = read_regular_file(file, MAX_FILE_BYTES)
    except FileTooLarge as error:
        raise BriefingFileError(
            f"{file.name} is too large to be a briefing file ({_megabytes(error.size)}; "
            f"Briefing opens briefing files of up to {_megabytes(MAX_FILE_BYTES)})."
        ) from None
    except NotARegularFile as error:
        raise BriefingFileError(
            f"{file.name} is {error.kind}, not a briefing file; Briefing did not read it."
        ) from None
    except OSError as error:
        raise BriefingFileError(f"Could not open {file}: {error.strerror or error}.") from error
    try:
        return loads(data)
    except BriefingFileError as error:
        raise BriefingFileError(f"{file.name}: {error}") from error


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


class _LongNumber:
    """A number with more digits than any field needs: kept as text so the decoder can name its field."""

    def __init__(self, digits: str) -> None:
        self.digits = digits


def _number(digits: str) -> int | _LongNumber:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        return _LongNumber(digits)
    return int(digits)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BriefingFileError(
                f"The file is damaged: the field {_shown(key)} appears twice in one object; "
                "Briefing will not guess which one is meant."
            )
        result[key] = value
    return result


def _shown(value: Any) -> str:
    """A file's value in a message: short, and never a surrogate that cannot be printed."""
    if isinstance(value, _LongNumber):
        return f"a number of {len(value.digits.lstrip('-'))} digits"
    text = ascii(value) if isinstance(value, str) and _SURROGATE.search(value) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _json_problem(text: str, error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            return "The file is incomplete (it ends too early); it may have been cut off."
        return f"The file is damaged: invalid JSON at line {error.lineno}, column {error.colno}."
    return "The file is damaged: it is nested too deeply."


# -- encoding ---------------------------------------------------------------------------

# Optional fields added after version 1, written only when set: a briefing that does not use
# them saves exactly as before, and older versions of Briefing still open it.
_LEFT_OUT_WHEN_NONE = {"template"}


def _encode(value: Any) -> Any:
    if isinstance(value, Article):
        encoded = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        encoded["sha256"] = value.sha256
        return encoded
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _encode(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not (f.name in _LEFT_OUT_WHEN_NONE and getattr(value, f.name) is None)
        }
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# -- decoding ---------------------------------------------------------------------------

_DERIVED_FIELDS = {Article: {"sha256"}}


def _decode(kind: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(kind) if option is not type(None)]
        if value is None:
            return None
        return _decode(options[0], value, where)
    if origin is list:
        if not isinstance(value, list):
            raise BriefingFileError(f"The file is damaged: {where} should be a list.")
        (item_kind,) = typing.get_args(kind)
        return [_decode(item_kind, item, f"{where}[{index}]") for index, item in enumerate(value)]
    if kind is dt.date:
        if not isinstance(value, str):
            raise BriefingFileError(f"The file is damaged: {where} should be a date.")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as error:
            raise BriefingFileError(
                f"The file is damaged: {where} is not a date ({_shown(value)})."
            ) from error
    if dataclasses.is_dataclass(kind):
        return _decode_record(kind, value, where)
    if kind in (str, bool, int):
        if isinstance(value, _LongNumber):
            raise BriefingFileError(
                f"The file is damaged: {where} is {_shown(value)}, too long to be one we wrote."
            )
        if type(value) is not kind:
            raise BriefingFileError(f"The file is damaged: {where} should be {_KIND_NAMES[kind]}.")
        if kind is str and _SURROGATE.search(value):
            raise BriefingFileError(
                f"The file is damaged: {where} holds a character that is not valid text (a lone surrogate)."
            )
        return value
    raise TypeError(f"no decoder for {kind!r}")  # a programming error, not a file problem


_KIND_NAMES = {str: "text", bool: "true or false", int: "a whole number"}


def _decode_record(kind: Any, value: Any, where: str) -> Any:
    if not isinstance(value, dict):
        raise BriefingFileError(f"The file is damaged: {where} should be an object.")
    fields = {f.name: f for f in dataclasses.fields(kind) if f.init}
    derived = _DERIVED_FIELDS.get(kind, set())
    _check_keys(value, set(fields) | derived, where)
    hints = typing.get_type_hints(kind)
    arguments = {
        name: _decode(hints[name], value[name], f"{where}.{name}") for name in fields if name in value
    }
    for name, choices in _CHOICES.get(kind, {}).items():
        if name in arguments and arguments[name] not in choices:
            known = ", ".join(sorted(choices))
            raise BriefingFileError(
                f"The file is damaged: {where}.{name} is {_shown(arguments[name])}, which Briefing does not know "
                f"(it knows {known})."
            )
    try:
        record = kind(**arguments)
    except ValueError as error:  # e.g. a Span with end before start
        raise BriefingFileError(f"The file is damaged: {where}: {error}.") from error
    if kind is Article:
        _check_fingerprint(record, value, where)
    return record


# The fields whose values come from a fixed list: any other value is refused at load.
_CHOICES: dict[Any, dict[str, Any]] = {
    Layout: {"page_size": PAGE_SIZES},
    Citation: {"style": CITATION_STYLES},
    FieldOrigin: {"name": METADATA_FIELDS},
}


def _check_fingerprint(article: Article, value: dict[str, Any], where: str) -> None:
    """The text must match the fingerprint saved with it; a file without one is refused.

    Every release has written ``sha256``, so a missing one means the file was edited
    by hand or by another program: the card could no longer prove which text it was
    made from, and Briefing does not open it rather than open it unverified.
    """
    if "sha256" not in value:
        raise BriefingFileError(
            f"The file is damaged: {where} has no fingerprint (sha256), so Briefing cannot tell whether "
            "its text is the one the card was made from; the file was changed outside Briefing."
        )
    if value["sha256"] != article.sha256:
        raise BriefingFileError(
            "The article text in the file does not match its fingerprint (sha256): "
            "the file was changed outside Briefing or is damaged."
        )


def _check_spans(briefing: Briefing) -> None:
    """Every item's source span must lie inside the article's text (and there must be an article)."""
    paragraphs = briefing.article.paragraphs if briefing.article else None
    for kind in ("people", "places", "dates", "positions", "quotes", "facts"):
        for index, item in enumerate(getattr(briefing, kind)):
            span = item.source
            if span is None:
                continue
            where = f"briefing.{kind}[{index}].source"
            if paragraphs is None:
                raise BriefingFileError(
                    f"The file is damaged: {where} points into an article the file does not hold."
                )
            if span.text_in(paragraphs) is None:
                raise BriefingFileError(
                    f"The file is damaged: {where} (paragraph {span.paragraph}, characters {span.start} to "
                    f"{span.end}) lies outside the article, which has {len(paragraphs)} paragraphs."
                )


def _check_keys(value: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(value) - allowed)
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        raise BriefingFileError(
            f"The file has fields this version of Briefing does not know in {where} ({names}); "
            "it may have been written by a newer version."
        )
