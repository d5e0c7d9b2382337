"""The card uses its page: columns filled before type shrinks, legible sizes, labelled dates, drafts that fit.

Read back from the rendered PDF (pdfplumber's characters and their positions), as a reader sees it.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pdfplumber
import pytest
from test_render_samples import assert_clean_layout, overfull, text_of, typical

from briefing.drafting import draft_to_fit
from briefing.ingest import read_article
from briefing.model import PAGE_SIZES, Briefing, Person, Place, Quote
from briefing.render import render_pdf
from briefing.render.styles import INK

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = [FIXTURES / "suggest" / "port-dispute.txt", FIXTURES / "suggest" / "new-year-vote.txt"]


def _chars(pdf: bytes) -> tuple[float, list[dict[str, object]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        return float(page.width), [c for c in page.chars if c["text"].strip() and float(c["size"]) < 40]


def _label_top(chars: list[dict[str, object]], word: str) -> float:
    """The top of the first section label that spells ``word`` (labels are set letter by letter)."""
    lines: dict[float, str] = {}
    for char in chars:
        if str(char["fontname"]).endswith("SansCondensed-Bold"):
            top = round(float(char["top"]), 1)
            lines[top] = lines.get(top, "") + str(char["text"])
    return min(top for top, text in lines.items() if word in text)


def column_free_shares(pdf: bytes) -> list[float]:
    """For the left and right half of the sections' area, the share of its height below the last text."""
    width, chars = _chars(pdf)
    top = min(_label_top(chars, label) for label in ("QUOTES", "WHO", "POSITIONS"))
    bottom = _label_top(chars, "SOURCE")
    middle = width / 2
    shares = []
    for in_column in (lambda c: float(c["x1"]) < middle, lambda c: float(c["x0"]) > middle):
        lowest = max(float(c["bottom"]) for c in chars if top <= float(c["top"]) < bottom and in_column(c))
        shares.append((bottom - lowest) / (bottom - top))
    return shares


def _overfull_cards() -> list[tuple[str, Briefing]]:
    cards = []
    for page_size in ("A4", "Letter"):
        more_quotes = typical(page_size)
        more_quotes.quotes = more_quotes.quotes * 2  # the main column overflows
        more_people = typical(page_size)
        more_people.people = more_people.people * 3  # the sidebar overflows
        more_people.places = more_people.places * 2
        long_quotes = overfull(quotes=12, words=60, page_size=page_size)
        cards += [(f"{page_size}-quotes", more_quotes), (f"{page_size}-people", more_people)]
        cards += [(f"{page_size}-long", long_quotes)]
    return cards


@pytest.mark.parametrize(
    "name,card", _overfull_cards(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_type_is_reduced_only_with_both_columns_filled(name: str, card: Briefing) -> None:
    result = render_pdf(card)
    assert_clean_layout(result.pdf)
    assert result.scale < 1.0, "these cards are more than a page holds at full size"
    left, right = column_free_shares(result.pdf)
    # The last item's own space below it and the source label's rule count as free here: 3 % slack.
    assert left <= 0.13 and right <= 0.13, (name, result.arrangement, left, right)


def test_a_full_sidebar_no_longer_shrinks_the_type_while_the_main_column_is_half_empty() -> None:
    card = typical()
    card.quotes = card.quotes[:2]
    card.positions = card.positions[:1]
    card.facts = []
    card.people = card.people * 2
    card.places = card.places * 2
    result = render_pdf(card)
    assert result.scale == 1.0 and not result.omitted
    assert result.arrangement in ("band", "flow")  # Who/Where/When continue beside the quotes
    text = text_of(result.pdf)
    assert "(CONTINUED)" in text or result.arrangement == "band"


def test_the_most_important_section_stays_top_left() -> None:
    for _name, card in _overfull_cards():
        width, chars = _chars(render_pdf(card).pdf)
        quotes_label = _label_top(chars, "QUOTES")
        first_label = min(_label_top(chars, word) for word in ("QUOTES", "WHO", "POSITIONS", "WHERE", "WHEN"))
        assert quotes_label == first_label
        label_x = min(float(c["x0"]) for c in chars if round(float(c["top"]), 1) == quotes_label)
        assert label_x < width / 4


@pytest.mark.parametrize("page_size", list(PAGE_SIZES))
def test_nothing_is_smaller_than_8_pt_at_full_size(page_size: str) -> None:
    card = typical(page_size)
    card.summary = card.summary.split(". ")[0] + "."
    card.quotes, card.people, card.places = card.quotes[:1], card.people[:1], card.places[:1]
    card.dates, card.positions, card.facts = card.dates[:1], card.positions[:1], []
    if page_size == "Card5x8":  # a hand-held card holds about this much at full size
        card.places, card.dates = [], []
    result = render_pdf(card)
    assert result.scale == 1.0
    _, chars = _chars(result.pdf)
    sizes = {round(float(c["size"]), 2) for c in chars}
    assert min(sizes) >= 8.0, sorted(sizes)


@pytest.mark.parametrize("page_size", list(PAGE_SIZES))
def test_reduced_type_keeps_body_at_7_5_pt_and_nothing_below_6_5(page_size: str) -> None:
    result = render_pdf(overfull(quotes=40, words=50, page_size=page_size))
    assert result.scale < 1.0
    _, chars = _chars(result.pdf)
    assert min(float(c["size"]) for c in chars) >= 6.5 - 1e-4
    quote_sizes = [float(c["size"]) for c in chars if str(c["text"]) == "q" and "Serif" in str(c["fontname"])]
    assert quote_sizes and min(quote_sizes) >= 7.5 - 1e-4  # PDF numbers carry 5-6 digits


def _contrast(rgb: tuple[float, ...], ground: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> float:
    def luminance(colour: tuple[float, ...]) -> float:
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in colour]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(rgb), luminance(ground)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_text_colour_has_wcag_aa_contrast_on_paper_and_on_the_tinted_box() -> None:
    _, chars = _chars(render_pdf(typical("Card5x8")).pdf)
    colours = {tuple(c["non_stroking_color"]) for c in chars if c["non_stroking_color"] is not None}
    assert len(colours) >= 3  # ink, the muted grey and the accent at least
    tint = (0xEE / 255, 0xF3 / 255, 0xF8 / 255)
    for colour in colours:
        rgb = colour if len(colour) == 3 else (colour[0],) * 3
        assert _contrast(rgb) >= 4.5 and _contrast(rgb, tint) >= 4.5, colour
    assert _contrast(tuple(INK.rgb())) > 12


def test_dates_say_what_they_are() -> None:
    text = text_of(render_pdf(typical()).pdf)
    assert "Example News · Published 4 March 2025" in text  # the news, where a reader looks for it
    assert "Prepared 5 March 2025 by Eastern Europe Desk" in text  # the card, labelled as such


@pytest.mark.parametrize("page_size", list(PAGE_SIZES))
@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.stem)
def test_a_draft_is_at_full_size_and_whole_on_every_paper(page_size: str, path: Path) -> None:
    article = read_article(path)
    card = Briefing.from_article(article)
    card.layout.page_size = page_size
    draft = draft_to_fit(article, card)
    result = render_pdf(draft)
    assert (result.scale, result.omitted) == (1.0, [])
    assert draft.headline == article.title and draft.headline in text_of(result.pdf)
    assert draft.quotes and draft.people, "a draft says who said what"


def test_a_larger_paper_takes_more_of_the_suggestions() -> None:
    article = read_article(ARTICLES[0])
    counts = {}
    for page_size in ("A4", "Card5x8"):
        card = Briefing.from_article(article)
        card.layout.page_size = page_size
        draft = draft_to_fit(article, card)
        counts[page_size] = sum(
            len(items) for items in (draft.quotes, draft.people, draft.places, draft.dates)
        )
    assert counts["A4"] > counts["Card5x8"]


def _run(*arguments: str, cwd: Path) -> tuple[int, str, str]:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "briefing", *arguments], capture_output=True, text=True, cwd=cwd, timeout=120
    )
    return done.returncode, done.stdout, done.stderr


def test_render_lists_every_left_out_item_on_its_own_line_and_q_silences_it(tmp_path: Path) -> None:
    from briefing.model import save

    card = typical("Card5x8")
    card.people = [Person(f"Person Number{n}", "Adviser") for n in range(30)]
    card.places = [Place(f"Town{n}", "Where talks were held") for n in range(12)]
    card.quotes = [
        *card.quotes,
        *(Quote(f"Statement {n} on the talks and the truce.", f"Speaker{n}") for n in range(20)),
    ]
    save(card, tmp_path / "full.briefing")
    expected = render_pdf(card)
    assert len(expected.left_out) > 10
    code, out, err = _run("render", "full.briefing", "-o", "full.pdf", cwd=tmp_path)
    assert code == 0 and "Wrote full.pdf" in out
    lines = err.splitlines()
    assert f"briefing: warning: type reduced to {round(expected.scale * 100)} %" in lines
    for entry in expected.left_out:
        assert f"briefing: warning: left out {entry}" in lines
    assert "more" not in err  # nothing hidden behind "… and 9 more"
    code, out, err = _run("render", "full.briefing", "-o", "quiet.pdf", "-q", cwd=tmp_path)
    assert (code, out, err) == (0, "", "")


def test_a_draft_never_cuts_its_summary_mid_text_on_a_hand_held_card(tmp_path: Path) -> None:
    sentence = (
        "The delegations met again on Thursday and agreed to keep talking about the river's summer flow."
    )
    article_file = tmp_path / "long-lead.txt"
    headline = (
        "Delegations from three river nations agree to keep talking about summer flows after a long night"
    )
    article_file.write_text(
        f"{headline}\n\n{' '.join([sentence] * 8)}\n\nA second paragraph.\n", encoding="utf-8"
    )
    article = read_article(article_file)
    card = Briefing.from_article(article)
    card.layout.page_size = "Card5x8"
    draft = draft_to_fit(article, card)
    result = render_pdf(draft)
    assert (result.scale, result.omitted) == (1.0, [])
    assert draft.summary.endswith(".") and draft.summary.count(sentence) >= 1  # whole sentences only
