"""Saved web pages (``.html``, ``.htm``) and fetched HTML: main text and citation metadata.

The body comes from trafilatura (navigation, ads, share buttons, related links and
comments left out); the metadata from the page's own signals (:mod:`.html_metadata`),
with trafilatura's as a fallback. Nothing is ever fetched: the tree is parsed with the
network off and trafilatura and htmldate get that tree, never a string that could be
taken for a URL.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import lxml.html

from briefing.model import Article

from .html_metadata import Fallback, decide_metadata
from .html_origins import trace_origins
from .html_signals import clean_text, collect_signals
from .html_source import decode_html, parse_html
from .language import guess_language
from .origins import note
from .registry import PRIORITY_MARKUP, Reader, Source, register

if TYPE_CHECKING:
    from trafilatura.settings import Document

logger = logging.getLogger(__name__)

FORMAT = "html"

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body)\b[^>]*>", re.IGNORECASE)
_SNIFF_BYTES = 4096
_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_SHORT_PAGE_CHARS = 500
_HEADLINE_WITHIN = 4
_MAX_KICKER_CHARS = 60
MAX_TEXT_CHARS = 1_000_000
"""The most page text handed to the extractor (a long read is 60,000 characters)."""

# trafilatura logs every page it finds little text in; that is our decision to report, not its.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def sniff(source: Source) -> bool:
    head = source.data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if b"\x00" in head[:200]:
        text = source.text or ""  # UTF-16 with a byte-order mark
        head = text[:_SNIFF_BYTES].encode("utf-8", errors="ignore")
    if _HTML_START.match(head):
        return True
    return source.suffix in _SUFFIXES and _HTML_ANYWHERE.search(head) is not None


def parse(source: Source) -> Article:
    text = decode_html(source.data, source.encoding)
    return parse_html_text(text, page_url=source.name if _is_web_address(source.name) else "")


def parse_html_text(text: str, page_url: str = "") -> Article:
    """The article in an HTML document already decoded to ``text``; ``page_url`` where it came from."""
    tree = parse_html(text)
    signals = collect_signals(tree)
    _bound_text(tree)
    document = _extract(tree, page_url)
    fallback = Fallback()
    if document is not None:
        fallback = Fallback(
            title=document.title or "",
            date=document.date or "",
            site_name=document.sitename or "",
        )
    metadata = decide_metadata(signals, page_url, fallback)
    paragraphs = body_paragraphs(document.body if document is not None else None)
    if len(paragraphs) <= 1 and sum(map(len, paragraphs)) < _SHORT_PAGE_CHARS:
        # trafilatura's fallback for short pages runs all text together; keep the page's own blocks.
        visible = _visible_paragraphs(tree)
        paragraphs = visible if len(visible) > len(paragraphs) else paragraphs
    paragraphs = _without_headline(paragraphs, metadata.title)
    article = Article(
        title=metadata.title,
        authors=metadata.authors,
        byline=metadata.byline,
        published=metadata.published,
        updated=metadata.updated,
        site_name=metadata.site_name,
        url=metadata.url,
        language=metadata.language or guess_language(" ".join(paragraphs)),
        paragraphs=paragraphs,
        source_format=FORMAT,
        origins=trace_origins(signals, metadata, page_url, fallback),
    )
    if article.language and not metadata.language:
        note(article, "language", "text")
    return article


def _without_headline(paragraphs: list[str], title: str) -> list[str]:
    """The body without the headline (it is the title) and the short kicker lines above it."""
    headline = title.casefold()
    for index, paragraph in enumerate(paragraphs[:_HEADLINE_WITHIN]):
        if headline and paragraph.casefold() == headline:
            before = paragraphs[:index]
            kept = [p for p in before if len(p) > _MAX_KICKER_CHARS]  # "Gesundheit", "Analysis"
            rest = paragraphs[index + 1 :]
            while rest and rest[0].casefold() == headline:
                rest = rest[1:]
            return kept + rest
    return paragraphs


def _bound_text(tree: lxml.html.HtmlElement) -> bool:
    """Drop everything after the first :data:`MAX_TEXT_CHARS` characters of text; ``True`` if anything was.

    The extractor's work grows faster than the page (a 30 MB page of paragraphs took
    52 s), and no article is a tenth of this long: what lies beyond is comments,
    listings or a page built to stall the reader.
    """
    if len(tree.text_content()) <= MAX_TEXT_CHARS:
        return False
    total = 0
    for element in tree.iter(*_BLOCK_TAGS):
        total += len(element.text_content())
        if total > MAX_TEXT_CHARS:
            node = element
            while (parent := node.getparent()) is not None:
                for later in list(node.itersiblings()):
                    parent.remove(later)
                node = parent
            logger.info("Read only the first %d characters of a page's text", MAX_TEXT_CHARS)
            return True
    return False


def _extract(tree: lxml.html.HtmlElement, url: str) -> Document | None:
    import trafilatura  # here, not at the top: it takes a tenth of a second to import
    from trafilatura.settings import Document

    try:
        document = trafilatura.bare_extraction(
            tree,  # a parsed tree: trafilatura copies it and never downloads anything
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        return None
    return document if isinstance(document, Document) else None


def body_paragraphs(body: lxml.etree._Element | None) -> list[str]:
    """Paragraphs of trafilatura's body tree: one per paragraph, heading, list item or table row.

    A line break after a sentence's end splits a paragraph (pages that use ``<br><br>`` for
    paragraphs reach us with one ``<lb/>``); other line breaks (an address, a verse) are spaces.
    """
    if body is None:
        return []
    paragraphs: list[str] = []
    for element in body:
        if element.tag == "list":
            for item in element.findall("item"):
                paragraphs += _texts_of(item)
        elif element.tag == "table":
            for row in element.iter("row"):
                cells = [" ".join(_texts_of(cell)) for cell in row.findall("cell")]
                paragraphs.append(" | ".join(cell for cell in cells if cell))
        else:
            paragraphs += _texts_of(element)
    return [paragraph for paragraph in paragraphs if paragraph]


_BREAK = "\u2029"
_PARAGRAPH_BREAK = re.compile(
    f'(?<=[.!?…:"”»)])\\s*{_BREAK}[\\s{_BREAK}]*|{_BREAK}\\s*{_BREAK}[\\s{_BREAK}]*'
)


def _texts_of(element: lxml.etree._Element) -> list[str]:
    """The element's text as paragraphs; inline markup adds no space, one line break adds one."""
    parts: list[str] = []
    _collect_text(element, parts)
    return [text for block in _PARAGRAPH_BREAK.split("".join(parts)) if (text := clean_text(block))]


def _collect_text(element: lxml.etree._Element, parts: list[str]) -> None:
    parts.append(_BREAK if element.tag == "lb" else element.text or "")
    for child in element:
        _collect_text(child, parts)
        parts.append(child.tail or "")


_BLOCK_TAGS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "dd",
    "dt",
    "figcaption",
)


def _visible_paragraphs(tree: lxml.html.HtmlElement) -> list[str]:
    """For short pages trafilatura declines: the text of every paragraph-like element."""
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = tree.find("body")
    if body is None:
        return []
    paragraphs = [clean_text(element.text_content()) for element in body.iter(*_BLOCK_TAGS)]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        paragraphs = [
            line for line in (clean_text(line) for line in body.text_content().splitlines()) if line
        ]
    return paragraphs


def _is_web_address(name: str) -> bool:
    return name.startswith(("http://", "https://"))


register(Reader(format=FORMAT, sniff=sniff, parse=parse, priority=PRIORITY_MARKUP))
