"""Deciding a page's citation metadata from all its signals (see :mod:`.html_signals`).

Each field takes the most specific signal that is present and plausible: the headline
shown in ``<h1>`` when the page's own titles confirm it, the publication date the
article object states before dates scattered in the page, the visible byline when it
matches (or stands in for) the machine-readable authors. trafilatura's metadata is one
more signal, used where the page gives nothing better (not for authors: it takes names
from teasers for other stories, which :mod:`.html_signals` leaves out).
:mod:`.html_origins` records which signal won each field and which disagreed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from urllib.parse import urljoin

from dateutil import parser as date_parser

from .bylines import clean_credit, element_credit, same_name, split_names
from .html_signals import PageSignals, clean_text, original_of_archived
from .publishers import PUBLISHERS, domain_of, publisher_name


@dataclass
class Fallback:
    """What another extractor (trafilatura) found, to use where the page's own signals are silent."""

    title: str = ""
    date: str = ""
    site_name: str = ""


@dataclass
class PageMetadata:
    title: str = ""
    byline: str = ""
    authors: list[str] = field(default_factory=list)
    site_name: str = ""
    published: dt.date | None = None
    updated: dt.date | None = None
    language: str = ""
    url: str = ""


_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•»:-]\s+|\s*[|_]\s*")
_MIN_HEADLINE_MATCH = 0.6
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "og:published_time",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date", "date", "pubdate",
    "publishdate", "publish-date", "publication_date", "sailthru.date", "parsely-pub-date",
    "article.published", "article:publicationdate", "citation_publication_date",
)  # fmt: skip
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
AUTHOR_KEYS = (
    "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "dcsext.author", "byl", "citation_author",
)  # fmt: skip
SITE_NAME_KEYS = (
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
    "dc.publisher",
    "publisher",
)
LANGUAGE_KEYS = ("content-language", "dc.language", "language", "lang", "inlanguage")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|\b)")
LANGUAGE_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.IGNORECASE)
_EARLIEST_YEAR = 1990


def decide_metadata(
    signals: PageSignals, page_url: str = "", fallback: Fallback | None = None
) -> PageMetadata:
    fallback = fallback or Fallback()
    result = PageMetadata()
    result.url = _url(signals, page_url)
    result.site_name = _site_name(signals, result.url, fallback)
    result.title = _title(signals, result.site_name, fallback)
    result.byline, result.authors = _credit(signals, result.site_name)
    result.published = _published(signals, result.url, fallback)
    result.updated = _first_date(
        [signals.json_ld.article.modified] if signals.json_ld.article else []
    ) or _first_date([signals.first(key) for key in MODIFIED_KEYS])
    result.language = _language(signals)
    return result


# -- URL and site name --------------------------------------------------------------------


def _url(signals: PageSignals, page_url: str) -> str:
    article = signals.json_ld.article
    for candidate in (
        signals.canonical,
        signals.first("og:url"),
        article.url if article else "",
        signals.archived_url,
        page_url,
    ):
        candidate = original_of_archived(candidate)
        if candidate:
            base = page_url or signals.first("og:url")
            absolute = urljoin(base, candidate) if base else candidate
            if absolute.startswith(("http://", "https://")):
                return absolute
    return ""


def _site_name(signals: PageSignals, url: str, fallback: Fallback) -> str:
    host = domain_of(url)
    known = known_publisher(host)
    if known:
        return known
    article = signals.json_ld.article
    names = [signals.first("og:site_name"), article.publisher if article else ""]
    names += [signals.first(key) for key in SITE_NAME_KEYS[1:]] + signals.json_ld.site_names
    names = [clean_text(name).lstrip("@") for name in names if name and not name.startswith("http")]
    for index, name in enumerate(names):
        if _looks_like_domain(name):
            # "Automobilwoche.de" next to "Automobilwoche": the brand without its domain ending.
            bare = name.rsplit(".", 1)[0]
            better = next((other for other in names[index + 1 :] if same_name(other, bare)), "")
            return better or name
        return name
    suffix = _title_suffix(signals.title_tag)
    if suffix:
        return suffix
    return fallback.site_name or publisher_name(url)


def known_publisher(host: str) -> str:
    labels = host.split(".")
    return next(
        (PUBLISHERS[key] for i in range(len(labels) - 1) if (key := ".".join(labels[i:])) in PUBLISHERS), ""
    )


def _looks_like_domain(name: str) -> bool:
    return bool(re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", name, re.IGNORECASE))


def _title_suffix(title: str) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    return clean_text(parts[-1]) if len(parts) > 1 and len(parts[-1]) <= 40 else ""


# -- title ------------------------------------------------------------------------------


def _title(signals: PageSignals, site_name: str, fallback: Fallback) -> str:
    article = signals.json_ld.article
    declared = [
        signals.first("og:title"),
        article.headline if article else "",
        signals.first("twitter:title"),
        signals.first("dc.title", "dcterms.title", "title", "sailthru.title"),
        signals.title_tag,
    ]
    declared = [title for title in declared if title]
    best, best_score = "", 0.0
    for heading in signals.headings:
        score = max((_similarity(heading, title) for title in declared), default=0.0)
        if score > best_score:
            best, best_score = heading, score
    if best and best_score >= _MIN_HEADLINE_MATCH:
        return best
    if len(signals.headings) == 1 and not declared:
        return signals.headings[0]
    for title in declared:
        stripped = without_site_suffix(title, site_name)
        if stripped:
            return stripped
    return fallback.title


def _similarity(heading: str, title: str) -> float:
    heading, title = heading.casefold(), title.casefold()
    if heading == title:
        return 1.0
    if len(heading) >= 15 and title.startswith(heading):
        return 0.95  # the <title> is the headline plus " | Site"
    return SequenceMatcher(None, heading, title, autojunk=False).ratio()


def without_site_suffix(title: str, site_name: str) -> str:
    """ "Headline | Section | Site" -> "Headline", when the ending names the site."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = site_name.casefold().removeprefix("the ").replace(" ", "")
    tail = parts[-1].casefold().removeprefix("the ").replace(" ", "")
    if site and (site in tail or tail in site):
        kept = [part for part in parts[:-1] if len(part) > 25] or parts[:1]
        return clean_text(kept[0])
    return title


# -- byline -----------------------------------------------------------------------------


def _credit(signals: PageSignals, site_name: str) -> tuple[str, list[str]]:
    """The byline as shown and the people in it."""
    article = signals.json_ld.article
    people = [
        name for author in (article.authors if article else []) if (name := clean_credit(author) or author)
    ]
    for key in AUTHOR_KEYS:
        for value in signals.meta.get(key, []):
            credit = clean_credit(value)
            if credit and not any(same_name(credit, person) for person in people):
                people.append(credit)
    people += [
        value
        for key, values in signals.meta.items()
        if key.startswith("branch:deeplink:authorname")
        for value in values
    ]
    people = [person for person in people if not is_publisher(person, signals, site_name)]
    people = list(dict.fromkeys(people))
    visible = [credit for element in signals.byline_elements if (credit := element_credit(element))]
    visible = [credit for credit in visible if not is_publisher(credit, signals, site_name)]
    if people:
        # The visible credit that names these people, as printed ("Stella Kim and Jennifer Jett").
        for credit in visible:
            folded = credit.casefold()
            if (
                all(person.casefold() in folded for person in people[:3])
                and len(credit) <= 2 * sum(map(len, people)) + 40
            ):
                return credit, _people_in(credit, people)
        if len(people) > 1 and all(" " not in person for person in people):
            people = [" ".join(people)]  # "Jane", "Smith" split by a bad CMS
        joined = " and ".join(people) if len(people) == 2 else ", ".join(people)
        return joined, people
    if visible:
        return visible[0], split_names(visible[0])
    organisation = article.organisation_authors if article else []
    agencies = [name for name in organisation if not is_publisher(name, signals, site_name)]
    if agencies:
        return agencies[0], []
    return "", []


def _people_in(credit: str, people: list[str]) -> list[str]:
    names = split_names(credit)
    return names if len(names) >= len(people) else people


def is_publisher(name: str, signals: PageSignals, site_name: str) -> bool:
    """Whether ``name`` is the site itself ("Automobilwoche", "BBC News"), not a writer or an agency."""
    article = signals.json_ld.article
    brands = [site_name, signals.first("og:site_name"), signals.first("publisher", "dc.publisher")]
    brands += [article.publisher] if article else []
    brands += signals.json_ld.site_names
    folded = name.casefold().removeprefix("the ")
    return any(brand and folded == brand.casefold().removeprefix("the ") for brand in brands)


# -- dates ------------------------------------------------------------------------------


def parse_date(value: str) -> dt.date | None:
    """The calendar date ``value`` states, as written (the publisher's local date, not UTC)."""
    value = clean_text(value)
    if not value:
        return None
    match = _ISO_DATE.match(value)
    try:
        if match:
            date = dt.date(int(match[1]), int(match[2]), int(match[3]))
        else:
            date = date_parser.parse(
                value, fuzzy=False, ignoretz=True, default=dt.datetime(1900, 1, 1)
            ).date()
    except (ValueError, OverflowError):
        return None
    if date.year < _EARLIEST_YEAR or date > dt.date.today() + dt.timedelta(days=2):
        return None
    return date


def _first_date(values: list[str]) -> dt.date | None:
    return next((date for value in values if value and (date := parse_date(value))), None)


def _published(signals: PageSignals, url: str, fallback: Fallback) -> dt.date | None:
    # Every date the page declares as its publication date; when they disagree, the earliest:
    # a CMS that republishes or updates a story moves "datePublished" forward, never back.
    # Only the first marked <time>: later ones usually belong to teasers for other stories.
    article = signals.json_ld.article
    candidates = [article.published] if article else []
    candidates += [value for key in PUBLISHED_KEYS for value in signals.meta.get(key, [])[:1]]
    candidates += [value for value, marked in signals.times if marked][:1]
    candidates = in_local_time([value for value in candidates if value])
    dates = [date for value in candidates if (date := parse_date(value))]
    if dates:
        return min(dates)
    date = _first_date([fallback.date])
    if date and (date.month, date.day) != (1, 1):
        # htmldate's search of the text turns a bare year ("© 2022" in the footer) into 1 January.
        return date
    match = URL_DATE.search(url)
    return _first_date([f"{match[1]}-{match[2]}-{match[3]}"]) if match else None


def in_local_time(values: list[str]) -> list[str]:
    """UTC timestamps moved to the offset another timestamp of the page states (the publisher's zone).

    "2019-10-18T22:04:00Z" next to "Sat, 19 Oct 2019 00:04:00 +0200" is the 19th where it was published.
    """
    parsed = [zoned_timestamp(value) for value in values]
    local = next((stamp.utcoffset() for stamp in parsed if stamp and stamp.utcoffset()), None)
    if local is None:
        return values
    zone = dt.timezone(local)
    return [
        stamp.astimezone(zone).date().isoformat() if stamp and stamp.utcoffset() == dt.timedelta(0) else value
        for value, stamp in zip(values, parsed, strict=True)
    ]


def zoned_timestamp(value: str) -> dt.datetime | None:
    """``value`` as a moment with a time zone, if it states a time and a zone."""
    if not re.search(r"\d:\d\d", value) or not re.search(r"(?:Z|[+-]\d\d:?\d\d|GMT|UTC)\s*$", value.strip()):
        return None
    try:
        stamp = date_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    return stamp if stamp.tzinfo is not None else None


# -- language ---------------------------------------------------------------------------


def _language(signals: PageSignals) -> str:
    article = signals.json_ld.article
    candidates = [signals.html_lang]
    candidates += [signals.first(key) for key in LANGUAGE_KEYS]
    candidates += [signals.first("og:locale"), article.language if article else ""]
    for candidate in candidates:
        for part in re.split(r"[,;\s]+", candidate):
            match = LANGUAGE_CODE.match(part)
            if match:
                return match[1].lower()
    return ""
