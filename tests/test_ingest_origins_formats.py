"""Every reader records where the metadata it sets came from: text, file properties, the address."""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
import pytest
from local_web import LocalWeb, send
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing.ingest import fetch_article, parse_article_bytes, parse_clipboard
from briefing.model import Article

BODY = (
    "The harbour strike ended on Monday after nine days, when the union accepted the pay offer.\n\n"
    "Ships began unloading within hours of the vote, the port authority said.\n"
)


def sources(article: Article) -> dict[str, str]:
    return {origin.name: origin.source for origin in article.origins}


def alternatives(article: Article, name: str) -> list[tuple[str, str]]:
    origin = article.origin(name)
    assert origin is not None
    return [(other.value, other.source) for other in origin.alternatives]


def sample_text(url: str) -> bytes:
    return f"""Harbour strike ends

February 25, 2022

By Jane Smith and John Doe

{BODY}
Original url:

<{url}>
""".encode()


def test_the_sample_format_records_its_own_lines_as_text_and_the_site_from_the_publisher_table() -> None:
    article = parse_article_bytes(sample_text("https://www.reuters.com/world/harbour-strike/"), "story.txt")
    assert article.site_name == "Reuters"
    assert sources(article) == {
        "title": "text",
        "published": "text",
        "byline": "text",
        "authors": "text",
        "url": "text",
        "site_name": "publisher-table",
        "language": "text",
    }
    assert article.fields_to_confirm() == []


def test_a_site_name_that_is_only_the_domain_says_it_came_from_the_address() -> None:
    article = parse_article_bytes(sample_text("https://news.example.org/harbour-strike"), "story.txt")
    assert article.site_name == "news.example.org"
    assert article.origin("site_name").source == "url"


def test_plain_and_pasted_text_record_their_title_and_language_as_text() -> None:
    for article in (
        parse_article_bytes(f"Harbour strike ends\n\n{BODY}".encode(), "notes.txt"),
        parse_clipboard(None, f"<h1>Harbour strike ends</h1><p>{BODY}</p><p>More text follows here.</p>"),
    ):
        assert article.title == "Harbour strike ends"
        assert sources(article) == {"title": "text", "language": "text"}


def test_markdown_front_matter_is_the_files_own_properties_and_a_different_heading_an_alternative() -> None:
    markdown = f"""---
title: Harbour strike ends after nine days
author: Jane Smith
date: 2022-02-25
url: https://news.example.org/harbour-strike
---

# Dock strike over, ships unload

{BODY}"""
    article = parse_article_bytes(markdown.encode(), "story.md")
    assert sources(article) == {
        "title": "file-properties",
        "authors": "file-properties",
        "byline": "file-properties",
        "published": "file-properties",
        "url": "file-properties",
        "site_name": "url",
        "language": "text",
    }
    assert alternatives(article, "title") == [("Dock strike over, ships unload", "heading")]


def test_a_markdown_heading_without_front_matter_is_the_titles_source() -> None:
    article = parse_article_bytes(f"# Harbour strike ends\n\n{BODY}".encode(), "story.md")
    assert article.origin("title").source == "heading"
    assert alternatives(article, "title") == []


def word_file(core_title: str) -> bytes:
    document = docx.Document()
    document.add_heading("Harbour strike ends", level=0)
    document.add_paragraph("The strike ended on Monday, the union's negotiator said.")
    document.core_properties.title = core_title
    document.core_properties.author = "Jane Smith"
    document.core_properties.language = "en-GB"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_documents_take_metadata_from_their_properties_and_the_title_from_the_text() -> None:
    article = parse_article_bytes(word_file("Harbour strike ends"), "story.docx")
    assert sources(article) == {
        "title": "text",
        "authors": "file-properties",
        "byline": "file-properties",
        "published": "file-properties",
        "updated": "file-properties",
        "language": "file-properties",
    }
    assert article.fields_to_confirm() == []


def test_a_word_title_property_that_differs_from_the_heading_is_an_alternative() -> None:
    article = parse_article_bytes(word_file("Draft 3 - strike story for Monday"), "story.docx")
    assert article.title == "Harbour strike ends"
    assert alternatives(article, "title") == [("Draft 3 - strike story for Monday", "file-properties")]


def article_pdf(**info: str) -> bytes:
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, **info)
    story = [Paragraph("Harbour strike ends after nine days", styles["Title"])]
    story += [Paragraph(f"Paragraph {n}. {BODY}", styles["BodyText"]) for n in range(3)]
    document.build(story)
    return buffer.getvalue()


def test_a_pdf_headline_is_text_and_a_different_title_property_an_alternative() -> None:
    article = parse_article_bytes(article_pdf(title="Port report, final", author="Jane Smith"), "story.pdf")
    assert article.title == "Harbour strike ends after nine days"
    assert article.origin("title").source == "text"
    assert alternatives(article, "title") == [("Port report, final", "file-properties")]
    assert article.origin("authors").source == "file-properties"
    assert article.origin("published").source == "file-properties"


def test_a_pdf_whose_title_property_is_its_headline_has_nothing_to_confirm() -> None:
    article = parse_article_bytes(article_pdf(title="Harbour strike ends after nine days"), "story.pdf")
    assert article.fields_to_confirm() == []


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        yield server


def page(head: str = "") -> bytes:
    return f"""<html lang="en"><head><meta charset="utf-8">{head}</head><body><article>
<h1>Harbour strike ends</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>""".encode()


def test_a_fetched_page_without_an_address_of_its_own_is_cited_at_the_address_it_came_from(
    web: LocalWeb,
) -> None:
    web.routes["/story"] = send(page())
    article = fetch_article(web.base + "/story", allow_private_hosts=True)
    assert article.url == web.base + "/story"
    assert article.origin("url").source == "url"
    assert article.origin("title").source == "heading"


def test_a_fetched_page_that_names_its_canonical_address_says_so(web: LocalWeb) -> None:
    web.routes["/story?utm_source=feed"] = send(
        page('<link rel="canonical" href="https://news.example.org/harbour-strike">')
    )
    article = fetch_article(web.base + "/story?utm_source=feed", allow_private_hosts=True)
    assert article.url == "https://news.example.org/harbour-strike"
    assert article.origin("url").source == "canonical-link"
    # Another site than the one it was fetched from (a syndicated copy?) is worth a look.
    assert alternatives(article, "url") == [(web.base + "/story?utm_source=feed", "url")]
