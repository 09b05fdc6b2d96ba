"""CLI: `digest tag` and `digest topics list|test`.

Contract of `register(app)`: adds the `tag` command and a `topics` sub-app to `app`.
Exit codes: 0 ok, 1 work failed (one-line reason on stderr), 2 usage error (Typer).
`digest tag` reads JSON lines {"id", "title", "summary"} on stdin and writes
{"id", "tags": [{"topic", "score", "why"}]} per line; bad lines are reported on stderr
with their line number and skipped, the rest are still tagged (exit 0).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from digest.tagging import Topic, builtin_topic_names, load_topic, tag_item
from digest.tagging.evaluate import Evaluation, evaluate, read_labelled_tsv

TopicOption = Annotated[
    list[str],
    typer.Option(
        "--topic", "-t", help="Built-in topic name or path to a topic TOML file; repeatable."
    ),
]


def _fail(message: str) -> typer.Exit:
    from digest.commands.common import fail

    return fail(message)


def _load_all(names: list[str]) -> list[Topic]:
    try:
        return [load_topic(name) for name in dict.fromkeys(names)]
    except ValueError as error:
        raise _fail(str(error)) from None


def _parse_item(raw: str) -> dict[str, Any]:
    """One input line as an item; ValueError says what is wrong with it."""
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    for field in ("title", "summary"):
        if item.get(field) is not None and not isinstance(item[field], str):
            raise ValueError(f"{field} must be a string")
    if not item.get("title") and not item.get("summary"):
        raise ValueError("needs a title or a summary")
    return item


def tag_command(topic: TopicOption) -> None:
    """Tag JSON-lines items from stdin; write one JSON line with their tags per item."""
    topics = _load_all(topic)
    source = typer.get_binary_stream("stdin")  # decoded line by line: one bad line is skipped
    sink = typer.get_text_stream("stdout")
    for number, data in enumerate(source, start=1):
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            typer.echo(f"line {number}: skipped: not UTF-8", err=True)
            continue
        if not raw.strip():
            continue
        try:
            item = _parse_item(raw)
        except ValueError as error:
            typer.echo(f"line {number}: skipped: {error}", err=True)
            continue
        title, summary = item.get("title") or "", item.get("summary") or ""
        tags = [tag_item(each, title, summary) for each in topics]
        found = [{"topic": t.topic, "score": t.score, "why": t.why} for t in tags if t]
        sink.write(json.dumps({"id": item.get("id"), "tags": found}, ensure_ascii=False) + "\n")
    sink.flush()


def list_command(as_json: Annotated[bool, typer.Option("--json", help="One JSON array.")] = False,
                 ) -> None:
    """List the built-in topics with their descriptions."""
    topics = [(name, load_topic(name).description) for name in builtin_topic_names()]
    if as_json:
        typer.echo(json.dumps([{"name": n, "description": d} for n, d in topics],
                              ensure_ascii=False))
        return
    for name, description in topics:
        typer.echo(f"{name}\t{description}")


def _report(topic: Topic, result: Evaluation, rows: int) -> None:
    typer.echo(f"topic {topic.name}: {rows} rows, threshold {topic.threshold:.2f}")
    typer.echo(
        f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}  "
        f"(TP {result.true_positives}, FP {result.false_positives}, "
        f"FN {result.false_negatives}, TN {result.true_negatives})"
    )
    if not result.mistakes:
        typer.echo("no misclassified rows")
        return
    typer.echo(f"misclassified rows ({len(result.mistakes)}):")
    for mistake in result.mistakes:
        kind = "missed" if mistake.item.label else "wrongly tagged"
        item = mistake.item
        typer.echo(f"  line {item.line} [{kind}] {item.title} | {item.summary}")
        typer.echo(f"      {mistake.verdict.why}")


def test_command(
    file: Annotated[Path, typer.Argument(help="TSV with columns title, summary, label (1/0).")],
    topic: TopicOption,
    fail_under: Annotated[
        float, typer.Option(help="Exit 1 when F1 is below this value.", min=0.0, max=1.0)
    ] = 0.0,
) -> None:
    """Print precision, recall, F1 and the misclassified rows of a labelled TSV."""
    topics = _load_all(topic)
    try:
        rows = read_labelled_tsv(file)
    except ValueError as error:
        raise _fail(str(error)) from None
    worst = 1.0
    for each in topics:
        result = evaluate(each, rows)
        _report(each, result, len(rows))
        worst = min(worst, result.f1)
    if worst < fail_under:
        raise _fail(f"F1 {worst:.3f} is below --fail-under {fail_under:.3f}")


def register(app: typer.Typer) -> None:
    """Add `tag` and `topics {list,test}` to the given root app."""
    app.command("tag")(tag_command)
    topics_app = typer.Typer(help="Inspect and evaluate topics.", no_args_is_help=True)
    topics_app.command("list")(list_command)
    topics_app.command("test")(test_command)
    app.add_typer(topics_app, name="topics")
