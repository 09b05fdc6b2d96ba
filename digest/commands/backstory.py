"""`digest backstory --topic T --now ISO-8601`: the backstory an edition at `now` would carry,
from a history of items on stdin, with no database.

Input: JSON lines {"id","title","summary","link","source","published"} (the history up to
`--now`; later items are ignored). Output: one JSON line per news story an edition at `now`
would carry, most widely reported first:
{"story": [item ids], "so_far": [{"date": "YYYY-MM-DD", "text": "...", "items": [ids]}],
 "who": [{"name": "...", "text": "..."}]}, in the new reader's version.
Stories are clustered on the path `digest cluster` takes (DIGEST_SEMANTIC: auto uses the
semantic path when the extra imports), chosen by the same function (command_embedder).
Exit codes: 0 done (bad lines reported on stderr and skipped), 1 failed (also
DIGEST_SEMANTIC=on without the extra), 2 usage error.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer


def backstory(
    topic: Annotated[str, typer.Option("--topic", help="Built-in topic name or a TOML file.")],
    now: Annotated[str, typer.Option("--now", help="When the edition is made (ISO 8601).")],
) -> None:
    """Tell each story of an edition at --now its story so far and who's who, from JSON lines
    of items on stdin (the history up to --now)."""
    # Imports stay here: `digest --help` should not load the tagging and story pipelines.
    from digest.commands.cluster import command_embedder, read_input
    from digest.editions.history import backstories_at
    from digest.stories.reading import BadLine, parse_published
    from digest.tagging import load_topic

    try:
        moment = parse_published(now)
    except BadLine as error:
        raise typer.BadParameter(f"--now {now!r} is not an ISO 8601 date and time",
                                 param_hint="--now") from error
    try:
        compiled = load_topic(topic)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--topic") from error
    items, _ = read_input("-")
    # DIGEST_SEMANTIC, chosen by the one function `digest cluster` uses too.
    embedder = command_embedder() if items else None
    for story, told in backstories_at(items, compiled, now=moment, embedder=embedder):
        record = {
            "story": [r.id for r in story.reports],
            "so_far": [{"date": f"{line.date:%Y-%m-%d}", "text": line.text,
                        "items": list(line.items)} for line in (told.so_far if told else ())],
            "who": [{"name": w.name, "text": w.text} for w in (told.who if told else ())],
        }
        typer.echo(json.dumps(record, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    """Adds the `backstory` command to the root Typer app."""
    app.command("backstory")(backstory)
