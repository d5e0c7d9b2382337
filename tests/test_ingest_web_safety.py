"""Where downloads may go and how they end (issue 15.5-15.6, issue 11.17-11.18).

Only the local server on 127.0.0.1 is ever connected to: other addresses come from a
replaced resolver, and the test asserts on the address checked before any connection.
"""

from __future__ import annotations

import http.server
import ipaddress
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from local_web import Handler, LocalWeb, redirect, send

from briefing import cli
from briefing.ingest import IngestError, fetch_article, web_guard
from briefing.settings import OPTIONS

PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour strike ends</title></head>"
    "<body><article><h1>Harbour strike ends</h1>"
    + "".join(f"<p>Paragraph {n}: the dock workers returned to work after nine days.</p>" for n in range(6))
    + "</article></body></html>"
).encode()
PUBLIC = "93.184.215.14"  # what the fake resolver gives news.test; the test connects it to the local server


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        yield server


def _resolver(monkeypatch: pytest.MonkeyPatch, names: dict[str, str]) -> None:
    """Names resolve to the given addresses; literal addresses to themselves; nothing asks a real resolver."""

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        address = names.get(host, host)
        try:
            parsed = ipaddress.ip_address(address)
        except ValueError:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
        family = socket.AF_INET if parsed.version == 4 else socket.AF_INET6
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def _connections(monkeypatch: pytest.MonkeyPatch, local_port: int) -> list[tuple[str, int]]:
    """Records every address a download connects to; PUBLIC is connected to the local server instead."""
    opened: list[tuple[str, int]] = []
    real_open = web_guard.open_socket

    def open_socket(candidates: list[Any], timeout: float, source_address: Any) -> socket.socket:
        (family, kind, protocol, name, sockaddr), *_ = candidates
        opened.append(sockaddr)
        assert sockaddr[0] == PUBLIC, f"tried to connect to {sockaddr}"
        return real_open([(family, kind, protocol, name, ("127.0.0.1", local_port))], timeout, source_address)

    monkeypatch.setattr(web_guard, "open_socket", open_socket)
    return opened


def _port(web: LocalWeb) -> int:
    return int(web.base.rsplit(":", 1)[1])


# -- 15.5: internal addresses are refused unless allowed ----------------------------------------


def test_without_the_allowance_a_loopback_url_is_refused_and_never_reached(web: LocalWeb) -> None:
    web.routes["/story"] = send(PAGE)
    with pytest.raises(IngestError) as raised:
        fetch_article(web.base + "/story")
    assert str(raised.value) == (
        "Briefing did not connect to 127.0.0.1: it is a loopback address (this computer), and downloads from "
        "your own network are off. To allow them, turn on “Allow downloads from private network addresses” "
        "in Preferences, or use --allow-private-hosts."
    )
    assert web.seen == []
    assert fetch_article(web.base + "/story", allow_private_hosts=True).title == "Harbour strike ends"


def test_a_redirect_to_the_cloud_metadata_address_is_refused_before_connecting(
    web: LocalWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resolver(monkeypatch, {"news.test": PUBLIC})
    opened = _connections(monkeypatch, _port(web))
    web.routes["/story"] = redirect("http://169.254.169.254/latest/meta-data/")
    with pytest.raises(
        IngestError, match=r"did not connect to 169\.254\.169\.254: it is a link-local address"
    ):
        fetch_article(f"http://news.test:{_port(web)}/story")
    assert opened == [(PUBLIC, _port(web))]  # the first hop only: the metadata address was never connected to
    assert len(web.seen) == 1


def test_a_public_name_that_resolves_to_a_private_address_is_refused(
    web: LocalWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resolver(monkeypatch, {"intranet.example.com": "10.1.2.3"})
    opened = _connections(monkeypatch, _port(web))
    with pytest.raises(IngestError, match=r"intranet\.example\.com \(10\.1\.2\.3\): it is a private network"):
        fetch_article("https://intranet.example.com/story")
    assert opened == []


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
        ("10.0.0.1", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fd00::1", "private"),
        ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("0.0.0.0", "unspecified"),
        ("::", "unspecified"), ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"),
        (PUBLIC, None), ("2606:4700::1111", None),
    ],
)  # fmt: skip
def test_which_addresses_are_refused(address: str, refused: str | None) -> None:
    reason = web_guard.refusal(ipaddress.ip_address(address))
    assert (reason is None) if refused is None else (refused in str(reason))


def test_the_preference_and_the_message_name_the_same_setting() -> None:
    labels = {option.name: option.label for option in OPTIONS}
    assert labels["allow_private_hosts"] == web_guard.PREFERENCE_LABEL


def test_the_command_line_refuses_a_private_host_unless_allowed(
    web: LocalWeb, capsys: pytest.CaptureFixture[str]
) -> None:
    web.routes["/story"] = send(PAGE)
    assert cli.main(["extract", web.base + "/story"]) == 1
    assert "--allow-private-hosts" in capsys.readouterr().err
    assert cli.main(["extract", web.base + "/story", "--allow-private-hosts"]) == 0
    assert "Harbour strike ends" in capsys.readouterr().out


# -- 15.5, 15.6: redirects -----------------------------------------------------------------------


@pytest.mark.parametrize("target", ["file:///etc/passwd", "data:text/html,<p>hi</p>", "ftp://example.org/x"])
def test_a_redirect_to_another_kind_of_address_says_what_was_refused(web: LocalWeb, target: str) -> None:
    web.routes["/story"] = redirect(target)
    with pytest.raises(IngestError) as raised:
        fetch_article(web.base + "/story", allow_private_hosts=True)
    assert str(raised.value) == (
        f"127.0.0.1 redirected to “{target}”, which is not a web address; Briefing follows redirects only "
        "to http:// and https:// addresses, so it did not open it."
    )


def test_a_redirect_from_https_to_http_is_refused() -> None:
    with pytest.raises(IngestError, match=r"redirected from its secure \(https\) address to an insecure one"):
        web_guard.check_redirect("https://news.example/story", "http://news.example/story")
    web_guard.check_redirect("http://news.example/story", "https://news.example/story")  # upgrading is fine


# -- 11.17: a total deadline -----------------------------------------------------------------------


def _drip(prefix: bytes, drip: bytes) -> Handler:
    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        try:
            request.wfile.write(prefix)
            for byte in drip:
                request.wfile.write(bytes([byte]))
                time.sleep(0.1)
        except OSError:
            pass

    return handler


@pytest.mark.parametrize(
    ("prefix", "drip"),
    [
        (b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"x" * 200),  # headers, a byte at a time
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", PAGE),  # the body, a byte at a time
    ],
)
def test_a_server_that_drips_is_stopped_at_the_deadline(web: LocalWeb, prefix: bytes, drip: bytes) -> None:
    web.routes["/slow"] = _drip(prefix, drip)
    started = time.monotonic()
    with pytest.raises(IngestError) as raised:
        fetch_article(web.base + "/slow", allow_private_hosts=True, timeout=5, deadline=1.5)
    assert time.monotonic() - started < 4
    assert str(raised.value) == (
        "127.0.0.1 took more than 1.5 seconds to send the page, so Briefing stopped the download; try again later."
    )


# -- 11.18: malformed answers are one plain sentence -------------------------------------------------


def _raw(answer: bytes) -> Handler:
    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        request.wfile.write(answer)
        request.close_connection = True

    return handler


CHUNKED = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (CHUNKED + b"100\r\n<p>The dock workers", "broke off the page before it was complete"),
        (CHUNKED + b"zz\r\n<p>x</p>\r\n0\r\n\r\n", "broke off the page before it was complete"),
        (b"GARBAGE\r\n\r\n", "not valid HTTP (a garbled status line)"),
        (b"HTTP/1.1 200 OK\r\nX-Long: " + b"x" * 70_000 + b"\r\n\r\n", "not valid HTTP (a line too long)"),
        (b"HTTP/1.1 200 OK\r\n" + b"X-Many: 1\r\n" * 101 + b"\r\n", "not valid HTTP (too many headers)"),
    ],
)
def test_a_malformed_answer_is_one_plain_sentence(
    web: LocalWeb, capsys: pytest.CaptureFixture[str], answer: bytes, message: str
) -> None:
    web.routes["/story"] = _raw(answer)
    assert cli.main(["extract", web.base + "/story", "--allow-private-hosts"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("briefing: error: 127.0.0.1 ") and message in error
    assert len(error.splitlines()) == 1 and "internal error" not in error


def test_a_url_with_a_line_break_in_it_is_refused_as_an_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", "http://news.example/a\r\nHost: evil"]) == 1
    assert (
        "is not a valid web address: it has a line break or another control character"
        in capsys.readouterr().err
    )
