"""A sink running in a background thread, for tests and benchmarks in-process."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from digest.local.sendgrid_sink.config import SinkConfig
from digest.local.sendgrid_sink.recorder import RecipientRecord
from digest.local.sendgrid_sink.server import SinkServer, make_server


class Sink:
    """A SendGrid stand-in on loopback.  Use as a context manager, or start()/stop().

    Point the `sendgrid` client (or DIGEST_SENDGRID_HOST) at `url`.
    """

    def __init__(
        self, config: SinkConfig | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.config = config or SinkConfig()
        self._address = (host, port)
        self._server: SinkServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Sink:
        """Bind and serve in a daemon thread; returns self. Starting twice is an error."""
        if self._server is not None:
            raise RuntimeError("the sink is already running")
        self._server = make_server(*self._address, self.config)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # so stop() returns quickly
            name="sendgrid-sink",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port. Records stay readable."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._thread = None

    def __enter__(self) -> Sink:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def _running(self) -> SinkServer:
        if self._server is None:
            raise RuntimeError("the sink has not been started")
        return self._server

    @property
    def url(self) -> str:
        """Base URL, e.g. "http://127.0.0.1:43123"."""
        host, port = self._running.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def messages(self) -> list[dict[str, Any]]:
        """Accepted request bodies, each with the `message_id` the sink answered."""
        return self._running.recorder.messages()

    def recipients(self) -> list[RecipientRecord]:
        """(email, custom_args, substitutions, headers) per accepted address."""
        return self._running.recorder.recipients()

    def counts(self) -> dict[str, int]:
        """requests, accepted_messages, accepted_recipients, rejected_4xx, injected_*."""
        return self._running.recorder.counts()

    def reset(self) -> None:
        """Forget accepted messages and zero the counters."""
        self._running.recorder.reset()
