"""Politeness: at most N requests at once to one host, and an order that spreads hosts."""

from __future__ import annotations

import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar
from urllib.parse import urlsplit

T = TypeVar("T")


def host_of(url: str) -> str:
    """The lower-cased host of a URL (the politeness key)."""
    return (urlsplit(url).hostname or "").lower()


class HostLimiter:
    """Per-host semaphores, created on first use; safe to share between threads."""

    def __init__(self, per_host: int) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self.per_host = per_host
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's slots for the duration of a request."""
        host = host_of(url)
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with semaphore:
            yield


def interleave_by_host(things: Sequence[T], url_of: Callable[[T], str]) -> list[T]:
    """Round-robin over hosts, so workers rarely queue behind one busy host."""
    queues: dict[str, deque[T]] = defaultdict(deque)
    for thing in things:
        queues[host_of(url_of(thing))].append(thing)
    ordered: list[T] = []
    while queues:
        for host in list(queues):
            ordered.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return ordered
