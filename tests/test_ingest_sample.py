"""Reading the sample plain-text article format: header, body, links, the original URL."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from briefing.ingest import parse_article_bytes, read_article
from briefing.resources import sample_article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_the_shipped_sample_article_reads_completely() -> None:
    article = read_article(sample_article())
    assert article.title == (
        "Upstream and Downstream Nations Edge Toward Arlen River Deal as Geneva Water Summit Runs Late"
    )
    assert article.published == dt.date(2026, 3, 5)
    assert article.photo_credit == "Valdorian Foreign Ministry"
    assert article.byline == "By Marta Lindqvist and Kofi Mensah"
    assert article.authors == ["Marta Lindqvist", "Kofi Mensah"]
    assert article.url == "https://www.example-news.org/world/2026/03/05/arlen-river-water-summit-geneva"
    assert article.site_name == "example-news.org"
    assert article.source_format == "sample-text"
    assert article.language == "en"
    assert len(article.paragraphs) == 16
    assert article.paragraphs[0].startswith("The three countries that share the Arlen River moved closer")
    assert "Kestria, which controls the river's largest dams, rejected any quota" in article.paragraphs[0]
    assert article.paragraphs[-1].endswith("a deal before the summer was possible but far from certain.")
    assert "comparing flow data next week." in article.paragraphs[-1]


def test_the_sample_article_keeps_what_demos_and_tests_rely_on() -> None:
    text = read_article(sample_article()).text
    assert "Related article" not in text and "](" not in text and "Original url" not in text
    for feature in (
        "Valdorian Foreign Minister Amara Okafor",  # a title before a name
        "Kestria's energy minister, Pavel Drozdov,",  # an appositive
        "the spokeswoman said",  # attribution by role noun
        "Amara Okafor told reporters outside the conference hall. “We came",  # a quote split by attribution
        '"technical flows"',  # scare quotes, straight
        "“historic rights.”",  # scare quotes, curly
        "«Вода для всех»",  # a phrase in Cyrillic
        "José Ibarra",
        "Zoë Castellan",
        "Émile Fournier",
        "Irena Vasić",
        "on Tuesday, March 3",
        "April 14",
    ):
        assert feature in text, feature
    # A quotation running over two paragraphs: the first opens and does not close.
    paragraphs = read_article(sample_article()).paragraphs
    opening = next(p for p in paragraphs if p.startswith("“For thirty years"))
    following = paragraphs[paragraphs.index(opening) + 1]
    assert "”" not in opening and following.startswith("“Our farmers")


def test_a_full_sample_format_fixture() -> None:
    article = read_article(FIXTURES / "harbour-strike.txt")
    assert article.title == "Dockworkers at Port Halden Extend Strike Into Second Week"
    assert article.published == dt.date(2025, 10, 6)
    assert article.photo_credit == "Lena Ortiz / Example Wire"
    assert article.url == "https://edition.cnn.com/2025/10/06/business/port-halden-strike"
    assert article.site_name == "CNN"
    assert article.paragraphs == [
        "Dockworkers at Port Halden voted on Sunday to extend their strike into a second week, "
        "leaving more than 40 container ships waiting offshore.",
        '"We are not going back for a promise," union leader Tomás Reyes said after the vote.',
        "The port authority said it was ready to resume talks on Wednesday, "
        'and that its offer of a 6% raise "remains on the table."',
    ]


def test_read_article_records_where_and_when_it_was_read() -> None:
    path = FIXTURES / "harbour-strike.txt"
    article = read_article(path)
    assert article.source == os.path.abspath(path)
    assert article.accessed == dt.date.today()


def test_crlf_bom_tabs_trailing_spaces_and_blank_lines_are_tidied() -> None:
    raw = (FIXTURES / "messy-crlf-bom.txt").read_bytes()
    assert (
        raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\t" in raw
    )  # the fixture is as messy as meant
    article = read_article(FIXTURES / "messy-crlf-bom.txt")
    assert article.title == "Council Approves New Tram Line"
    assert article.published == dt.date(2025, 2, 3)
    assert article.photo_credit == ""
    assert article.url == "https://www.theguardian.com/uk-news/2025/feb/03/tram-line"
    assert article.site_name == "The Guardian"
    assert article.paragraphs == [
        "The city council approved the new tram line on Monday, ending a decade of debate.",
        "Work is due to start in the spring, the mayor's office said.",
    ]


def test_missing_date_and_url_leave_those_fields_empty() -> None:
    article = read_article(FIXTURES / "no-date-no-url.txt")
    assert article.source_format == "sample-text"
    assert article.title == "Ministers Agree to Review Fishing Quotas"
    assert article.published is None
    assert article.url == "" and article.site_name == ""
    assert article.photo_credit == "Jan Novák / Example Wire"
    assert article.paragraphs == [
        "Fisheries ministers from five coastal states agreed to review their quotas before the next season, "
        "officials said.",
        'The review will be led by Zoë Ambler, a marine biologist, who said the numbers "speak for themselves."',
    ]


def test_credit_before_date_and_url_after_a_blank_line_in_old_mac_line_endings() -> None:
    text = (
        "Storm Closes Airport\r\rAFP\r\r25 December 2024\r\rThe airport closed at noon [as winds rose](#).\r\r"
        "Original url:\r\r\r<https://www.france24.com/en/2024/12/25/storm>\r"
    )
    article = parse_article_bytes(text.encode(), "storm.txt")
    assert (article.title, article.photo_credit, article.published) == (
        "Storm Closes Airport",
        "AFP",
        dt.date(2024, 12, 25),
    )
    assert article.paragraphs == ["The airport closed at noon as winds rose."]
    assert article.site_name == "France 24"


def test_links_with_parentheses_in_the_target_and_bracketed_editorial_words() -> None:
    text = (
        "Headline Here\n\nMay 1, 2024\n\n"
        "See [the treaty](https://en.wikipedia.org/wiki/Treaty_(1994)) and [this](#) too. "
        "“It is [Kestria’s] choice,” he said.\n\n"
        "Original url:\n\n<https://example.org/a>\n"
    )
    article = parse_article_bytes(text.encode(), "links.txt")
    assert article.paragraphs == ["See the treaty and this too. “It is [Kestria’s] choice,” he said."]


def test_a_sentence_on_the_second_line_is_body_not_a_photo_credit() -> None:
    text = "Headline\n\nMarch 2, 2024\n\nShort opening sentence.\n\nMore text.\n\nOriginal url: https://example.org/x\n"
    article = parse_article_bytes(text.encode(), "x.txt")
    assert article.photo_credit == ""
    assert article.paragraphs == ["Short opening sentence.", "More text."]


def test_an_original_url_line_without_a_url_gives_no_url() -> None:
    text = "Headline\n\nMarch 2, 2024\n\nThe body of the story is here.\n\nOriginal url:\n\n(not recorded)\n"
    article = parse_article_bytes(text.encode(), "x.txt")
    assert article.url == ""
    assert article.paragraphs == ["The body of the story is here."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("February 25, 2022", dt.date(2022, 2, 25)),
        ("Feb. 25, 2022", dt.date(2022, 2, 25)),
        ("Friday, February 25, 2022", dt.date(2022, 2, 25)),
        ("25 February 2022", dt.date(2022, 2, 25)),
        ("2022-02-25", dt.date(2022, 2, 25)),
        ("25.02.2022", dt.date(2022, 2, 25)),
        ("Updated: Feb 25, 2022, 10:30 a.m. MSK", dt.date(2022, 2, 25)),
        ("Sept. 3, 2021", dt.date(2021, 9, 3)),
    ],
)
def test_date_lines_in_the_forms_news_sites_print(line: str, expected: dt.date) -> None:
    text = f"Headline\n\n{line}\n\nBody text of the article.\n\nOriginal url: https://example.org/x\n"
    assert parse_article_bytes(text.encode(), "x.txt").published == expected


@pytest.mark.parametrize("line", ["February 30, 2022", "The talks ended February 25, 2022", "March 2022"])
def test_lines_that_are_not_just_a_valid_date_give_no_date(line: str) -> None:
    text = f"Headline\n\n{line}\n\nBody text of the article.\n\nOriginal url: https://example.org/x\n"
    article = parse_article_bytes(text.encode(), "x.txt")
    assert article.published is None
    assert line in article.paragraphs


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Smith", ["Jane Smith"]),
        ("by Jane Smith, John Doe and Mary Roe", ["Jane Smith", "John Doe", "Mary Roe"]),
        ("By Jane Smith, John Doe, and Mary Roe", ["Jane Smith", "John Doe", "Mary Roe"]),
        ("By Jane Smith & John Doe", ["Jane Smith", "John Doe"]),
    ],
)
def test_a_byline_gives_the_authors(line: str, authors: list[str]) -> None:
    text = f"Headline\n\n{line}\n\nMay 1, 2024\n\nBody of the story.\n\nOriginal url: https://example.org/x\n"
    article = parse_article_bytes(text.encode(), "x.txt")
    assert (article.byline, article.authors, article.published) == (line, authors, dt.date(2024, 5, 1))
    assert article.paragraphs == ["Body of the story."]


def test_a_sentence_that_starts_with_by_is_body_text() -> None:
    text = (
        "Headline\n\nMay 1, 2024\n\nBy noon the talks had collapsed.\n\nOriginal url: https://example.org/x\n"
    )
    article = parse_article_bytes(text.encode(), "x.txt")
    assert article.authors == [] and article.paragraphs == ["By noon the talks had collapsed."]
