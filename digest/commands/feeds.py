"""`digest feeds ...` and `digest fetch`."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import func, select

from digest.commands.common import CommandError, console, emit_json, print_table, runtime
from digest.ingest.refresh import due_feed_ids, refresh_feeds
from digest.models import Feed, Item, utcnow

app = typer.Typer(help="Manage the feeds digest reads.", no_args_is_help=True)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@app.command("add")
def add(url: Annotated[str, typer.Argument(help="Feed URL (http or https).")]) -> None:
    """Add a feed by URL."""
    if not url.startswith(("http://", "https://")):
        raise CommandError(f"not an http(s) URL: {url}")
    rt = runtime()
    with rt.sessions() as session, session.begin():
        if session.scalar(select(Feed).where(Feed.url == url)) is not None:
            raise CommandError(f"feed already added: {url}")
        feed = Feed(url=url)
        session.add(feed)
        session.flush()
        console.print(f"Added feed {feed.id}: {url}")


@app.command("list")
def list_feeds(as_json: JsonOption = False) -> None:
    """Feeds with their health."""
    rt = runtime()
    with rt.sessions() as session:
        counts = dict(session.execute(
            select(Item.feed_id, func.count()).group_by(Item.feed_id)).tuples().all())
        feeds = list(session.scalars(select(Feed).order_by(Feed.id)))
    rows = [{
        "id": f.id, "url": f.url, "title": f.title, "item_count": counts.get(f.id, 0),
        "last_status": f.last_status, "last_error": f.last_error,
        "consecutive_failures": f.consecutive_failures,
        "last_success_at": f.last_success_at, "next_check_at": f.next_check_at,
        "disabled": f.disabled,
    } for f in feeds]
    if as_json:
        emit_json(rows)
        return
    print_table("Feeds", ["id", "url", "items", "status", "failures", "last error"], (
        (r["id"], r["url"], r["item_count"], r["last_status"], r["consecutive_failures"],
         r["last_error"]) for r in rows))


@app.command("remove")
def remove(url: str) -> None:
    """Remove a feed and its items."""
    rt = runtime()
    with rt.sessions() as session, session.begin():
        feed = session.scalar(select(Feed).where(Feed.url == url))
        if feed is None:
            raise CommandError(f"no such feed: {url}")
        session.delete(feed)
    console.print(f"Removed {url}")


def fetch(
    everything: Annotated[bool, typer.Option("--all", help="Ignore next-check times.")] = False,
) -> None:
    """Refresh every due feed and print a summary (exit 0 even when some feeds failed)."""
    rt = runtime()
    with rt.sessions() as session:
        ids = due_feed_ids(session, utcnow(), everything=everything)
    outcomes = refresh_feeds(rt.sessions, ids, timeout=rt.settings.fetch_timeout,
                             max_bytes=rt.settings.fetch_max_bytes,
                             concurrency=rt.settings.fetch_concurrency)
    print_table("Fetch", ["feed", "new", "updated", "error"], (
        (o.url, o.new, o.updated, o.error or ("not modified" if o.not_modified else ""))
        for o in outcomes))
    failed = sum(1 for o in outcomes if o.error)
    console.print(f"{len(outcomes)} feeds, {sum(o.new for o in outcomes)} new items, "
                  f"{failed} failed")
    if outcomes and failed == len(outcomes):
        raise CommandError("every feed failed")
