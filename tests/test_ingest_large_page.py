"""A saved page at the size cap is read in seconds, not minutes (issue 15.8)."""

from __future__ import annotations

import time

from briefing.ingest import MAX_BYTES, parse_article_bytes
from briefing.ingest.html_page import MAX_TEXT_CHARS
from briefing.ingest.limits import MAX_PARAGRAPHS

SENTENCE = "Negotiators met again on Tuesday 5 March 2026 to discuss the river; talks resume on 12/03/2026. "


def test_a_page_of_paragraphs_at_the_size_cap_is_read_within_seconds() -> None:
    paragraph = "<p>Paragraph {}. " + SENTENCE * 2 + "</p>\n"
    count = (MAX_BYTES - 1000) // len(paragraph.format(999_999))
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>River talks | Ledger</title></head>"
        "<body><article><h1>River talks</h1>"
        + "".join(paragraph.format(n) for n in range(count))
        + "</article></body></html>"
    ).encode()
    assert MAX_BYTES - 1_000_000 < len(page) <= MAX_BYTES
    started = time.monotonic()
    article = parse_article_bytes(page, "page.html")
    assert time.monotonic() - started < 12  # 3 s on the reference machine; before: well over a minute
    assert article.title == "River talks"
    assert article.paragraphs[0] == "Paragraph 0. " + (SENTENCE * 2).strip()
    # The extractor saw only the first MAX_TEXT_CHARS of text, and the article keeps the first
    # MAX_PARAGRAPHS of those, saying what it left out.
    assert len(article.text) < 1.1 * MAX_TEXT_CHARS
    assert len(article.paragraphs) == MAX_PARAGRAPHS and "left out the rest" in article.truncated
