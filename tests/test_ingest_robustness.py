"""Odd input a reader did not foresee still ends in one IngestError, never a crash of the app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefing.ingest import IngestError, Reader, parse_article_bytes, register, unregister


@pytest.fixture
def broken_reader() -> Iterator[None]:
    def parse(source: object) -> object:
        raise ValueError("a library choked on this input")

    register(
        Reader(
            format="brittle", sniff=lambda source: source.data.startswith(b"BRITTLE"), parse=parse, priority=1
        )
    )
    yield
    unregister("brittle")


def test_a_reader_failing_unexpectedly_becomes_one_clear_error(broken_reader: None) -> None:
    with pytest.raises(IngestError, match=r"“odd\.bin” could not be read as BRITTLE"):
        parse_article_bytes(b"BRITTLE data", "odd.bin")


def test_control_characters_in_a_page_are_dropped_not_fatal() -> None:
    page = (
        b"<html><head><title>Harbour\x01 strike</title><meta name='author' content='Jane\x02 Smith'></head><body>"
        + b"<h1>Harbour\x0b strike ends</h1>"
        + b"<p>The strike \x01ended on Monday after nine days of talks between the union and the port.</p>"
        * 4
        + b"</body></html>"
    )
    article = parse_article_bytes(page, "page.html")
    assert article.title == "Harbour strike ends"
    assert article.byline == "Jane Smith"
    assert all("\x01" not in paragraph for paragraph in article.paragraphs)
