"""See an edition as a reader would: fill the tokens with sample values, serve it locally.

`preview_bodies` is what `digest build --preview` writes; `serve` is `digest preview`: a
loopback-only HTTP server with the HTML at / and the text part at /text.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from digest.editions.render import NAME, PREFERENCES_URL, TOKENS, UNSUBSCRIBE_URL
from digest.editions.tokens import split_body


def sample_values(base_url: str) -> dict[str, str]:
    """Harmless stand-ins for one recipient's values."""
    return {
        UNSUBSCRIBE_URL: f"{base_url}/unsubscribe/PREVIEW",
        PREFERENCES_URL: f"{base_url}/preferences/PREVIEW",
        NAME: "reader",
    }


def preview_bodies(html: str, text: str, base_url: str) -> tuple[str, str]:
    """The HTML and text an example reader would get."""
    values = sample_values(base_url)
    return (split_body(html, TOKENS, escape=True).fill(values),
            split_body(text, TOKENS).fill(values))


def write_preview(path: Path, html: str, text: str) -> Path:
    """Write `path` (HTML) and the text beside it with suffix .txt; return the text path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    text_path = path.with_suffix(".txt")
    text_path.write_text(text, encoding="utf-8")
    return text_path


def make_server(html_path: Path, *, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for the preview at `html_path` (its .txt at /text); files are read per request,
    so a rebuilt preview shows on reload. Port 0 picks a free port (see server_address)."""
    text_path = html_path.with_suffix(".txt")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server name)
            target, kind = {
                "/": (html_path, "text/html"), "/index.html": (html_path, "text/html"),
                "/text": (text_path, "text/plain"),
            }.get(self.path.split("?")[0], (None, ""))
            if target is None or not target.exists():
                self.send_error(404)
                return
            body = target.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet: the command prints the address once

    return ThreadingHTTPServer((host, port), Handler)


def serve_in_background(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
