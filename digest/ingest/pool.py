"""Where documents are parsed: inline, or spread over worker processes (one per core).

Parsing is CPU-bound pure Python, so threads cannot spread it; worker processes do.
They come from a fork server that has already imported the parser, so starting one
is cheap and no worker inherits the parent's threads, sockets or database connections.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from types import TracebackType

from digest.ingest.prepare import PreparedFeed, prepare_document


def default_workers() -> int:
    """One parse worker per core this process may run on."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


class Parser:
    """Prepares documents, in `workers` processes when more than one (created on first use)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def prepare(self, body: bytes, content_type: str, base_url: str, now: datetime) -> PreparedFeed:
        """Parse and prepare one document; a crashed worker is an error for that document."""
        if self.workers <= 1:
            return prepare_document(body, content_type, base_url, now)
        pool = self._ensure_pool()
        try:
            return pool.submit(prepare_document, body, content_type, base_url, now).result()
        except BrokenProcessPool:
            self._replace(pool)
            return PreparedFeed(error="the parser process died on this document")

    def _ensure_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["digest.ingest.prepare"])
                self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
            return self._pool

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
        broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: object | TracebackType | None) -> None:
        self.close()
