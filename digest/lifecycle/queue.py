"""Where an edition's batches are sent: the small interface every way in goes through.

Like listmonk's Messenger, the lifecycle only hands work to a `SendQueue`;
`InProcess` sends here and now, and the Celery workers are one more implementation
(digest.scheduling.dispatch.CeleryQueue), so no command or web page imports a task.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.delivery.ratelimit import RateLimiter, make_limiter
from digest.delivery.send import send_with_retries
from digest.delivery.transports.base import Transport
from digest.delivery.transports.registry import batch_size
from digest.ingest.refresh import FeedOutcome, refresh_with_settings


class SendQueue(Protocol):
    """Hands an edition's work to whoever sends it.

    `send_batch` may run the batch at once or later elsewhere: the ledger's claim
    makes a batch handed twice sent once.  `restart` asks for the edition's start
    again (recovering a dead worker's claims) where the sends happen; `wait_needed`
    says whether the caller must poll the ledger for the sends to finish.
    """

    name: str
    wait_needed: bool

    def send_batch(self, batch_id: int, edition_id: int) -> None: ...

    def restart(self, edition_id: int) -> None: ...

    def fetch(self, feed_ids: list[int]) -> list[FeedOutcome]: ...


class InProcess:
    """Sends each batch in this process as it is handed over, waiting out 429s and 5xx;
    without a `limiter`, the one the settings describe (DIGEST_SEND_RATE_LIMIT)."""

    name = "in-process"
    wait_needed = False

    def __init__(self, factory: sessionmaker[Session], settings: Settings,
                 transport: Transport, *, limiter: RateLimiter | None = None,
                 progress: Callable[[int], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.factory, self.settings, self.transport = factory, settings, transport
        # Every way in honours DIGEST_SEND_RATE_LIMIT, as the workers do (scheduling.tasks).
        self.limiter = limiter or make_limiter(settings.send_rate_limit, settings.redis_url,
                                               settings.redis_prefix,
                                               batch_size(settings, transport=transport))
        self.progress, self.sleep = progress, sleep
        self.sent = 0

    def send_batch(self, batch_id: int, edition_id: int) -> None:
        sent = send_with_retries(self.factory, batch_id, self.transport, self.settings,
                                 limiter=self.limiter, sleep=self.sleep)
        self.sent += sent
        if self.progress is not None:
            self.progress(sent)

    def restart(self, edition_id: int) -> None:
        """Nothing to do: every batch handed to this queue was sent before it returned."""

    def fetch(self, feed_ids: list[int]) -> list[FeedOutcome]:
        return refresh_with_settings(self.factory, feed_ids, self.settings)
