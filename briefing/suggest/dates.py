"""Dates: explicit dates, years, weekdays and relative words, resolved to calendar dates.

Weekdays and words like "yesterday" or "this week" are resolved against the article's
publication date. A date without a year takes the year that puts it nearest the
publication date, unless a weekday written with it fits another year better. A bare
weekday follows the tense of its clause (:mod:`.tense`): the last such day for a past
event, the next for a future one, the publication day for its own weekday.
Week and month words resolve to the first day of that week or month. A year alone
keeps no calendar date: it would claim a precision the text does not give.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import DateItem, Span
from .clauses import event_of, resolved
from .tense import looks_ahead
from .text import sentence_at, sentences

_MONTHS = {
    # English, with the abbreviations news style uses
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Portuguese, Spanish, French, German
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "enero": 1, "febrero": 2, "marzo": 3,
    "mayo": 5, "junio": 6, "julio": 7, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "januar": 1, "februar": 2, "märz": 3,
    "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
    "sábado": 5, "domingo": 6, "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
}  # fmt: skip
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "yesterday": -1,
    "last night": -1, "tomorrow": 1, "hoje": 0, "ontem": -1, "amanhã": 1, "hoy": 0, "ayer": -1,
    "mañana": 1, "aujourd'hui": 0, "hier": -1, "demain": 1, "heute": 0, "gestern": -1, "morgen": 1,
}  # fmt: skip
_RELATIVE_PERIODS = {
    "this week": ("week", 0),
    "last week": ("week", -1),
    "next week": ("week", 1),
    "this month": ("month", 0),
    "last month": ("month", -1),
    "next month": ("month", 1),
}

_WEEKDAY_BEFORE = r"(?:(?P<named_weekday>" + "|".join(_WEEKDAYS) + r"),?\s+)?"
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|\.)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_PATTERNS = [
    ("mdy", re.compile(rf"\b{_WEEKDAY_BEFORE}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|percent|per cent))", re.IGNORECASE)),
    ("dmy", re.compile(rf"\b{_WEEKDAY_BEFORE}{_DAY}\s+(?:de\s+|of\s+)?{_MONTH}(?:,?\s+(?:de\s+)?{_YEAR})?\b", re.IGNORECASE)),
    ("my", re.compile(rf"\b{_MONTH}\s+(?:de\s+|of\s+)?{_YEAR}\b", re.IGNORECASE)),
    ("years", re.compile(r"\b(?:1[89]\d\d|20\d\d)(?:(?:,\s*|\s+(?:and|or|e|y|et|und)\s+)(?:1[89]\d\d|20\d\d))*\b(?![/\d])")),
    ("weekday", re.compile(
        r"\b(?:(?P<which>last|next|this|on|earlier|late|early)\s+)?(?P<weekday>"
        + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)),
    ("relative", re.compile(r"\b(?:" + "|".join(sorted(list(_RELATIVE_DAYS) + list(_RELATIVE_PERIODS),
                                                        key=len, reverse=True)) + r")\b", re.IGNORECASE)),
]  # fmt: skip


@dataclass
class _Found:
    start: int
    end: int
    date: dt.date | None


def find_dates(paragraphs: list[str], published: dt.date | None) -> list[DateItem]:
    """Every date in the text, in document order, each with the event it dates."""
    from .people import last_registry  # here: people imports the modules this one does

    registry = last_registry(paragraphs)
    items: list[DateItem] = []
    for index, paragraph in enumerate(paragraphs):
        apostrophe = "’" if "’" in paragraph else "'"
        spans = sentences(paragraph)
        taken: list[tuple[int, int]] = []
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(paragraph):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                sentence = sentence_at(spans, match.start()) if spans else (0, len(paragraph))
                ahead = looks_ahead(
                    paragraph[sentence[0] : match.start()], paragraph[match.end() : sentence[1]]
                )
                found = _resolve(kind, match, published, ahead)
                if found is None:
                    continue
                start, end = _trim(paragraph, match.start(), match.end())
                taken.append((match.start(), match.end()))
                event = event_of(paragraph[sentence[0] : sentence[1]], start - sentence[0], end - sentence[0])
                first = event.split(" ", 1)[0]
                at = paragraph.find(first, sentence[0]) if first else -1
                if first and not 0 <= at < start:  # _finish capitalised it: "Had not made ..."
                    at = paragraph.find(first[:1].lower() + first[1:], sentence[0])
                at = at if 0 <= at < start else sentence[0]
                event = resolved(
                    event,
                    lambda pronoun: registry.antecedent(pronoun, index, at),  # noqa: B023
                    apostrophe,
                )
                items.append(DateItem(paragraph[start:end], found.date, event, Span(index, start, end)))
    items.sort(key=lambda item: (item.source.paragraph, item.source.start) if item.source else (0, 0))
    return items


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "on"/"this"-style word that is not part of the date as written."""
    match = re.match(r"(?:on|earlier|late|early)\s+", text[start:end], re.IGNORECASE)
    return (start + match.end(), end) if match else (start, end)


def _resolve(kind: str, match: re.Match[str], published: dt.date | None, ahead: bool | None) -> _Found | None:
    groups = match.groupdict()
    if kind in ("mdy", "dmy"):
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
        named = groups.get("named_weekday")
        if year is None and published is not None:
            year = _nearest_year(month, day, published, _WEEKDAYS[named.lower()] if named else None)
        try:
            return _Found(match.start(), match.end(), dt.date(year, month, day) if year else None)
        except ValueError:
            return None  # "February 30": not a date
    if kind in ("my", "years"):
        return _Found(match.start(), match.end(), None)
    if kind == "weekday":
        if (
            match.group("weekday")[0].islower()
            and match.group("weekday").lower() in _WEEKDAYS
            and match.group("weekday").isascii()
        ):
            return None  # English weekdays are capitalised; lower-case "may"/"mars" are words
        if published is None:
            return _Found(match.start(), match.end(), None)
        weekday = _WEEKDAYS[match.group("weekday").lower()]
        which = (match.group("which") or "").lower()
        return _Found(match.start(), match.end(), _weekday(published, weekday, which, ahead))
    text = match.group().lower()
    if published is None:
        return _Found(match.start(), match.end(), None)
    if text in _RELATIVE_DAYS:
        return _Found(match.start(), match.end(), published + dt.timedelta(days=_RELATIVE_DAYS[text]))
    unit, step = _RELATIVE_PERIODS[text]
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return _Found(match.start(), match.end(), monday + dt.timedelta(weeks=step))
    month_index = published.year * 12 + published.month - 1 + step
    return _Found(match.start(), match.end(), dt.date(month_index // 12, month_index % 12 + 1, 1))


def _nearest_year(month: int, day: int, published: dt.date, weekday: int | None) -> int | None:
    """The year that puts day/month nearest the publication date ("Feb. 14" in November: next year).

    A weekday written with the date ("Tuesday, March 3") is strong evidence: a year in
    which that day falls on that weekday wins over a nearer one in which it does not.
    """
    best: tuple[bool, int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        key = (
            weekday is not None and candidate.weekday() != weekday,
            abs((candidate - published).days),
            year,
        )
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _weekday(published: dt.date, weekday: int, which: str, ahead: bool | None) -> dt.date:
    """The weekday a clause means: "next"/"last" say so; else the tense does, past by default.

    The publication day's own weekday is that day ("talks ended on Thursday" in a
    Thursday paper) unless "next" or "last" moves it a week.
    """
    back = (published.weekday() - weekday) % 7
    if which == "next" or (which != "last" and ahead and back):
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if which == "last":
        return published - dt.timedelta(days=back or 7)
    return published - dt.timedelta(days=back)
