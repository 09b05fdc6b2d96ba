"""`digest cluster`: JSON lines of items on stdin, one JSON line per item on stdout.

Exit codes: 0 done (bad lines are reported on stderr with their line number and skipped),
1 failed (the input could not be read, or it had lines but none was usable, or
DIGEST_SEMANTIC=on without the extra), 2 usage error.
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Annotated, TextIO

import typer

from digest.stories.clustering import cluster_items
from digest.stories.model import StoryItem
from digest.stories.reading import LineProblem, read_items
from digest.stories.semantic import Embedder, SemanticUnavailable, load_embedder


def _load(stream: TextIO) -> tuple[list[StoryItem], int]:
    """Valid items and the count of bad lines (each reported on stderr). An id seen on an
    earlier line is a bad line too: one report must not count as two."""
    items: list[StoryItem] = []
    seen: set[str] = set()
    bad = 0
    for result in read_items(stream):
        if isinstance(result, LineProblem):
            bad += 1
            typer.echo(f"line {result.number}: {result.reason}", err=True)
        elif result.id in seen:
            bad += 1
            typer.echo(f"id {result.id!r} appears again: the repeat is skipped", err=True)
        else:
            seen.add(result.id)
            items.append(result)
    return items, bad


def read_input(input_path: str = "-") -> tuple[list[StoryItem], int]:
    """Valid items from a JSON lines file ('-': stdin) and the count of bad lines (each
    reported on stderr); exits 1 when the input cannot be read or has lines but none usable.
    Shared by the commands that read items (`digest cluster`, `digest backstory`)."""
    from digest.commands.common import fail

    try:
        if input_path == "-":
            items, bad = _load(sys.stdin)
        else:
            with Path(input_path).open(encoding="utf-8") as stream:
                items, bad = _load(stream)
    except (OSError, UnicodeDecodeError) as error:
        raise fail(f"cannot read input: {error}") from error
    if bad and not items:
        raise fail(f"no usable item in the input ({bad} bad lines)")
    return items, bad


def command_embedder() -> Embedder | None:
    """The embedder a command clusters with, from DIGEST_SEMANTIC (auto: the semantic path when
    the `semantic` extra imports); exits 1 with what to install when it is `on` without it.
    Shared by `digest cluster` and `digest backstory`, so both choose the same path."""
    from digest.config import get_settings  # settings are read when the command runs

    try:
        return load_embedder(get_settings().semantic)
    except SemanticUnavailable as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(1) from error


def cluster(
    window_days: Annotated[
        float,
        typer.Option("--window-days", min=0.01, help="Reports further apart are never one story."),
    ] = 3.0,
    input_path: Annotated[
        str, typer.Option("--input", "-i", help="JSON lines file to read; '-' is stdin.")
    ] = "-",
) -> None:
    """Group items that report the same event into stories and storylines, and tell news from
    analysis. Reads {"id","title","summary","link","source","published"} JSON lines and writes
    {"id","story","storyline","kind"} JSON lines in input order."""
    items, bad = read_input(input_path)
    embedder = command_embedder() if items else None
    for assignment in cluster_items(
        items, window=timedelta(days=window_days), embedder=embedder
    ):
        record = {
            "id": assignment.id,
            "story": assignment.story,
            "storyline": assignment.storyline,
            "kind": assignment.kind,
        }
        typer.echo(json.dumps(record, ensure_ascii=False))
    if bad:
        typer.echo(f"{bad} bad lines skipped, {len(items)} items clustered", err=True)


def register(app: typer.Typer) -> None:
    """Adds the `cluster` command to the given root Typer app."""
    app.command("cluster")(cluster)
