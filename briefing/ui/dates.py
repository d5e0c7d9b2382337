"""Reading and showing calendar dates typed by people ("25 Feb 2022", "2022-02-25")."""

from __future__ import annotations

import datetime as dt
import re

from ..model.dates import long_date as written_date

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(text: str, default: dt.date | None = None) -> dt.date | None:
    """The date ``text`` names, ``None`` for empty text; raises ValueError if it names none.

    ISO dates are read exactly; anything else goes through dateutil (day before
    month when ambiguous, as most of the world writes it). ``default`` supplies
    the parts ``text`` leaves out (the year of "Feb 20").
    """
    text = " ".join(text.split())
    if not text:
        return None
    if _ISO.match(text):
        return dt.date.fromisoformat(text)
    from dateutil import parser  # imported on first use: keeps start-up fast

    base = dt.datetime.combine(default or dt.date.today(), dt.time())
    try:
        return parser.parse(text, default=base, dayfirst=True, fuzzy=False).date()
    except (ValueError, OverflowError) as error:
        raise ValueError(f"“{text}” is not a date; write it like 2022-02-25 or 25 February 2022.") from error


def format_date(value: dt.date | None) -> str:
    """The ISO form shown in date fields (unambiguous everywhere)."""
    return value.isoformat() if value else ""


def long_date(value: dt.date | None) -> str:
    """e.g. "25 February 2022", for reading (in English, as on the card, whatever the locale)."""
    return written_date(value) if value else ""
