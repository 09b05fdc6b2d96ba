"""The sink's HTTP side: a threaded loopback server speaking SendGrid's mail send.

`POST /v3/mail/send` answers as SendGrid documents it: 202 + `X-Message-Id`
when accepted; 400 with SendGrid's error body for an invalid body; 401 without
an accepted bearer key; 413 for a body of 30 MB or more; and, when configured,
invented 429s (with `Retry-After` and `X-RateLimit-*` headers) and 5xx.
Inspection endpoints: `GET /_sink/counts`, `GET /_sink/messages`,
`POST /_sink/reset`.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import random
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from digest.local.sendgrid_sink.config import SinkConfig
from digest.local.sendgrid_sink.recorder import Recorder
from digest.local.sendgrid_sink.rules import (
    MAX_BODY_BYTES,
    FieldError,
    error_body,
    validate_mail_send,
)

MAIL_SEND_PATH = "/v3/mail/send"
_INJECTED_5XX = (500, 502, 503)
_READ_CHUNK = 1 << 20


def new_message_id() -> str:
    """A 22-character URL-safe id, the shape of SendGrid's X-Message-Id."""
    return base64.urlsafe_b64encode(os.urandom(16)).decode("ascii").rstrip("=")


class SinkServer(ThreadingHTTPServer):
    """The HTTP server plus the sink's shared state (config, counters, dice)."""

    daemon_threads = True
    request_queue_size = 128  # benchmarks open many connections at once

    def __init__(self, address: tuple[str, int], config: SinkConfig) -> None:
        super().__init__(address, SinkHandler)
        self.config = config
        self.recorder = Recorder(config.record_path, config.keep_records)
        self._dice = random.Random(config.seed)
        self._dice_lock = threading.Lock()

    def draw_fault(self) -> int | None:
        """The status to invent for this request (429 or 5xx), or None to serve it."""
        share_429, share_5xx = self.config.fail_429_share, self.config.fail_5xx_share
        if share_429 == 0 and share_5xx == 0:
            return None
        with self._dice_lock:
            roll = self._dice.random()
            if roll < share_429:
                return 429
            if roll < share_429 + share_5xx:
                return self._dice.choice(_INJECTED_5XX)
        return None


class SinkHandler(BaseHTTPRequestHandler):
    """One request; all state lives on the server."""

    server: SinkServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY a
    # keep-alive client waits ~40 ms on each answer for a delayed ACK.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: a benchmark makes thousands of requests."""

    def do_GET(self) -> None:
        recorder = self.server.recorder
        if self.path == "/_sink/counts":
            self._reply(200, json.dumps(recorder.counts()).encode())
        elif self.path == "/_sink/messages":
            self._reply(200, recorder.messages_json())
        elif self.path == MAIL_SEND_PATH:
            self._reply(405, error_body([FieldError("method not allowed")]))
        else:
            self._reply(404, error_body([FieldError("not found")]))

    def do_POST(self) -> None:
        declared = self.headers.get("Content-Length") or "0"
        if not (declared.isascii() and declared.isdigit()):
            # Nothing can be read safely: answer and close, as SendGrid answers a bad request.
            self.close_connection = True
            self._reply(400, error_body([FieldError("Bad Content-Length")]))
            return
        if self.path == "/_sink/reset":
            self._drain_body()
            self.server.recorder.reset()
            self._reply(200, json.dumps(self.server.recorder.counts()).encode())
        elif self.path == MAIL_SEND_PATH:
            self._mail_send()
        else:
            self._drain_body()
            self._reply(404, error_body([FieldError("not found")]))

    def _mail_send(self) -> None:
        raw = self._drain_body()
        config, recorder = self.server.config, self.server.recorder
        if config.latency_ms:
            time.sleep(config.latency_ms / 1000)
        recorder.count("requests")
        refusal = self._authorisation_error()
        if refusal is not None:
            recorder.count("rejected_4xx")
            self._reply(401, error_body([refusal]))
            return
        fault = self.server.draw_fault()
        if fault == 429:
            recorder.count("injected_429")
            self._reply(429, error_body([FieldError("too many requests")]), self._rate_headers())
            return
        if fault is not None:
            recorder.count("injected_5xx")
            self._reply(fault, error_body([FieldError("internal server error")]))
            return
        status, body, errors = self._parse(raw)
        if status != 202 or body is None:
            recorder.count("rejected_4xx")
            self._reply(status, error_body(errors))
            return
        message_id = new_message_id()
        recorder.accept(body, message_id)
        self._reply(202, b"", {"X-Message-Id": message_id})

    def _authorisation_error(self) -> FieldError | None:
        header = self.headers.get("Authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            return FieldError("authorization required")
        keys = self.server.config.api_keys
        if keys and key.strip() not in keys:
            return FieldError("The provided authorization grant is invalid, expired, or revoked")
        return None

    def _parse(self, raw: bytes | None) -> tuple[int, dict[str, Any] | None, list[FieldError]]:
        """(status, parsed body, errors): 202 with a body, or 400/413 with errors."""
        if raw is None:
            return 413, None, [FieldError("content too large")]
        try:
            if self.headers.get("Content-Encoding", "").lower() == "gzip":
                raw = gzip.decompress(raw)
                if len(raw) >= MAX_BODY_BYTES:
                    return 413, None, [FieldError("content too large")]
            body = json.loads(raw)
        except (ValueError, OSError, EOFError):
            return 400, None, [FieldError("Bad Request")]
        errors = validate_mail_send(body, schema_check=self.server.config.schema_check)
        if errors:
            return 400, None, errors
        return 202, body, []

    def _drain_body(self) -> bytes | None:
        """Read the whole request body; None (after discarding it) when it is too large."""
        length = int(self.headers.get("Content-Length") or 0)
        if length < MAX_BODY_BYTES:
            return self.rfile.read(length)
        remaining = length
        while remaining > 0:  # read it anyway, so the client can finish sending
            chunk = self.rfile.read(min(_READ_CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
        return None

    def _rate_headers(self) -> dict[str, str]:
        wait = self.server.config.retry_after_seconds
        return {
            "Retry-After": str(wait),
            "X-RateLimit-Limit": "600",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(int(time.time()) + wait),
        }

    def _reply(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            if body:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (its timeout was shorter than our latency).
            self.close_connection = True


def make_server(host: str, port: int, config: SinkConfig) -> SinkServer:
    """A bound, not yet serving, sink server."""
    return SinkServer((host, port), config)


def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    config: SinkConfig | None = None,
    *,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve until interrupted (the CLI's foreground mode); `on_ready` gets the URL."""
    server = make_server(host, port, config or SinkConfig())
    bound_host, bound_port = server.server_address[:2]
    if on_ready is not None:
        on_ready(f"http://{bound_host!s}:{bound_port}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
