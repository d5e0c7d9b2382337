"""The house style as the renderer uses it: colours, the card's words, section order, masthead.

A briefing without a template (every file saved before templates) gets today's look
in English, exactly as before.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader

from briefing.model import SECTION_KEYS, Briefing, labels_for, long_date
from briefing.model.template import LOGO_BOX_POINTS, STANDARD_ACCENT

from .styles import ACCENT, ACCENT_TINT

_TINT = 0.07  # how much of the accent colour the summary's ground takes (the rest is white paper)


@dataclass(frozen=True)
class Look:
    accent: Color
    tint: Color
    language: str
    words: dict[str, str]
    sections: tuple[tuple[str, str], ...]
    """(key, label) of each list the card shows, in the template's order."""
    organisation: str
    logo: bytes
    """The processed logo's PNG bytes, or empty."""

    def date(self, day: dt.date) -> str:
        return long_date(day, self.language)

    def logo_image(self) -> tuple[ImageReader, float, float] | None:
        """The logo and its printed width and height in points (within the logo box); None if there
        is none or it cannot be decoded (a damaged file: the card is drawn without it)."""
        return _logo_image(self.logo) if self.logo else None


def look_of(briefing: Briefing) -> Look:
    template = briefing.template
    if template is None:
        words = labels_for("en")
        return Look(ACCENT, ACCENT_TINT, "en", words, tuple((k, words[k]) for k in SECTION_KEYS), "", b"")
    words = labels_for(template.language)
    if template.accent.upper() == STANDARD_ACCENT:
        accent, tint = ACCENT, ACCENT_TINT
    else:
        accent = HexColor(template.accent)
        tint = Color(*(1 - _TINT * (1 - channel) for channel in accent.rgb()))
    sections = tuple((s.key, template.label(s.key, words)) for s in template.sections)
    return Look(
        accent,
        tint,
        template.language or "en",
        words,
        sections,
        " ".join(template.organisation.split()),
        template.logo_png,
    )


@functools.lru_cache(maxsize=8)
def _logo_image(png: bytes) -> tuple[ImageReader, float, float] | None:
    """Decoded once per logo: the live preview redraws the same logo many times. Decoded whole
    here, so renders on the preview thread and the main thread only ever read it."""
    try:
        reader = ImageReader(io.BytesIO(png))
        reader.getRGBData()
        pixels_wide, pixels_high = reader.getSize()
    except Exception:  # whatever a damaged image makes Pillow raise: no logo rather than no card
        return None
    box_width, box_height = LOGO_BOX_POINTS
    scale = min(box_width / pixels_wide, box_height / pixels_high)
    return reader, pixels_wide * scale, pixels_high * scale
