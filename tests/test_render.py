"""The card as a reader gets it: one page, the text, fonts, metadata, markings, QR code, file."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pypdf
import pypdfium2
import pytest
import zxingcpp
from test_render_samples import (
    assert_clean_layout,
    empty,
    overfull,
    squash,
    text_of,
    typical,
    words_of,
)

import briefing
from briefing.citation import citation_text, format_citation
from briefing.model import PAGE_SIZES, TLP_MARKINGS, Briefing, Citation, Layout, Quote
from briefing.render import render_pdf, write_pdf


@pytest.mark.parametrize("page_size", list(PAGE_SIZES))
@pytest.mark.parametrize("make", [typical, empty, overfull])
def test_every_card_is_exactly_one_page_on_every_paper(make: object, page_size: str) -> None:
    result = render_pdf(make(page_size=page_size))
    assert_clean_layout(result.pdf)
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    expected = {"A4": (595.3, 841.9), "Letter": (612, 792), "A5": (419.5, 595.3), "Card5x8": (360, 576)}
    assert (width, height) == pytest.approx(expected[page_size], abs=0.5)


def test_headline_quotes_speakers_and_url_are_in_the_text_layer() -> None:
    card = typical()
    text = text_of(render_pdf(card).pdf)
    assert card.headline in text
    assert card.summary in text
    for quote in card.quotes:
        assert quote.text in text
        assert quote.speaker in text
        assert quote.role in text
    for person in card.people:
        assert person.name in text
    assert card.citation.url in text.replace(" ", "")  # a long URL may wrap inside itself
    assert squash(citation_text(card.citation)).replace(" ", "") in text.replace(" ", "")
    assert "Prepared for Minister of State for Europe" in text
    assert "Prepared 5 March 2025 by Eastern Europe Desk" in text  # the card's date says what it is
    assert "Accessed 5 March 2025" in text
    assert card.article is not None and card.article.fingerprint in text


def test_citation_italics_are_set_in_an_italic_face() -> None:
    card = typical()
    italic_runs = [run.text.strip() for run in format_citation(card.citation) if run.italic]
    assert italic_runs, "the sample's citation style has an italic part"
    words = words_of(render_pdf(card).pdf)
    italic_text = "".join(str(w["text"]) for w in words if "Italic" in str(w["fontname"]))
    for run in italic_runs:
        assert run.replace(" ", "") in italic_text


def test_sections_have_their_labels_and_empty_ones_are_left_out() -> None:
    card = typical()
    card.places = []
    card.facts = []
    text = text_of(render_pdf(card).pdf)
    for label in ("QUOTES", "WHO", "WHEN", "POSITIONS", "SOURCE", "BOTTOM LINE"):
        assert label in text
    assert "WHERE" not in text
    assert "KEY FACTS" not in text


def test_fonts_are_embedded() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(typical(marking="TLP:RED", draft=True)).pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert len(fonts) >= 4
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # a composite font keeps it in its descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_cyrillic_greek_and_accents_come_back_from_the_pdf() -> None:
    card = typical()
    russian = "Владимир Путин готов обсудить прекращение огня — «но только на наших условиях»."
    greek = "Η Ελλάδα υποστηρίζει την εκεχειρία."
    card.quotes = [
        Quote(russian, "Дмитрий Песков", "пресс-секретарь Кремля"),
        Quote(greek, "Γιώργος Γεραπετρίτης"),
    ]
    card.headline = "Peace talks: Zürich, Kraków, Señor Ñúñez"
    result = render_pdf(card)
    text = text_of(result.pdf)
    assert russian in text
    assert greek in text
    assert "Дмитрий Песков" in text
    assert card.headline in text
    assert result.missing_glyphs == ""


def test_metadata() -> None:
    card = typical()
    metadata = pypdf.PdfReader(io.BytesIO(render_pdf(card).pdf)).metadata
    assert metadata is not None
    assert metadata.title == card.headline
    assert metadata.author == "Eastern Europe Desk"
    assert metadata.subject == "Briefing on Ceasefire talks open in Riyadh without Ukraine at the table"
    assert "Dmitry Peskov" in metadata["/Keywords"] and "Riyadh" in metadata["/Keywords"]
    assert metadata.creator == f"Briefing {briefing.__version__}"


def test_overflow_first_reduces_type_and_says_so() -> None:
    card = typical()
    card.quotes += [
        Quote(f"An additional remark number {n} that takes a line or two.", f"Extra {n}") for n in range(5)
    ]
    result = render_pdf(card)
    assert 0.8 <= result.scale < 1.0
    assert result.omitted == []
    assert result.fit_message == f"type reduced to {round(result.scale * 100)} %"
    text = text_of(result.pdf)
    assert all(quote.text in text for quote in card.quotes)


def test_gross_overflow_leaves_out_the_last_items_and_reports_exactly_which() -> None:
    card = overfull(quotes=60, words=80)
    card.quotes = [
        Quote(" ".join(f"quote{n:02d}word{w:02d}" for w in range(80)), f"Speaker {n}") for n in range(60)
    ]
    result = render_pdf(card)
    assert_clean_layout(result.pdf)
    assert result.scale == pytest.approx(7.5 / 9.2, abs=0.01)  # A4 body at the 7.5 pt floor
    text = text_of(result.pdf)
    omitted_quotes = {entry for entry in result.omitted if entry.startswith("quote: ")}
    assert len(omitted_quotes) > 40
    kept = 0
    for n in range(60):
        left_out = any(entry.endswith(f"(Speaker {n})") for entry in omitted_quotes)
        assert (f"quote{n:02d}word00" not in text) == left_out, n
        kept += not left_out
    assert kept >= 2
    assert f"quote{kept - 1:02d}word79" in text  # kept quotes are whole, and they are the first ones
    assert "quote59word00" not in text
    assert f"{len(omitted_quotes)} quotes" in result.fit_message
    assert "left out" in result.fit_message and "type reduced to 82 %" in result.fit_message


def test_marking_in_header_and_footer_in_tlp_colours() -> None:
    colours = {"TLP:CLEAR": (1, 1, 1), "TLP:GREEN": (0.2, 1, 0), "TLP:AMBER": (1, 0.753, 0),
               "TLP:AMBER+STRICT": (1, 0.753, 0), "TLP:RED": (1, 0.169, 0.169)}  # fmt: skip
    for marking in TLP_MARKINGS:
        pdf = render_pdf(typical(marking=marking)).pdf
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            page = document.pages[0]
            found = [
                w
                for w in page.extract_words(extra_attrs=["size", "non_stroking_color"])
                if w["text"] == marking
            ]
            assert len(found) == 2, marking
            assert found[0]["top"] < 40 and found[1]["bottom"] > page.height - 40  # header, footer
            for word in found:
                assert word["size"] >= 12
                assert word["x1"] > page.width - 60  # right-aligned
                assert word["non_stroking_color"] == pytest.approx(colours[marking], abs=0.01)
                behind = [r for r in page.rects if r["x0"] <= word["x0"] and r["x1"] >= word["x1"]
                          and r["top"] <= word["top"] and r["bottom"] >= word["bottom"]]  # fmt: skip
                assert any(r["non_stroking_color"] in ((0, 0, 0), (0,), 0) for r in behind), marking


@pytest.mark.parametrize("marking", ["OFFICIAL", "OFFICIAL-SENSITIVE", "Commercial — for the Minister only"])
def test_government_and_free_text_markings_are_centred_top_and_bottom(marking: str) -> None:
    result = render_pdf(typical(marking=marking))
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        page = document.pages[0]
        lines = [line for line in page.extract_text_lines() if line["text"] == marking]
        assert len(lines) == 2
        for line in lines:
            middle = (line["x0"] + line["x1"]) / 2
            assert middle == pytest.approx(page.width / 2, abs=2)
        assert lines[0]["top"] < 40 and lines[1]["bottom"] > page.height - 40


def test_no_marking_no_band() -> None:
    text = text_of(render_pdf(typical()).pdf)
    assert "TLP" not in text and "OFFICIAL" not in text


def test_draft_watermark_only_when_asked() -> None:
    assert "DRAFT" in text_of(render_pdf(typical(draft=True)).pdf)
    assert "DRAFT" not in text_of(render_pdf(typical(draft=False)).pdf)


def _qr_modules(pdf: bytes) -> int:
    """Small filled black squares in the lower quarter: the modules of a QR code."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        return sum(
            1 for r in page.rects
            if r["top"] > page.height * 0.75 and r["width"] < 6 and r["height"] < 6 and r["fill"]
        )  # fmt: skip


@pytest.mark.parametrize(
    ("url", "qr", "expected"),
    [
        ("https://news.example.org/a?b=1&c=2", True, True),
        ("http://news.example.org/a", True, True),
        ("https://news.example.org/a", False, False),
        ("ftp://files.example.org/a", True, False),
        ("javascript:alert(1)", True, False),
        ("file:///etc/passwd", True, False),
        ("", True, False),
    ],
)
def test_qr_code_only_for_http_urls_and_when_asked(url: str, qr: bool, expected: bool) -> None:
    card = typical(qr=qr)
    card.citation.url = url
    assert (_qr_modules(render_pdf(card).pdf) > 50) == expected


@pytest.mark.parametrize(
    ("url", "page_size"),
    [
        ("https://news.example.org/world/2025/03/04/ceasefire-talks-riyadh?ref=rss&lang=en", "A4"),
        ("http://a.example/x", "Card5x8"),
        ("https://news.example.org/%D0%BA%D0%B8%D1%97%D0%B2?q=" + "long-query-" * 60, "A5"),
    ],
)
def test_the_qr_code_scans_to_the_source_url(url: str, page_size: str) -> None:
    card = typical(qr=True)
    card.citation.url = url
    card.layout.page_size = page_size
    page = pypdfium2.PdfDocument(render_pdf(card).pdf)[0]
    found = zxingcpp.read_barcodes(page.render(scale=600 / 72).to_pil())
    assert [(code.format, code.text) for code in found] == [(zxingcpp.BarcodeFormat.QRCode, url)]


def test_only_http_urls_become_links() -> None:
    for url, linked in (("https://news.example.org/a?b=1&c=2", True), ("javascript:alert(1)", False)):
        card = typical()
        card.citation.url = url
        reader = pypdf.PdfReader(io.BytesIO(render_pdf(card).pdf))
        uris = [a.get_object()["/A"].get("/URI") for a in reader.pages[0].get("/Annots", [])]
        assert (url in uris) == linked
        assert all(uri.startswith(("http://", "https://")) for uri in uris)


def test_fingerprint_only_with_an_article() -> None:
    card = typical()
    card.article = None
    text = text_of(render_pdf(card).pdf)
    assert "fingerprint" not in text
    assert "Accessed 5 March 2025" in text  # the access date belongs to the citation


def test_invariant_output_is_byte_identical() -> None:
    first = render_pdf(typical(marking="TLP:AMBER", draft=True), invariant=True).pdf
    second = render_pdf(typical(marking="TLP:AMBER", draft=True), invariant=True).pdf
    assert first == second


def test_fit_message_for_a_card_that_fits() -> None:
    card = typical()
    card.facts = card.facts[:2]
    result = render_pdf(card)
    assert (result.scale, result.omitted, result.fit_message, result.fit_lines) == (1.0, [], "fits", [])


def test_write_pdf_writes_the_file_atomically(tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "card.pdf"
    target.write_bytes(b"old")
    result = write_pdf(typical(), target)
    assert target.read_bytes() == result.pdf
    assert [p.name for p in target.parent.iterdir()] == ["card.pdf"]
    with pytest.raises(OSError):
        write_pdf(typical(), Path(str(tmp_path)) / "no such folder" / "card.pdf")


def test_unknown_page_size_falls_back_to_a4_and_no_date_is_fine() -> None:
    card = Briefing(headline="Only a headline", date=None, layout=Layout(page_size="Tabloid"))
    card.citation = Citation(title="A title", url="https://example.org", accessed=dt.date(2025, 1, 2))
    result = render_pdf(card)
    assert_clean_layout(result.pdf)
    assert "Only a headline" in text_of(result.pdf)


@pytest.mark.parametrize("page_size", ["A5", "Card5x8"])
def test_on_small_paper_items_go_from_the_ends_and_every_section_keeps_its_first(page_size: str) -> None:
    card = typical(page_size)
    result = render_pdf(card)
    assert result.omitted, "the typical card is more than a small card holds at the floor"
    text = text_of(result.pdf)
    for first in (card.quotes[0].text, card.people[0].name, card.places[0].name, card.dates[0].text,
                  card.positions[0].party, card.facts[0].text):  # fmt: skip
        assert first in text
    for kind, items in (("quote", [q.speaker for q in card.quotes]), ("person", [p.name for p in card.people]),
                        ("place", [p.name for p in card.places])):  # fmt: skip
        left_out = [
            name for name in items if any(e.startswith(f"{kind}: ") and name in e for e in result.omitted)
        ]
        assert left_out == items[len(items) - len(left_out) :], kind  # a run from the end of the list
        for name in items[: len(items) - len(left_out)]:
            assert name in text
    kept_quotes = len(card.quotes) - sum(entry.startswith("quote: ") for entry in result.omitted)
    kept_places = len(card.places) - sum(entry.startswith("place: ") for entry in result.omitted)
    assert kept_quotes >= kept_places  # quotes matter most
