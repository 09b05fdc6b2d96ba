"""What every command shares: settings and database on demand, output, failures."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from digest.runtime import Runtime

# Output carries text from feeds, forms and uploads (a headline with "[/x]" in it): it is
# never read as Rich markup, which would restyle it or, unbalanced, raise and end the command.
# A command that styles a word says so (`markup=True`, the rest passed through `escape`).
console = Console(markup=False)
err_console = Console(stderr=True, markup=False)


class CommandError(Exception):
    """The work failed; the message is shown on one line and the exit code is 1."""


def say_failure(message: object) -> None:
    """The one form every command reports a failure in: `digest: <why>` on stderr."""
    err_console.print(f"digest: {message}", highlight=False, soft_wrap=True)


def fail(message: str) -> typer.Exit:
    """A failure said in the one form, as an exit (code 1) to raise: for commands that
    stream output and stop there, e.g. `digest tag`, `digest cluster`."""
    say_failure(message)
    return typer.Exit(code=1)


def runtime() -> Runtime:
    """Settings and an upgraded database, opened when a command needs them."""
    from digest.config import get_settings
    from digest.runtime import open_runtime

    return open_runtime(get_settings())


def emit_json(data: Any) -> None:
    """One JSON document on stdout, for scripts."""
    sys.stdout.write(json.dumps(data, default=str, ensure_ascii=False) + "\n")


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)
