"""Pathological content still gives exactly one page: cut with an ellipsis and reported."""

from __future__ import annotations

import importlib
import math
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_render_samples import assert_clean_layout, text_of, typical

from briefing.model import (
    PAGE_SIZES,
    Briefing,
    Citation,
    DateItem,
    Fact,
    Layout,
    Person,
    Place,
    Quote,
    Stance,
)
from briefing.render import render_pdf

WORDS = [f"word{n:04d}" for n in range(5000)]
HUGE = " ".join(WORDS)


@pytest.mark.parametrize("page_size", list(PAGE_SIZES))
def test_a_5000_word_summary_is_cut_at_a_word_with_an_ellipsis(page_size: str) -> None:
    card = typical(page_size)
    card.summary = HUGE
    result = render_pdf(card)
    assert_clean_layout(result.pdf)
    text = text_of(result.pdf)
    cut = [entry for entry in result.omitted if entry.startswith("summary: shortened to ")]
    assert len(cut) == 1 and cut[0].endswith("of 5,000 words")
    kept = int(cut[0].split("shortened to ")[1].split(" of")[0].replace(",", ""))
    assert 20 < kept < 5000
    assert f"{WORDS[kept - 1]}…" in text  # ends on a whole word, then the ellipsis
    assert WORDS[kept] not in text
    assert "1 summary shortened" in result.fit_message
    assert f"shortened summary to {kept:,} of 5,000 words" in result.fit_lines
    assert card.headline in text


def test_a_5000_word_quote_is_cut_and_its_speaker_kept() -> None:
    card = Briefing(headline="One long quote", quotes=[Quote(HUGE, "Dmitry Peskov", "Kremlin spokesman")])
    result = render_pdf(card)
    assert_clean_layout(result.pdf)
    text = text_of(result.pdf)
    assert "Dmitry Peskov" in text and WORDS[0] in text and WORDS[-1] not in text
    assert any(entry.startswith("quote (Dmitry Peskov): shortened to ") for entry in result.omitted)


def test_enormous_single_words_and_every_field_overfull_still_one_page() -> None:
    blob = "x" * 20000
    card = Briefing(
        headline=blob,
        prepared_for=HUGE,
        prepared_by=blob,
        summary=blob,
        quotes=[Quote(HUGE, HUGE, HUGE)] * 3,
        people=[Person(HUGE, HUGE, HUGE)] * 3,
        places=[Place(blob, HUGE)] * 3,
        dates=[DateItem(HUGE, None, HUGE)] * 3,
        positions=[Stance(HUGE, HUGE)] * 3,
        facts=[Fact(HUGE)] * 3,
        citation=Citation(title=HUGE, authors=[HUGE], site_name=blob, url="https://example.org/" + blob),
        layout=Layout(page_size="Card5x8", marking=HUGE, draft=True),
    )
    result = render_pdf(card)
    assert_clean_layout(result.pdf)
    assert any(
        entry.startswith("headline: shortened to ") and entry.endswith(" of 20,000 characters")
        for entry in result.omitted
    )
    assert any(entry.startswith("marking: shortened") for entry in result.omitted)


def test_concurrent_renders_from_threads_give_the_same_bytes() -> None:
    expected = render_pdf(typical(marking="TLP:GREEN"), invariant=True).pdf
    results: list[bytes] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                results.append(render_pdf(typical(marking="TLP:GREEN"), invariant=True).pdf)
        except BaseException as error:  # surfaced below; a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == 12 and all(pdf == expected for pdf in results)


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headline=_text,
    quotes=st.lists(st.tuples(_text, _text, _text), max_size=12),
    facts=st.lists(_text, max_size=12),
    page_size=st.sampled_from(list(PAGE_SIZES)),
    marking=_text,
)
def test_any_text_gives_one_page(
    headline: str, quotes: list[tuple[str, str, str]], facts: list[str], page_size: str, marking: str
) -> None:
    card = Briefing(
        headline=headline,
        quotes=[Quote(*parts) for parts in quotes],
        facts=[Fact(text) for text in facts],
        layout=Layout(page_size=page_size, marking=marking),
    )
    result = render_pdf(card)
    assert_clean_layout(result.pdf)


@pytest.mark.parametrize("extra_quotes", range(7))
def test_type_is_reduced_only_as_far_as_it_must_be(extra_quotes: int) -> None:
    """The scale is the largest whole percentage at which the card fits (or the floor)."""
    fitting = importlib.import_module("briefing.render.fit")
    card_module = importlib.import_module("briefing.render.card")
    from briefing.render import fonts
    from briefing.render.styles import geometry, styles_for

    briefing = typical()
    briefing.quotes += [Quote("They said the talks would resume next week. " * 3, "Someone")] * extra_quotes
    fonts.ensure_registered()
    paper = geometry("A4")
    card = card_module.CardBuilder(briefing, paper, styles_for(paper.body)).build()
    layout = fitting.fit(card, paper)
    measure = fitting._Measure(card, paper)

    def usage(scale: float) -> float:  # the best any arrangement does at ``scale``
        plans = [arrange(card.sections, measure, scale) for _, arrange in fitting.ARRANGEMENTS_TWO_COLUMNS]
        return min(measure.usage(bands, scale) for bands in plans if bands is not None)

    assert (
        layout.scale == 1.0
        or layout.scale == paper.floor_scale
        or round(layout.scale * 100) == (layout.scale * 100)
    )
    if not layout.omitted:
        assert usage(layout.scale) <= 1.0
    if layout.scale < 1.0:
        next_percent = math.floor(layout.scale * 100 + 1e-9) / 100 + 0.01
        assert usage(next_percent) > 1.0, "a larger type size would still have fitted"
