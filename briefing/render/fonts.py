"""The card's fonts: DejaVu shipped in ``assets/fonts``, plus a system fallback for CJK.

Registering a TrueType font makes ReportLab read its whole character map and
width table (~6 ms for a 5,900-glyph DejaVu face), so cards are set in "core"
subsets of the DejaVu faces (Briefing Serif / Sans Condensed: Latin, Greek,
Cyrillic, punctuation and common symbols; made by packaging/subset_fonts.py).
The complete DejaVu face of the same weight and slant is registered only when
a card holds a character outside the core. System fonts come last, for CJK.

Fonts are registered with ReportLab once per process, under a lock, so the
GUI's preview thread and the main thread can both render. ReportLab embeds only
TrueType-outline fonts, so a fallback candidate is kept only if it loads.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from briefing.resources import asset

SERIF = "BriefingSerif"
SERIF_BOLD = "BriefingSerif-Bold"
SERIF_ITALIC = "BriefingSerif-Italic"
SANS = "BriefingSansCondensed"
SANS_BOLD = "BriefingSansCondensed-Bold"

# Only the faces the card uses are shipped; bold italic and the sans obliques fall
# back to the nearest face we have.
_FAMILIES = {
    SERIF: (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD),
    SANS: (SANS, SANS_BOLD, SANS, SANS_BOLD),
}
# The same weight in the other shipped family: DejaVu Sans covers a few scripts
# (e.g. Arabic, Hebrew) that DejaVu Serif lacks, and vice versa.
_COUNTERPART = {SERIF: SANS, SERIF_BOLD: SANS_BOLD, SERIF_ITALIC: SANS, SANS: SERIF, SANS_BOLD: SERIF_BOLD}
# Each core face's complete DejaVu face: the same design with every glyph.
_COMPLETE = {
    SERIF: "DejaVuSerif",
    SERIF_BOLD: "DejaVuSerif-Bold",
    SERIF_ITALIC: "DejaVuSerif-Italic",
    SANS: "DejaVuSansCondensed",
    SANS_BOLD: "DejaVuSansCondensed-Bold",
}

# Known-good TrueType-outline CJK fonts (Debian: fonts-droid-fallback, fonts-wqy-zenhei,
# fonts-wqy-microhei), tried before whatever fontconfig suggests.
_PREFERRED_FALLBACKS = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)
_FALLBACK_LANGS = ("zh", "ja", "ko")
_MAX_FALLBACKS = 3
_MAX_TRIED = 8
_FC_TIMEOUT = 5.0

_lock = threading.Lock()
_coverage: dict[str, Mapping[int, int]] = {}
_core_ready = False
_fallbacks: tuple[FallbackFont, ...] | None = None


@dataclass(frozen=True)
class FallbackFont:
    """A system font registered with ReportLab for characters DejaVu lacks."""

    name: str
    path: str
    cmap: Mapping[int, int]


def ensure_registered() -> None:
    """Register the core faces and their bold/italic families (once)."""
    global _core_ready
    if _core_ready:
        return
    with _lock:
        if _core_ready:
            return
        for family, faces in _FAMILIES.items():
            for face in dict.fromkeys(faces):
                _coverage[face] = _register(face)
            normal, bold, italic, bold_italic = faces
            pdfmetrics.registerFontFamily(family, normal, bold, italic, bold_italic)
        _core_ready = True  # last: other threads take it as "done"


def complete(core_face: str) -> str:
    """The complete DejaVu face behind ``core_face``, registered on first use (~3-6 ms)."""
    name = _COMPLETE[core_face]
    if name not in _coverage:
        with _lock:
            if name not in _coverage:
                cmap = _register(name)
                # Its own family in every style: the face was chosen for its weight and slant
                # already, and <i> around it must not turn it into a face nobody registered.
                pdfmetrics.registerFontFamily(name, name, name, name, name)
                _coverage[name] = cmap
    return name


def _register(face: str) -> Mapping[int, int]:
    font = TTFont(face, str(asset("fonts", f"{face}.ttf")))
    pdfmetrics.registerFont(font)
    return font.face.charToGlyph


def covers(font_name: str, code: int) -> bool:
    """Whether a registered shipped face (core or complete) has a glyph for ``code``."""
    return code in _coverage[font_name]


def counterpart(font_name: str) -> str:
    """The other shipped family's core face of the same weight and slant."""
    return _COUNTERPART[font_name]


def fallback_fonts() -> tuple[FallbackFont, ...]:
    """System fonts for scripts DejaVu lacks (CJK), found and loaded once, best first."""
    global _fallbacks
    if _fallbacks is not None:
        return _fallbacks
    with _lock:
        if _fallbacks is None:
            _fallbacks = _load_fallbacks(candidate_files())
    return _fallbacks


def candidate_files() -> list[str]:
    """Font files that may hold CJK glyphs: the known-good ones, then fontconfig's."""
    found = [path for path in _PREFERRED_FALLBACKS if os.path.isfile(path)]
    fc_list = shutil.which("fc-list")
    if fc_list:
        for lang in _FALLBACK_LANGS:
            found += _fc_list(fc_list, f":lang={lang}")
    unique = dict.fromkeys(path for path in found if path.lower().endswith((".ttf", ".ttc", ".otf")))
    return list(unique)


def _fc_list(fc_list: str, pattern: str) -> list[str]:
    import subprocess  # here: only a card with CJK text ever gets this far (~2 ms to import)

    try:
        result = subprocess.run(
            [fc_list, "--format", "%{file}\n", pattern],
            capture_output=True,
            text=True,
            timeout=_FC_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(line.strip() for line in result.stdout.splitlines() if line.strip())


def _load_fallbacks(paths: list[str]) -> tuple[FallbackFont, ...]:
    fonts: list[FallbackFont] = []
    for index, path in enumerate(paths[:_MAX_TRIED]):  # each failed try reads a big file
        if len(fonts) >= _MAX_FALLBACKS:
            break
        name = f"Fallback{index}-{Path(path).stem}"
        try:
            font = TTFont(name, path, subfontIndex=0)
        except (TTFError, OSError, ValueError, KeyError, IndexError):
            continue  # CFF outlines (Noto CJK), broken or unreadable files
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(name, name, name, name, name)  # <b>/<i> keep the one face
        fonts.append(FallbackFont(name, path, font.face.charToGlyph))
    return tuple(fonts)
