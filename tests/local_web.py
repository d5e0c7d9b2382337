"""A web server on 127.0.0.1 for tests that fetch URLs: never the internet."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable
from types import TracebackType

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


class LocalWeb:
    """Serves the handlers in :attr:`routes` (path -> handler) and records each request's headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.seen: list[dict[str, str]] = []
        routes, seen = self.routes, self.seen

        class Routed(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append(dict(self.headers))
                handler = routes.get(self.path)
                if handler is None:
                    self.send_error(404)
                else:
                    handler(self)

            def log_message(self, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Routed)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> LocalWeb:
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()


def send(
    body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200, **headers: str
) -> Handler:
    """A handler that answers with ``body``; ``headers`` names use ``_`` for ``-``."""

    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            request.send_header(name.replace("_", "-"), value)
        request.end_headers()
        request.wfile.write(body)

    return handler


def redirect(to: str) -> Handler:
    """A handler that redirects (302) to ``to``."""

    def handler(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(302)
        request.send_header("Location", to)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return handler
