"""Markdown articles: front matter for the metadata, the first heading as the title, plain paragraphs.

Headings, list items and quotes become paragraphs of their own; links keep only their
text, images and code fences' markers are dropped, emphasis markers removed.
"""

from __future__ import annotations

import re

from briefing.model import Alternative, Article

from . import sample_text
from .front_matter import split_front_matter
from .html_metadata import parse_date
from .language import guess_language
from .origins import note, note_filled, publisher_source, same_title
from .publishers import publisher_name
from .registry import PRIORITY_MARKUP, Reader, Source, register
from .text_blocks import lines_of, without_link_markup

FORMAT = "markdown"

_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.*)$")
_SETEXT = re.compile(r"^(?:=+|-+)\s*$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^(?:```|~~~)")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^>\s?")
_REFERENCE = re.compile(r"^\[[^\]]+\]:\s+\S+")
# Every pattern runs in linear time on any input (issue 11: runs of brackets, stars or
# underscores took minutes): bracketed or emphasised text cannot hold its own delimiter, so a
# match attempt stops at the next one instead of scanning on to the end of the text.
_REFERENCE_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_EMPHASIS = re.compile(r"(\*\*|\*)(?=[^\s*])([^*]+)(?<=\S)\1|~~(?=[^\s~])([^~]+)(?<=\S)~~")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<!\w)(__|_)(?=[^\s_])([^_]+)(?<=\S)\1(?!\w)")  # not snake_case
_INLINE_CODE = re.compile(r"`([^`]*)`")
_NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b)\s*")

_TITLE_KEYS = ("title", "headline")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_DATE_KEYS = ("date", "published", "pubdate", "publish_date", "date_published", "created")
_URL_KEYS = ("url", "canonical_url", "canonical", "source_url", "link", "original_url", "source")
_SITE_KEYS = ("site_name", "site", "publisher", "publication", "outlet")
_LANGUAGE_KEYS = ("lang", "language", "locale")


def sniff(source: Source) -> bool:
    text = source.text
    if text is None:
        return False
    if source.suffix in _SUFFIXES:
        return not sample_text.sniff(source)
    fields, _ = split_front_matter(lines_of(text[:20000]))
    return bool(fields)


def parse(source: Source) -> Article:
    text = without_comments(source.text or "")
    fields, lines = split_front_matter(lines_of(text))
    article = Article(source_format=FORMAT)
    blocks = _blocks(lines)
    title = _first(fields, _TITLE_KEYS)
    heading = blocks[0][1] if blocks and blocks[0][0] == "heading" else ""
    if title and heading and not same_title(heading, title):
        note(article, "title", "file-properties", [Alternative(heading, "heading")])
    if not title and heading:
        title = blocks.pop(0)[1]
        note(article, "title", "heading")
    article.title = title
    article.paragraphs = [text for _, text in blocks]
    authors = [name for value in _all(fields, _AUTHOR_KEYS) for name in _NAME_SEPARATOR.split(value) if name]
    article.authors = authors
    article.byline = " and ".join(authors) if len(authors) == 2 else ", ".join(authors)
    article.published = parse_date(_first(fields, _DATE_KEYS))
    article.url = next(
        (url for url in _all(fields, _URL_KEYS) if url.startswith(("http://", "https://"))), ""
    )
    article.site_name = _first(fields, _SITE_KEYS)
    if not article.site_name and article.url:
        article.site_name = publisher_name(article.url)
        note(article, "site_name", publisher_source(article.url))
    language = _first(fields, _LANGUAGE_KEYS)
    article.language = language.replace("_", "-").split("-")[0].lower() if language else ""
    # The front matter is the file's own description of itself.
    note_filled(
        article,
        "file-properties",
        ("title", "authors", "byline", "published", "url", "site_name", "language"),
    )
    article.language = article.language or guess_language(" ".join(article.paragraphs))
    note_filled(article, "text", ("language",))
    return article


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    """("heading" | "text", text) for each heading, paragraph, list item and quote paragraph."""
    blocks: list[tuple[str, str]] = []
    current: list[str] = []
    in_code = False

    def flush(kind: str = "text") -> None:
        if current:
            text = _inline(" ".join(current))
            if text:
                blocks.append((kind, text))
            current.clear()

    for line in lines:
        if _FENCE.match(line):
            flush()
            in_code = not in_code
            continue
        if in_code:
            current.append(line)
            continue
        line = _QUOTE.sub("", line)
        heading = _HEADING.match(line)
        if heading:
            flush()
            current.append(_heading_text(heading["text"]))
            flush("heading")
        elif _SETEXT.match(line) and len(current) == 1:
            flush("heading")
        elif not line or _RULE.match(line) or _REFERENCE.match(line):
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            current.append(_LIST_ITEM.sub("", line))
        else:
            current.append(line)
    flush()
    return blocks


def _inline(text: str) -> str:
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = without_link_markup(text)
    text = _INLINE_CODE.sub(r"\1", text)
    for _ in range(2):  # **_nested_** emphasis
        text = _UNDERSCORE_EMPHASIS.sub(r"\2", _EMPHASIS.sub(lambda m: m[2] or m[3], text))
    return text.strip()


def _heading_text(text: str) -> str:
    """An ATX heading's text without its optional closing hashes ("## Talks ##"; "C#" keeps its #)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1].isspace()):
        return bare.rstrip()
    return text


def without_comments(text: str) -> str:
    """``text`` without ``<!-- ... -->`` comments, in one pass (an unclosed one is kept as text)."""
    if "<!--" not in text:
        return text
    kept: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        kept.append(text[position:start])
        position = end + 3
    kept.append(text[position:])
    return "".join(kept)


def _first(fields: dict[str, list[str]], keys: tuple[str, ...]) -> str:
    return next((values[0] for key in keys if (values := fields.get(key))), "")


def _all(fields: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    return next((values for key in keys if (values := fields.get(key))), [])


register(Reader(format=FORMAT, sniff=sniff, parse=parse, priority=PRIORITY_MARKUP + 10))
