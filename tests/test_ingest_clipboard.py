"""Paste as new article: HTML keeps its paragraphs; plain text reads like a text file."""

from __future__ import annotations

import pytest

from briefing.ingest import IngestError, parse_clipboard

HTML = """<html><body><!--StartFragment--><h1>Harbour strike ends</h1>
<div class="story"><p>The strike ended on <b>Monday</b> after nine days.</p>
<p>Ships began <a href="https://example.org">unloading</a> within hours.<br><br>Shops will restock next week.</p>
<ul><li>Forty ships wait.</li><li>Trains are back.</li></ul>
<script>track()</script><button>Share</button></div><!--EndFragment--></body></html>"""


def test_pasted_html_keeps_its_paragraph_structure() -> None:
    article = parse_clipboard("ignored when there is HTML", HTML)
    assert article.title == "Harbour strike ends"
    assert article.paragraphs == [
        "The strike ended on Monday after nine days.",
        "Ships began unloading within hours.",
        "Shops will restock next week.",
        "Forty ships wait.",
        "Trains are back.",
    ]
    assert (article.source, article.source_format) == ("clipboard", "clipboard-html")


def test_windows_cf_html_header_is_not_text() -> None:
    cf_html = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000300\r\nStartFragment:0000000141\r\n" + HTML
    )
    article = parse_clipboard(None, cf_html)
    assert "Version" not in article.text and article.paragraphs[0].startswith("The strike ended")


def test_pasted_plain_text_reads_like_a_text_file() -> None:
    article = parse_clipboard(
        "Harbour strike ends\n\nThe strike ended on Monday.\n\nShips began unloading.", None
    )
    assert article.title == "Harbour strike ends"
    assert article.paragraphs == ["The strike ended on Monday.", "Ships began unloading."]
    assert article.source == "clipboard"


def test_html_without_text_falls_back_to_the_plain_text() -> None:
    article = parse_clipboard("The strike ended on Monday.", "<img src='x.png'>")
    assert article.paragraphs == ["The strike ended on Monday."]


@pytest.mark.parametrize(("text", "html"), [(None, None), ("", ""), ("   \n ", "<p> </p>")])
def test_an_empty_clipboard_is_one_clear_error(text: str | None, html: str | None) -> None:
    with pytest.raises(IngestError, match="clipboard holds no text"):
        parse_clipboard(text, html)
