"""How a sink behaves: who may send, which failures it invents, where it records."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SinkConfig:
    """Settings for one sink.

    `api_keys`: accepted bearer keys; empty accepts any non-empty key.
    `fail_429_share` / `fail_5xx_share`: the share (0..1) of authorised mail-send
    requests answered with an invented 429 or 5xx instead of being processed.
    `latency_ms`: added before every mail-send answer (a client whose timeout is
    shorter gives up, but the message is still accepted - as with real SendGrid,
    a timeout does not mean the mail was not sent).
    `seed`: makes the fault draws repeatable.
    `retry_after_seconds`: the wait an invented 429 asks for.
    `record_path`: append each accepted message as one JSON line to this file.
    `keep_records`: keep accepted messages in memory (turn off for huge runs
    that only need counts or the record file).
    `schema_check`: validate against the published JSON schema as well as the
    documented rules (about 70 ms per 1000 recipients; benchmarks may skip it).
    """

    api_keys: Collection[str] = frozenset()
    fail_429_share: float = 0.0
    fail_5xx_share: float = 0.0
    latency_ms: int = 0
    seed: int | None = None
    retry_after_seconds: int = 1
    record_path: Path | None = None
    keep_records: bool = True
    schema_check: bool = True

    def __post_init__(self) -> None:
        for name in ("fail_429_share", "fail_5xx_share"):
            share = getattr(self, name)
            if not 0.0 <= share <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {share}")
        if self.fail_429_share + self.fail_5xx_share > 1.0:
            raise ValueError("fail_429_share + fail_5xx_share must not exceed 1")
        if self.latency_ms < 0 or self.retry_after_seconds < 0:
            raise ValueError("latency_ms and retry_after_seconds must not be negative")
        # Accept any iterable of keys (a list from the CLI) but store it frozen.
        object.__setattr__(self, "api_keys", frozenset(self.api_keys))
