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

ENCODING_CHOICES: tuple[tuple[str, str], ...] = (
    ("utf-8", "Unicode (UTF-8)"),
    ("utf-16", "Unicode (UTF-16)"),
    ("cp1252", "Western European (Windows-1252)"),
    ("iso-8859-1", "Western European (ISO 8859-1, Latin-1)"),
    ("iso-8859-15", "Western European (ISO 8859-15)"),
    ("cp1250", "Central European (Windows-1250)"),
    ("iso-8859-2", "Central European (ISO 8859-2)"),
    ("cp1251", "Cyrillic (Windows-1251)"),
    ("koi8-r", "Cyrillic (KOI8-R)"),
    ("koi8-u", "Cyrillic (KOI8-U)"),
    ("cp1253", "Greek (Windows-1253)"),
    ("cp1254", "Turkish (Windows-1254)"),
    ("cp1255", "Hebrew (Windows-1255)"),
    ("cp1256", "Arabic (Windows-1256)"),
    ("cp1257", "Baltic (Windows-1257)"),
    ("gb18030", "Chinese Simplified (GB18030, GBK, GB2312)"),
    ("big5", "Chinese Traditional (Big5)"),
    ("shift_jis", "Japanese (Shift JIS)"),
    ("euc-jp", "Japanese (EUC-JP)"),
    ("euc-kr", "Korean (EUC-KR)"),
    ("mac-roman", "Western European (Mac Roman)"),
)
"""(encoding, label) pairs for a manual "Encoding" menu, as ``read_article(path, encoding=...)`` takes them."""


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
    guess = guess_legacy(data)
    return None if guess is None else _checked(guess)


def _checked(text: str) -> str | None:
    """``text``, unless control characters show it is really binary data."""
    if not text:
        return text
    controls = len(_CONTROL.findall(text))
    return None if controls > len(text) * _MAX_CONTROL_SHARE else text


def encoding_name(encoding: str) -> str | None:
    """Python's name for ``encoding`` ("latin-1" -> "iso8859-1"), or ``None`` if it is unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode_as(data: bytes, encoding: str) -> str:
    """``data`` in the encoding the user chose; a matching byte-order mark is dropped, bad bytes become �."""
    name = encoding_name(encoding) or "utf-8"
    if name in ("utf-16", "utf-32"):
        return data.decode(name, errors="replace")  # these codecs read the mark themselves
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom) and codecs.lookup(bom_encoding).name == name:
            data = data[len(bom) :]
            break
    return data.decode(name, errors="replace")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def guess_legacy(data: bytes) -> str | None:
    """``data`` decoded by charset-normalizer's best non-UTF-16/32 guess, if it has one."""
    # Without NUL bytes a UTF-16/32 guess is always wrong (it turns "café" into CJK).
    for match in charset_normalizer.from_bytes(data):
        if not match.encoding.startswith(("utf_16", "utf_32")):
            return str(match)
    return None
