"""The source block at the foot of the card: citation, access date, text fingerprint, QR code."""

from __future__ import annotations

import functools
import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable, Paragraph

from briefing.citation import Run, format_citation
from briefing.model import Briefing

from . import fonts
from .flowables import HRule, SectionLabel, Stack, WithGraphic
from .markup import Markup, is_web_url
from .shorten import ELLIPSIS
from .styles import ACCENT, HAIRLINE, MUTED, Geometry, Styles

_QR_MAX_URL = 1200  # longer URLs make a QR code too dense to scan at this size
_CITATION_LIMIT = 600  # characters; a citation longer than this is a paste accident


def has_source(briefing: Briefing) -> bool:
    citation = briefing.citation
    return bool(
        briefing.article is not None
        or citation.title.strip()
        or citation.url.strip()
        or citation.site_name.strip()
        or any(author.strip() for author in citation.authors)
    )


def source_block(briefing: Briefing, styles: Styles, geometry: Geometry, missing: set[str]) -> list[Flowable]:
    """The flowables of the source block, or none when the card has no source."""
    if not has_source(briefing):
        return []
    citation = briefing.citation
    lines: list[Flowable] = [SectionLabel("Source", styles.label_size, ACCENT, HAIRLINE, space_above=0)]
    entry = _citation_markup(format_citation(citation), citation.url)
    missing |= entry.missing
    lines.append(Paragraph(str(entry), styles.source))
    notes = Markup()
    accessed = citation.accessed or (briefing.article.accessed if briefing.article else None)
    facts = []
    if accessed is not None:
        from .card import long_date  # deferred: card imports this module

        facts.append(f"Accessed {long_date(accessed)}")
    if briefing.article is not None:
        facts.append(f"Text fingerprint {briefing.article.fingerprint} (SHA-256)")
    if facts:
        notes.add_tag(f'<font color="#{MUTED.hexval()[2:]}">')
        notes.add_text("\u2002·\u2002".join(facts), fonts.SANS)
        notes.add_tag("</font>")
        lines.append(Paragraph(str(notes), styles.attribution))
    url = citation.url.strip()
    qr_size = styles.body * 6.4
    squares = qr_squares(url, qr_size) if briefing.layout.qr and _qr_worthy(url) else None
    text = Stack(lines, gaps=styles.body * 0.3)
    return [
        HRule(HAIRLINE, 0.5, above=styles.gap * 0.8, below=styles.body * 0.7),
        WithGraphic(text, squares, size=qr_size, gutter=styles.body * 1.5),
    ]


def _qr_worthy(url: str) -> bool:
    return is_web_url(url) and len(url) <= _QR_MAX_URL


def _citation_markup(runs: list[Run], url: str) -> Markup:
    """The entry run by run, italics where the style wants them, the URL as a link."""
    markup = Markup()
    budget = _CITATION_LIMIT
    url = url.strip()
    for run in runs:
        text = run.text
        if len(text) > budget:
            text = text[:budget].rsplit(" ", 1)[0] + ELLIPSIS
        budget -= len(text)
        face = fonts.SERIF_ITALIC if run.italic else fonts.SERIF
        if run.italic:
            markup.add_tag("<i>")
        before, found, after = text.partition(url) if url else (text, "", "")
        markup.add_text(before, face)
        if found:
            markup.add_link(url, face)
            markup.add_text(after, face)
        if run.italic:
            markup.add_tag("</i>")
        if budget <= 0:
            break
    return markup


@functools.lru_cache(maxsize=32)
def qr_squares(url: str, size: float) -> tuple[tuple[float, float, float, float], ...]:
    """The dark squares (x, y, width, height) of a QR code of ``url``, ``size`` points square.

    Each run of dark modules in a row is one rectangle, as ReportLab's QrCodeWidget
    draws them, but straight from the encoder: building the widget's ~350 validated
    Rect shapes took longer than encoding. Drawn as plain rectangles rather than
    through renderPDF, which would add an unembedded Helvetica to the page's resources.
    Cached: the preview redraws often.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    module = size / code.getModuleCount()
    squares = []
    for row_number, row in enumerate(code.modules):
        top = size - (row_number + 1) * module
        column = 0
        for dark, run in itertools.groupby(bool(cell) for cell in row):
            length = len(list(run))
            if dark:
                squares.append((column * module, top, length * module, module))
            column += length
    return tuple(squares)
