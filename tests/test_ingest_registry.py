"""A new input format plugs in as a reader without touching the others."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefing.ingest import Reader, Source, parse_article_bytes, readers, register, unregister
from briefing.model import Article


@pytest.fixture
def fake_pdf_reader() -> Iterator[Reader]:
    reader = Reader(
        format="fake-pdf",
        # A made-up signature: the real PDF reader must not be the one that answers here.
        sniff=lambda source: source.data.startswith(b"%FAKEPDF-"),
        parse=lambda source: Article(
            title="From the PDF", paragraphs=["Page one."], source_format="fake-pdf"
        ),
        priority=100,
    )
    register(reader)
    yield reader
    unregister("fake-pdf")


def test_the_built_in_readers_try_sample_text_before_plain_text() -> None:
    formats = [reader.format for reader in readers()]
    assert formats.index("sample-text") < formats.index("text")


def test_a_registered_binary_reader_is_chosen_by_content_not_by_name(fake_pdf_reader: Reader) -> None:
    article = parse_article_bytes(b"%FAKEPDF-1.7\n\x00\x01binary", "report.txt")
    assert (article.title, article.source_format, article.source) == (
        "From the PDF",
        "fake-pdf",
        "report.txt",
    )
    assert article.accessed is not None


def test_without_the_reader_the_same_bytes_are_refused() -> None:
    with pytest.raises(Exception, match="not text"):
        parse_article_bytes(b"%FAKEPDF-1.7\n\x00\x01binary", "report.pdf")


def test_source_decodes_text_once_and_knows_its_suffix() -> None:
    source = Source("Überschrift".encode(), "Article.TXT")
    assert source.text == "Überschrift"
    assert source.text is source.text
    assert source.suffix == ".txt"
    assert Source(b"\x00\x01\x02", "").text is None
