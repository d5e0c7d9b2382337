"""Fetching an article from the web: one HTTP(S) GET, bounded in time, size and redirects.

Where it may connect (public addresses only, unless allowed) and the total deadline
are checked by :mod:`.web_guard`. ``fetch_article`` is meant to run off the GUI thread: it reports progress and polls a
cancel flag between chunks, and every failure is an :class:`IngestError` with a sentence
a person can act on (``FetchCancelled`` when the user cancelled).
"""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import socket
import ssl
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from email.message import Message
from typing import IO
from urllib.parse import urlsplit

from briefing import APP_NAME, __version__
from briefing.model import Article

from .errors import IngestError
from .html_page import parse_html_text
from .html_source import decode_html
from .origins import note, publisher_source
from .publishers import publisher_name
from .reading import READER_FAILURES, parse_article_bytes
from .web_guard import Deadline, Guard

logger = logging.getLogger(__name__)

# Says who is asking and why, as polite clients do; there is no project website to name yet.
USER_AGENT = f"{APP_NAME}/{__version__} (desktop app; fetches one article at the user's request)"
DEFAULT_TIMEOUT = 20.0
"""Seconds to wait for the connection, and then for each piece of the answer."""
DEFAULT_DEADLINE = 30.0
"""Seconds the whole download (every redirect, the headers and the body) may take."""
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Other answers go through the file readers, which tell the format by content.
_DOCUMENT_TYPES = (
    "application/pdf", "text/plain", "text/markdown", "text/x-markdown", "multipart/related",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream",
)  # fmt: skip

Progress = Callable[[int, "int | None"], None]


class FetchCancelled(IngestError):
    """The user cancelled the download; nothing to report."""


def fetch_article(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    allow_private_hosts: bool = False,
) -> Article:
    """Download ``url`` and read the article in it.

    ``progress(received, total)`` is called after every chunk (``total`` is ``None`` when
    the server does not say); ``cancelled()`` is polled between chunks and, when it
    returns true, the download stops with :class:`FetchCancelled`. Servers on loopback,
    private or link-local addresses are refused unless ``allow_private_hosts``.
    """
    url = url.strip().replace(" ", "%20")
    host = _checked_host(url)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8,text/plain;q=0.5,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
        },
    )
    if cancelled and cancelled():
        raise FetchCancelled("The download was cancelled.")
    with Deadline(deadline) as limit:
        headers, content_type, final_url, data = _download(
            request, host, Guard(allow_private_hosts, limit), timeout, max_bytes, progress, cancelled
        )
    if not data:
        raise IngestError(f"{host} sent an empty page.")
    if content_type in _HTML_TYPES:
        try:
            article = parse_html_text(
                decode_html(data, header_charset=headers.get_content_charset()), final_url
            )
        except READER_FAILURES as error:
            logger.info("The HTML reader failed on %s", final_url, exc_info=True)
            raise IngestError(f"The page at {host} could not be read: {type(error).__name__}.") from error
        if not article.paragraphs:
            raise IngestError(f"The page at {host} has no article text in it.")
    else:
        article = parse_article_bytes(data, final_url)
    if not article.url:
        article.url = final_url
        note(article, "url", "url")
    article.source = url
    if not article.site_name:
        article.site_name = publisher_name(article.url)
        note(article, "site_name", publisher_source(article.url))
    article.accessed = dt.date.today()
    return article


def _checked_host(url: str) -> str:
    if any(ord(character) < 32 or character == "\x7f" for character in url):  # urlsplit would drop some
        raise IngestError(
            f"{url!r} is not a valid web address: it has a line break or another control character."
        )
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise IngestError(f"“{url}” is not a valid web address.") from None
    if parts.scheme not in ("http", "https"):
        raise IngestError(
            f"“{url}” is not a web address; Briefing opens addresses starting with http:// or https://."
        )
    if not host:
        raise IngestError(f"“{url}” has no server name in it.")
    return host


def _download(
    request: urllib.request.Request,
    host: str,
    guard: Guard,
    timeout: float,
    max_bytes: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[Message, str, str, bytes]:
    """The answer's headers, content type, final URL and body; every failure is one :class:`IngestError`."""
    deadline = guard.deadline
    try:
        with guard.opener().open(request, timeout=timeout) as response:
            final_url = response.geturl()
            headers = response.headers
            content_type = headers.get_content_type()
            if not (content_type in _HTML_TYPES or content_type in _DOCUMENT_TYPES):
                raise IngestError(
                    f"{host} answered with {content_type}, not a web page or document Briefing can read as an article."
                )
            total = _declared_length(headers)
            if total is not None and total > max_bytes:
                raise IngestError(_too_large(host, total, max_bytes))
            data = _read_body(response, headers, total, max_bytes, host, progress, cancelled)
    except IngestError:
        raise
    except Exception as error:
        if deadline.expired:  # the watchdog ended the connection: whatever broke, that is the reason
            raise IngestError(_too_slow(host, deadline.seconds)) from None
        raise IngestError(_failure(host, error, timeout)) from None
    if deadline.expired:  # a body cut off by the watchdog looks complete when it has no declared length
        raise IngestError(_too_slow(host, deadline.seconds))
    return headers, content_type, final_url, data


def _failure(host: str, error: Exception, timeout: float) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return _http_problem(host, error.code)
    if isinstance(error, urllib.error.URLError):
        return _network_problem(host, error.reason, timeout)
    if isinstance(error, TimeoutError):
        return f"{host} did not answer within {timeout:g} seconds; try again later."
    if isinstance(error, http.client.RemoteDisconnected):
        return f"{host} closed the connection without answering; try again later."
    if isinstance(error, http.client.IncompleteRead):
        return f"{host} broke off the page before it was complete; try again later."
    if isinstance(error, http.client.HTTPException):
        return (
            f"{host} sent an answer that is not valid HTTP ({_http_fault(error)}); Briefing cannot read it."
        )
    if isinstance(error, (OSError, ValueError)):
        return _network_problem(host, error, timeout)
    raise error


def _http_fault(error: http.client.HTTPException) -> str:
    if isinstance(error, http.client.LineTooLong):
        return "a line too long"
    if isinstance(error, http.client.BadStatusLine):
        return "a garbled status line"
    if "headers" in str(error):
        return "too many headers"
    return type(error).__name__


def _too_slow(host: str, seconds: float) -> str:
    return (
        f"{host} took more than {seconds:g} seconds to send the page, so Briefing stopped the download; "
        "try again later."
    )


def _declared_length(headers: Message) -> int | None:
    value = (headers.get("Content-Length") or "").strip()
    return int(value) if value.isdigit() else None


def _read_body(
    response: IO[bytes],
    headers: Message,
    total: int | None,
    max_bytes: int,
    host: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    inflater = None
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    received = 0
    chunks: list[bytes] = []
    size = 0
    while True:
        if cancelled and cancelled():
            raise FetchCancelled("The download was cancelled.")
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if inflater is not None:
            try:
                # Never inflate more than the cap: a small gzip bomb must not fill the memory.
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            except zlib.error:
                raise IngestError(f"{host} sent a damaged compressed page.") from None
        size += len(chunk)
        if size > max_bytes or received > max_bytes:
            raise IngestError(_too_large(host, None, max_bytes))
        chunks.append(chunk)
        if progress:
            progress(received, total)
    return b"".join(chunks)


def _too_large(host: str, size: int | None, limit: int) -> str:
    stated = f" ({size / 1024 / 1024:.0f} MB)" if size else ""
    return f"The page at {host} is too large{stated}; Briefing downloads up to {limit // 1024 // 1024} MB."


def _http_problem(host: str, code: int) -> str:
    if code == 404 or code == 410:
        return f"{host} has no such page (HTTP {code}); check the address."
    if code in (401, 403):
        return f"{host} refused access to the page (HTTP {code}); it may need a subscription or a login."
    if code == 429:
        return f"{host} is refusing requests for now (HTTP 429, too many requests); try again later."
    if code >= 500:
        return f"{host} had a server error (HTTP {code}); try again later."
    return f"{host} answered with HTTP error {code}."


def _network_problem(host: str, reason: object, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"Could not find the server {host}; check the address and your internet connection."
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection; the address or port may be wrong."
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{host} did not answer within {timeout:g} seconds; try again later."
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"The secure connection to {host} failed: its certificate is not valid."
    if isinstance(reason, ssl.SSLError):
        return f"The secure connection to {host} failed."
    if isinstance(reason, ConnectionResetError):
        return f"{host} closed the connection; try again later."
    return f"Could not reach {host}: {getattr(reason, 'strerror', None) or reason}."
