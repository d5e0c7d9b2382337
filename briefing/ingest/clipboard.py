"""Text pasted as a new article ("Paste as new article"): the clipboard's HTML if it has any, else its text.

A pasted selection is all content, so HTML is not run through the main-text extractor:
every paragraph, heading, list item and quote becomes a paragraph, line breaks
(``<br><br>``) inside one element split it, scripts, styles and forms are dropped.
"""

from __future__ import annotations

import re

import lxml.html

from briefing.model import Article

from .errors import IngestError
from .html_signals import clean_text
from .html_source import parse_html
from .invisible import normalise_article
from .language import guess_language
from .limits import cap_article
from .origins import note_filled
from .reading import parse_article_bytes

SOURCE = "clipboard"
FORMAT_HTML = "clipboard-html"

# Windows' CF_HTML puts a header ("Version:0.9 StartHTML:...") before the markup.
_CF_HTML_HEADER = re.compile(r"^Version:\d.*?(?=<)", re.DOTALL)
_FRAGMENT = re.compile(r"<!--StartFragment-->(.*)<!--EndFragment-->", re.DOTALL | re.IGNORECASE)
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "dd", "dt", "figcaption",
           "section", "article", "header", "footer", "main", "td", "th", "ul", "ol", "table", "body", "dl"}  # fmt: skip
_DROPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "button",
    "form",
    "select",
    "nav",
    "svg",
    "iframe",
    "object",
}
_HEADINGS = {"h1", "h2", "h3"}
_BREAK = "\u2029"
_MAX_TITLE_CHARS = 150


def parse_clipboard(text: str | None, html: str | None = None) -> Article:
    """The article in what the user pasted: ``html`` (keeps its paragraphs) when given, else ``text``.

    Raises :class:`IngestError` when the clipboard holds neither.
    """
    article: Article | None = None
    if html and html.strip():
        article = _from_html(html)
    if article is None and text and text.strip():
        article = parse_article_bytes(text.encode("utf-8"), "")
    if article is None:
        raise IngestError(
            "The clipboard holds no text to make an article from; copy the article's text first."
        )
    article.source = SOURCE
    return cap_article(normalise_article(article))


def _from_html(markup: str) -> Article | None:
    markup = _CF_HTML_HEADER.sub("", markup, count=1)
    fragment = _FRAGMENT.search(markup)
    if fragment:
        markup = fragment[1]
    tree = parse_html(f"<html><body>{markup}</body></html>" if "<body" not in markup.lower() else markup)
    for element in tree.xpath("//*"):
        if isinstance(element.tag, str) and element.tag in _DROPPED:
            element.drop_tree()
    body = tree.find("body")
    if body is None:
        return None
    blocks: list[tuple[str, str]] = []
    _walk(body, blocks, [])
    if not blocks:
        return None
    title = ""
    if blocks[0][0] in _HEADINGS and len(blocks) > 1 and len(blocks[0][1]) <= _MAX_TITLE_CHARS:
        title = blocks.pop(0)[1]
    paragraphs = [text for _, text in blocks]
    article = Article(
        title=title,
        paragraphs=paragraphs,
        language=guess_language(" ".join(paragraphs)),
        source_format=FORMAT_HTML,
    )
    note_filled(article, "text", ("title", "language"))
    return article


def _walk(element: lxml.html.HtmlElement, blocks: list[tuple[str, str]], inline: list[str]) -> None:
    """Split the tree into (tag, text) blocks: a block element ends the text gathered so far."""

    def flush(tag: str) -> None:
        for part in re.split(f"{_BREAK}\\s*{_BREAK}", "".join(inline)):
            text = clean_text(part)
            if text:
                blocks.append((tag, text))
        inline.clear()

    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _BLOCKS:
        flush("p")
    if tag == "br":
        inline.append(_BREAK)
    elif element.text:
        inline.append(element.text)
    for child in element:
        _walk(child, blocks, inline)
        if child.tail:
            inline.append(child.tail)
    if tag in _BLOCKS:
        flush(tag if tag in _HEADINGS else "p")
