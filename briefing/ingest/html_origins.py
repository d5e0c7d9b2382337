"""Where each of a page's metadata fields came from, and the other values the page gave for it.

:mod:`.html_metadata` decides; this module only looks back at the same signals to name
the one that won and list those that disagree, strongest first. Alternatives are kept
for the fields a citation prints (title, authors, published, site name, URL); the
others record their source only. Dates disagree only as calendar dates: a timestamp and
the date it falls on in the publisher's (or another plausible) time zone agree.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urljoin

from briefing.model import Alternative, FieldOrigin

from .bylines import clean_credit, element_credit, split_names
from .html_metadata import (
    AUTHOR_KEYS,
    LANGUAGE_CODE,
    LANGUAGE_KEYS,
    MODIFIED_KEYS,
    PUBLISHED_KEYS,
    URL_DATE,
    Fallback,
    PageMetadata,
    in_local_time,
    is_publisher,
    known_publisher,
    parse_date,
    without_site_suffix,
    zoned_timestamp,
)
from .html_signals import PageSignals, clean_text, original_of_archived
from .origins import (
    disagreeing,
    looks_like_company,
    same_address,
    same_names,
    same_site,
    same_text,
    same_title,
)
from .publishers import domain_of, publisher_name

Candidates = list[tuple[str, str]]
"""(value, source) pairs, strongest first."""

# The widest offsets from UTC in use: a UTC timestamp falls on one of these dates somewhere.
_EARLIEST_ZONE = dt.timedelta(hours=-12)
_LATEST_ZONE = dt.timedelta(hours=14)


def meta_source(key: str) -> str:
    """The kind of signal a meta tag is, by its name: OpenGraph, Dublin Core or another meta tag."""
    if key.startswith(("og:", "article:")):
        return "opengraph"
    if key.startswith(("dc.", "dcterms.")):
        return "dublin-core"
    return "meta"


def trace_origins(
    signals: PageSignals, metadata: PageMetadata, page_url: str = "", fallback: Fallback | None = None
) -> list[FieldOrigin]:
    """One :class:`FieldOrigin` for each field ``metadata`` has a value for."""
    fallback = fallback or Fallback()
    origins: list[FieldOrigin] = []
    if metadata.title:
        origins.append(_title_origin(signals, metadata))
    origins += _credit_origins(signals, metadata)
    if metadata.published:
        origins.append(_published_origin(signals, metadata, fallback))
    if metadata.updated:
        origins.append(FieldOrigin("updated", _updated_source(signals, metadata.updated)))
    if metadata.site_name:
        origins.append(_site_name_origin(signals, metadata))
    if metadata.url:
        origins.append(_url_origin(signals, metadata.url, page_url))
    if metadata.language:
        origins.append(FieldOrigin("language", _language_source(signals, metadata.language)))
    return origins


# -- title ------------------------------------------------------------------------------


def _title_origin(signals: PageSignals, metadata: PageMetadata) -> FieldOrigin:
    article = signals.json_ld.article
    declared: Candidates = [
        (article.headline if article else "", "json-ld"),
        (signals.first("og:title"), "opengraph"),
        (signals.first("twitter:title"), "meta"),
        (signals.first("dc.title", "dcterms.title"), "dublin-core"),
        (signals.first("title", "sailthru.title"), "meta"),
        (signals.title_tag, "title-tag"),
    ]
    declared = [
        (without_site_suffix(title, metadata.site_name), source) for title, source in declared if title
    ]
    title = metadata.title
    agreeing = [source for value, source in declared if same_title(value, title)]
    source = "heading" if title in signals.headings or not agreeing else agreeing[0]
    if len(agreeing) >= (1 if source == "heading" else 2):
        # Two signals agree on the headline: another one is a headline for search or social media.
        return FieldOrigin("title", source)
    return FieldOrigin("title", source, disagreeing(title, declared, same_title))


# -- authors and byline -----------------------------------------------------------------


def _credit_origins(signals: PageSignals, metadata: PageMetadata) -> list[FieldOrigin]:
    site_name = metadata.site_name
    article = signals.json_ld.article
    json_ld_people = [
        name
        for author in (article.authors if article else [])
        if (name := clean_credit(author) or author) and not is_publisher(name, signals, site_name)
    ]
    stated: Candidates = [("; ".join(json_ld_people), "json-ld")] if json_ld_people else []
    for key in AUTHOR_KEYS:
        for value in signals.meta.get(key, []):
            credit = clean_credit(value)
            if credit and not is_publisher(credit, signals, site_name):
                stated.append(("; ".join(split_names(credit)), meta_source(key)))
    visible = next(
        (
            credit
            for element in signals.byline_elements
            if (credit := element_credit(element)) and not is_publisher(credit, signals, site_name)
        ),
        "",
    )
    shown: Candidates = [("; ".join(split_names(visible)), "byline")] if visible else []
    origins: list[FieldOrigin] = []
    if metadata.authors:
        source = stated[0][1] if stated else "byline"
        chosen = "; ".join([metadata.byline, *metadata.authors])
        origins.append(FieldOrigin("authors", source, disagreeing(chosen, stated + shown, same_names)))
    if metadata.byline:
        if visible and same_text(visible, metadata.byline):
            source = "byline"
        elif metadata.authors:
            source = origins[0].source
        else:
            source = "json-ld"  # an agency named as the article's author
        origins.append(FieldOrigin("byline", source))
    return origins


# -- dates ------------------------------------------------------------------------------


def _published_origin(signals: PageSignals, metadata: PageMetadata, fallback: Fallback) -> FieldOrigin:
    published = metadata.published
    assert published is not None
    article = signals.json_ld.article
    stated: Candidates = [(article.published, "json-ld")] if article and article.published else []
    for key in PUBLISHED_KEYS:
        value = next(iter(signals.meta.get(key, [])), "")
        if value:
            stated.append((value, meta_source(key)))
    stated += [(value, "time-element") for value, marked in signals.times if marked][:1]
    local = in_local_time([value for value, _ in stated])
    zone = next(
        (
            offset
            for value, _ in stated
            if (stamp := zoned_timestamp(value)) and (offset := stamp.utcoffset())
        ),
        None,
    )
    match = URL_DATE.search(metadata.url)
    url_date = f"{match[1]}-{match[2]}-{match[3]}" if match else ""
    candidates = [(as_local, source, value) for (value, source), as_local in zip(stated, local, strict=True)]
    if url_date:
        candidates.append((url_date, "url", url_date))
    winner = next((c for c in candidates if parse_date(c[0]) == published), None)
    if winner is not None:
        source = winner[1]
        chosen_dates = {published} | _possible_dates(winner[2], zone)
    else:
        source = "text"  # found by htmldate in the page's text, where no signal of ours stated it
        chosen_dates = {published}
    alternatives: list[Alternative] = []
    seen: set[dt.date] = set(chosen_dates)
    for as_local, candidate_source, value in candidates:
        date = parse_date(as_local)
        if date is None or date in seen or chosen_dates & (_possible_dates(value, zone) | {date}):
            continue
        seen.add(date)
        alternatives.append(Alternative(date.isoformat(), candidate_source))
    return FieldOrigin("published", source, alternatives[:3])


def _possible_dates(value: str, zone: dt.timedelta | None) -> set[dt.date]:
    """The calendar dates ``value`` may stand for: as written, in UTC, and in the publisher's zone.

    A UTC timestamp on a page that states no zone of its own may be any date it falls on somewhere.
    """
    stamp = zoned_timestamp(value)
    if stamp is None:
        date = parse_date(value)
        return {date} if date else set()
    dates = {stamp.date(), stamp.astimezone(dt.UTC).date()}
    if zone is not None:
        dates.add(stamp.astimezone(dt.timezone(zone)).date())
    elif stamp.utcoffset() == dt.timedelta(0):
        dates |= {(stamp + _EARLIEST_ZONE).date(), (stamp + _LATEST_ZONE).date()}
    return dates


def _updated_source(signals: PageSignals, updated: dt.date) -> str:
    article = signals.json_ld.article
    if article and article.modified and parse_date(article.modified) == updated:
        return "json-ld"
    return next(
        (meta_source(key) for key in MODIFIED_KEYS if parse_date(signals.first(key)) == updated), "meta"
    )


# -- site name, address, language ---------------------------------------------------------


def _site_name_origin(signals: PageSignals, metadata: PageMetadata) -> FieldOrigin:
    article = signals.json_ld.article
    stated: Candidates = [
        (signals.first("og:site_name"), "opengraph"),
        (article.publisher if article else "", "json-ld"),
        (signals.first("dc.publisher"), "dublin-core"),
        (signals.first("publisher"), "meta"),
    ]
    stated = [
        (clean_text(name).lstrip("@"), source)
        for name, source in stated
        if name and not name.startswith("http")
    ]
    declared = stated + [
        (signals.first(key), "meta") for key in ("application-name", "apple-mobile-web-app-title")
    ]
    declared += [(name, "json-ld") for name in signals.json_ld.site_names]
    name = metadata.site_name
    stated = [(value, source) for value, source in stated if not looks_like_company(value)]
    if known_publisher(domain_of(metadata.url)):
        return FieldOrigin("site_name", "publisher-table")  # checked by hand: what the page says is a variant
    if exact := next((source for value, source in declared if same_text(value, name)), ""):
        source = exact
    elif same_text(name, publisher_name(metadata.url)):
        source = "url"
    elif signals.title_tag.casefold().endswith(name.casefold()):
        source = "title-tag"
    else:
        source = next((source for value, source in declared if same_site(value, name)), "meta")
    return FieldOrigin("site_name", source, disagreeing(name, stated, same_site))


def _url_origin(signals: PageSignals, url: str, page_url: str) -> FieldOrigin:
    article = signals.json_ld.article
    stated: Candidates = []
    for value, source in (
        (signals.canonical, "canonical-link"),
        (signals.first("og:url"), "opengraph"),
        (article.url if article else "", "json-ld"),
        (signals.archived_url, "url"),
        (page_url, "url"),
    ):
        value = original_of_archived(value)
        base = page_url or signals.first("og:url")
        absolute = urljoin(base, value) if value and base else value
        if absolute.startswith(("http://", "https://")):
            stated.append((absolute, source))
    source = next((source for value, source in stated if value == url), "url")
    return FieldOrigin("url", source, disagreeing(url, stated, same_address))


def _language_source(signals: PageSignals, language: str) -> str:
    article = signals.json_ld.article
    for value, source in (
        (signals.html_lang, "meta"),
        *((signals.first(key), meta_source(key)) for key in LANGUAGE_KEYS),
        (signals.first("og:locale"), "opengraph"),
        (article.language if article else "", "json-ld"),
    ):
        for part in re.split(r"[,;\s]+", value):
            match = LANGUAGE_CODE.match(part)
            if match:
                return source if match[1].lower() == language else "text"
    return "text"
