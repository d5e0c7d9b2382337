"""PDFs with a text layer: paragraphs rebuilt from the lines' positions, page furniture removed.

pypdfium2 gives each text run's rectangle; runs on one baseline make a line. A paragraph
ends at a wider gap than the usual line spacing, before an indented line, or after a line
that stops well short of the margin with a sentence's end. Lines repeated at the top or
bottom of most pages (running heads, footers) and bare page numbers are dropped.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.model import Alternative, Article

from .errors import IngestError
from .language import guess_language
from .origins import note, note_filled, same_title
from .registry import PRIORITY_BINARY, Reader, Source, register

if TYPE_CHECKING:
    import pypdfium2

FORMAT = "pdf"

_PAGE_NUMBER = re.compile(
    r"^(?:page|seite|p\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/|von|sur)\s*\d{1,4})?$", re.I
)
_SENTENCE_END = re.compile(r"[.!?:;…\"”’»)]$")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_BAD_TITLES = re.compile(
    r"^(?:untitled|microsoft word - .*|.*\.(?:docx?|pdf|indd|qxd|rtf|txt))$", re.IGNORECASE
)
_MAX_PAGES = 500
_FURNITURE_LINES = 2  # how many lines at the top and at the bottom of a page may be running heads


@dataclass
class _Line:
    left: float
    bottom: float
    right: float
    top: float
    text: str


def sniff(source: Source) -> bool:
    return b"%PDF-" in source.data[:1024]


def parse(source: Source) -> Article:
    import pypdfium2  # here, not at the top: only a PDF needs PDFium loaded

    label = f"“{source.name}”" if source.name else "The PDF"
    try:
        document = pypdfium2.PdfDocument(source.data)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise IngestError(
                f"{label} is password-protected; open it in a PDF viewer and save an unprotected copy."
            ) from None
        raise IngestError(f"{label} is damaged or incomplete and cannot be read as a PDF.") from None
    try:
        if len(document) > _MAX_PAGES:
            raise IngestError(
                f"{label} has {len(document)} pages; Briefing reads PDFs of up to {_MAX_PAGES} pages."
            )
        pages = [_page_lines(document, index) for index in range(len(document))]
        info = document.get_metadata_dict(skip_empty=True)
    except pypdfium2.PdfiumError:
        raise IngestError(f"{label} is damaged and its text cannot be read.") from None
    finally:
        document.close()
    if not any(pages):
        raise IngestError(
            f"{label} has no text layer (it is probably a scan); run it through text recognition (OCR) first."
        )
    pages = _without_furniture(pages)
    paragraphs = _paragraphs(pages)
    headline = _headline(paragraphs)
    title = info.get("Title", "").strip()
    if title and _BAD_TITLES.match(title):
        title = ""
    title_source, title_alternatives = "file-properties", []
    if headline is not None:
        shown = paragraphs[headline][0]
        if title and not same_title(title, shown):
            title_alternatives = [Alternative(title, "file-properties")]
        title, title_source = shown, "text"
        del paragraphs[headline]
    elif paragraphs and title and paragraphs[0][0].casefold() == title.casefold():
        del paragraphs[0]
    authors = [
        name.strip() for name in re.split(r"\s*[;,&]\s*|\s+and\s+", info.get("Author", "")) if name.strip()
    ]
    article = Article(
        title=title,
        authors=authors,
        byline=" and ".join(authors) if len(authors) == 2 else ", ".join(authors),
        published=_pdf_date(info.get("CreationDate", "")),
        updated=_pdf_date(info.get("ModDate", "")),
        paragraphs=[text for text, _ in paragraphs],
        language=guess_language(" ".join(text for text, _ in paragraphs)),
        source_format=FORMAT,
    )
    if title:
        note(article, "title", title_source, title_alternatives)
    note_filled(article, "file-properties", ("authors", "byline", "published", "updated"))
    note_filled(article, "text", ("language",))
    return article


def _page_lines(document: pypdfium2.PdfDocument, index: int) -> list[_Line]:
    page = document[index]
    textpage = page.get_textpage()
    try:
        lines: list[_Line] = []
        for rect_index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(rect_index)
            text = " ".join(textpage.get_text_bounded(left, bottom, right, top).split())
            if not text:
                continue
            previous = lines[-1] if lines else None
            height = max(top - bottom, 1.0)
            if previous and abs(previous.bottom - bottom) < height / 2 and left >= previous.right - 1:
                previous.text += ("" if previous.text.endswith(" ") else " ") + text
                previous.right = max(previous.right, right)
                previous.top = max(previous.top, top)
            else:
                lines.append(_Line(left, bottom, right, top, text))
        return lines
    finally:
        textpage.close()
        page.close()


def _furniture_key(line: _Line) -> tuple[str, int]:
    """Running heads repeat in words (numbers aside) and in place on the page."""
    return re.sub(r"\d+", "#", line.text.casefold()), round(line.bottom / 4)


def _edge_lines(lines: list[_Line]) -> list[_Line]:
    """The lines nearest the top and the bottom of the page (by position: PDFs often draw them last)."""
    by_height = sorted(lines, key=lambda line: -line.top)
    return by_height[:_FURNITURE_LINES] + by_height[-_FURNITURE_LINES:]


def _without_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without running heads/footers (repeated on most pages) and bare page numbers."""
    edges = Counter(key for lines in pages for key in {_furniture_key(line) for line in _edge_lines(lines)})
    repeated = {key for key, count in edges.items() if len(pages) >= 2 and count >= max(2, len(pages) // 2)}
    cleaned = []
    for lines in pages:
        edge_ids = {id(line) for line in _edge_lines(lines)}
        cleaned.append(
            [
                line
                for line in lines
                if not (
                    id(line) in edge_ids
                    and (_furniture_key(line) in repeated or _PAGE_NUMBER.match(line.text))
                )
            ]
        )
    return cleaned


def _paragraphs(pages: list[list[_Line]]) -> list[tuple[str, float]]:
    """Each paragraph's text and the height of its tallest line (its type size)."""
    all_lines = [line for lines in pages for line in lines]
    if not all_lines:
        return []
    height = statistics.median(line.top - line.bottom for line in all_lines) or 10.0
    steps = [
        previous.bottom - line.bottom
        for lines in pages
        for previous, line in itertools.pairwise(lines)
        if 0 < previous.bottom - line.bottom < 3 * height
    ]
    step = statistics.median(steps) if steps else 1.2 * height
    left_margin = statistics.median(line.left for line in all_lines)
    right_margin = max(line.right for line in all_lines)
    width = max(right_margin - left_margin, 1.0)
    paragraphs: list[list[_Line]] = []
    for lines in pages:
        previous: _Line | None = None
        for line in lines:
            if previous is not None:
                new = _starts_paragraph(previous, line, step, left_margin, width, height)
            else:  # a page's first line continues the last page's paragraph unless that one ended
                new = not paragraphs or _SENTENCE_END.search(paragraphs[-1][-1].text) is not None
            if new:
                paragraphs.append([])
            paragraphs[-1].append(line)
            previous = line
    return [
        (_joined([line.text for line in lines]), max(line.top - line.bottom for line in lines))
        for lines in paragraphs
    ]


def _headline(paragraphs: list[tuple[str, float]]) -> int | None:
    """The index of the first paragraph set clearly larger than the text, among the first few."""
    if len(paragraphs) < 2:
        return None
    body = statistics.median(size for _, size in paragraphs)
    return next(
        (
            index
            for index, (text, size) in enumerate(paragraphs[:5])
            if size > 1.15 * body and len(text) <= 200
        ),
        None,
    )


def _starts_paragraph(
    previous: _Line, line: _Line, step: float, left: float, width: float, height: float
) -> bool:
    gap = previous.bottom - line.bottom
    if gap > 1.4 * step or gap < 0:  # a blank line's worth of space, or a new column
        return True
    if abs((previous.top - previous.bottom) - (line.top - line.bottom)) > 0.25 * height:  # another type size
        return True
    if line.left > left + 1.5 * height and _SENTENCE_END.search(previous.text):  # first-line indent
        return True
    return previous.right < left + 0.8 * width and _SENTENCE_END.search(previous.text) is not None


def _joined(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line  # a word hyphenated at the line end
        else:
            text = f"{text} {line}" if text else line
    return text


def _pdf_date(value: str) -> dt.date | None:
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None


register(Reader(format=FORMAT, sniff=sniff, parse=parse, priority=PRIORITY_BINARY + 10))
