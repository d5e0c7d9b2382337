"""Render a Briefing as a one-page PDF card (ReportLab).

``render_pdf`` is safe to call from a worker thread (the GUI's live preview):
fonts are registered once under a lock and nothing else global changes per render.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from briefing.model import Briefing, atomic_write

from . import fonts, safety
from .card import CardBuilder
from .fit import fit
from .page import draw_page, set_metadata
from .styles import geometry, styles_for

__all__ = ["RenderResult", "render_pdf", "write_pdf"]

_PLURALS = {"quote": "quotes", "person": "people", "place": "places", "date": "dates",
            "position": "positions", "fact": "facts"}  # fmt: skip
_NAMED_IN_MESSAGE = 3


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

    @property
    def fit_message(self) -> str:
        """One line for the status bar: "fits", or what was reduced, left out and shortened."""
        parts = []
        if self.scale < 1.0:
            parts.append(f"type reduced to {round(self.scale * 100)} %")
        left_out = [entry for entry in self.omitted if " shortened to " not in entry]
        shortened = [entry for entry in self.omitted if " shortened to " in entry]
        if left_out:
            parts.append(_left_out_message(left_out))
        if shortened:
            parts.append("shortened: " + "; ".join(shortened))
        return "; ".join(parts) or "fits"


def _left_out_message(entries: list[str]) -> str:
    counts: dict[str, int] = {}
    for entry in entries:
        kind = entry.split(":", 1)[0]
        counts[kind] = counts.get(kind, 0) + 1
    summary = ", ".join(
        f"{n} {kind if n == 1 else _PLURALS.get(kind, kind + 's')}" for kind, n in counts.items()
    )
    named = ", ".join(entries[:_NAMED_IN_MESSAGE])
    more = len(entries) - _NAMED_IN_MESSAGE
    return f"{summary} left out: {named}" + (f" and {more} more" if more > 0 else "")


def render_pdf(briefing: Briefing, *, invariant: bool = False) -> RenderResult:
    """Render ``briefing`` as exactly one page; ``invariant`` makes the bytes reproducible."""
    safety.enforce()  # again per render: cheap, and nothing can have loosened them since
    fonts.ensure_registered()
    paper = geometry(briefing.layout.page_size)
    card = CardBuilder(briefing, paper, styles_for(paper.body)).build()
    layout = fit(card, paper)
    buffer = io.BytesIO()
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
    )


def write_pdf(briefing: Briefing, path: str | os.PathLike[str]) -> RenderResult:
    """Render and write atomically: ``path`` is the old file or the new one, never half of one."""
    result = render_pdf(briefing)
    atomic_write(path, result.pdf)
    return result
