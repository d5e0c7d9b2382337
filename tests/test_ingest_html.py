"""Saved web pages: the article text without page furniture, and the metadata a citation needs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.ingest import parse_article_bytes, read_article

BODY = """
<p>The harbour strike ended on Monday after nine days, when the dock workers' union accepted
a pay offer that its leaders had rejected twice before.</p>
<p>“We got what we came for,” said Maria Lopez, the union's chief negotiator, outside the port
authority's offices. Ships began unloading within hours of the vote.</p>
<p>The port authority said the backlog of more than forty container ships would take at least
a week to clear, and warned of delays for shops before the holidays.</p>
<p>Economists at the central bank had estimated that each day of the strike cost the region's
economy several million euros in lost trade and perished goods.</p>
"""
FURNITURE = """
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li></ul></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<div class="advert">Advertisement: buy our wonderful subscription today and save forty percent</div>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Port workers vote on a new pay deal in another city entirely</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>I think the union
was wrong to strike at all, says a reader who comments on everything.</p></div></section>
<footer><p>© 2022 The Daily Example. All rights reserved. Terms of use and privacy policy.</p></footer>
"""


def page(head: str = "", header: str = "", body: str = BODY, lang: str = 'lang="en"') -> bytes:
    return f"""<!DOCTYPE html><html {lang}><head><meta charset="utf-8">{head}</head>
<body>{FURNITURE.split("<aside")[0]}<main><article>{header}{body}</article></main>
<aside{FURNITURE.split("<aside")[1]}</body></html>""".encode()


def read(tmp_path: Path, data: bytes, name: str = "story.html") -> object:
    path = tmp_path / name
    path.write_bytes(data)
    return read_article(path)


def test_body_keeps_the_article_paragraphs_and_drops_menus_ads_share_buttons_related_links_and_comments(
    tmp_path: Path,
) -> None:
    article = read(tmp_path, page(header="<h1>Harbour strike ends</h1>"))
    text = article.text
    assert article.source_format == "html"
    assert len(article.paragraphs) == 4
    assert article.paragraphs[1].startswith("“We got what we came for,” said Maria Lopez")
    for furniture in (
        "World news section",
        "Share on Facebook",
        "Advertisement",
        "another city",
        "reader who comments",
        "All rights reserved",
    ):
        assert furniture not in text


def test_json_ld_news_article_in_a_graph_gives_every_field(tmp_path: Path) -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example Site Web"},
            {
                "@type": ["NewsArticle"],
                "headline": "Harbour strike ends after nine days",
                "datePublished": "2022-02-25T23:30:00+01:00",
                "dateModified": "2022-02-27T08:00:00+01:00",
                "author": [{"@type": "Person", "name": "Jane Smith"}, "John Doe"],
                "publisher": {"@type": "NewsMediaOrganization", "name": "The Daily Example"},
                "mainEntityOfPage": {"@id": "https://news.example.org/2022/02/25/harbour-strike"},
                "inLanguage": "en-GB",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    article = read(tmp_path, page(head, lang=""))
    assert article.title == "Harbour strike ends after nine days"
    assert article.authors == ["Jane Smith", "John Doe"]
    assert article.byline == "Jane Smith and John Doe"
    # The publisher's local date, not the UTC one (which would be the 25th at 22:30, same here, but
    # 23:30+01:00 must never be read as the 26th).
    assert article.published == dt.date(2022, 2, 25)
    assert article.updated == dt.date(2022, 2, 27)
    assert article.site_name == "The Daily Example"
    assert article.url == "https://news.example.org/2022/02/25/harbour-strike"
    assert article.language == "en"


def test_opengraph_and_meta_tags_when_there_is_no_json_ld(tmp_path: Path) -> None:
    head = """
    <meta property="og:title" content="Harbour strike ends | The Daily Example">
    <meta property="og:site_name" content="The Daily Example">
    <meta property="og:url" content="https://news.example.org/harbour">
    <meta property="article:published_time" content="2022-02-25T10:00:00-05:00">
    <meta name="author" content="Jane Smith">
    <title>Harbour strike ends | World | The Daily Example</title>"""
    article = read(tmp_path, page(head))
    assert (article.title, article.site_name, article.url) == (
        "Harbour strike ends",
        "The Daily Example",
        "https://news.example.org/harbour",
    )
    assert article.published == dt.date(2022, 2, 25)
    assert article.byline == "Jane Smith"


def test_dublin_core_and_time_element(tmp_path: Path) -> None:
    head = """<meta name="DC.title" content="Harbour strike ends">
    <meta name="DC.creator" content="Jane Smith">
    <meta name="DC.publisher" content="Example Gazette">
    <meta name="DC.language" content="fr">"""
    header = (
        '<h1>Harbour strike ends</h1><time datetime="2021-12-03" itemprop="datePublished">3 December</time>'
    )
    article = read(tmp_path, page(head, header, lang=""))
    assert (article.title, article.byline, article.site_name, article.language) == (
        "Harbour strike ends",
        "Jane Smith",
        "Example Gazette",
        "fr",
    )
    assert article.published == dt.date(2021, 12, 3)


def test_displayed_headline_wins_over_the_seo_title_and_the_site_suffix_is_dropped(tmp_path: Path) -> None:
    head = """<meta property="og:title" content="Harbour strike ends after nine days as union accepts offer">
    <title>Strike over: dockers accept pay offer - The Daily Example</title>
    <link rel="canonical" href="/2022/harbour">
    <meta property="og:url" content="https://news.example.org/2022/harbour">"""
    header = '<h1 class="headline">Harbour strike ends after nine days as union accepts offer</h1>'
    article = read(tmp_path, page(head, header))
    assert article.title == "Harbour strike ends after nine days as union accepts offer"
    assert article.url == "https://news.example.org/2022/harbour"  # relative canonical resolved


def test_visible_byline_is_kept_as_printed_and_names_are_split(tmp_path: Path) -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour strike ends",
    "author": [{"@type": "Person", "name": "Jane Smith"}, {"@type": "Person", "name": "John Doe"}]}</script>"""
    header = (
        '<h1>Harbour strike ends</h1><div class="article-byline">By Jane Smith and John Doe'
        '<span class="author-title">Staff writers</span> <a class="twitter" href="#">@janesmith</a></div>'
    )
    article = read(tmp_path, page(head, header))
    assert article.byline == "Jane Smith and John Doe"
    assert article.authors == ["Jane Smith", "John Doe"]


def test_agency_and_desk_bylines_have_no_people(tmp_path: Path) -> None:
    header = '<h1>Harbour strike ends</h1><p class="byline">By Our Foreign Staff</p>'
    article = read(tmp_path, page(header=header))
    assert article.byline == "Our Foreign Staff"
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}, "publisher": {"name": "The Daily Example"}}</script>'
    article = read(tmp_path, page(head, "<h1>Harbour strike ends</h1>"))
    assert (article.byline, article.authors) == ("Reuters", [])


def test_an_author_that_is_the_publisher_itself_is_not_a_byline(tmp_path: Path) -> None:
    head = """<meta name="author" content="Example Gazette"><meta property="og:site_name" content="Example Gazette">"""
    article = read(tmp_path, page(head, "<h1>Harbour strike ends</h1>"))
    assert (article.byline, article.site_name) == ("", "Example Gazette")


def test_bylines_in_menus_and_teasers_are_not_the_article_byline(tmp_path: Path) -> None:
    header = "<h1>Harbour strike ends</h1>"
    body = BODY + '<div class="related-stories"><span class="author">Somebody Else</span></div>'
    menu = '<div id="globalNav"><ul><li class="bylines"><a href="/bylines">Columnists</a></li></ul></div>'
    article = read(tmp_path, page(header=menu + header, body=body))
    assert article.byline == ""


def test_the_earliest_declared_publication_date_wins_over_a_republished_one(tmp_path: Path) -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2017-11-17T10:41:09Z"}</script>
    <meta itemprop="datePublished" content="2017-11-16T14:15+0000">"""
    article = read(tmp_path, page(head, "<h1>Harbour strike ends</h1>"))
    assert article.published == dt.date(2017, 11, 16)


def test_site_name_falls_back_to_the_publisher_table_then_the_title_suffix(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="https://www.theguardian.com/world/2022/feb/25/harbour">'
    assert read(tmp_path, page(head, "<h1>Harbour strike ends</h1>")).site_name == "The Guardian"
    head = "<title>Harbour strike ends | Küstenbote</title>"
    assert read(tmp_path, page(head, "<h1>Harbour strike ends</h1>")).site_name == "Küstenbote"


def test_domain_like_site_name_gives_way_to_the_brand(tmp_path: Path) -> None:
    head = """<meta property="og:site_name" content="Autowoche.de"><meta name="application-name" content="Autowoche">"""
    assert read(tmp_path, page(head, "<h1>Harbour strike ends</h1>")).site_name == "Autowoche"


def test_language_from_content_language_then_detection(tmp_path: Path) -> None:
    head = '<meta http-equiv="Content-Language" content="de-AT">'
    assert read(tmp_path, page(head, lang="")).language == "de"
    chinese = "<p>" + "港口罢工在周一结束，工会接受了加薪方案，船只开始卸货。" * 8 + "</p>"
    assert read(tmp_path, page(body=chinese * 3, lang="")).language == "zh"
    japanese = "<p>" + "港のストライキは月曜日に終わり、組合は賃上げ案を受け入れた。" * 8 + "</p>"
    assert read(tmp_path, page(body=japanese * 3, lang="")).language == "ja"


def test_a_page_saved_from_the_wayback_machine_cites_the_original_address(tmp_path: Path) -> None:
    head = """<script>__wm.wombat("http://www.example.org:80/news/2012-06/04/story.htm","20120611024252");</script>"""
    assert read(tmp_path, page(head)).url == "http://www.example.org/news/2012-06/04/story.htm"


def test_html_is_recognised_by_content_whatever_the_name() -> None:
    article = parse_article_bytes(page(header="<h1>Harbour strike ends</h1>"), "download")
    assert (article.source_format, article.title) == ("html", "Harbour strike ends")


@pytest.mark.parametrize("name", ["story.html", "story.htm"])
def test_a_short_page_trafilatura_declines_still_gives_its_text(tmp_path: Path, name: str) -> None:
    data = b"<html><body><h1>Notice</h1><p>The ferry leaves at nine.</p></body></html>"
    article = read(tmp_path, data, name)
    assert "The ferry leaves at nine." in article.paragraphs


def test_br_br_separated_text_becomes_paragraphs(tmp_path: Path) -> None:
    body = (
        "<div class='story'><p>"
        + "<br><br>".join(
            f"Paragraph number {n} tells a long enough part of the story to count as article text for the extractor."
            for n in range(1, 6)
        )
        + "</p></div>"
    )
    article = read(tmp_path, page(body=body))
    assert [p[:18] for p in article.paragraphs] == [f"Paragraph number {n}" for n in range(1, 6)]


def test_author_names_lose_a_leading_by_but_keep_a_suffix(tmp_path: Path) -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle",
    "author": [{"@type": "Person", "name": "By Jane Smith"}, {"@type": "Person", "name": "Martin Luther King Jr."}]}</script>"""
    article = read(tmp_path, page(head, "<h1>Harbour strike ends</h1>"))
    assert article.authors == ["Jane Smith", "Martin Luther King Jr."]


def test_a_utc_timestamp_is_read_in_the_publishers_own_time_zone(tmp_path: Path) -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-10-18T22:04:00Z"}</script>
    <meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">"""
    assert read(tmp_path, page(head, "<h1>Harbour strike ends</h1>")).published == dt.date(2019, 10, 19)


def test_a_section_kicker_above_the_headline_is_not_body_text(tmp_path: Path) -> None:
    header = '<p class="kicker">Economy</p><h1>Harbour strike ends</h1>'
    article = read(tmp_path, page(header=header))
    assert article.paragraphs[0].startswith("The harbour strike ended on Monday")
