"""Render a Briefing as a one-page PDF card (ReportLab).

``render_pdf`` is safe to call from a worker thread (the GUI's live preview):
fonts are registered once under a lock and nothing else global changes per render.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from briefing.model import Briefing, atomic_write

from . import fonts, safety
from .card import Card, CardBuilder
from .fit import fit as fit_card
from .fit import fits_at_full_size
from .page import draw_page, set_metadata
from .styles import Geometry, geometry, styles_for

_DRAWING = threading.Lock()

__all__ = ["RenderResult", "fits_on_page", "render_pdf", "write_pdf"]

_PLURALS = {"quote": "quotes", "person": "people", "place": "places", "date": "dates",
            "position": "positions", "fact": "facts", "headline": "headlines",
            "summary": "summaries"}  # fmt: skip


@dataclass
class RenderResult:
    """The PDF and how the content was fitted onto its one page."""

    pdf: bytes
    scale: float = 1.0
    """1.0 = full size; e.g. 0.85 when type was reduced."""
    omitted: list[str] = field(default_factory=list)
    """What was left out or shortened, e.g. 'quote: “Vladimir Putin is ready…” (Dmitry Peskov)'."""
    missing_glyphs: str = ""
    """Characters no available font could draw ("" if none)."""
    arrangement: str = "single"
    """How the sections were placed: "sidebar", "single", "band" or "flow" (see fit.py)."""
    free_shares: list[float] = field(default_factory=list)
    """For each column, the share of the sections' height left empty below it."""
    empty_share: float = 0.0
    """The share of the sections' area that holds nothing."""

    @property
    def left_out(self) -> list[str]:
        return [entry for entry in self.omitted if " shortened to " not in entry]

    @property
    def shortened(self) -> list[str]:
        return [entry for entry in self.omitted if " shortened to " in entry]

    @property
    def fit_lines(self) -> list[str]:
        """Everything the fitting did, one line each: the reduction, each item left out, each shortening."""
        lines = [f"type reduced to {round(self.scale * 100)} %"] if self.scale < 1.0 else []
        lines += [f"left out {entry}" for entry in self.left_out]
        lines += [f"shortened {entry.replace(': shortened to ', ' to ', 1)}" for entry in self.shortened]
        return lines

    @property
    def fit_message(self) -> str:
        """One line for the status bar: "fits", or what was reduced, left out and shortened."""
        parts = []
        if self.scale < 1.0:
            parts.append(f"type reduced to {round(self.scale * 100)} %")
        if self.left_out:
            parts.append(_counted(self.left_out) + " left out")
        if self.shortened:
            parts.append(_counted(self.shortened) + " shortened")
        return "; ".join(parts) or "fits"


def _counted(entries: list[str]) -> str:
    """ "2 people, 1 quote" for entries named "person: …", "quote: …" (the line says how many; the
    full list is :attr:`RenderResult.fit_lines`)."""
    counts: dict[str, int] = {}
    for entry in entries:
        kind = entry.split(":", 1)[0].split(" (", 1)[0]
        counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(
        f"{n} {kind if n == 1 else _PLURALS.get(kind, kind + 's')}" for kind, n in counts.items()
    )


def _card(briefing: Briefing) -> tuple[Card, Geometry]:
    safety.enforce()  # again per render: cheap, and nothing can have loosened them since
    fonts.ensure_registered()
    paper = geometry(briefing.layout.page_size)
    return CardBuilder(briefing, paper, styles_for(paper.body, paper.headline_ratio)).build(), paper


def fits_on_page(briefing: Briefing) -> bool:
    """Whether ``briefing`` fits its paper at full size with nothing shortened (drafts are filled to this)."""
    card, paper = _card(briefing)
    return not card.shortened and fits_at_full_size(card, paper)


def render_pdf(briefing: Briefing, *, invariant: bool = False) -> RenderResult:
    """Render ``briefing`` as exactly one page; ``invariant`` makes the bytes reproducible."""
    card, paper = _card(briefing)
    layout = fit_card(card, paper)
    buffer = io.BytesIO()
    # One page is drawn at a time: ReportLab keeps each embedded font's subset (which glyph goes
    # in which slot) in the font object shared by every document, and two documents drawing at
    # once can corrupt it (a KeyError for a character, or a subset that differs between runs).
    with _DRAWING:
        canvas = Canvas(
            buffer,
            pagesize=(paper.width, paper.height),
            invariant=1 if invariant else 0,
            pageCompression=1,
            initialFontName=fonts.SANS,  # not Helvetica, which would sit unembedded in the resources
        )
        set_metadata(canvas, briefing)
        shortened = draw_page(canvas, briefing, card, layout, paper)
        canvas.save()
    return RenderResult(
        pdf=buffer.getvalue(),
        scale=layout.scale,
        omitted=card.shortened + shortened + layout.omitted,
        missing_glyphs="".join(sorted(card.missing)),
        arrangement=layout.arrangement,
        free_shares=layout.free_shares(),
        empty_share=layout.empty_share(),
    )


def write_pdf(briefing: Briefing, path: str | os.PathLike[str]) -> RenderResult:
    """Render and write atomically: ``path`` is the old file or the new one, never half of one."""
    result = render_pdf(briefing)
    atomic_write(path, result.pdf)
    return result
