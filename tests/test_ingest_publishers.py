"""The publisher's name when an article only gives its URL."""

from __future__ import annotations

import pytest

from briefing.ingest import parse_article_bytes, publisher_name
from briefing.ingest.publishers import PUBLISHERS


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.themoscowtimes.com/2022/02/25/a76595", "The Moscow Times"),
        ("https://www.reuters.com/world/europe/story", "Reuters"),
        ("https://www.nytimes.com/2024/01/01/world/x.html", "The New York Times"),
        ("https://www.bbc.co.uk/news/world-123", "BBC News"),
        ("https://www.bbc.com/news/articles/abc", "BBC News"),
        ("https://amp.theguardian.com/world/2024/x", "The Guardian"),
        ("https://edition.cnn.com/2024/x", "CNN"),
        ("https://apnews.com/article/x", "AP News"),
        ("https://www.politico.eu/article/x", "Politico Europe"),
        ("https://www.politico.com/news/x", "Politico"),
        ("https://www.lemonde.fr/international/article/x", "Le Monde"),
        ("https://english.elpais.com/international/x", "El País"),
        ("https://abcnews.go.com/International/x", "ABC News"),
        ("HTTPS://WWW.FT.COM/content/x", "Financial Times"),
        ("https://www.spiegel.de:443/ausland/x", "Der Spiegel"),
    ],
)
def test_well_known_outlets_by_domain_and_subdomain(url: str, name: str) -> None:
    assert publisher_name(url) == name


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.example-news.org/world/2026/x", "example-news.org"),
        ("https://m.regional-herald.example/x", "regional-herald.example"),
        ("https://news.example.org/x", "news.example.org"),
        ("https://go.com/x", "go.com"),  # abcnews.go.com does not make all of go.com ABC News
    ],
)
def test_unknown_outlets_fall_back_to_their_bare_domain(url: str, name: str) -> None:
    assert publisher_name(url) == name


@pytest.mark.parametrize(
    "url", ["", "not a url", "https://localhost/x", "https://[::1/x", "mailto:desk@example.org"]
)
def test_no_name_from_something_that_is_not_a_web_address(url: str) -> None:
    assert publisher_name(url) == ""


def test_the_table_covers_the_major_outlets() -> None:
    assert len(PUBLISHERS) >= 60
    assert all(domain == domain.lower() and "." in domain for domain in PUBLISHERS)


def test_an_article_gets_its_site_name_from_its_url() -> None:
    text = "Headline\n\nMay 1, 2024\n\nBody of the story.\n\nOriginal url:\n\n<https://www.aljazeera.com/news/x>\n"
    assert parse_article_bytes(text.encode(), "a.txt").site_name == "Al Jazeera"
