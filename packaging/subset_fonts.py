"""Make the card's core fonts: the DejaVu faces cut down to the scripts most cards use.

ReportLab reads a TrueType font's whole character map and width table when it
registers it, so a face with 5,900 glyphs costs ~6 ms at every start of
``briefing render``. The core faces hold Latin (with Vietnamese), Greek,
Cyrillic and the usual punctuation and symbols, in about a third of the glyphs;
the renderer loads the complete DejaVu face only when a card holds a character
outside them (see briefing/render/fonts.py).

The output is committed in assets/fonts; the app never imports fontTools. Re-run
after changing CORE_RANGES or updating DejaVu:

    .venv/bin/pip install -e '.[fonts]' && .venv/bin/python packaging/subset_fonts.py

The Bitstream Vera and Arev licences let modified fonts be shipped only under names
without "Bitstream", "Vera", "Arev" or "Tavmjong Bah"; we also keep "DejaVu" for the
unmodified faces, so the subsets are named Briefing Serif and Briefing Sans Condensed
(assets/fonts/LICENSE-DejaVu.txt says so). Copyright, trademark and licence records
are kept as they are.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"

# Complete DejaVu face -> core face (file stem and PostScript name).
FACES = {
    "DejaVuSerif": "BriefingSerif",
    "DejaVuSerif-Bold": "BriefingSerif-Bold",
    "DejaVuSerif-Italic": "BriefingSerif-Italic",
    "DejaVuSansCondensed": "BriefingSansCondensed",
    "DejaVuSansCondensed-Bold": "BriefingSansCondensed-Bold",
}

CORE_RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x02B0, 0x036F),  # spacing modifier letters (ʻokina, ˚), combining diacritical marks
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic and its supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese, Welsh ŵ ŷ)
    (0x2000, 0x206F),  # general punctuation: dashes, quotes, spaces, …, ‰, ′
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency
    (0x2100, 0x214F),  # letterlike: №, ℃, ™, ℓ
    (0x2150, 0x218F),  # number forms: ⅓, Ⅻ
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators: −, ≈, ≤, ±
    (0x25A0, 0x25FF),  # geometric shapes: ■, ●, ▶ as bullets
    (0xFB00, 0xFB06),  # Latin ligatures ﬁ ﬂ (pasted from PDFs)
    (0xFFFD, 0xFFFD),  # replacement character
)

# Records that name the font; every other record (copyright, trademark, licence,
# designer, URLs) is kept unchanged.
_NAME_IDS = (1, 3, 4, 6, 16, 17, 18, 21, 22)
# Bitstream Vera's and Arev's licences forbid these in a modified font's name; DejaVu
# is the unmodified fonts' name.
_NOT_IN_NAMES = ("Bitstream", "Vera", "Arev", "Tavmjong Bah", "DejaVu")


def core_codepoints() -> set[int]:
    return {code for first, last in CORE_RANGES for code in range(first, last + 1)}


def make_core(source: Path, target: Path, ps_name: str) -> int:
    """Write the core subset of ``source`` to ``target``; returns its glyph count."""
    font = TTFont(source, recalcTimestamp=False)  # same bytes on every run
    options = Options()
    options.name_IDs = ["*"]  # keep copyright (0), trademark (7) and licence (13, 14)
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True  # ReportLab draws .notdef for nothing, but keep the font valid
    options.layout_features = []  # ReportLab does no shaping: GSUB/GPOS would only add bytes
    options.drop_tables += ["kern", "FFTM"]  # FFTM: FontForge timestamps
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=core_codepoints())
    subsetter.subset(font)
    _rename(font, ps_name)
    font.save(target)
    return len(font.getGlyphOrder())


def _rename(font: TTFont, ps_name: str) -> None:
    """DejaVu -> Briefing in every record that names the font."""
    for record in font["name"].names:
        if record.nameID in _NAME_IDS:
            name = record.toUnicode()
            renamed = name.replace("DejaVu", "Briefing")
            if record.nameID == 6:
                renamed = ps_name
            record.string = renamed
            if any(word in renamed for word in _NOT_IN_NAMES):
                raise SystemExit(f"{ps_name}: name record {record.nameID} still reads {renamed!r}")
        elif record.nameID == 5:
            record.string = record.toUnicode() + "; core subset for Briefing"


def main() -> int:
    for source, target in FACES.items():
        glyphs = make_core(FONTS / f"{source}.ttf", FONTS / f"{target}.ttf", target)
        size = (FONTS / f"{target}.ttf").stat().st_size
        print(f"{target}.ttf: {glyphs} glyphs, {size / 1024:.0f} KiB (from {source}.ttf)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
