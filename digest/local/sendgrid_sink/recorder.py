"""What a sink remembers: counters and every accepted message.

Each accepted request is kept as one compact JSON document (the request body
plus the `message_id` the sink answered with), stored as bytes and parsed only
when asked for, so 100k recipients cost tens of megabytes, not hundreds.  The
same documents can be appended to a JSON-lines file that another process reads
with `read_records`.  Thread-safe: the HTTP server calls it from many threads.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

COUNTER_NAMES = (
    "requests",
    "accepted_messages",
    "accepted_recipients",
    "rejected_4xx",
    "injected_429",
    "injected_5xx",
)


class RecipientRecord(NamedTuple):
    """One address of one accepted personalization, with what it carried."""

    email: str
    custom_args: dict[str, str]
    substitutions: dict[str, str]
    headers: dict[str, str]


def recipient_count(body: dict[str, Any]) -> int:
    """Addresses (to + cc + bcc) across all personalizations of a body."""
    return sum(
        len(p.get(kind) or []) for p in body["personalizations"] for kind in ("to", "cc", "bcc")
    )


def recipients_of(records: Iterable[dict[str, Any]]) -> list[RecipientRecord]:
    """Flatten accepted records into one entry per address, in arrival order."""
    found = []
    for record in records:
        for p in record["personalizations"]:
            for kind in ("to", "cc", "bcc"):
                for entry in p.get(kind) or []:
                    found.append(
                        RecipientRecord(
                            entry["email"],
                            p.get("custom_args") or {},
                            p.get("substitutions") or {},
                            p.get("headers") or {},
                        )
                    )
    return found


def read_records(path: Path) -> list[dict[str, Any]]:
    """Accepted records from a sink's `--record` file (missing file = none yet)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


class Recorder:
    """Counters plus accepted messages, in memory and optionally in a file."""

    def __init__(self, record_path: Path | None = None, keep_records: bool = True) -> None:
        self._lock = threading.Lock()
        self._record_path = record_path
        self._keep = keep_records
        self._records: list[bytes] = []
        self._counts = dict.fromkeys(COUNTER_NAMES, 0)

    def count(self, name: str, amount: int = 1) -> None:
        """Add to one of COUNTER_NAMES."""
        with self._lock:
            self._counts[name] += amount

    def accept(self, body: dict[str, Any], message_id: str) -> None:
        """Remember an accepted request body under the id the sink answered with."""
        record = {"message_id": message_id, "received_at": round(time.time(), 3), **body}
        line = json.dumps(record, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        with self._lock:
            self._counts["accepted_messages"] += 1
            self._counts["accepted_recipients"] += recipient_count(body)
            if self._keep:
                self._records.append(line)
            if self._record_path is not None:
                # Append and close per message so a reader in another process
                # always sees whole lines.
                with self._record_path.open("ab") as out:
                    out.write(line + b"\n")

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def messages(self) -> list[dict[str, Any]]:
        with self._lock:
            lines = list(self._records)
        return [json.loads(line) for line in lines]

    def messages_json(self) -> bytes:
        """All kept records as one JSON array, without re-parsing them."""
        with self._lock:
            return b"[" + b",".join(self._records) + b"]"

    def recipients(self) -> list[RecipientRecord]:
        return recipients_of(self.messages())

    def reset(self) -> None:
        """Forget records and zero counters (the record file is left alone)."""
        with self._lock:
            self._records.clear()
            self._counts = dict.fromkeys(COUNTER_NAMES, 0)
