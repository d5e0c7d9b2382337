"""Recognising a line that is just a publication date: "February 25, 2022", "25 Feb. 2022"."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2\d)\d\d"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # February 25, 2022
    rf"|{_DAY}\s+{_MONTH},?\s+{_YEAR}"  # 25 February 2022
    rf"|{_YEAR}-\d\d-\d\d"  # 2022-02-25
    rf"|(?P<dotted>\d{{1,2}}\.\d{{1,2}}\.{_YEAR}))\b",  # 25.02.2022 (always day first)
    re.IGNORECASE,
)
# What else a date line may say: "Updated: Friday, February 25, 2022, 10:30 a.m. MSK".
_NOISE = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b\.?"
    r"|\b\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"|(?-i:\b[A-Z]{2,4}\b)"  # a time zone: UTC, MSK, CET
    r"|[\s,.:;|()+\-–—/]+",
    re.IGNORECASE,
)
_MONTH_AND_YEAR = re.compile(rf"\b{_MONTH}\s.*\b{_YEAR}\b|\b{_YEAR}-\d\d-\d\d\b", re.IGNORECASE)
_MAX_DATE_LINE = 60
_DEFAULT = dt.datetime(1900, 1, 1)


def parse_date_line(line: str) -> dt.date | None:
    """The date ``line`` states, if the line is a date and nothing more (a dateline, not a sentence)."""
    if len(line) > _MAX_DATE_LINE:
        return None
    match = _DATE.search(line)
    if match is None:
        return None
    rest = (line[: match.start()] + " " + line[match.end() :]).strip()
    if _NOISE.sub("", rest):
        return None
    try:
        return date_parser.parse(match[0], default=_DEFAULT, dayfirst=bool(match["dotted"])).date()
    except (ValueError, OverflowError):
        return None


def mentions_date(line: str) -> bool:
    """Whether ``line`` has something like a date in it ("March 2022", "February 30, 2022")."""
    return _MONTH_AND_YEAR.search(line) is not None
