"""The metadata block at the top of a Markdown file (YAML front matter), read without a YAML library.

Only what article front matter uses: ``key: value``, quoted values, ``key: [a, b]`` and
``key:`` followed by ``- item`` lines. Anything else is ignored, never an error.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(?:---|\+\+\+)\s*$")
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w -]*?)\s*[:=]\s*(?P<value>.*)$")
_ITEM = re.compile(r"^\s+-\s+(?P<value>.*)$|^-\s+(?P<top>.*)$")
_MAX_LINES = 200


def split_front_matter(lines: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """The front matter's fields (each a list of values) and the lines after it."""
    if not lines or not _FENCE.match(lines[0]):
        return {}, lines
    for end in range(1, min(len(lines), _MAX_LINES)):
        if _FENCE.match(lines[end]) or lines[end].strip() == "...":
            return _fields(lines[1:end]), lines[end + 1 :]
    return {}, lines


def _fields(lines: list[str]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    key = ""
    for line in lines:
        item = _ITEM.match(line)
        if item and key:
            fields[key].append(_unquote(item["value"] or item["top"] or ""))
            continue
        match = _KEY_VALUE.match(line)
        if not match:
            continue
        key = match["key"].strip().lower().replace(" ", "_").replace("-", "_")
        value = match["value"].strip()
        if value.startswith("[") and value.endswith("]"):
            fields[key] = [_unquote(part) for part in value[1:-1].split(",") if part.strip()]
        else:
            fields[key] = [_unquote(value)] if value else []
    return {key: [value for value in values if value] for key, values in fields.items()}


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()
