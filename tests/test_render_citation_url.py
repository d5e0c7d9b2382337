"""The source URL on the card: broken only where a URL may break, one link, and copied back exactly.

Chicago 14.18 (and the card's rule): a URL may be broken after a slash or before a period,
hyphen, underscore, question mark, number sign, ampersand or equals sign; never inside the
scheme, never with a hyphen added. Text extraction (pdftotext, pypdf, pdfplumber) must give
the URL back with nothing but newlines inside it, and every link annotation must point at the
whole URL.
"""

from __future__ import annotations

import io
import itertools
import re
import subprocess

import pdfplumber
import pypdf
import pytest
from test_render_samples import typical

from briefing.model import Briefing
from briefing.render import fonts, render_pdf
from briefing.render.markup import text_width, url_line_breaks, url_pieces

QUERY = (
    "https://example.com/search?q=ceasefire+talks&from=2025-03-01&to=2025-03-04&sort=relevance"
    "&page=2&utm_source=newsletter&utm_medium=email#results-section"
)
PERCENT = (
    "https://ru.example.org/%D0%BA%D0%B8%D1%97%D0%B2/%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE"
    "%D1%80%D1%8B%D0%B2%D0%BA%D0%B8%D1%97%D0%B2%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE?utm_source=x"
)
LONG_SEGMENT = "https://archive.example.net/id/" + "ZmFzdGxvbmdiYXNlNjRzZWdtZW50" * 7 + "/view"
IDN = "https://пример.рф/новости/2025/03/04/переговоры-в-эр-рияде?utm_source=telegram#главное"
FRAGMENT = (
    "https://www.themoscowtimes.com/2022/02/25/kremlin-says-putin-is-ready-to-send-delegates-to-minsk"
    "-a76595#comments-section"
)
# The URL the issue saw broken as "…to-sen" / "d-delegates…" on A4.
MOSCOW = (
    "https://www.themoscowtimes.com/2022/02/25/kremlin-says-putin-is-ready-to-send-delegates-to-minsk-a76595"
)

# Each URL with a citation style, so every style's way of ending the entry after the URL
# (APA: nothing; MLA and Chicago: a period) is met.
CASES = [
    (QUERY, "apa"),
    (PERCENT, "mla"),
    (LONG_SEGMENT, "chicago"),
    (IDN, "apa"),
    (FRAGMENT, "mla"),
    (MOSCOW, "chicago"),
]
BREAK_BEFORE = ".-_?#&="


def card_with(url: str, style: str, page_size: str) -> Briefing:
    card = typical(page_size)
    card.citation.url = url
    card.citation.style = style
    return card


def allowed_break(url: str, offset: int) -> bool:
    """May a line end before ``url[offset]``?"""
    scheme_end = url.index("://") + 3
    if offset <= scheme_end:
        return False
    return (url[offset - 1] == "/" and url[offset] != "/") or url[offset] in BREAK_BEFORE


def longest_unbreakable(url: str) -> str:
    return max(url_pieces(url), key=len)


def url_in(text: str, url: str) -> list[int]:
    """Where the extracted ``text`` has line breaks inside ``url``, as offsets into the URL.

    Fails unless the URL is there with nothing but newlines added inside it.
    """
    pattern = "\n?".join(re.escape(char) for char in url)
    found = re.search(pattern, text)
    assert found, f"{url!r} not found (only newlines allowed inside it) in:\n{text}"
    breaks, offset = [], 0
    for char in found.group(0):
        if char == "\n":
            breaks.append(offset)
        else:
            offset += 1
    return breaks


def extracted_texts(pdf: bytes) -> dict[str, str]:
    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        plumber = document.pages[0].extract_text()
    return {
        "pdftotext": poppler.stdout.decode("utf-8"),
        "pypdf": pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(),
        "pdfplumber": plumber,
    }


# -- where a URL may break -------------------------------------------------------------------------


@pytest.mark.parametrize("url", [url for url, _ in CASES])
def test_pieces_join_back_to_the_url_and_end_only_at_allowed_points(url: str) -> None:
    pieces = url_pieces(url)
    assert "".join(pieces) == url
    offset = 0
    for piece in pieces[:-1]:
        offset += len(piece)
        assert allowed_break(url, offset), (piece, url[offset:])


def test_the_scheme_stays_with_the_host_up_to_the_first_break_point() -> None:
    assert url_pieces("https://www.example.org/a-b/c_d?e=f&g=h#i") == [
        "https://www", ".example", ".org/", "a", "-b/", "c", "_d", "?e", "=f", "&g", "=h", "#i",
    ]  # fmt: skip
    assert url_pieces("http://a.example/x//y/")[:3] == ["http://a", ".example/", "x//"]


def test_a_piece_wider_than_the_column_is_cut_outside_the_scheme_and_percent_escapes() -> None:
    url = "https://" + "%D0%BA" * 40
    fonts.ensure_registered()
    new_line, breaks = url_line_breaks(url, fonts.SERIF, 8, 100, first_line=0)
    assert not new_line
    assert breaks, "a 248-character piece cannot fit 100 points"
    for offset in breaks:
        assert offset > len("https://")
        assert url[offset - 1] != "%" and url[offset - 2] != "%", url[offset - 3 : offset + 3]
    for url in (
        "https://" + "%D0%BA" * 40,
        "https://x.example/" + "y" * 200,
        "https://x.example/" + "%" * 100,
    ):
        _, breaks = url_line_breaks(url, fonts.SERIF, 8, 100, first_line=0)
        lines = [url[a:b] for a, b in itertools.pairwise([0, *breaks, len(url)])]
        assert "".join(lines) == url
        assert all(text_width(line, fonts.SERIF, 8) <= 100 for line in lines), lines


def test_a_line_ends_at_the_last_slash_rather_than_inside_a_word_when_that_fills_it() -> None:
    fonts.ensure_registered()
    url = "https://www.example-news.org/world/2026/03/05/arlen-river-water-summit-geneva"
    width = text_width("https://www.example-news.org/world/2026/03/05/arlen-river", fonts.SERIF, 8) + 1
    assert url_line_breaks(url, fonts.SERIF, 8, width, first_line=0) == (False, [url.index("arlen")])
    # With the slash too far back, the line is filled up to the hyphen instead.
    wide = (
        text_width("https://www.example-news.org/world/2026/03/05/arlen-river-water-summit", fonts.SERIF, 8)
        + 1
    )
    assert url_line_breaks(url, fonts.SERIF, 8, wide, first_line=0) == (False, [url.index("-geneva")])


def test_the_scheme_and_host_are_not_left_at_the_end_of_a_line() -> None:
    fonts.ensure_registered()
    room = text_width("https://www.themoscowtimes", fonts.SERIF, 8) + 1  # what is left after the words
    new_line, breaks = url_line_breaks(MOSCOW, fonts.SERIF, 8, 300, first_line=300 - room)
    assert new_line, "'https://www' / '.themoscowtimes.com/…' would strand the host"
    assert breaks and breaks[0] > MOSCOW.index("/2022")


def test_a_url_that_does_not_fit_after_the_words_before_it_starts_a_new_line() -> None:
    fonts.ensure_registered()
    new_line, breaks = url_line_breaks(MOSCOW, fonts.SERIF, 8, 200, first_line=190)
    assert new_line
    assert all(allowed_break(MOSCOW, offset) for offset in breaks)


# -- on the card -----------------------------------------------------------------------------------


@pytest.mark.parametrize("page_size", ["A4", "Card5x8"])
@pytest.mark.parametrize(("url", "style"), CASES)
def test_the_url_round_trips_through_text_extraction(url: str, style: str, page_size: str) -> None:
    pdf = render_pdf(card_with(url, style, page_size)).pdf
    for tool, text in extracted_texts(pdf).items():
        assert "\u200b" not in text and "\xad" not in text, tool
        breaks = url_in(text, url)
        for offset in breaks:
            # A break the rule allows, or a cut inside a piece too long for any line.
            forced = len(longest_unbreakable(url)) > 60 and not allowed_break(url, offset)
            assert allowed_break(url, offset) or forced, (tool, url[:offset], url[offset:])
            assert offset > url.index("://") + 3, (tool, "broken inside the scheme")


@pytest.mark.parametrize("page_size", ["A4", "Card5x8"])
@pytest.mark.parametrize(("url", "style"), CASES)
def test_every_link_annotation_is_the_whole_url_and_they_cover_it(
    url: str, style: str, page_size: str
) -> None:
    pdf = render_pdf(card_with(url, style, page_size)).pdf
    annotations = [a.get_object() for a in pypdf.PdfReader(io.BytesIO(pdf)).pages[0].get("/Annots", [])]
    links = [a for a in annotations if a.get("/Subtype") == "/Link"]
    assert links
    assert [link["/A"]["/URI"] for link in links] == [url] * len(links)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        chars = page.chars
        text = "".join(char["text"] for char in chars)
        start = text.rindex(url[:20])
        url_chars = chars[start : start + len(url)]
        assert "".join(char["text"] for char in url_chars) == url
        rects = [[float(v) for v in link["/Rect"]] for link in links]

        def linked(char: dict[str, object]) -> bool:
            x = (float(char["x0"]) + float(char["x1"])) / 2
            y = page.height - (float(char["top"]) + float(char["bottom"])) / 2
            return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in rects)

        assert all(linked(char) for char in url_chars)
        others = chars[:start] + chars[start + len(url) :]
        assert not [char["text"] for char in others if linked(char)], "the link covers more than the URL"


@pytest.mark.parametrize("page_size", ["A4", "Card5x8", "Letter", "A5"])
def test_the_url_stays_inside_the_text_column_beside_the_qr_code(page_size: str) -> None:
    for url in (QUERY, LONG_SEGMENT, PERCENT, IDN):
        pdf = render_pdf(card_with(url, "apa", page_size)).pdf
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            page = document.pages[0]
            text = "".join(char["text"] for char in page.chars)
            start = text.rindex(url[:20])
            url_chars = page.chars[start : start + len(url)]
            right = max(char["x1"] for char in url_chars)
            source_top = min(char["top"] for char in url_chars) - 40
            modules = [r for r in page.rects if r["top"] > source_top and r["width"] < 6 and r["fill"]]
            qr_left = min(r["x0"] for r in modules)
        assert right < qr_left, (page_size, url[:30], right, qr_left)


def test_twenty_authors_and_a_long_title_are_printed_whole_with_the_url() -> None:
    # APA lists up to 20 authors and no style shortens a title: the card does not either.
    card = card_with(MOSCOW, "apa", "Card5x8")
    card.citation.authors = [f"Alexandra-Maria Konstantinopoulou-{n}" for n in range(20)]
    card.citation.title = " ".join(["An unusually long headline about the talks"] * 6)
    text = extracted_texts(render_pdf(card).pdf)["pdftotext"]
    url_in(text, MOSCOW)
    words = " ".join(text.split())
    assert "Konstantinopoulou-18, A.-M., & Konstantinopoulou-19, A.-M. (2025, March 4)." in words
    assert card.citation.title + ". Example News." in words


def test_a_pasted_paragraph_as_title_is_shortened_first_and_reported() -> None:
    from briefing.render.source import _entry_runs

    citation = card_with(MOSCOW, "chicago", "A4").citation
    citation.title = "word " * 400
    notes: list[str] = []
    text = "".join(run.text for run in _entry_runs(citation, notes))
    assert text.startswith("Doe, Jane, and Ivan Petrov. “word word")
    assert text.endswith(f"word…” Example News, March 4, 2025. {MOSCOW}.")
    assert 800 <= len(text) - len(MOSCOW) <= 900
    assert len(notes) == 1 and notes[0].startswith("citation title: shortened to ")
    assert notes[0].endswith(" of 1,999 characters")


def test_an_absurdly_long_url_is_shortened_on_the_card_but_not_in_the_link() -> None:
    url = "https://example.org/a?" + "&".join(f"key{n}=value{n}" for n in range(120))
    pdf = render_pdf(card_with(url, "apa", "A4")).pdf
    links = [a.get_object() for a in pypdf.PdfReader(io.BytesIO(pdf)).pages[0].get("/Annots", [])]
    assert {link["/A"]["/URI"] for link in links} == {url}
    text = extracted_texts(pdf)["pdftotext"].replace("\n", "")
    assert url[:400] in text and url not in text
