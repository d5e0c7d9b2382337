"""Opening a URL: a real HTTP fetch against a local server (never the internet), bounded and cancellable."""

from __future__ import annotations

import functools
import gzip
import http.server
import socket
import time
from collections.abc import Iterator

import pytest
from local_web import Handler, LocalWeb, redirect, send

from briefing import __version__
from briefing.ingest import FetchCancelled, IngestError, fetch_article

PAGE = (
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta property="og:site_name" content="The Daily Example"><title>Harbour strike ends | The Daily Example</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-02-25",
"author": {"@type": "Person", "name": "Jane Smith"}}</script></head>
<body><article><h1>Harbour strike ends</h1>"""
    + "".join(
        f"<p>Paragraph {n}: the dock workers returned to work after nine days of talks.</p>" for n in range(8)
    )
    + "</article></body></html>"
).encode()


# The test server is on 127.0.0.1, which downloads refuse unless private hosts are allowed.
fetch_local = functools.partial(fetch_article, allow_private_hosts=True)


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, Handler], list[dict[str, str]]]]:
    """A server on 127.0.0.1 whose routes the test fills in; it records each request's headers."""
    with LocalWeb() as web:
        yield web.base, web.routes, web.seen


def test_an_article_page_is_fetched_and_read(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, seen = server
    routes["/story"] = send(PAGE)
    progress: list[tuple[int, int | None]] = []
    article = fetch_local(base + "/story", progress=lambda done, total: progress.append((done, total)))
    assert article.title == "Harbour strike ends"
    assert (article.site_name, article.byline, str(article.published)) == (
        "The Daily Example",
        "Jane Smith",
        "2022-02-25",
    )
    assert article.url == base + "/story"
    assert len(article.paragraphs) == 8
    assert progress[-1] == (len(PAGE), len(PAGE))
    assert seen[0]["User-Agent"].startswith(f"Briefing/{__version__} (")


def test_redirects_are_followed_and_the_final_address_is_cited(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, _ = server
    routes["/short"] = redirect("/story")
    routes["/story"] = send(PAGE)
    article = fetch_local(base + "/short")
    assert article.url == base + "/story"
    assert article.source == base + "/short"


def test_a_redirect_loop_is_one_clear_error(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, seen = server
    for n in range(10):
        routes[f"/hop{n}"] = redirect(f"/hop{n + 1}")
    with pytest.raises(IngestError, match="redirected too many times"):
        fetch_local(base + "/hop0")
    assert len(seen) <= 6


def test_gzip_encoded_pages_are_read(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, _ = server
    routes["/story"] = send(gzip.compress(PAGE), Content_Encoding="gzip")
    assert fetch_local(base + "/story").title == "Harbour strike ends"


def test_a_pdf_link_is_read_as_a_pdf(server) -> None:  # type: ignore[no-untyped-def]
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 700, "The dock workers returned to work on Monday.")
    pdf.save()
    base, routes, _ = server
    routes["/report.pdf"] = send(buffer.getvalue(), "application/pdf")
    article = fetch_local(base + "/report.pdf")
    assert (article.source_format, article.paragraphs) == (
        "pdf",
        ["The dock workers returned to work on Monday."],
    )


@pytest.mark.parametrize(
    ("status", "message"),
    [(404, "no such page"), (403, "refused access"), (500, "server error"), (429, "too many requests")],
)
def test_http_errors_are_one_clear_sentence(server, status: int, message: str) -> None:  # type: ignore[no-untyped-def]
    base, routes, _ = server
    routes["/story"] = send(b"nope", status=status)
    with pytest.raises(IngestError, match=message):
        fetch_local(base + "/story")


def test_something_that_is_not_an_article_is_refused_by_its_type(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, _ = server
    routes["/photo"] = send(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    with pytest.raises(IngestError, match="answered with image/png, not a web page"):
        fetch_local(base + "/photo")


def test_a_page_announced_as_too_large_is_refused_before_downloading(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, _ = server
    routes["/huge"] = send(PAGE * 100)
    with pytest.raises(IngestError, match="too large"):
        fetch_local(base + "/huge", max_bytes=len(PAGE))


def test_a_page_that_grows_past_the_cap_is_stopped(server) -> None:  # type: ignore[no-untyped-def]
    def endless(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()  # no Content-Length: the size is only known by reading
        try:
            for _ in range(200):
                request.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
        except OSError:
            pass

    base, routes, _ = server
    routes["/endless"] = endless
    with pytest.raises(IngestError, match="too large"):
        fetch_local(base + "/endless", max_bytes=1024 * 1024)


def test_a_gzip_bomb_is_stopped_at_the_cap(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, _ = server
    routes["/bomb"] = send(gzip.compress(b"<p>" + b" " * (50 * 1024 * 1024)), Content_Encoding="gzip")
    with pytest.raises(IngestError, match="too large"):
        fetch_local(base + "/bomb", max_bytes=1024 * 1024)


def test_a_silent_server_times_out(server) -> None:  # type: ignore[no-untyped-def]
    def silent(request: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(3)

    base, routes, _ = server
    routes["/slow"] = silent
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"did not answer within 0\.5 seconds"):
        fetch_local(base + "/slow", timeout=0.5)
    assert time.monotonic() - started < 2.5


def test_cancelling_stops_the_download_between_chunks(server) -> None:  # type: ignore[no-untyped-def]
    base, routes, _ = server
    routes["/big"] = send(PAGE + b"<!--" + b"x" * 2_000_000 + b"-->")
    chunks: list[int] = []
    with pytest.raises(FetchCancelled):
        fetch_local(
            base + "/big",
            progress=lambda done, total: chunks.append(done),
            cancelled=lambda: len(chunks) >= 2,
        )
    assert len(chunks) == 2


def test_a_refused_connection_is_one_clear_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on: bind, note it, close
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(IngestError, match="refused the connection"):
        fetch_local(f"http://127.0.0.1:{port}/story", timeout=5)


def test_a_host_that_does_not_resolve_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # never ask a real resolver
    with pytest.raises(IngestError, match=r"Could not find the server news\.invalid"):
        fetch_article("https://news.invalid/story")


@pytest.mark.parametrize(
    "address", ["ftp://example.org/story", "file:///etc/passwd", "javascript:alert(1)", "example"]
)
def test_only_web_addresses_are_fetched(address: str) -> None:
    with pytest.raises(IngestError, match="not a web address"):
        fetch_article(address)
