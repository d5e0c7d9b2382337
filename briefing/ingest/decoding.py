"""Bytes to text: byte-order marks, strict UTF-8, then a guess for legacy encodings."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 and C1 control characters other than tab, line feed, vertical tab, form feed, carriage return.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes) -> str | None:
    """The text ``data`` encodes, or ``None`` when it is not text (or in no encoding we can tell).

    A byte-order mark decides; otherwise strict UTF-8; otherwise the most likely legacy
    encoding (Windows-1251 Russian, Latin-1 French, ...) according to charset-normalizer.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        # Text in an 8-bit encoding or UTF-8 never contains NUL; UTF-16 without a mark is too rare to guess.
        return None
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for match in charset_normalizer.from_bytes(data):
        # Without NUL bytes a UTF-16/32 guess is always wrong (it turns "café" into CJK).
        if not match.encoding.startswith(("utf_16", "utf_32")):
            return _checked(str(match))
    return None


def _checked(text: str) -> str | None:
    """``text``, unless control characters show it is really binary data."""
    if not text:
        return text
    controls = len(_CONTROL.findall(text))
    return None if controls > len(text) * _MAX_CONTROL_SHARE else text
