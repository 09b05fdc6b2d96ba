"""A scriptable loopback web site for ingest tests: statuses, headers, delays, encodings.

Each route answers with a fixed status, headers and body (optionally after a delay or
dripping the body slowly); documents honour If-None-Match and If-Modified-Since.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

LAST_MODIFIED = "Wed, 04 Dec 2024 10:00:00 GMT"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/rss+xml"
    delay: float = 0.0  # seconds before the response starts
    drip: float = 0.0  # seconds between body bytes (a slow-drip server)
    validators: bool = True  # send ETag/Last-Modified and answer conditional requests


class Site:
    """Routes (path -> Route) served on 127.0.0.1; records each request's path and headers."""

    def __init__(self, routes: dict[str, Route], host: str = "127.0.0.1", port: int = 0) -> None:
        self.routes = routes
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, port), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://{host}:{self._server.server_address[1]}"

    def __enter__(self) -> Site:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object | TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                with site._lock:
                    site.requests.append((self.path, dict(self.headers.items())))
                    site.in_flight += 1
                    site.most_in_flight = max(site.most_in_flight, site.in_flight)
                try:
                    self._answer(site.routes.get(self.path))
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as tests of limits expect
                finally:
                    with site._lock:
                        site.in_flight -= 1

            def _answer(self, route: Route | None) -> None:
                if route is None:
                    route = Route(status=404, body=b"not here", content_type="text/plain")
                time.sleep(route.delay)
                etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
                conditional = route.validators and route.status == 200 and (
                    self.headers.get("If-None-Match") == etag
                    or self.headers.get("If-Modified-Since") == LAST_MODIFIED)
                self.send_response(304 if conditional else route.status)
                if route.validators:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", LAST_MODIFIED)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if conditional:
                    self.end_headers()
                    return
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                if not route.drip:
                    self.wfile.write(route.body)
                    return
                for byte in route.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(route.drip)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def rss(*items: str, title: str = "Test Outlet") -> bytes:
    """A small RSS 2.0 document around the given <item> elements."""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://outlet.test/</link>"
            f"{''.join(items)}</channel></rss>").encode()


def item(title: str, *, guid: str = "", link: str = "", date: str = "",
         description: str = "") -> str:
    parts = [f"<title>{title}</title>"]
    if guid:
        parts.append(f"<guid isPermaLink=\"false\">{guid}</guid>")
    if link:
        parts.append(f"<link>{link}</link>")
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    if description:
        parts.append(f"<description>{description}</description>")
    return "<item>" + "".join(parts) + "</item>"
