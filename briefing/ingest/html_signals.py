"""Everything a page says about itself, collected from its tree before anything is decided.

Meta tags (OpenGraph, Dublin Core, ``name=author``...), JSON-LD, ``<html lang>``, the
canonical link, the headings, ``<time>`` elements and the byline elements in the page.
:mod:`.html_metadata` weighs them against each other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import lxml.html

from .json_ld import JsonLd, read_json_ld

_SPACE = re.compile(r"\s+")
# Elements whose class, id, itemprop or rel marks them as the article's author credit.
_BYLINE_XPATH = (
    "//*[@itemprop='author' or @rel='author'"
    " or contains(translate(@class, 'BYLINEAUTHORÉ', 'bylineauthoré'), 'byline')"
    " or contains(translate(@class, 'AUTHOR', 'author'), 'author')"
    " or contains(translate(@class, 'AUTEUR', 'auteur'), 'auteur')"
    " or contains(translate(@class, 'AUTOR', 'autor'), 'autor')"
    " or contains(translate(@id, 'BYLINE', 'byline'), 'byline')]"
)
_MAX_BYLINES = 40
# Menus, teasers for other stories and comments have author names too, but not this article's.
_FURNITURE = re.compile(r"nav|menu|breadcrumb|related|recommend|comment|teaser|promo|sidebar|widget", re.I)
_MAX_TIMES = 40


def clean_text(text: str | None) -> str:
    """White space collapsed (incl. no-break spaces) and trimmed."""
    return _SPACE.sub(" ", text or "").strip()


@dataclass
class PageSignals:
    meta: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Meta tag contents by lower-case ``property``/``name``/``itemprop``/``http-equiv``."""
    json_ld: JsonLd = field(default_factory=JsonLd)
    html_lang: str = ""
    canonical: str = ""
    archived_url: str = ""
    """For a page saved from the Wayback Machine, the address of the original."""
    title_tag: str = ""
    headings: list[str] = field(default_factory=list)
    """Non-empty ``<h1>`` texts, in page order."""
    times: list[tuple[str, bool]] = field(default_factory=list)
    """``<time datetime>`` values with whether the element is marked as the publication date."""
    byline_elements: list[lxml.html.HtmlElement] = field(default_factory=list)

    def first(self, *keys: str) -> str:
        """The first non-empty meta value among ``keys`` (in that order of preference)."""
        for key in keys:
            for value in self.meta.get(key, []):
                if value:
                    return value
        return ""


def collect_signals(tree: lxml.html.HtmlElement) -> PageSignals:
    signals = PageSignals()
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content is not None:
            signals.meta[key.strip().lower()].append(clean_text(content))
    scripts = [
        script.text or ""
        for script in tree.iter("script")
        if (script.get("type") or "").strip().lower() == "application/ld+json"
    ]
    signals.json_ld = read_json_ld(scripts)
    signals.archived_url = _archived_url(tree)
    signals.html_lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            signals.canonical = link.get("href", "").strip()
            break
    title = tree.find(".//title")
    signals.title_tag = clean_text(title.text_content()) if title is not None else ""
    signals.headings = [text for h1 in tree.iter("h1") if (text := clean_text(h1.text_content()))]
    for element in tree.iter("time"):
        value = element.get("datetime")
        if value:
            marked = (
                "pub"
                in " ".join(
                    (
                        element.get("itemprop") or "",
                        element.get("class") or "",
                        "pubdate" * ("pubdate" in element.attrib),
                    )
                ).lower()
            )
            signals.times.append((value.strip(), marked))
            if len(signals.times) >= _MAX_TIMES:
                break
    signals.byline_elements = [e for e in tree.xpath(_BYLINE_XPATH) if not _in_page_furniture(e)][
        :_MAX_BYLINES
    ]
    return signals


_WAYBACK_INIT = re.compile(r"""__wm\.wombat\(\s*["'](https?://[^"']+)["']""")
_WAYBACK_URL = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(https?://.+)$")


def original_of_archived(url: str) -> str:
    """``https://web.archive.org/web/2012.../http://example.org/a`` -> ``http://example.org/a``."""
    match = _WAYBACK_URL.match(url)
    return match[1] if match else url


def _archived_url(tree: lxml.html.HtmlElement) -> str:
    for script in tree.iter("script"):
        match = _WAYBACK_INIT.search((script.text or "")[:4000])
        if match:
            return re.sub(r"^(https?://[^/:]+):80(?=/)", r"\1", match[1])
    return ""


def _in_page_furniture(element: lxml.html.HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in ("nav", "aside"):
            return True
        if _FURNITURE.search(" ".join((ancestor.get("class") or "", ancestor.get("id") or ""))):
            return True
    return False
