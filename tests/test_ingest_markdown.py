"""Markdown articles: front matter, headings, links reduced to their text."""

from __future__ import annotations

import datetime as dt

from briefing.ingest import parse_article_bytes

WITH_FRONT_MATTER = """---
title: "Harbour strike ends"
author:
  - Jane Smith
  - John Doe
date: 2022-02-25
url: https://news.example.org/harbour
site_name: The Daily Example
lang: en-GB
---

The strike ended on **Monday**, [said](https://example.org/quote "quote") the union's
negotiator, after _nine days_ of talks.

## What happens next

- Ships unload first.
- Shops restock after.

> "We got what we came for," said Maria Lopez.

![A ship](ship.jpg)

See the `snake_case_name` in the [port report][1].

[1]: https://example.org/report
"""


def test_front_matter_gives_the_metadata() -> None:
    article = parse_article_bytes(WITH_FRONT_MATTER.encode(), "story.md")
    assert article.source_format == "markdown"
    assert article.title == "Harbour strike ends"
    assert article.authors == ["Jane Smith", "John Doe"]
    assert article.published == dt.date(2022, 2, 25)
    assert (article.url, article.site_name, article.language) == (
        "https://news.example.org/harbour",
        "The Daily Example",
        "en",
    )


def test_body_markup_is_reduced_to_text() -> None:
    article = parse_article_bytes(WITH_FRONT_MATTER.encode(), "story.md")
    assert article.paragraphs == [
        "The strike ended on Monday, said the union's negotiator, after nine days of talks.",
        "What happens next",
        "Ships unload first.",
        "Shops restock after.",
        '"We got what we came for," said Maria Lopez.',
        "See the snake_case_name in the port report.",
    ]


def test_without_front_matter_the_first_heading_is_the_title() -> None:
    text = "# Harbour strike ends\n\nThe strike ended on Monday.\n\nShips began unloading.\n"
    article = parse_article_bytes(text.encode(), "notes.markdown")
    assert article.title == "Harbour strike ends"
    assert article.paragraphs == ["The strike ended on Monday.", "Ships began unloading."]


def test_setext_headline() -> None:
    text = "Harbour strike ends\n===================\n\nThe strike ended on Monday.\n"
    article = parse_article_bytes(text.encode(), "notes.md")
    assert (article.title, article.paragraphs) == ("Harbour strike ends", ["The strike ended on Monday."])


def test_front_matter_makes_a_txt_file_markdown() -> None:
    text = "---\ntitle: Harbour strike ends\n---\nThe strike ended on Monday.\n"
    article = parse_article_bytes(text.encode(), "notes.txt")
    assert (article.source_format, article.title) == ("markdown", "Harbour strike ends")
