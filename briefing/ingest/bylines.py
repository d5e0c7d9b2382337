"""Author credits: reading a byline element, cleaning "By ...", splitting it into names."""

from __future__ import annotations

import re

import lxml.html

from .html_signals import clean_text

# "By", "Von", "Par", "Por", "Door", "Av", "Af", "Di", "Autor:", "by:" ...
_LEADING_WORD = re.compile(
    r"^(?:(?:ein\s+|un\s+|an?\s+)?(?:artikel|article|bericht|beitrag|story|text|texte|kommentar|analyse|"
    r"written|posted|reported|words|fotos?|photos?)\s+)?"
    r"(?:by|von|par|por|door|av|af|di|de|da|z|autor(?:in)?|auteur|author|text|texte)\b\s*:?\s*",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?:^|\s)@\w+")
_SOCIAL = re.compile(
    r"\s*\b(?:twitter|facebook|instagram|linkedin|e-?mail|follow(?: us)?|show more sharing)\b.*$", re.I
)
# Not "y": it joins a Spanish person's two surnames ("Ortega y Gasset").
_NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\ben\b|\bog\b)\s*", re.I)
_HAS_DIGIT = re.compile(r"\d")
# Parts of a byline block that are not the credit itself: job titles, dates, pictures, links to share.
_NOT_CREDIT = re.compile(
    r"title|role|job|position|bio|desc|date|time|twitter|social|follow|avatar|image|img|photo|"
    r"share|meta|timestamp|publish|updated|email|contact",
    re.IGNORECASE,
)
_SKIPPED_TAGS = {
    "time",
    "img",
    "picture",
    "figure",
    "script",
    "style",
    "button",
    "svg",
    "noscript",
    "meta",
    "link",
}
_MAX_WORDS = 12
_MAX_CHARS = 100
_MAX_NAME_WORDS = 5


def element_credit(element: lxml.html.HtmlElement) -> str:
    """The credit an element shows ("Jane Smith and John Doe"), or ``""`` if it does not look like one."""
    if element.tag in ("meta", "link"):
        return clean_credit(element.get("content") or "")
    parts: list[str] = []
    _collect(element, parts, top=True)
    return clean_credit(" ".join(parts))


def _collect(element: lxml.html.HtmlElement, parts: list[str], top: bool = False) -> None:
    if not isinstance(element.tag, str) or element.tag in _SKIPPED_TAGS:
        return
    marks = " ".join((element.get("class") or "", element.get("itemprop") or ""))
    if not top and _NOT_CREDIT.search(marks) and "name" not in marks.lower():
        return
    if element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def clean_credit(text: str) -> str:
    """A credit without "By", handles and share links; ``""`` when what is left is not a credit."""
    text = clean_text(text)
    text = _HANDLE.sub(" ", text)
    text = _SOCIAL.sub("", text)
    text = clean_text(text).strip(" |·•,;:-–—/")
    for _ in range(2):
        text = _LEADING_WORD.sub("", text).strip()
    if not text or len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return ""
    if _HAS_DIGIT.search(text) or text.startswith("http"):
        return ""
    if (
        text.endswith((".", "?", "!")) and len(text.split()) > _MAX_NAME_WORDS
    ):  # a sentence, not "Jane Doe Jr."
        return ""
    return text


def split_names(credit: str) -> list[str]:
    """The names in a credit: "A, B and C" -> ["A", "B", "C"]; parenthesised parts kept apart."""
    credit = re.sub(r"[()]", ",", credit)
    credit = re.sub(r"\b(?:avec|with|mit|con|com)\b", ",", credit, flags=re.IGNORECASE)
    return [name for name in (clean_text(part) for part in _NAME_SEPARATOR.split(credit)) if name]


def same_name(left: str, right: str) -> bool:
    return clean_text(left).casefold() == clean_text(right).casefold()
