"""HTML bytes to a parsed tree, safely: the right encoding, no network, bounded work.

Encoding, in order: the user's choice; a byte-order mark; the declared charset (``<meta
charset>`` or the HTTP header), unless the bytes are valid UTF-8 with non-ASCII text, which
a legacy encoding almost never produces (pages re-saved as UTF-8 keep their old
declaration); strict UTF-8; charset-normalizer's guess; Windows-1252 as browsers do.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .decoding import bom_encoding, decode_as, encoding_name, guess_legacy

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[\w.:-]+)""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Control characters other than tab and line breaks: never text, and lxml refuses strings holding them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DECLARATION_WINDOW = 4096
MAX_TAG_CHARS = 16_384
"""A start tag longer than this (a page with 100,000 attributes on one element) keeps only its
first attributes: libxml2 checks each new attribute against all before it, which took minutes."""
# Possessive: from each "<", the scan ends at the next "<" or ">", so the search is linear.
_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{MAX_TAG_CHARS},}}+")
# What browsers really use for these labels (WHATWG Encoding Standard).
_BROWSER_ALIASES = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "tis-620": "cp874",
}


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its first few kilobytes, as Python names it."""
    match = _DECLARED.search(data[:_DECLARATION_WINDOW])
    return encoding_name(match["charset"].decode("ascii")) if match else None


def decode_html(data: bytes, encoding: str | None = None, header_charset: str | None = None) -> str:
    """The page's text. ``encoding`` is the user's override; ``header_charset`` from HTTP."""
    if encoding:
        return decode_as(data, encoding)
    bom = bom_encoding(data)
    if bom:
        return decode_as(data, bom)
    declared = declared_charset(data) or (encoding_name(header_charset) if header_charset else None)
    if declared in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        declared = None  # a page that says UTF-16 but has no mark was saved as something else
    if declared and declared != "utf-8" and not _is_utf8_with_non_ascii(data):
        try:
            return data.decode(_BROWSER_ALIASES.get(declared, declared))
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = guess_legacy(data)
    if guess is not None:
        return guess
    return data.decode("cp1252", errors="replace")


def _is_utf8_with_non_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _first_attributes(tag: str) -> str:
    """The start of an over-long start tag, ending between two whole attributes."""
    head = tag[:MAX_TAG_CHARS]
    for quote in ('"', "'"):
        if head.count(quote) % 2:  # cut inside a quoted value: drop that attribute
            head = head[: head.rfind(quote)]
    cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n"))
    return head[:cut] if cut > 0 else head


def parse_html(text: str) -> lxml.html.HtmlElement:
    """The document tree of ``text``; never fetches anything, never expands entities.

    libxml2's HTML parser ignores a DTD's entity definitions (no "billion laughs") and,
    without ``huge_tree``, stops nesting at a fixed depth, so deep markup costs little.
    """
    text = _CONTROL.sub("", _XML_DECLARATION.sub("", text, count=1))
    if len(text) > MAX_TAG_CHARS:
        text = _LONG_TAG.sub(lambda match: _first_attributes(match.group()), text)
    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, huge_tree=False, remove_comments=True, remove_pis=True
    )
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        tree = lxml.html.document_fromstring(b"<html><body></body></html>", parser=parser)
    return tree
