"""Opening a file is safe: no network traffic, and hostile markup neither hangs nor fills the memory."""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.ingest import read_article

ARTICLE = "".join(
    f"<p>Paragraph {n}: the harbour strike ended after nine days when the union accepted the offer.</p>"
    for n in range(6)
)


def hostile_page(base: str) -> str:
    """A page full of things a browser would fetch: DTD, scripts, styles, images, frames, trackers."""
    return f"""<!DOCTYPE html SYSTEM "{base}/evil.dtd">
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="{base}/style.css"><script src="{base}/tracker.js"></script>
<link rel="canonical" href="{base}/article"><meta property="og:url" content="{base}/article">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<base href="{base}/"><title>Harbour strike ends</title></head>
<body style="background: url({base}/bg.png)"><img src="{base}/pixel.gif"><iframe src="{base}/frame"></iframe>
<object data="{base}/object"></object><h1>Harbour strike ends</h1>
<p>Published <time datetime="{base}/2022/02/25">{base}/2022/02/25/story</time></p>{ARTICLE}
<svg><image href="{base}/image.svg"/></svg><xi:include href="{base}/xinclude" xmlns:xi="http://www.w3.org/2001/XInclude"/>
</body></html>"""


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to open a connection or look up a host is recorded and fails."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network access during a local file read")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_opening_a_local_html_file_opens_no_socket(tmp_path: Path, no_sockets: list[str]) -> None:
    path = tmp_path / "page.html"
    # A URL-looking string anywhere must not make htmldate download it.
    path.write_text(hostile_page("http://203.0.113.7"), encoding="utf-8")
    article = read_article(path)
    assert article.title == "Harbour strike ends"
    assert no_sockets == []


@pytest.fixture
def listening_server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request it gets (from any code, Python or C)."""
    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


def test_nothing_in_a_saved_page_is_fetched_even_by_the_parser_library(
    tmp_path: Path, listening_server: tuple[str, list[str]]
) -> None:
    base, requests = listening_server
    path = tmp_path / "page.html"
    path.write_text(hostile_page(base), encoding="utf-8")
    read_article(path)
    assert requests == []


def run_bounded(code: str, seconds: float = 60, memory_mb: int = 2048) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with an address-space cap and a time limit."""
    prelude = (
        f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({memory_mb} << 20, {memory_mb} << 20))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=seconds,
        cwd=Path(__file__).resolve().parents[1],
    )


READ_AND_REPORT = """
from briefing.ingest import IngestError, read_article
try:
    article = read_article({path!r})
    print("read", len(article.text))
except IngestError as error:
    print("refused", error)
"""


def test_billion_laughs_entities_in_html_are_not_expanded(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    )
    path = tmp_path / "bomb.html"
    path.write_text(
        f"<?xml version='1.0'?><!DOCTYPE html [{entities}]><html><body><h1>Bomb</h1><p>&lol9;</p>{ARTICLE}</body></html>",
        encoding="utf-8",
    )
    result = run_bounded(READ_AND_REPORT.format(path=str(path)))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith(("read", "refused"))
    assert "lollollol" not in result.stdout


def test_hundred_thousand_nested_divs_neither_hang_nor_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>"
        + "<div>" * 100_000
        + "<p>Deep inside.</p>"
        + "</div>" * 100_000
        + ARTICLE
        + "</body></html>",
        encoding="utf-8",
    )
    result = run_bounded(READ_AND_REPORT.format(path=str(path)))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith(("read", "refused"))


def test_a_docx_with_an_entity_bomb_is_refused_or_read_without_expanding_it(tmp_path: Path) -> None:
    import zipfile

    import docx

    path = tmp_path / "bomb.docx"
    docx.Document().save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY a{n} "{("&a" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    )
    parts["word/document.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    result = run_bounded(READ_AND_REPORT.format(path=str(path)))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith(("read", "refused"))
    assert "aaaaaaaaaaaaaaaaaaaa" not in result.stdout
