"""Recording where an article's metadata came from, and what other signals said (``Article.origins``).

Readers call :func:`note` for each field they set. :func:`disagreeing` keeps the values
other signals gave that a person should look at: distinct, in order of strength, at most
:data:`MAX_ALTERNATIVES`, and never one that says the same thing differently (a title
with or without " | Site", curly or straight quotes, another case or spacing).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from briefing.model import Alternative, Article, FieldOrigin

from .publishers import PUBLISHERS, domain_of

MAX_ALTERNATIVES = 3

Same = Callable[[str, str], bool]

_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s]+")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•»:-]\s+|\s*[|_]\s*")
_BRACKETED_SUFFIX = re.compile(r"\s*[(（\[【][^()（）\[\]【】]{1,40}[)）\]】]$")
_DOMAIN_ENDING = re.compile(r"\.(?:[a-z]{2,6})(?:\.[a-z]{2})?$")
_COMPANY = re.compile(
    r"\b(?:inc|ltd|llc|plc|gmbh|ag|kg|sa|s\.a|s\.l|sl|srl|spa|bv|nv|oy|corp|corporation|company|"
    r"co|group|holdings?|media|medien|verlag|publishing|ediciones|editora|éditions)\b\.?"
)
_NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)


def note(article: Article, name: str, source: str, alternatives: Iterable[Alternative] = ()) -> None:
    """Record that ``article``'s field ``name`` came from ``source`` (replacing an earlier record)."""
    article.origins = [origin for origin in article.origins if origin.name != name]
    article.origins.append(FieldOrigin(name, source, list(alternatives)))


def note_filled(article: Article, source: str, names: Iterable[str]) -> None:
    """Record ``source`` for each of ``names`` that has a value and no origin yet."""
    for name in names:
        if getattr(article, name) and article.origin(name) is None:
            note(article, name, source)


def publisher_source(url: str) -> str:
    """Where a site name made from ``url`` comes from: our table of publishers, or the bare address."""
    labels = domain_of(url).split(".")
    listed = any(".".join(labels[i:]) in PUBLISHERS for i in range(len(labels) - 1))
    return "publisher-table" if listed else "url"


def disagreeing(chosen: str, candidates: Iterable[tuple[str, str]], same: Same) -> list[Alternative]:
    """The (value, source) ``candidates`` that disagree with ``chosen`` and with each other, strongest first."""
    found: list[Alternative] = []
    for value, source in candidates:
        if not value or same(value, chosen) or any(same(value, other.value) for other in found):
            continue
        found.append(Alternative(value, source))
        if len(found) == MAX_ALTERNATIVES:
            break
    return found


# -- comparing values ---------------------------------------------------------------------


def folded(text: str) -> str:
    """NFC, white space collapsed, case folded, quote marks and dashes made plain."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_PLAIN_MARKS)
    return _SPACE.sub(" ", text).strip().casefold()


_PLAIN_MARKS = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‹": "'", "›": "'", "″": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " ",
})  # fmt: skip


def same_text(left: str, right: str) -> bool:
    return folded(left) == folded(right)


def _words(text: str) -> str:
    """The words of ``text`` only: punctuation (quotes, a final full stop) is no disagreement."""
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", folded(text))).strip()


def same_title(left: str, right: str) -> bool:
    """The same headline, allowing for a site's name (or section) added after a separator."""
    left_words, right_words = _words(left), _words(right)
    if left_words == right_words:
        return True
    return any(
        _words(part) == other
        for title, other in ((left, right_words), (right, left_words))
        for part in _leading_parts(title)
    )


def _leading_parts(title: str) -> list[str]:
    """ "Headline | Section | Site" -> ["Headline", "Headline | Section"]; "Headline (Site)" -> ["Headline"]."""
    title = folded(title)
    pieces = _TITLE_SEPARATOR.split(title)
    parts = [" ".join(pieces[:count]) for count in range(1, len(pieces))]
    bracketed = _BRACKETED_SUFFIX.search(title)
    return [*parts, title[: bracketed.start()]] if bracketed else parts


def same_site(left: str, right: str) -> bool:
    """The same publication: "The Guardian" = "guardian" = "TheGuardian", "Le Monde.fr" = "Le Monde",
    "BBC" = "BBC News"."""
    for left_key in _site_keys(left):
        for right_key in _site_keys(right):
            shorter, longer = sorted((left_key, right_key), key=len)
            if not shorter or longer.startswith(shorter):
                return True
    return False


def _site_keys(name: str) -> tuple[str, str]:
    """The name's letters and digits, with and without a leading article."""
    text = _DOMAIN_ENDING.sub("", folded(name).removeprefix("www."))
    bare = re.sub(r"^(?:the|die|der|das|le|la|les|el|il|o)\s+", "", text)
    return re.sub(r"\W+", "", text), re.sub(r"\W+", "", bare)


def looks_like_company(name: str) -> bool:
    """ "Ediciones EL PAÍS S.L.", "Heise Medien", "Example Media Group Inc.": the owner, not the publication."""
    return _COMPANY.search(folded(name)) is not None


def same_names(candidate: str, chosen: str) -> bool:
    """Whether two credits are one: they name someone in common (a shorter list, or a name with a job
    title or an e-mail address around it, is the same credit, not another one)."""
    return _shares_a_name(candidate, chosen) or _shares_a_name(chosen, candidate)


def _shares_a_name(credit: str, other: str) -> bool:
    text = f" {_words(other)} "
    names = [_words(name) for name in _NAME_SEPARATOR.split(credit) if name.strip()]
    return any(f" {name} " in text for name in names if name)


def same_address(left: str, right: str) -> bool:
    """The same page: scheme, ``www.``, a trailing slash, the query and the fragment aside."""
    return _address_key(left) == _address_key(right)


def _address_key(url: str) -> str:
    """The site's own domain (not the subdomain: www., amp., social.) and the path."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    labels = (parts.hostname or "").split(".")
    # "example.co.uk", "example.com.au" keep three labels, "social.example.com" two.
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    path = re.sub(r"(?:/amp|\.amp|/index\.html?)$", "", parts.path.rstrip("/"))
    return f"{'.'.join(labels[-keep:])}{path}".casefold()
