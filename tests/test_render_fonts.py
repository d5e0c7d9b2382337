"""Every script gets a face: the core subsets, the complete DejaVu faces, a system fallback, or reported."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from test_render_samples import pages, text_of, typical

from briefing.model import Article, Briefing, Citation, Quote
from briefing.render import fonts, render_pdf
from briefing.resources import asset

CHINESE = "中华人民共和国外交部发言人表示欢迎"
JAPANESE = "日本政府は停戦を歓迎する"
KOREAN = "한국 정부는 휴전을 환영한다"


def _cjk_card() -> Briefing:
    card = typical()
    card.quotes = [Quote(CHINESE, "毛宁", "外交部发言人"), Quote(JAPANESE, "林芳正"), Quote(KOREAN, "조태열")]
    card.headline = f"Reactions in Asia: {CHINESE[:4]}"
    return card


def test_cjk_is_set_in_a_fallback_font_or_reported() -> None:
    result = render_pdf(_cjk_card())
    assert pages(result.pdf) == 1
    text = text_of(result.pdf)
    every_cjk_char = set(CHINESE + JAPANESE + KOREAN + "毛宁外交部发言人林芳正조태열") - {" "}
    for char in every_cjk_char:  # each one is either drawn (and extracted) or reported
        assert (char in text) != (char in result.missing_glyphs), char
    if fonts.fallback_fonts():
        assert CHINESE in text and JAPANESE in text and "毛宁" in text
    else:
        assert set(result.missing_glyphs) == every_cjk_char
    assert "Reactions in Asia" in text


def test_the_fallback_font_is_embedded_and_used_only_for_what_dejavu_lacks() -> None:
    if not fonts.fallback_fonts():
        pytest.skip("no CJK TrueType font on this machine (Debian: fonts-wqy-zenhei, which .ci/run installs)")
    with pdfplumber.open(io.BytesIO(render_pdf(_cjk_card()).pdf)) as document:
        chars = document.pages[0].chars
    cjk_fonts = {c["fontname"] for c in chars if c["text"] in CHINESE}
    latin_fonts = {c["fontname"] for c in chars if c["text"] in "Reactions"}
    # ReportLab names an embedded subset after the registered name (4.x) or the face's own
    # PostScript name (5.x), so tell the faces apart by what they are not: the card's own faces.
    assert cjk_fonts and not any(("Briefing" in name or "DejaVu" in name) for name in cjk_fonts)
    assert latin_fonts and all("Briefing" in name for name in latin_fonts)


def test_without_any_fallback_font_the_missing_characters_are_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fonts, "fallback_fonts", lambda: ())
    card = Briefing(headline="Tokyo 東京", quotes=[Quote(f"Κύριε, {JAPANESE}", "Анна")])
    result = render_pdf(card)
    assert pages(result.pdf) == 1
    assert set(result.missing_glyphs) == set("東京" + JAPANESE)
    assert "Κύριε" in text_of(result.pdf) and "Анна" in text_of(result.pdf)  # covered scripts still fine


def test_the_fontconfig_lookup_finds_no_cff_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """Noto CJK (.ttc with CFF outlines) cannot be embedded by ReportLab: it must be skipped, not crash."""
    candidates = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/no/such/font.ttf"]
    monkeypatch.setattr(fonts, "_fallbacks", None)
    monkeypatch.setattr(fonts, "candidate_files", lambda: candidates)
    assert fonts.fallback_fonts() == ()


def test_an_emoji_nobody_has_is_reported_and_the_rest_renders() -> None:
    result = render_pdf(Briefing(headline="Talks \U0001fae0 resume"))
    assert "\U0001fae0" in result.missing_glyphs
    assert "Talks" in text_of(result.pdf)


ARMENIAN = "Հայաստանի արտաքին գործերի նախարարություն"
GEORGIAN = "საქართველოს საგარეო საქმეთა სამინისტრო"
HEBREW = "משרד החוץ בירושלים"
POLYTONIC = "ἡ ἀλήθεια"
# Typography a news card is full of; all of it must come from the core faces.
EVERYDAY = "’‘“”„«»‹›–—…•·€£¥₽₴№°±×÷−≈≤≥→←↑■●▶ﬁﬂ½⅓™©®ŵŷƠưỹ Ελλάδα Київ Ўзбекистон Ҷумҳурӣ"


def _fonts_of(pdf: bytes) -> Iterator[tuple[str, str]]:
    """(character, font name) for every character on the page."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for char in document.pages[0].chars:
            yield str(char["text"]), str(char["fontname"])


def _card_with(*quotes: Quote) -> Briefing:
    card = typical()
    card.quotes = list(quotes)
    return card


def test_latin_greek_cyrillic_and_typography_come_from_the_core_faces_only() -> None:
    card = _card_with(Quote(EVERYDAY, "Анна Ковальчук", "Μεσολαβητής"), Quote("Zürich, Kraków, Señor Ñúñez"))
    result = render_pdf(card)
    assert result.missing_glyphs == ""
    used = dict(_fonts_of(result.pdf))
    assert all(char in used for char in EVERYDAY.replace(" ", "")), "a character did not reach the page"
    assert not [f"{c} {f}" for c, f in used.items() if "Briefing" not in f], "a complete face was loaded"
    assert "Київ" in text_of(result.pdf) and "Ελλάδα" in text_of(result.pdf)


@pytest.mark.parametrize(
    ("text", "face"),
    [
        (ARMENIAN, "DejaVuSerif"),  # outside the core, in the complete serif face
        (GEORGIAN, "DejaVuSerif"),
        (POLYTONIC, "DejaVuSerif"),
        (HEBREW, "DejaVuSansCondensed"),  # DejaVu Serif has no Hebrew: the complete sans face
    ],
)
def test_scripts_outside_the_core_are_set_in_the_complete_dejavu_face(text: str, face: str) -> None:
    result = render_pdf(_card_with(Quote(f"Latin first, then {text}.", "Speaker")))
    assert result.missing_glyphs == ""
    used = dict(_fonts_of(result.pdf))
    for char in set(text) - {" "}:
        outside_core = ord(char) > 0x052F  # Armenian and on; basic Greek letters stay in the core
        assert used[char].endswith("+" + (face if outside_core else "BriefingSerif")), (char, used[char])
    assert used["L"].endswith("+BriefingSerif")  # the rest stays in the core face
    if face == "DejaVuSerif":  # right to left text comes back reordered; the others as typed
        assert text in text_of(result.pdf)


def test_an_italic_citation_keeps_its_slant_outside_the_core() -> None:
    article = Article(title="Talks in Yerevan", url="https://example.org/a", site_name=ARMENIAN)
    card = _card_with(Quote("Short.", "Someone"))
    card.citation = Citation.from_article(article)
    card.citation.style = "mla"  # the site name in italics
    result = render_pdf(card)
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        chars = document.pages[0].chars
        source_top = min(
            c["top"] for c in chars if c["text"] == "S" and c["fontname"].endswith("SansCondensed-Bold")
        )
        in_citation = {
            c["fontname"]
            for c in chars
            if c["text"] in ARMENIAN and c["text"] != " " and c["top"] > source_top
        }
    # The outlet is also named under the headline, upright; in the citation it keeps its italics.
    assert in_citation and all(f.endswith("+DejaVuSerif-Italic") for f in in_citation), in_citation


def test_missing_glyphs_are_still_exactly_what_no_face_has(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "fallback_fonts", lambda: ())
    thai = "ประเทศไทย"  # no DejaVu face has Thai
    result = render_pdf(_card_with(Quote(f"{ARMENIAN} {thai} {HEBREW} Київ", "Speaker")))
    assert set(result.missing_glyphs) == set(thai)
    text = text_of(result.pdf)
    assert ARMENIAN in text and "Київ" in text


def test_the_core_faces_are_renamed_and_keep_the_bitstream_notices() -> None:
    """The Bitstream Vera and Arev licences: modified fonts get other names, and the notices stay."""
    for face in (fonts.SERIF, fonts.SERIF_BOLD, fonts.SERIF_ITALIC, fonts.SANS, fonts.SANS_BOLD):
        data = asset("fonts", f"{face}.ttf").read_bytes()
        assert b"Copyright (c) 2003 by Bitstream, Inc." in data, face
        assert b"Bitstream Vera Fonts Copyright" in data, face  # the licence record
        font = TTFont(face, str(asset("fonts", f"{face}.ttf")))
        names = [font.face.name, font.face.familyName, font.face.fullName, font.face.uniqueFontID]
        for name in names:
            forbidden = (b"DejaVu", b"Bitstream", b"Vera", b"Arev", b"Tavmjong")
            assert not any(word in bytes(name) for word in forbidden), (face, name)
    licence = asset("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence or "bitstream-vera" in licence
    assert "Arev Fonts Copyright" in licence


def test_core_and_complete_faces_give_the_same_widths() -> None:
    """The subsets change what is in the font, never the metrics a line is broken with."""
    fonts.ensure_registered()
    sample = "Ceasefire talks — Київ, Ελλάδα, Señor Ñúñez: “quoted” 1,234.5 € ≈ 2 %"
    for core in (fonts.SERIF, fonts.SERIF_BOLD, fonts.SERIF_ITALIC, fonts.SANS, fonts.SANS_BOLD):
        complete = fonts.complete(core)
        assert pdfmetrics.stringWidth(sample, core, 10) == pdfmetrics.stringWidth(sample, complete, 10)
