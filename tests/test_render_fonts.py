"""Scripts DejaVu lacks: set in a system fallback font, or reported — never silent boxes."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from test_render_samples import pages, text_of, typical

from briefing.model import Briefing, Quote
from briefing.render import fonts, render_pdf

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
        pytest.skip("no CJK TrueType font on this machine (Debian: fonts-droid-fallback)")
    with pdfplumber.open(io.BytesIO(render_pdf(_cjk_card()).pdf)) as document:
        chars = document.pages[0].chars
    cjk_fonts = {c["fontname"] for c in chars if c["text"] in CHINESE}
    latin_fonts = {c["fontname"] for c in chars if c["text"] in "Reactions"}
    assert cjk_fonts and all("Fallback" in name for name in cjk_fonts)
    assert latin_fonts and not any("Fallback" in name for name in latin_fonts)


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
