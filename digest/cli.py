"""The `digest` command: Typer app, exit codes 0 ok, 1 work failed, 2 usage error.

Each command is imported only when it runs (see digest.commands.lazy), so `digest --help`
answers at once.  To add one, add a line to COMMANDS: its name, where it lives, its help.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from digest.commands.lazy import Lazy, command, group, lazy_group, plugin

C = "digest.commands"
COMMANDS: dict[str, Lazy] = {
    "fetch": command(f"{C}.feeds:fetch", "Refresh every due feed and print a summary."),
    "build": command(f"{C}.editions:build", "Build the list's due edition without sending it."),
    "preview": command(f"{C}.editions:preview", "Serve a preview on localhost: the HTML at /, "
                       "the text part at /text. Ctrl-C stops."),
    "send": command(f"{C}.editions:send",
                    "Build the list's due edition if needed and send it to active members."),
    "run": command(f"{C}.editions:run", "One full cycle: fetch all due feeds, tag, group, "
                   "build and send every list."),
    "worker": command(f"{C}.ops:worker", "Start a Celery worker for digest, replaced if it "
                      "dies or stops beating."),
    "beat": command(f"{C}.ops:beat", "Start Celery beat with digest's schedule."),
    "status": command(f"{C}.schedules:status", "Queues, workers, beat's ticks, each list's next "
                      "send and recent failures."),
    "up": command(f"{C}.up:up", "Run a worker, beat and the web app; embedded Redis when "
                  "DIGEST_REDIS_URL is unset."),
    "web": command(f"{C}.web:web", "Serve the admin console, subscriber pages, archive and "
                   "webhooks."),
    "tag": plugin("digest.commands.tagging:register", "Tag JSON-lines items from stdin; write "
                  "one JSON line with their tags per item."),
    "cluster": plugin("digest.commands.cluster:register", "Group items that report the same "
                      "event into stories and storylines, and tell news from analysis. Reads "
                      '{"id","title","summary","link","source","published"} JSON lines and '
                      'writes {"id","story","storyline","kind"} JSON lines in input order.'),
    "backstory": plugin("digest.commands.backstory:register", "Tell each story of an "
                        "edition at --now its story so far and who's who, from JSON lines of "
                        "items on stdin (the history up to --now)."),
    "sendgrid-sink": plugin("digest.commands.sendgrid_sink:register", "Serve a "
                            "SendGrid-compatible POST /v3/mail/send on loopback until Ctrl-C."),
    "demo": plugin("digest.commands.demo:register",
                   "Run one offline cycle on sample feeds and show the result."),
    "feeds": group(f"{C}.feeds:app", "Manage the feeds digest reads."),
    "lists": group(f"{C}.lists:app", "Manage mailing lists."),
    "subscribers": group(f"{C}.subscribers:app", "Manage subscribers."),
    "db": group(f"{C}.ops:db_app", "Database schema."),
    "config": group(f"{C}.ops:config_app", "Settings."),
    "editions": group(f"{C}.edition_status:app",
                      "Editions: progress of a send, uncertain batches."),
    "admin": group(f"{C}.web:admin_app", "Admin console users."),
    "topics": plugin("digest.commands.tagging:register", "Inspect and evaluate topics."),
}

# Typer coerces a flag left at None through pydantic (~100 ms of imports before any command
# runs); False means the same for these, costs nothing, and keeps `digest X Y --help` quick.
UNSET_FLAGS = dict.fromkeys(("help", "install_completion", "show_completion"), False)

app = typer.Typer(
    name="digest",
    help="Newsletter digest mailer: feeds in, a 'bring you up to speed' digest out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=lazy_group(COMMANDS),
    context_settings={"default_map": {**UNSET_FLAGS, **dict.fromkeys(COMMANDS, {"help": False})}},
)


def version() -> str:
    """The installed distribution's version: pyproject.toml is its one source."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("digest")
    except PackageNotFoundError:
        return "unknown (not installed: run `pip install -e .`)"


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"digest {version()}")
        raise typer.Exit()


@app.callback()
def root(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Print digest's version and exit.")] = False,
) -> None:
    """Options for every command."""


def _work_failures() -> tuple[type[Exception], ...]:
    """Errors that mean "the work failed" (exit 1), imported only once one was raised."""
    from digest.commands.common import CommandError
    from digest.config import ConfigError
    from digest.db import SchemaError

    # A file that cannot be read or written, or input that is not UTF-8, is the work
    # failing on what it was given: one line, exit 1 (not a traceback).
    return CommandError, ConfigError, SchemaError, OSError, UnicodeDecodeError


def main() -> None:
    """Entry point: one-line errors on stderr, exit 1 for failed work, 2 for bad usage."""
    try:
        # Standalone mode: Typer/Click print usage errors and exit 2 themselves.
        app()
    except Exception as exc:
        if not isinstance(exc, _work_failures()):
            raise
        from digest.commands.common import say_failure

        say_failure(exc)
        sys.exit(1)
