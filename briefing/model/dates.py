"""The one way dates are written on the card, in English whatever the computer's locale.

``strftime("%B")`` follows the locale the program runs in ("März" under de_DE), so the
same article drafted from the app and from ``briefing new`` read differently. Every
date the card, the citation and the app print goes through these names instead.
"""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_name(day: dt.date) -> str:
    """'March'."""
    return MONTHS[day.month - 1]


def weekday_name(day: dt.date) -> str:
    """'Wednesday'."""
    return WEEKDAYS[day.weekday()]


def day_and_month(day: dt.date, month_first: bool = False) -> str:
    """'4 March', or 'March 4' with ``month_first``."""
    return f"{month_name(day)} {day.day}" if month_first else f"{day.day} {month_name(day)}"


def long_date(day: dt.date) -> str:
    """'25 November 2025'."""
    return f"{day.day} {month_name(day)} {day.year}"
