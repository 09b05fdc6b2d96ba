"""`digest feeds ...` and `digest fetch`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from digest.commands.common import (
    CommandError,
    console,
    emit_json,
    err_console,
    print_table,
    runtime,
)

if TYPE_CHECKING:
    from digest.ingest.refresh import FeedOutcome

app = typer.Typer(help="Manage the feeds digest reads.", no_args_is_help=True)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@app.command("add")
def add(url: Annotated[str, typer.Argument(help="Feed URL (http or https).")]) -> None:
    """Add a feed by URL (audited; the console's Feeds page adds the same way)."""
    from digest.ingest.catalog import FeedRefused, add_feed, private_host_warning

    url = url.strip()
    rt = runtime()
    try:
        with rt.sessions() as session, session.begin():
            feed_id = add_feed(session, url, actor="cli").id
    except FeedRefused as refused:
        raise CommandError(str(refused)) from None
    console.print(f"Added feed {feed_id}: {url}", highlight=False)
    if warning := private_host_warning(url, allow_private=rt.settings.allow_private_feeds):
        err_console.print(f"warning: {warning}", highlight=False)


@app.command("list")
def list_feeds(as_json: JsonOption = False) -> None:
    """Feeds with their health: items, items a day, last status, failures, last error."""
    from digest.ingest.catalog import feed_health
    from digest.models import utcnow

    rt = runtime()
    with rt.sessions() as session:
        rows = feed_health(session, utcnow())
    if as_json:
        emit_json(rows)
        return
    print_table("Feeds", ["id", "feed", "items", "per day", "status", "failures",
                          "last success", "last error"], (
        (r["id"], (r["title"] or r["url"])[:60] + (" (disabled)" if r["disabled"] else ""),
         r["item_count"], r["items_per_day"], r["last_status"], r["consecutive_failures"],
         _when(r["last_success_at"]), (r["last_error"] or r["last_warning"])[:80])
        for r in rows))


@app.command("remove")
def remove(url: str) -> None:
    """Remove a feed and its items."""
    from sqlalchemy import select

    from digest.models import Feed

    rt = runtime()
    with rt.sessions() as session, session.begin():
        feed = session.scalar(select(Feed).where(Feed.url == url))
        if feed is None:
            raise CommandError(f"no such feed: {url}")
        session.delete(feed)
    console.print(f"Removed {url}")


@app.command("enable")
def enable(url: str) -> None:
    """Enable a feed again (after 410 Gone disabled it) and check it on the next fetch."""
    from sqlalchemy import select

    from digest.models import Feed

    rt = runtime()
    with rt.sessions() as session, session.begin():
        feed = session.scalar(select(Feed).where(Feed.url == url))
        if feed is None:
            raise CommandError(f"no such feed: {url}")
        feed.disabled, feed.next_check_at, feed.consecutive_failures = False, None, 0
    console.print(f"Enabled {url}")


@app.command("check")
def check(
    url: Annotated[str, typer.Argument(help="Feed URL to try.")], as_json: JsonOption = False,
) -> None:
    """Fetch and parse a feed once and show what would be stored; stores nothing."""
    from digest.ingest.catalog import check_feed
    from digest.models import utcnow

    s = runtime().settings
    result = check_feed(url, utcnow(), timeout=s.fetch_timeout, max_bytes=s.fetch_max_bytes,
                        allow_private=s.allow_private_feeds,
                        connect_timeout=s.fetch_connect_timeout)
    prepared = result.prepared
    error = result.error or (prepared.error if prepared else "")
    if as_json:
        emit_json({"url": url, "final_url": result.final_url, "status": result.status,
                   "error": error, "title": prepared.title if prepared else "",
                   "warning": prepared.warning if prepared else "",
                   "items": [vars(r) for r in prepared.rows] if prepared else []})
    else:
        console.print(f"{url}: HTTP {result.status or '-'}, {result.body_bytes} bytes"
                      + (f" (from {result.final_url})" if result.final_url != url else ""))
        if prepared and not prepared.error:
            console.print(f"Feed: {prepared.title or '(untitled)'}, {len(prepared.rows)} items"
                          + (f"; warning: {prepared.warning}" if prepared.warning else ""))
            print_table("Items that would be stored", ["published (UTC)", "title", "link"], (
                (_when(r.published_at), r.title[:70], r.link) for r in prepared.rows))
    if error:
        raise CommandError(error)


@app.command("import")
def import_opml(path: Annotated[Path, typer.Argument(help="OPML file to read.")]) -> None:
    """Add every feed of an OPML file that is not already there."""
    from digest.ingest.catalog import import_feeds
    from digest.ingest.opml import OPMLError, parse_opml

    try:
        feeds = parse_opml(path.read_bytes())
    except (OSError, OPMLError) as exc:
        raise CommandError(f"{path}: {exc}") from None
    rt = runtime()
    with rt.sessions() as session, session.begin():
        report = import_feeds(session, feeds)
    for url, reason in report.refused:
        console.print(f"[yellow]skipped[/] {escape(url)}: {escape(reason)}", markup=True)
    console.print(f"{len(report.added)} feeds added, {len(report.already_present)} already "
                  f"present, {len(report.refused)} refused")


@app.command("export")
def export_opml(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write "
                                                "(default: standard output).")] = None,
) -> None:
    """Write the feed list as OPML."""
    from digest.ingest.catalog import export_feeds
    from digest.ingest.opml import render_opml
    from digest.models import utcnow

    rt = runtime()
    with rt.sessions() as session:
        feeds = export_feeds(session)
    text = render_opml(feeds, title="digest feeds", created=utcnow())
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"Wrote {len(feeds)} feeds to {output}")


def fetch(
    everything: Annotated[bool, typer.Option("--all", help="Ignore next-check times.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every feed.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Refresh every due feed and print a summary.

    What they stored is tagged and grouped, ready for an edition (as the workers' feed
    tick leaves it).  Exits 0 even when some feeds failed (their errors are shown and kept
    on the feeds); exits 1 only when no feed could be refreshed at all.
    """
    from digest.lifecycle.items import fetch_and_ready

    rt = runtime()
    started = time.monotonic()
    # The console's Fetch runs the same steps: refresh due feeds, then tag and group.
    outcomes = fetch_and_ready(rt.sessions, rt.settings, everything=everything).feeds
    elapsed = time.monotonic() - started
    failed = [o for o in outcomes if o.error]
    if as_json:
        emit_json({"feeds": [vars(o) for o in outcomes], "seconds": round(elapsed, 2)})
    else:
        _print_summary(outcomes, failed, elapsed, verbose=verbose)
    if outcomes and len(failed) == len(outcomes):
        raise CommandError(f"no feed could be refreshed ({len(failed)} failed)")


def _print_summary(
    outcomes: list[FeedOutcome], failed: list[FeedOutcome], elapsed: float, *, verbose: bool
) -> None:
    if not outcomes:
        console.print("No feeds are due (use --all to fetch every feed now).")
        return
    shown = outcomes if verbose else [o for o in outcomes if o.error or o.moved_to or o.warning]
    if shown:
        print_table("Fetch", ["feed", "status", "new", "updated", "note"], (
            (o.url, o.status or "-", o.new, o.updated, _note(o)) for o in shown))
    unchanged = sum(1 for o in outcomes if o.not_modified)
    console.print(
        f"{len(outcomes)} feeds in {elapsed:.1f} s: {len(outcomes) - len(failed) - unchanged} "
        f"fetched, {unchanged} not modified, {len(failed)} failed; "
        f"{sum(o.new for o in outcomes)} new items, {sum(o.updated for o in outcomes)} updated")


def _note(o: FeedOutcome) -> str:
    parts = [o.error, f"moved to {o.moved_to}" if o.moved_to else "", o.warning,
             "not modified" if o.not_modified else ""]
    return "; ".join(p for p in parts if p)[:160]


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""
