"""The source block at the foot of the card: citation, access date, text fingerprint, QR code."""

from __future__ import annotations

import dataclasses
import functools
import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from briefing.citation import Run, format_citation
from briefing.model import Briefing, Citation

from . import fonts
from .flowables import HRule, SectionLabel, Stack, WithGraphic
from .look import Look, look_of
from .markup import Markup, clean, is_web_url, text_width, url_line_breaks
from .shorten import ELLIPSIS
from .styles import HAIRLINE, MUTED, Geometry, Styles

_QR_MAX_URL = 1200  # longer URLs make a QR code too dense to scan at this size
# Characters of the entry around the URL. APA's 20 authors and a long headline come to ~700;
# beyond this the title (then the rest) is shortened, as a pasted paragraph would otherwise fill the card.
_CITATION_LIMIT = 900
_TITLE_KEPT = 120  # characters of a title that shortening always leaves
# Characters of the URL shown (about five lines of a 5×8 card); a longer one is cut on the card,
# never in the link, which always carries the whole URL.
_URL_LIMIT = 400


def has_source(briefing: Briefing) -> bool:
    citation = briefing.citation
    return bool(
        briefing.article is not None
        or citation.title.strip()
        or citation.url.strip()
        or citation.site_name.strip()
        or any(author.strip() for author in citation.authors)
    )


def source_block(
    briefing: Briefing,
    styles: Styles,
    geometry: Geometry,
    missing: set[str],
    shortened: list[str] | None = None,
    look: Look | None = None,
) -> list[Flowable]:
    """The flowables of the source block, or none when the card has no source.

    Characters no font has go into ``missing``; a note for each shortening, into ``shortened``.
    """
    if not has_source(briefing):
        return []
    citation = briefing.citation
    look = look or look_of(briefing)
    words = look.words
    lines: list[Flowable] = [
        SectionLabel(words["source"], styles.label_size, look.accent, HAIRLINE, space_above=0)
    ]
    entry = _citation_text(_entry_runs(citation, shortened), citation.url, styles.source)
    missing |= entry.missing
    lines.append(entry)
    notes = Markup()
    accessed = citation.accessed or (briefing.article.accessed if briefing.article else None)
    facts = []
    if accessed is not None:
        facts.append(f"{words['accessed']} {look.date(accessed)}")
    if briefing.article is not None:
        facts.append(f"{words['fingerprint']} {briefing.article.fingerprint} (SHA-256)")
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


def _entry_runs(citation: Citation, shortened: list[str] | None) -> list[Run]:
    """The formatted entry; if it is too long for the card, with the title shortened first.

    The author list is left as the style has it (APA's 20 names, MLA's "et al.", Chicago's
    seven): those are the manuals' own limits.
    """
    runs = format_citation(citation)
    excess = sum(len(run.text) for run in runs) - len(citation.url.strip()) - _CITATION_LIMIT
    title = " ".join(citation.title.split())
    if excess > 0 and len(title) > _TITLE_KEPT:
        shorter = _shown(title, max(_TITLE_KEPT, len(title) - excess - len(ELLIPSIS)))
        runs = format_citation(dataclasses.replace(citation, title=shorter))
        if shortened is not None:
            shortened.append(
                f"citation title: shortened to {len(shorter) - len(ELLIPSIS):,} of {len(title):,} characters"
            )
    return runs


def _shown(text: str, budget: int) -> str:
    """``text`` cut at a word to at most ``budget`` characters, with an ellipsis if cut."""
    if len(text) <= budget:
        return text
    return text[:budget].rsplit(" ", 1)[0] + ELLIPSIS


def _citation_text(runs: list[Run], url: str, style: ParagraphStyle) -> CitationText:
    """The entry run by run, italics where the style wants them, the URL as one link.

    Only the words around the URL count towards the length limit, so a long title or
    author list can never push the URL off the card; a URL is shown whole unless it is
    absurdly long itself (then the link still carries all of it).
    """
    url = url.strip()
    # The URL element is the last place the URL appears (a title may be the URL too).
    at = next((i for i in range(len(runs) - 1, -1, -1) if url and url in runs[i].text), None)
    before, after = Markup(), Markup()
    tail = ""
    budget = _CITATION_LIMIT
    url_face = fonts.SERIF
    for number, run in enumerate(runs):
        face = fonts.SERIF_ITALIC if run.italic else fonts.SERIF
        if number == at:
            head, _, rest = run.text.rpartition(url)
            url_face = face
            parts = [(before, head), (after, rest)]
        else:
            parts = [(before if at is None or number < at else after, run.text)]
        for markup, text in parts:
            if budget <= 0 or not text:
                continue
            text = _shown(text, budget)
            budget -= len(text)
            markup.add_text(text, face, italic=run.italic)
            if markup is after:
                tail += text
    return CitationText(before, url if at is not None else "", url_face, after, tail, style)


class CitationText(Flowable):
    """The citation entry as a Paragraph whose URL breaks only where a URL may break.

    ReportLab's Paragraph breaks lines at spaces and, with ``splitLongWords``, anywhere
    inside a word; its own URL splitting (``uriWasteReduce``) knows only slashes. A URL
    has no spaces, so this flowable decides where its lines end (``url_line_breaks``:
    after a slash, before ``. - _ ? # & =``) and puts a ``<br/>`` there. Nothing is added
    to the text -- no soft hyphen, no zero-width space -- so pdftotext, pypdf and
    pdfplumber give the URL back with only newlines in it, and ReportLab gives every line
    of the link the same ``/URI``. Where the URL starts depends on where the words before
    it end, so the entry is laid out for each width it is wrapped to.
    """

    def __init__(
        self, before: Markup, url: str, url_face: str, after: Markup, tail: str, style: ParagraphStyle
    ) -> None:
        super().__init__()
        self.before = str(before)
        self.url = url
        self.url_face = url_face
        self.after = str(after)
        # Text glued to the URL's last line (the entry's closing period).
        self.tail = "" if tail[:1].isspace() else next(iter(tail.split(maxsplit=1)), "")
        # Every piece of the URL fits its line, so splitLongWords only ever cuts a long word
        # elsewhere in the entry; ReportLab's own URL splitting stays off.
        self.style = ParagraphStyle(
            f"{style.name}-citation", parent=style, splitLongWords=1, uriWasteReduce=0
        )
        # What is printed: the URL itself (control characters dropped, NFC), cut if absurdly long.
        shown = clean(url)
        self.shown = shown if len(shown) <= _URL_LIMIT else shown[:_URL_LIMIT] + ELLIPSIS
        link = Markup()
        link.add_link(url, url_face, text=self.shown)
        self.missing = before.missing | after.missing | link.missing
        self._paragraphs: dict[float, Paragraph] = {}
        self._paragraph: Paragraph | None = None

    def paragraph(self, width: float) -> Paragraph:
        """The entry laid out for a column ``width`` points wide."""
        key = round(width, 3)
        cached = self._paragraphs.get(key)
        if cached is not None:
            return cached
        if not self.url:
            paragraph = Paragraph(self.before + self.after, self.style)
        else:
            style, before = self.style, self.before
            line = width - style.leftIndent - style.rightIndent  # a line after the first
            used = max(0.0, style.firstLineIndent)
            if before.strip():
                # How much room the words before the URL leave on their last line.
                probe = Paragraph(before, style)
                probe.wrap(width, 1e9)
                room = width - probe.getActualLineWidths0()[-1]
                used = line - room
                if before.endswith(" "):
                    used += text_width(" ", style.fontName, style.fontSize)
            new_line, breaks = url_line_breaks(
                self.shown, self.url_face, style.fontSize, line, first_line=used, tail=self.tail
            )
            markup = Markup()
            markup.add_tag(before.rstrip() + "<br/>" if new_line and before.strip() else before)
            markup.add_link(self.url, self.url_face, breaks=breaks, text=self.shown)
            markup.add_tag(self.after)
            paragraph = Paragraph(str(markup), self.style)
        self._paragraphs[key] = paragraph
        return paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._paragraph = self.paragraph(availWidth)
        self.width, self.height = self._paragraph.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        assert self._paragraph is not None, "draw() before wrap()"
        self._paragraph.drawOn(self.canv, 0, 0)


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
