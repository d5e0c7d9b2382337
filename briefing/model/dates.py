"""The one way dates are written on the card: in the card's language, whatever the computer's locale.

``strftime("%B")`` follows the locale the program runs in ("März" under de_DE), so the
same article drafted from the app and from ``briefing new`` read differently. Every
date the card, the citation and the app print goes through these names instead.
"""

from __future__ import annotations

import datetime as dt

MONTHS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
    # The genitive, as a day of the month takes it: "25 ноября 2025 г."
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
}  # fmt: skip
MONTHS = MONTHS_BY_LANGUAGE["en"]
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


def long_date(day: dt.date, language: str = "en") -> str:
    """A date written out as ``language`` writes it ('25 November 2025', '25. November 2025',
    '1er novembre 2025', '25 de noviembre de 2025', '25 ноября 2025 г.'), in every locale alike."""
    if language not in MONTHS_BY_LANGUAGE:
        language = "en"
    month = MONTHS_BY_LANGUAGE[language][day.month - 1]
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if language in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    if language == "ru":
        return f"{day.day} {month} {day.year} г."
    return f"{day.day} {month} {day.year}"
