"""A PDF carries only what it shows: its document information is capped (issue 15.3)."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from briefing.model import Article, Briefing, Quote
from briefing.render import render_pdf
from briefing.render.page import METADATA_LIMITS, clip, set_metadata


def _metadata(card: Briefing, whole_card: bool = True) -> tuple[int, pypdf.DocumentInformation]:
    if whole_card:
        pdf = render_pdf(card).pdf
    else:  # only the document information, on an empty page
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        set_metadata(canvas, card)
        canvas.showPage()
        canvas.save()
        pdf = buffer.getvalue()
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    return len(pdf), metadata


def _cut_at_a_word(value: str, whole: str, limit: int) -> None:
    assert len(value) <= limit and value.endswith("…")
    kept = value.removesuffix("…")
    assert whole.startswith(kept) and whole[len(kept)] in " ,"


def test_a_huge_headline_and_author_are_cut_at_a_word_in_the_metadata() -> None:
    headline = "Harbour talks resume " * 50_000  # about 1 MB
    card = Briefing.from_article(Article(title=headline, paragraphs=["The talks resumed."]))
    card.prepared_by = "Desk " * 20_000  # 100 KB
    size, metadata = _metadata(card)
    assert size < 400_000  # the old PDF was over 2 MB
    assert metadata.title is not None and metadata.subject is not None and metadata.author is not None
    _cut_at_a_word(metadata.title, headline, METADATA_LIMITS["title"])
    _cut_at_a_word(metadata.subject, "Briefing on " + headline, METADATA_LIMITS["subject"])
    _cut_at_a_word(metadata.author, card.prepared_by, METADATA_LIMITS["author"])


def test_ten_thousand_speakers_do_not_all_go_into_the_keywords() -> None:
    card = Briefing.from_article(Article(title="Talks", paragraphs=["The talks resumed."]))
    card.quotes = [Quote("We are ready.", f"Speaker Number{n}") for n in range(10_000)]
    _, metadata = _metadata(card, whole_card=False)  # laying out 10,000 quotes is another issue's
    names = ", ".join(quote.speaker for quote in card.quotes)
    _cut_at_a_word(metadata["/Keywords"], names, METADATA_LIMITS["keywords"])
    assert metadata["/Keywords"].startswith("Speaker Number0, Speaker Number1, ")


@pytest.mark.parametrize(
    ("text", "limit", "clipped"),
    [
        ("Short enough", 20, "Short enough"),
        ("One two three four five", 12, "One two…"),
        ("x" * 50, 10, "x" * 9 + "…"),  # one huge word: cut inside it
        ("Ana,  Bo,\\nCarla, Dmitri", 14, "Ana, Bo…"),
    ],
)
def test_clip_cuts_at_a_word_with_an_ellipsis(text: str, limit: int, clipped: str) -> None:
    assert clip(text.replace("\\\\n", "\\n"), limit) == clipped
