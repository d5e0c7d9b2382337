"""The plain-text article format of our sample: headline, date, photo credit, body, original URL.

    Headline of the story

    February 25, 2022

    kremlin.ru

    By Jane Smith and John Doe

    Body paragraph with [inline links](#) ...

    Related article: [Another story](#)

    Original url:

    <https://www.example.org/2022/02/25/story>

The date, credit and byline lines are optional and may come in any order; "Related
article" lines are left out of the body; links keep only their text.
"""

from __future__ import annotations

import re

from briefing.model import Article

from .dates import mentions_date, parse_date_line
from .language import guess_language
from .origins import note, note_filled, publisher_source
from .publishers import publisher_name
from .registry import PRIORITY_SAMPLE_TEXT, Reader, Source, register
from .text_blocks import lines_of, paragraphs_of, without_link_markup

FORMAT = "sample-text"

_ORIGINAL_URL = re.compile(r"^original\s+url\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_RELATED = re.compile(r"^(?:related\s+articles?|read\s+more|see\s+also)\s*:", re.IGNORECASE)
_URL = re.compile(r"^<?(?P<url>https?://[^\s<>]+)>?$", re.IGNORECASE)
_CREDIT_LABEL = re.compile(r"^(?:photo(?:\s+credit)?|credit|image|picture|фото)\s*:\s*", re.IGNORECASE)
_BYLINE = re.compile(r"^by\s+(?P<names>\S.*)$", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)
_MAX_CREDIT_CHARS = 80
_MAX_CREDIT_WORDS = 8
_MAX_BYLINE_WORDS = 16
_HEADER_LINES_AFTER_TITLE = 3  # a date line, a photo-credit line and a byline, in any order


def sniff(source: Source) -> bool:
    """An "Original url:" or "Related article:" line, or a date on the line after the headline."""
    text = source.text
    if text is None:
        return False
    lines = [line for line in lines_of(text) if line]
    if any(_ORIGINAL_URL.match(line) or _RELATED.match(line) for line in lines):
        return True
    return len(lines) > 2 and parse_date_line(lines[1]) is not None


def parse(source: Source) -> Article:
    lines = lines_of(source.text or "")
    lines, url = _split_off_url(lines)
    article = Article(url=url, site_name=publisher_name(url) if url else "", source_format=FORMAT)
    position = _read_header(lines, article)
    # A "Related article" line is a teaser for another story: drop it, keeping the paragraph break.
    body = ["" if _RELATED.match(line) else line for line in lines[position:]]
    paragraphs = (without_link_markup(paragraph) for paragraph in paragraphs_of(body))
    article.paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    article.language = guess_language(" ".join(article.paragraphs))
    if article.site_name:
        note(article, "site_name", publisher_source(url))
    note_filled(article, "text", ("title", "authors", "byline", "published", "url", "language"))
    return article


def _split_off_url(lines: list[str]) -> tuple[list[str], str]:
    """The lines before the last "Original url:" line, and the URL it gives (on its line or the next)."""
    for index in range(len(lines) - 1, -1, -1):
        match = _ORIGINAL_URL.match(lines[index])
        if match is None:
            continue
        candidates = [match["rest"], *(line for line in lines[index + 1 :] if line)]
        url = next((m["url"] for m in map(_URL.match, candidates[:2]) if m), "")
        return lines[:index], url
    return lines, ""


def _read_header(lines: list[str], article: Article) -> int:
    """Fill in title, date and photo credit from the top lines; return where the body starts."""
    filled = [index for index, line in enumerate(lines) if line]
    if not filled:
        return len(lines)
    article.title = without_link_markup(re.sub(r"^#+\s+", "", lines[filled[0]]))
    position = filled[0] + 1
    for index in filled[1 : 1 + _HEADER_LINES_AFTER_TITLE]:
        line = lines[index]
        date = parse_date_line(line) if article.published is None else None
        if date is not None:
            article.published = date
        elif not article.byline and _is_byline(line):
            article.byline = without_link_markup(line)
            article.authors = [name for name in _NAME_SEPARATOR.split(article.byline[3:].strip()) if name]
        elif not article.photo_credit and _is_credit(line) and index != filled[-1]:
            article.photo_credit = _CREDIT_LABEL.sub("", without_link_markup(line))
        else:
            break
        position = index + 1
    return position


def _is_byline(line: str) -> bool:
    """ "By Jane Smith and John Doe": a few names, not a sentence starting with "By"."""
    match = _BYLINE.match(without_link_markup(line))
    return bool(match) and len(line.split()) <= _MAX_BYLINE_WORDS and not line.endswith((".", "?", "!"))


def _is_credit(line: str) -> bool:
    """Short, and not a sentence: "kremlin.ru", "Photo: Maxim Shemetov / Reuters"."""
    line = without_link_markup(line)
    return (
        bool(line)
        and len(line) <= _MAX_CREDIT_CHARS
        and len(line.split()) <= _MAX_CREDIT_WORDS
        and not line.endswith((".", "?", "!", ":", ",", '"', "”", "’"))
        and not _RELATED.match(line)
        and not mentions_date(line)  # a date we could not read is text, not a credit
    )


register(Reader(format=FORMAT, sniff=sniff, parse=parse, priority=PRIORITY_SAMPLE_TEXT))
