"""Where a download may go, and for how long: the checks ``fetch_article`` makes on every hop.

* **Addresses.** Every connection (the first URL and each redirect) resolves the
  server's name itself, checks every address the name gives, and connects to that
  exact address, so a public name that resolves to an address on the user's own
  network is caught as well as a literal one. Loopback, private, link-local
  (including the cloud metadata address 169.254.169.254), unspecified, multicast
  and reserved addresses are refused unless the user allows private hosts.
* **Redirects** go only to http: and https: addresses, never from https to http.
* **A total deadline.** A server that drips its headers or body a byte at a time
  never times out a single read; a watchdog shuts the connection down when the
  whole download has taken too long.

Proxies are not used: through a proxy, the address a name resolves to cannot be checked.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from .errors import IngestError

PREFERENCE_LABEL = "Allow downloads from private network addresses"
"""The preference that lifts the address check (also ``--allow-private-hosts``)."""

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(IngestError):
    """A download would have connected to an address on the user's own network."""


def refusal(address: Address) -> str | None:
    """Why downloads may not connect to ``address`` (a phrase), or ``None`` if they may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    checks = (
        (address.is_loopback, "a loopback address (this computer)"),
        (address.is_unspecified, "an unspecified address"),
        (address.is_link_local, "a link-local address (used for this network and cloud metadata services)"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private network address"),
    )
    return next((reason for refused, reason in checks if refused), None)


class Deadline:
    """The whole download's time limit: connections register, and are shut down when it passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._timer.cancel()
        with self._lock:
            for watched in self._sockets:
                watched.close()
            self._sockets.clear()

    def limit(self, timeout: float | None) -> float:
        """``timeout``, shortened to the time left (never zero, which would mean non-blocking)."""
        left = max(0.001, self._ends - time.monotonic())
        return left if timeout is None else min(timeout, left)

    def watch(self, connection: socket.socket) -> None:
        with self._lock:
            if self.expired:
                raise TimeoutError("the download's deadline has passed")
            # A duplicate: shutting it down ends the connection even after TLS has taken the original.
            self._sockets.append(connection.dup())

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for watched in self._sockets:
                with contextlib.suppress(OSError):
                    watched.shutdown(socket.SHUT_RDWR)


class Guard:
    """The policy for one download: which addresses it may reach, and its deadline."""

    def __init__(self, allow_private_hosts: bool, deadline: Deadline) -> None:
        self.allow_private_hosts = allow_private_hosts
        self.deadline = deadline

    def connect(
        self, address: tuple[str, int], timeout: float | None = None, source_address: Any = None
    ) -> socket.socket:
        """Resolve, check every address, then connect to a checked one (``socket.create_connection``'s part)."""
        host, port = address
        candidates = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
        for *_, sockaddr in candidates:
            resolved = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
            reason = None if self.allow_private_hosts else refusal(resolved)
            if reason:
                named = host.strip("[]")
                where = str(resolved) if named == str(resolved) else f"{named} ({resolved})"
                raise AddressRefused(
                    f"Briefing did not connect to {where}: it is {reason}, and downloads from your own "
                    f"network are off. To allow them, turn on “{PREFERENCE_LABEL}” in Preferences, "
                    "or use --allow-private-hosts."
                )
        connection = open_socket(candidates, self.deadline.limit(timeout), source_address)
        try:
            self.deadline.watch(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def opener(self) -> urllib.request.OpenerDirector:
        """A urllib opener whose every connection and redirect goes through this guard."""
        return urllib.request.build_opener(
            urllib.request.ProxyHandler({}),
            _CheckedHTTPHandler(self),
            _CheckedHTTPSHandler(self),
            _CheckedRedirects(),
        )


def open_socket(candidates: list[Any], timeout: float, source_address: Any) -> socket.socket:
    """Connect to the first of the (already checked) ``getaddrinfo`` results that answers."""
    error: OSError = OSError("no address to connect to")
    for family, kind, protocol, _, sockaddr in candidates:
        connection = socket.socket(family, kind, protocol)
        try:
            connection.settimeout(timeout)
            if source_address:
                connection.bind(source_address)
            connection.connect(sockaddr)
            return connection
        except OSError as failure:
            error = failure
            connection.close()
    raise error


class _CheckedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, guard: Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guard.connect  # what connect() (and HTTPS's, before TLS) calls


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, guard: Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guard.connect


class _CheckedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_CheckedHTTPConnection, guard=self.guard), req)


class _CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_CheckedHTTPSConnection, guard=self.guard)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


MAX_REDIRECTS = 5


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> Any:
        location = headers.get("location") or headers.get("uri")
        if location:
            check_redirect(req.full_url, urljoin(req.full_url, location.strip()))
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as error:
            if str(error.msg).startswith(self.inf_msg):
                host = urlsplit(req.full_url).hostname or req.full_url
                raise IngestError(
                    f"{host} redirected too many times (more than {MAX_REDIRECTS}); the address may be wrong."
                ) from None
            raise

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def check_redirect(old_url: str, new_url: str) -> None:
    """Refuse, saying what and why, a redirect to anything but http(s), or from https to http."""
    old, new = urlsplit(old_url), urlsplit(new_url)
    host = old.hostname or old_url
    shown = new_url if len(new_url) <= 80 else new_url[:77] + "..."
    if new.scheme.lower() not in ("http", "https"):
        raise IngestError(
            f"{host} redirected to “{shown}”, which is not a web address; Briefing follows redirects only "
            "to http:// and https:// addresses, so it did not open it."
        )
    if old.scheme.lower() == "https" and new.scheme.lower() == "http":
        raise IngestError(
            f"{host} redirected from its secure (https) address to an insecure one, “{shown}”; Briefing does "
            "not follow such redirects, because the page could be altered on the way."
        )
