"""`digest sendgrid-sink`: run the SendGrid stand-in in the foreground."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

DEFAULT_PORT = 8765


def register(app: typer.Typer) -> None:
    """Add the `sendgrid-sink` command to the digest CLI."""
    app.command("sendgrid-sink")(sendgrid_sink)


def sendgrid_sink(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(DEFAULT_PORT, "--port", help="Port to listen on (0 = any free)."),
    api_key: list[str] = typer.Option(
        [], "--api-key", help="Accepted bearer key (repeatable; none = any non-empty key)."
    ),
    fail_429: float = typer.Option(
        0.0, "--fail-429", min=0.0, max=1.0, help="Share of requests answered 429."
    ),
    fail_5xx: float = typer.Option(
        0.0, "--fail-5xx", min=0.0, max=1.0, help="Share of requests answered 5xx."
    ),
    latency_ms: int = typer.Option(0, "--latency-ms", min=0, help="Delay before each answer."),
    retry_after: int = typer.Option(
        1, "--retry-after", min=0, help="Seconds an invented 429 asks the client to wait."
    ),
    seed: int | None = typer.Option(None, "--seed", help="Seed for repeatable fault draws."),
    record: Path | None = typer.Option(
        None, "--record", help="Append each accepted message to this file as a JSON line."
    ),
    no_schema: bool = typer.Option(
        False, "--no-schema", help="Check SendGrid's documented rules only, not the JSON schema."
    ),
    no_memory: bool = typer.Option(
        False, "--no-memory", help="Keep no messages in memory (counts and --record still work)."
    ),
) -> None:
    """Serve a SendGrid-compatible POST /v3/mail/send on loopback until Ctrl-C.

    Point digest at it with DIGEST_SENDGRID_HOST=http://HOST:PORT. Inspect with
    GET /_sink/counts and GET /_sink/messages; clear with POST /_sink/reset.
    """
    from digest.local.sendgrid_sink.config import SinkConfig
    from digest.local.sendgrid_sink.server import serve

    try:
        config = SinkConfig(
            api_keys=frozenset(api_key),
            fail_429_share=fail_429,
            fail_5xx_share=fail_5xx,
            latency_ms=latency_ms,
            seed=seed,
            retry_after_seconds=retry_after,
            record_path=record,
            keep_records=not no_memory,
            schema_check=not no_schema,
        )
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    console = Console(highlight=False)

    def announce(url: str) -> None:
        console.print(f"SendGrid sink listening on [bold]{url}[/bold]")
        console.print(f"  export DIGEST_SENDGRID_HOST={url}")
        if record is not None:
            console.print(f"  recording accepted messages to {record}")

    serve(host, port, config, on_ready=announce)
