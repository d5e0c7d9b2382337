"""Draws the one page: watermark, the fitted content (scaled as a whole), markings, metadata."""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor, black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

import briefing
from briefing.model import GOVERNMENT_MARKINGS, Briefing

from . import fonts
from .card import Card
from .fit import Layout
from .markup import Markup
from .shorten import fit_text
from .styles import INK, WATERMARK, Geometry

# FIRST, TLP 2.0: the label's text in these colours on a black ground.
TLP_COLOURS = {
    "TLP:CLEAR": HexColor("#FFFFFF"),
    "TLP:GREEN": HexColor("#33FF00"),
    "TLP:AMBER": HexColor("#FFC000"),
    "TLP:AMBER+STRICT": HexColor("#FFC000"),
    "TLP:RED": HexColor("#FF2B2B"),
}
MARKING_SIZE = 12.0  # TLP 2.0 asks for 12 pt or more
_MARKING_EDGE = 12.0  # distance of a marking from the paper's edge
_UNBOUNDED = 1e9


def draw_page(
    canvas: Canvas, briefing: Briefing, card: Card, layout: Layout, geometry: Geometry
) -> list[str]:
    """Draw everything; returns what had to be shortened while drawing (a long free-text marking)."""
    if briefing.layout.draft:
        _draw_watermark(canvas, geometry)
    _draw_content(canvas, card, layout, geometry)
    shortened = _draw_marking(canvas, briefing.layout.marking, geometry, card.missing)
    canvas.showPage()
    return shortened


# The longest each document-information field may be, in characters: enough for any real
# headline or list of names, and a PDF carries no more of a field than a reader can use.
METADATA_LIMITS = {"title": 250, "author": 120, "subject": 300, "keywords": 500}


def set_metadata(canvas: Canvas, briefing_: Briefing) -> None:
    canvas.setTitle(clip(briefing_.headline.strip() or "Untitled briefing", METADATA_LIMITS["title"]))
    canvas.setAuthor(clip(briefing_.prepared_by.strip(), METADATA_LIMITS["author"]))
    title = briefing_.citation.title.strip() or (briefing_.article.title.strip() if briefing_.article else "")
    subject = f"Briefing on {title}" if title else "Briefing"
    canvas.setSubject(clip(subject, METADATA_LIMITS["subject"]))
    names = [q.speaker for q in briefing_.quotes] + [p.name for p in briefing_.people]
    names += [p.name for p in briefing_.places]
    keywords = ", ".join(dict.fromkeys(n.strip() for n in names if n.strip()))
    canvas.setKeywords(clip(keywords, METADATA_LIMITS["keywords"]))
    canvas.setCreator(f"{briefing.APP_NAME} {briefing.__version__}")


def clip(text: str, limit: int) -> str:
    """``text`` if it has at most ``limit`` characters, else cut at the last word that fits, plus "…"."""
    text = " ".join(text.split()) if len(text) > limit else text
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    word_end = max(head.rfind(" "), head.rfind(","))
    if word_end >= limit // 2:  # a word boundary not too far back; else one huge word is cut inside
        head = head[:word_end]
    return head.rstrip(" ,;:") + "…"


def _draw_content(canvas: Canvas, card: Card, layout: Layout, geometry: Geometry) -> None:
    scale = layout.scale
    width = layout.width
    height = geometry.content_height / scale
    canvas.saveState()
    canvas.translate(geometry.margin_x, geometry.margin_bottom)
    canvas.scale(scale, scale)
    y = height
    for flowable in card.top:
        y = _place(canvas, layout, flowable, 0, y, width)
    for band in layout.bands:
        x, bottom = 0.0, y
        for column_width, pieces in zip(layout.column_widths(band), band.columns, strict=True):
            column_y = y
            for piece in pieces:
                column_y = _place(canvas, layout, piece, x, column_y, column_width)
            x += column_width + card.gutter
            bottom = min(bottom, column_y)
        y = bottom
    y = sum(layout.wrap(f, width) for f in card.foot)
    for flowable in card.foot:
        y = _place(canvas, layout, flowable, 0, y, width)
    canvas.restoreState()


def _place(canvas: Canvas, layout: Layout, flowable: Flowable, x: float, top: float, width: float) -> float:
    """Draw ``flowable`` with its top at ``top``; return where the next one starts."""
    height = layout.wrap(flowable, width)
    flowable.drawOn(canvas, x, top - height)
    return top - height


def _draw_watermark(canvas: Canvas, geometry: Geometry) -> None:
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFillAlpha(WATERMARK.alpha)
    canvas.translate(geometry.width / 2, geometry.height / 2)
    canvas.rotate(math.degrees(math.atan2(geometry.height, geometry.width)))
    size = geometry.width * 0.27
    canvas.setFont(fonts.SANS_BOLD, size)
    canvas.drawCentredString(0, -size * 0.35, "DRAFT")
    canvas.restoreState()


def _draw_marking(canvas: Canvas, marking: str, geometry: Geometry, missing: set[str]) -> list[str]:
    marking = " ".join(marking.split())
    if not marking:
        return []
    preset = marking.upper()
    top = geometry.height - _MARKING_EDGE - MARKING_SIZE
    bottom = _MARKING_EDGE + MARKING_SIZE * 0.35
    if preset in TLP_COLOURS:
        for baseline in (top, bottom):
            _draw_tlp(canvas, preset, geometry.width - geometry.margin_x, baseline)
        return []
    if preset in GOVERNMENT_MARKINGS:
        canvas.setFillColor(black)
        canvas.setFont(fonts.SANS_BOLD, MARKING_SIZE)
        for baseline in (top, bottom):
            canvas.drawCentredString(geometry.width / 2, baseline, preset)
        return []
    return _draw_free_marking(canvas, marking, geometry, top, bottom, missing)


def _draw_tlp(canvas: Canvas, label: str, right: float, baseline: float) -> None:
    padding = MARKING_SIZE * 0.4
    text_width = canvas.stringWidth(label, fonts.SANS_BOLD, MARKING_SIZE)
    canvas.setFillColor(black)
    canvas.rect(
        right - text_width - 2 * padding,
        baseline - MARKING_SIZE * 0.35,
        text_width + 2 * padding,
        MARKING_SIZE * 1.4,
        stroke=0,
        fill=1,
    )
    canvas.setFillColor(TLP_COLOURS[label])
    canvas.setFont(fonts.SANS_BOLD, MARKING_SIZE)
    canvas.drawRightString(right - padding, baseline, label)


def _draw_free_marking(
    canvas: Canvas, marking: str, geometry: Geometry, top: float, bottom: float, missing: set[str]
) -> list[str]:
    """User text, centred on one line; cut with an ellipsis if it would take more."""
    style = ParagraphStyle(
        "marking",
        fontName=fonts.SANS_BOLD,
        fontSize=MARKING_SIZE * 0.92,
        leading=MARKING_SIZE * 1.15,
        alignment=TA_CENTER,
        textColor=INK,
    )

    def build(text: str) -> Paragraph:
        markup = Markup()
        markup.add_text(text, fonts.SANS_BOLD)
        missing.update(markup.missing)
        return Paragraph(str(markup), style)

    width = geometry.content_width
    paragraph, cut = fit_text(
        build, marking, width=width, max_height=style.leading * 1.05, font_size=style.fontSize
    )
    for baseline in (top, bottom):
        _, height = paragraph.wrap(width, _UNBOUNDED)
        paragraph.drawOn(canvas, geometry.margin_x, baseline - height + style.fontSize)
    if cut is None:
        return []
    return [f"marking: shortened to {cut.kept:,} of {cut.total:,} {cut.unit}"]
