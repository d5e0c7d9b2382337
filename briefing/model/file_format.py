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
:class:`BriefingFileError` with a message a person can act on. Nothing is
dropped silently, so what loads is exactly what was saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import types
import typing
from pathlib import Path
from typing import Any

from .article import Article
from .atomic_file import atomic_write
from .briefing import Briefing

FORMAT_NAME = "briefing"
FORMAT_VERSION = 1
FILE_SUFFIX = ".briefing"
MAX_FILE_BYTES = 64 * 1024 * 1024


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
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise BriefingFileError(_json_problem(text, error)) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BriefingFileError("The file is not a briefing (its format is not 'briefing').")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BriefingFileError("The file has no valid format version.")
    if version > FORMAT_VERSION:
        raise BriefingFileError(
            f"The file was written by a newer version of Briefing (format {version}; "
            f"this version reads up to {FORMAT_VERSION}). Please update Briefing to open it."
        )
    if version < 1:
        raise BriefingFileError(f"The file has an unknown format version ({version}).")
    _check_keys(document, {"format", "version", "written_by", "briefing"}, "the file")
    return typing.cast(Briefing, _decode(Briefing, document.get("briefing"), "briefing"))


def save(briefing: Briefing, path: str | os.PathLike[str], written_by: str = "") -> None:
    """Write ``briefing`` to ``path`` atomically: the old file survives any failure."""
    try:
        atomic_write(path, dumps(briefing, written_by).encode("utf-8"))
    except OSError as error:
        raise BriefingFileError(f"Could not save {os.fspath(path)}: {error.strerror or error}.") from error


def load(path: str | os.PathLike[str]) -> Briefing:
    """Read the ``.briefing`` file at ``path``."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise BriefingFileError(f"{file.name} is too large to be a briefing file.")
        data = file.read_bytes()
    except OSError as error:
        raise BriefingFileError(f"Could not open {file}: {error.strerror or error}.") from error
    try:
        return loads(data)
    except BriefingFileError as error:
        raise BriefingFileError(f"{file.name}: {error}") from error


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
            raise BriefingFileError(f"The file is damaged: {where} is not a date ({value!r}).") from error
    if dataclasses.is_dataclass(kind):
        return _decode_record(kind, value, where)
    if kind in (str, bool, int):
        if type(value) is not kind:
            raise BriefingFileError(f"The file is damaged: {where} should be {_KIND_NAMES[kind]}.")
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
    try:
        record = kind(**arguments)
    except ValueError as error:  # e.g. a Span with end before start
        raise BriefingFileError(f"The file is damaged: {where}: {error}.") from error
    if kind is Article and "sha256" in value and value["sha256"] != record.sha256:
        raise BriefingFileError(
            "The article text in the file does not match its fingerprint (sha256): "
            "the file was changed outside Briefing or is damaged."
        )
    return record


def _check_keys(value: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(value) - allowed)
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        raise BriefingFileError(
            f"The file has fields this version of Briefing does not know in {where} ({names}); "
            "it may have been written by a newer version."
        )
