"""The card's look as data: page geometry per paper size, colours, and paragraph styles.

Every size is given for scale 1.0 relative to the body size of the paper; the
fitter shrinks the whole content area uniformly, never below ``FLOOR_BODY_PT``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch

from . import fonts

FLOOR_BODY_PT = 7.5
"""Body text is never set smaller than this: below it a printed card stops being legible."""
MIN_FULL_SIZE_PT = 8.0
"""At full size no text is smaller than this (secondary text, labels, the source block)."""
FLOOR_ANY_PT = 6.5
"""When type is reduced, nothing goes below this."""

INK = HexColor("#1B1F24")
MUTED = HexColor("#5B6470")
ACCENT = HexColor("#1F4E79")
ACCENT_TINT = HexColor("#EEF3F8")
HAIRLINE = HexColor("#C9D1DA")
WATERMARK = Color(0.55, 0.58, 0.62, alpha=0.16)


@dataclass(frozen=True)
class Geometry:
    """One paper size: page, margins, base body size, and whether it takes two columns."""

    name: str
    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    body: float
    two_columns: bool
    headline_ratio: float = 2.05
    """The headline's size as a multiple of ``body``: smaller on the hand-held sizes."""

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin_x

    @property
    def content_height(self) -> float:
        return self.height - self.margin_top - self.margin_bottom

    @property
    def floor_scale(self) -> float:
        return min(1.0, FLOOR_BODY_PT / self.body)


GEOMETRIES: dict[str, Geometry] = {
    "A4": Geometry(
        "A4", A4[0], A4[1], margin_x=50, margin_top=52, margin_bottom=46, body=9.2, two_columns=True
    ),
    "Letter": Geometry(
        "Letter",
        LETTER[0],
        LETTER[1],
        margin_x=52,
        margin_top=50,
        margin_bottom=44,
        body=9.2,
        two_columns=True,
    ),
    "A5": Geometry(
        "A5",
        A5[0],
        A5[1],
        margin_x=32,
        margin_top=44,
        margin_bottom=40,
        body=8.8,
        two_columns=False,
        headline_ratio=1.8,
    ),
    "Card5x8": Geometry(
        "Card5x8",
        5 * inch,
        8 * inch,
        margin_x=28,
        margin_top=44,
        margin_bottom=40,
        body=8.6,
        two_columns=False,
        headline_ratio=1.75,
    ),
}


def geometry(page_size: str) -> Geometry:
    """The geometry for a model page size name; unknown names get A4."""
    return GEOMETRIES.get(page_size, GEOMETRIES["A4"])


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one body size (scale 1.0 of one paper size)."""

    body: float
    headline: ParagraphStyle
    meta: ParagraphStyle
    summary: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    term: ParagraphStyle
    detail: ParagraphStyle
    text: ParagraphStyle
    source: ParagraphStyle
    label_size: float
    gap: float
    """The white space between sections, in points at scale 1.0."""


def legible(size: float) -> float:
    """``size``, raised to the smallest size a printed card may use at full size."""
    return max(MIN_FULL_SIZE_PT, size)


@functools.cache
def styles_for(body: float, headline_ratio: float = 2.05) -> Styles:
    """Styles derived from one body size (cached: styles are shared, never mutated).

    Secondary text keeps its place in the hierarchy by weight and colour, not by being
    small: nothing is set below :data:`MIN_FULL_SIZE_PT` at full size, so nothing goes
    below :data:`FLOOR_ANY_PT` when the fitter reduces the type to the body floor.
    """
    fonts.ensure_registered()

    def style(name: str, font: str, ratio: float, leading: float, color: Color = INK) -> ParagraphStyle:
        size = legible(body * ratio)
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * leading,
            textColor=color,
            alignment=TA_LEFT,
            spaceBefore=0,
            spaceAfter=0,
            splitLongWords=1,
        )

    return Styles(
        body=body,
        headline=style("headline", fonts.SERIF_BOLD, headline_ratio, 1.16),
        meta=style("meta", fonts.SANS, 0.92, 1.3, MUTED),
        summary=style("summary", fonts.SERIF, 1.12, 1.38),
        quote=style("quote", fonts.SERIF, 1.0, 1.36),
        attribution=style("attribution", fonts.SANS, 0.88, 1.3, MUTED),
        term=style("term", fonts.SANS_BOLD, 0.92, 1.28),
        detail=style("detail", fonts.SANS, 0.9, 1.3, MUTED),
        text=style("text", fonts.SERIF, 0.96, 1.36),
        source=style("source", fonts.SERIF, 0.84, 1.34),
        label_size=legible(body * 0.78),
        gap=body * 1.25,
    )
