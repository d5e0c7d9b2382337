"""Reference-list entries for a news article in APA 7, MLA 9 and Chicago 17 style.

Written by hand rather than with citeproc-py and the official CSL styles: citeproc-py
0.11 reduces MLA and Chicago given names to initials, leaves the closing period
outside the quotation marks ("Title”.), adds a stray "Edition." to Chicago
newspaper entries and takes 4-12 ms per entry; the preview formats on every edit.
Only one kind of source (an article on a news website) is needed, so each style's
rules for it are spelt out below, with the manual's section in the comments.

Titles are printed in the case the user gave; we do not re-case headlines, since
proper nouns cannot be told apart reliably.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.model import Citation
from briefing.model.dates import MONTHS as _MONTHS


@dataclass(frozen=True)
class Run:
    """A piece of an entry in one face: roman, or italic."""

    text: str
    italic: bool = False


# APA 7 (10.1, 10.16) treats an article from an outlet with a print newspaper as a
# newspaper article (newspaper italic, headline roman); anything else on a news
# website is a web page (headline italic, site roman).
# fmt: off
PRINT_NEWSPAPERS = frozenset(
    name.casefold()
    for name in (
        "The New York Times", "The Washington Post", "The Wall Street Journal", "The Guardian", "The Times",
        "The Sunday Times", "The Daily Telegraph", "The Telegraph", "The Independent", "Financial Times",
        "Los Angeles Times", "USA Today", "The Boston Globe", "Chicago Tribune", "The Globe and Mail",
        "The Sydney Morning Herald", "The Irish Times", "The Japan Times", "South China Morning Post",
        "The Hindu", "The Times of India", "Haaretz", "Le Monde", "Le Figaro", "Libération",
        "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "Die Zeit", "El País", "El Mundo",
        "Corriere della Sera", "la Repubblica", "Neue Zürcher Zeitung",
    )
)
# fmt: on

_APA_MAX_AUTHORS = 20  # APA 9.8: up to 20 names; beyond, the first 19, an ellipsis, the last
_CHICAGO_MAX_AUTHORS = 10  # CMOS 14.76: more than ten, list the first seven and "et al."
_CHICAGO_SHOWN_WHEN_TRUNCATED = 7
_MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


# -- authors' names ---------------------------------------------------------------------------------

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Lower-case particles that belong to the family name: "José de la Cruz", "Ludwig van Beethoven".
_PARTICLES = frozenset({"al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
                        "el", "la", "le", "ten", "ter", "van", "von"})  # fmt: skip
# Words that mark a group author ("Reuters Staff", "Ministry of Health"), printed as written.
_GROUP_WORDS = frozenset(
    """agency assembly association bank board bureau center centre commission committee company
    corporation correspondent correspondents council department desk editorial editors federation
    foundation fund government group inc institute kremlin ltd llc media ministry nations network
    news office organisation organization parliament party press programme program radio reporters
    republic service society staff team television union university wire
    & and for of the""".split()  # noqa: SIM905  (a word list reads better as prose)
)


@dataclass(frozen=True)
class _Name:
    """An author: a person's given and family names, or a group/single name kept ``literal``."""

    given: str = ""
    family: str = ""
    suffix: str = ""
    literal: str = ""

    def inverted_full(self) -> str:
        """MLA/Chicago first author: "Smith, Jane", "de la Cruz, José", "King, Martin Luther, Jr."."""
        name = f"{self.family}, {self.given}"
        return f"{name}, {self.suffix}" if self.suffix else name

    def natural(self) -> str:
        return " ".join(part for part in (self.given, self.family, self.suffix) if part)

    def inverted_initials(self) -> str:
        """APA: "Smith, J. A.", "Watson, M.-J.", "King, M. L., Jr."."""
        initials = " ".join(_initials(word) for word in self.given.replace(".", ". ").split())
        name = f"{self.family}, {initials}"
        return f"{name}, {self.suffix}" if self.suffix else name


def _initials(word: str) -> str:
    return "-".join(f"{part[0].upper()}." for part in word.split("-") if part and part[0].isalpha())


def _is_group(words: list[str]) -> bool:
    if len(words) == 1:
        return True
    for word in words:
        bare = word.strip(".,").casefold()
        if bare in _GROUP_WORDS or (len(word) > 1 and word.isupper() and word.isalpha()):
            return True
    return False


def _parse_author(raw: str) -> _Name | None:
    """Read one author as typed: "Jane Smith", "Smith, Jane", "José de la Cruz", "Reuters".

    A family name of two words ("Gabriel García Márquez") can only be told by the
    comma form, "García Márquez, Gabriel"; without it the last word is the family name.
    """
    raw = " ".join(raw.split())
    if raw[:3].casefold() == "by ":
        raw = raw[3:].strip()
    if not raw:
        return None
    parts = [part.strip() for part in raw.split(",")]
    suffix = ""
    if len(parts) > 1 and parts[-1].casefold() in _SUFFIXES:
        suffix = parts.pop()
    if len(parts) == 2 and all(parts):
        return _Name(given=parts[1], family=parts[0], suffix=suffix)
    words = ", ".join(parts).split()
    if not suffix and len(words) > 2 and words[-1].casefold() in _SUFFIXES:
        suffix = words.pop()
    if len(parts) > 2 or _is_group(words):
        return _Name(literal=raw)
    start = next(
        (i for i, word in enumerate(words[1:-1], 1) if word in _PARTICLES),
        len(words) - 1,
    )
    return _Name(given=" ".join(words[:start]), family=" ".join(words[start:]), suffix=suffix)


class _Entry:
    """Collects runs, merging neighbours in the same face."""

    def __init__(self) -> None:
        self.runs: list[Run] = []

    def add(self, text: str, italic: bool = False) -> None:
        if not text:
            return
        if self.runs and self.runs[-1].italic == italic:
            self.runs[-1] = Run(self.runs[-1].text + text, italic)
        else:
            self.runs.append(Run(text, italic))

    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def end_sentence(self) -> None:
        """Close the current element with a period unless it already ends a sentence."""
        if not self.text().rstrip("”’\"'").endswith((".", "?", "!")):
            self.add(".")


def format_citation(citation: Citation) -> list[Run]:
    """The bibliography entry for ``citation`` in ``citation.style``, as runs of text.

    Returns an empty list when the citation has nothing to cite yet.
    Raises ``ValueError`` for a style other than ``"apa"``, ``"mla"`` or ``"chicago"``.
    """
    formatter = _FORMATTERS.get(citation.style)
    if formatter is None:
        raise ValueError(
            f"unknown citation style {citation.style!r}; expected one of {', '.join(_FORMATTERS)}"
        )
    if not (
        citation.title.strip() or _authors(citation) or citation.site_name.strip() or citation.url.strip()
    ):
        return []
    return formatter(citation)


def citation_text(citation: Citation) -> str:
    """The entry as plain text, without the italics."""
    return "".join(run.text for run in format_citation(citation))


# -- shared pieces ------------------------------------------------------------------------------


def _authors(citation: Citation) -> list[_Name]:
    return [name for name in (_parse_author(raw) for raw in citation.authors) if name is not None]


def _clean_title(title: str) -> str:
    """The headline without surrounding space or a final period (the style adds its own)."""
    title = " ".join(title.split())
    return title[:-1] if title.endswith(".") and not title.endswith("...") else title


def _same_name(a: str, b: str) -> bool:
    def key(name: str) -> str:
        name = name.strip().casefold()
        return name[4:] if name.startswith("the ") else name

    return bool(a.strip()) and key(a) == key(b)


def _quoted_title(entry: _Entry, title: str) -> None:
    """MLA and Chicago: “Title.” with the period inside and inner quotes made single."""
    title = _clean_title(title).replace("“", "‘").replace("”", "’")
    inner = title.split('"')
    # Straight double quotes inside the headline alternate opening and closing.
    title = "".join(part + ("‘" if i % 2 == 0 else "’") for i, part in enumerate(inner[:-1])) + inner[-1]
    closing = "" if title.endswith(("?", "!", "…", "...")) else "."
    entry.add(f"“{title}{closing}”")


def _long_date(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _join_names(names: list[str], conjunction: str) -> str:
    """Serial-comma list: "A", "A, and B" (names inverted), "A, B, and C"."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f", {conjunction} " + names[-1]


# -- APA 7 ------------------------------------------------------------------------------------------


def _apa(citation: Citation) -> list[Run]:
    entry = _Entry()
    authors = _authors(citation)
    title = _clean_title(citation.title)
    site = citation.site_name.strip()
    newspaper = site.casefold() in PRINT_NEWSPAPERS
    date = (
        f"({citation.published.year}, {_MONTHS[citation.published.month - 1]} {citation.published.day})"
        if citation.published
        else "(n.d.)"
    )
    if authors:
        entry.add(_apa_authors(authors))
        entry.end_sentence()
        entry.add(f" {date}.")
        if title:
            entry.add(" ")
            entry.add(title, italic=not newspaper)
            entry.end_sentence()
    else:
        # APA 9.12: with no author, the title moves to the author position.
        entry.add(title, italic=not newspaper)
        entry.end_sentence()
        entry.add(f" {date}.")
    # APA 9.11: a group author that is also the site is not repeated as the site.
    if site and not (len(authors) == 1 and _same_name(authors[0].literal, site)):
        entry.add(" ")
        entry.add(site, italic=newspaper)
        entry.end_sentence()
    url = citation.url.strip()
    if url:
        # APA 9.16: a retrieval date only for pages that may change; an undated page may.
        if not citation.published and citation.accessed:
            entry.add(f" Retrieved {_long_date(citation.accessed)}, from {url}")
        else:
            entry.add(f" {url}")
    return _strip_leading_space(entry)


def _apa_authors(authors: list[_Name]) -> str:
    names = [name.literal or name.inverted_initials() for name in authors]
    if len(names) > _APA_MAX_AUTHORS:
        return ", ".join(names[: _APA_MAX_AUTHORS - 1]) + ", . . . " + names[-1]
    if len(names) == 2:
        return f"{names[0]}, & {names[1]}"
    return _join_names(names, "&")


# -- MLA 9 ------------------------------------------------------------------------------------------


def _mla(citation: Citation) -> list[Run]:
    entry = _Entry()
    authors = _authors(citation)
    site = citation.site_name.strip()
    # MLA 5.7: an organisation that is both author and publisher starts with the title instead.
    if len(authors) == 1 and authors[0].literal and _same_name(authors[0].literal, site):
        authors = []
    if authors:
        entry.add(_mla_authors(authors))
        entry.end_sentence()
        entry.add(" ")
    if citation.title.strip():
        _quoted_title(entry, citation.title)
    container: list[tuple[str, bool]] = []
    if site:
        container.append((site, True))
    if citation.published:
        day = citation.published
        container.append((f"{day.day} {_MLA_MONTHS[day.month - 1]} {day.year}", False))
    url = citation.url.strip()
    if url:
        # MLA 9 leaves out http(s):// unless the URL is a live link; on the card it is one.
        container.append((url, False))
    for i, (text, italic) in enumerate(container):
        entry.add(" " if i == 0 else ", ")
        entry.add(text, italic)
    if container:
        entry.end_sentence()
    # MLA 5.111: the access date is optional, recommended when the work is undated.
    if not citation.published and citation.accessed:
        day = citation.accessed
        entry.add(f" Accessed {day.day} {_MLA_MONTHS[day.month - 1]} {day.year}.")
    return _strip_leading_space(entry)


def _mla_authors(authors: list[_Name]) -> str:
    first = authors[0].literal or authors[0].inverted_full()
    if len(authors) == 1:
        return first
    if len(authors) == 2:
        return f"{first}, and {authors[1].literal or authors[1].natural()}"
    return f"{first}, et al."


# -- Chicago 17, notes and bibliography: the bibliography entry ---------------------------------


def _chicago(citation: Citation) -> list[Run]:
    entry = _Entry()
    authors = _authors(citation)
    site = citation.site_name.strip()
    site_first = not authors and bool(site)
    if authors:
        entry.add(_chicago_authors(authors))
        entry.end_sentence()
    elif site_first:
        # CMOS 14.207: for an unsigned news article the newspaper stands in place of the author.
        entry.add(site, italic=True)
        entry.end_sentence()
    if citation.title.strip():
        entry.add(" ")
        _quoted_title(entry, citation.title)
    if site and not site_first:
        entry.add(" ")
        entry.add(site, italic=True)
    if citation.published:
        entry.add(", " if site and not site_first else " ")
        entry.add(_long_date(citation.published))
    entry.end_sentence()
    # CMOS 14.12, 14.205: an access date only when the source gives no date; it precedes the URL.
    if not citation.published and citation.accessed:
        entry.add(f" Accessed {_long_date(citation.accessed)}.")
    url = citation.url.strip()
    if url:
        entry.add(f" {url}")
        entry.end_sentence()
    return _strip_leading_space(entry)


def _chicago_authors(authors: list[_Name]) -> str:
    names = [authors[0].literal or authors[0].inverted_full()]
    names += [name.literal or name.natural() for name in authors[1:]]
    if len(names) > _CHICAGO_MAX_AUTHORS:
        return ", ".join(names[:_CHICAGO_SHOWN_WHEN_TRUNCATED]) + ", et al."
    return _join_names(names, "and")


def _strip_leading_space(entry: _Entry) -> list[Run]:
    runs = entry.runs
    if runs and runs[0].text.startswith(" "):
        runs[0] = Run(runs[0].text.lstrip(), runs[0].italic)
    return [run for run in runs if run.text]


_FORMATTERS = {"apa": _apa, "mla": _mla, "chicago": _chicago}
