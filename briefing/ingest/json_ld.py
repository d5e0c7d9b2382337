"""schema.org metadata in ``<script type="application/ld+json">``: the article object and its publisher.

Real pages nest the article in ``@graph`` or a list, give ``@type`` as a string or a list,
authors as strings, objects or lists of either, and sometimes wrap the JSON in CDATA or
leave HTML entities in it; all of that is accepted here, and anything unreadable is skipped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
}  # fmt: skip
_ORGANISATION_TYPES = {"organization", "newsmediaorganization", "corporation", "website"}
_MAX_SCRIPT_CHARS = 2_000_000
_MAX_NODES = 20_000


@dataclass
class JsonLdArticle:
    """What the article object of a page says about itself."""

    headline: str = ""
    authors: list[str] = field(default_factory=list)
    """People (``"@type": "Person"`` or plain strings)."""
    organisation_authors: list[str] = field(default_factory=list)
    published: str = ""
    modified: str = ""
    publisher: str = ""
    url: str = ""
    language: str = ""


@dataclass
class JsonLd:
    article: JsonLdArticle | None = None
    site_names: list[str] = field(default_factory=list)
    """Names of the Organization/WebSite objects on the page (the publisher's brand)."""


def read_json_ld(scripts: list[str]) -> JsonLd:
    """The article (the first one found) and organisation names in the page's JSON-LD scripts."""
    result = JsonLd()
    for script in scripts:
        for node in _nodes(_load(script)):
            kinds = {kind.lower() for kind in _types(node)}
            if kinds & _ARTICLE_TYPES and result.article is None:
                result.article = _article(node)
            elif kinds & _ORGANISATION_TYPES:
                name = _text(node.get("name"))
                if name and name not in result.site_names:
                    result.site_names.append(name)
    return result


def _load(script: str) -> Any:
    text = script.strip()
    if len(text) > _MAX_SCRIPT_CHARS:
        return None
    text = text.removeprefix("<![CDATA[").removesuffix("]]>").strip()
    text = text.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    for candidate in (text, html.unescape(text)):
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in ``value`` that has a ``@type``, top level and ``@graph`` members first."""
    pending = [value]
    seen = 0
    while pending and seen < _MAX_NODES:
        item = pending.pop(0)
        seen += 1
        if isinstance(item, list):
            pending[:0] = item
        elif isinstance(item, dict):
            if "@type" in item:
                yield item
            if isinstance(item.get("@graph"), list):
                pending[:0] = item["@graph"]


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return [kind.rsplit("/", 1)[-1]]
    if isinstance(kind, list):
        return [item.rsplit("/", 1)[-1] for item in kind if isinstance(item, str)]
    return []


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(html.unescape(value).split())
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    return ""


def _url(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, list) and value:
        value = value[0]
    return value.strip() if isinstance(value, str) and value.strip().startswith("http") else ""


def _article(node: dict[str, Any]) -> JsonLdArticle:
    article = JsonLdArticle(
        headline=_text(node.get("headline")) or _text(node.get("name")),
        published=_text(node.get("datePublished")) or _text(node.get("dateCreated")),
        modified=_text(node.get("dateModified")),
        publisher=_text(node.get("publisher")),
        url=_url(node.get("url")) or _url(node.get("mainEntityOfPage")),
        language=_text(node.get("inLanguage")),
    )
    authors = node.get("author") or node.get("creator") or []
    for author in authors if isinstance(authors, list) else [authors]:
        name = _text(author)
        if not name or name.startswith("http"):
            continue
        is_organisation = (
            isinstance(author, dict) and {k.lower() for k in _types(author)} & _ORGANISATION_TYPES
        )
        target = article.organisation_authors if is_organisation else article.authors
        if name not in target:
            target.append(name)
    return article
