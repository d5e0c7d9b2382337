"""Web pages: where each citation field came from, and the other values the page gave when they disagree."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from briefing.ingest import parse_article_bytes
from briefing.model import Article, FieldOrigin

BODY = """
<p>The harbour strike ended on Monday after nine days, when the dock workers' union accepted
a pay offer that its leaders had rejected twice before.</p>
<p>“We got what we came for,” said Maria Lopez, the union's chief negotiator, outside the port
authority's offices. Ships began unloading within hours of the vote.</p>
<p>The port authority said the backlog of more than forty container ships would take at least
a week to clear, and warned of delays for shops before the holidays.</p>
"""
KNOWN_SOURCES = set(re.findall(r'``"([a-z-]+)"``', FieldOrigin.__doc__ or ""))


def page(
    head: str = "",
    h1: str = "Harbour strike ends after nine days",
    byline: str = "",
    json_ld: dict[str, object] | None = None,
) -> bytes:
    script = f'<script type="application/ld+json">{json.dumps(json_ld)}</script>' if json_ld else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}{script}</head>
<body><main><article><h1>{h1}</h1>{byline}{BODY}</article></main></body></html>""".encode()


def news_article(**fields: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", **fields}


def read(data: bytes) -> Article:
    return parse_article_bytes(data, "story.html")


def alternatives(article: Article, name: str) -> list[tuple[str, str]]:
    origin = article.origin(name)
    assert origin is not None, f"no origin recorded for {name}"
    return [(other.value, other.source) for other in origin.alternatives]


def test_disagreeing_dates_give_the_chosen_one_its_source_and_the_others_as_alternatives() -> None:
    article = read(
        page(
            head="""<meta property="article:published_time" content="2022-02-26T09:00:00+01:00">
            <link rel="canonical" href="https://news.example.org/2022/02/27/harbour-strike">""",
            json_ld=news_article(headline="Harbour strike ends after nine days", datePublished="2022-02-24"),
        )
    )
    assert article.published is not None and article.published.isoformat() == "2022-02-24"
    assert article.origin("published").source == "json-ld"
    # Strongest first: the page's own OpenGraph date before the date in its address.
    assert alternatives(article, "published") == [("2022-02-26", "opengraph"), ("2022-02-27", "url")]
    assert "published" in article.fields_to_confirm()


def test_agreeing_dates_give_no_alternatives_even_when_written_in_different_time_zones() -> None:
    # 23:30 UTC on the 24th is 01:30 on the 25th in Kyiv: one moment, one publication date.
    article = read(
        page(
            head="""<meta property="article:published_time" content="2022-02-25T01:30:00+02:00">
            <meta name="date" content="2022-02-25">
            <link rel="canonical" href="https://news.example.org/2022/02/25/harbour-strike">""",
            json_ld=news_article(datePublished="2022-02-24T23:30:00Z"),
        )
    )
    assert article.published is not None and article.published.isoformat() == "2022-02-25"
    assert alternatives(article, "published") == []
    assert article.fields_to_confirm() == []


def test_a_utc_timestamp_and_the_local_date_it_falls_on_agree() -> None:
    # The page states no zone of its own; the 25th is the date of 22:00 UTC on the 24th east of Berlin.
    article = read(
        page(
            head='<meta name="dcterms.date" content="2022-02-25">',
            json_ld=news_article(datePublished="2022-02-24T22:00:00Z"),
        )
    )
    assert alternatives(article, "published") == []


def test_dates_a_day_apart_in_the_same_zone_are_a_disagreement() -> None:
    article = read(
        page(
            head='<meta property="article:published_time" content="2022-02-25T10:00:00+01:00">',
            json_ld=news_article(datePublished="2022-02-24T10:00:00+01:00"),
        )
    )
    assert alternatives(article, "published") == [("2022-02-25", "opengraph")]


def test_titles_that_differ_only_by_the_site_suffix_quote_marks_case_or_spacing_agree() -> None:
    h1 = "Union says “we got what we came for” as strike ends"
    article = read(
        page(
            head="""<title>Union says "we got what we came for" as strike ends | The Daily Example</title>
            <meta property="og:title" content="Union says 'we got what we came for' as strike ends - Business">
            <meta name="twitter:title" content="UNION SAYS “WE GOT  WHAT WE CAME FOR” AS STRIKE ENDS">
            <meta property="og:site_name" content="The Daily Example">""",
            h1=h1,
            json_ld=news_article(
                headline="Union says “we got what we came for” as strike ends (Daily Example)"
            ),
        )
    )
    assert article.title == h1
    assert article.origin("title").source == "heading"
    assert alternatives(article, "title") == []


def test_a_headline_no_other_signal_confirms_lists_the_declared_titles() -> None:
    article = read(
        page(
            head="""<meta property="og:title" content="Harbour strike ends after nine days of talks">
            <title>Dock strike over: what it means for shoppers | The Daily Example</title>""",
        )
    )
    assert article.title == "Harbour strike ends after nine days"
    assert article.origin("title").source == "heading"
    assert alternatives(article, "title") == [
        ("Harbour strike ends after nine days of talks", "opengraph"),
        ("Dock strike over: what it means for shoppers", "title-tag"),  # without the site's name
    ]


def test_a_headline_two_signals_agree_on_is_not_questioned_by_a_headline_for_social_media() -> None:
    article = read(
        page(
            head="""<meta property="og:title" content="Harbour strike ends after nine days">
            <meta name="twitter:title" content="You won't believe how the harbour strike ended">""",
        )
    )
    assert alternatives(article, "title") == []


def test_a_visible_byline_naming_someone_else_is_an_alternative_for_the_authors() -> None:
    article = read(
        page(
            byline='<p class="byline">By John Roe</p>',
            json_ld=news_article(author={"@type": "Person", "name": "Jane Smith"}),
        )
    )
    assert article.authors == ["Jane Smith"]
    assert article.origin("authors").source == "json-ld"
    assert alternatives(article, "authors") == [("John Roe", "byline")]


def test_a_byline_with_a_job_title_or_fewer_names_agrees_with_the_authors() -> None:
    article = read(
        page(
            head='<meta name="author" content="Jane Smith">',
            byline='<p class="byline">By Jane Smith, health editor</p>',
            json_ld=news_article(author=[{"@type": "Person", "name": "Jane Smith"}, "John Roe"]),
        )
    )
    assert article.authors == ["Jane Smith", "John Roe"]
    assert alternatives(article, "authors") == []


def test_site_names_agree_across_spacing_articles_domains_and_owners() -> None:
    article = read(
        page(
            head="""<meta property="og:site_name" content="TheHill">
            <meta name="publisher" content="Capitol Hill Publishing Corp.">""",
            json_ld=news_article(publisher={"@type": "Organization", "name": "The Hill"}),
        )
    )
    assert article.site_name == "TheHill"
    assert article.origin("site_name").source == "opengraph"
    assert alternatives(article, "site_name") == []


def test_a_domain_for_a_site_name_next_to_the_publications_name_is_worth_a_look() -> None:
    article = read(
        page(
            head='<meta property="og:site_name" content="nachrichten.at">',
            json_ld=news_article(
                publisher={"@type": "Organization", "name": "Oberösterreichische Nachrichten"}
            ),
        )
    )
    assert article.site_name == "nachrichten.at"
    assert alternatives(article, "site_name") == [("Oberösterreichische Nachrichten", "json-ld")]


def test_a_site_name_from_the_publisher_table_is_not_second_guessed() -> None:
    article = read(
        page(
            head="""<link rel="canonical" href="https://www.reuters.com/world/harbour-strike">
            <meta property="og:site_name" content="Thomson Reuters Wire">""",
        )
    )
    assert article.site_name == "Reuters"
    assert article.origin("site_name").source == "publisher-table"
    assert alternatives(article, "site_name") == []


def test_addresses_that_differ_in_scheme_subdomain_or_slash_agree_and_other_pages_do_not() -> None:
    same = read(
        page(
            head="""<link rel="canonical" href="https://news.example.org/2022/harbour-strike/">
            <meta property="og:url" content="http://social.example.org/2022/harbour-strike">""",
        )
    )
    assert same.url == "https://news.example.org/2022/harbour-strike/"
    assert same.origin("url").source == "canonical-link"
    assert alternatives(same, "url") == []
    other = read(
        page(
            head="""<link rel="canonical" href="https://news.example.org/2022/harbour-strike">
            <meta property="og:url" content="https://news.example.org/2022/dock-strike-live">""",
        )
    )
    assert alternatives(other, "url") == [("https://news.example.org/2022/dock-strike-live", "opengraph")]


def test_every_field_a_page_gives_has_an_origin_named_by_a_known_source() -> None:
    article = read(
        page(
            head="""<meta property="og:site_name" content="The Daily Example">
            <meta name="dcterms.modified" content="2022-02-26">
            <link rel="canonical" href="https://news.example.org/2022/harbour-strike">""",
            byline='<p class="byline">By Jane Smith</p>',
            json_ld=news_article(datePublished="2022-02-25"),
        )
    )
    recorded = {origin.name: origin.source for origin in article.origins}
    assert recorded == {
        "title": "heading",
        "authors": "byline",
        "byline": "byline",
        "published": "json-ld",
        "updated": "dublin-core",
        "site_name": "opengraph",
        "url": "canonical-link",
        "language": "meta",
    }
    assert set(recorded.values()) <= KNOWN_SOURCES


def test_a_page_that_states_nothing_records_its_guesses_as_text() -> None:
    article = parse_article_bytes(
        b"<html><body><article><h1>Harbour strike ends</h1>" + BODY.encode() + b"</article></body></html>",
        "story.html",
    )
    assert article.language == "en"
    assert article.origin("language").source == "text"
    assert article.origin("title").source == "heading"
    assert article.origin("url") is None  # no value, no origin


def test_extract_json_prints_the_origins_and_the_fields_to_confirm(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(
        page(
            head="""<meta property="article:published_time" content="2022-02-26T09:00:00+01:00">
            <link rel="canonical" href="https://news.example.org/2022/02/27/harbour-strike">""",
            json_ld=news_article(datePublished="2022-02-24"),
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "extract", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["to_confirm"] == ["published"]
    origins = {origin["name"]: origin for origin in printed["origins"]}  # as in a .briefing file
    assert origins["published"] == {
        "name": "published",
        "source": "json-ld",
        "alternatives": [
            {"value": "2022-02-26", "source": "opengraph"},
            {"value": "2022-02-27", "source": "url"},
        ],
    }
    assert origins["url"] == {"name": "url", "source": "canonical-link", "alternatives": []}
    assert origins["title"]["source"] == "heading"
