"""`digest lists schedule` and `digest status`."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import select

from digest.audience.lists import ListNotFound, get_list
from digest.commands.common import CommandError, console, emit_json, print_table, runtime
from digest.models import Edition, Feed, MailingList, utcnow
from digest.schedule import ScheduleError, next_fire, validate


def schedule(
    name: Annotated[str, typer.Argument(help="List name or slug.")],
    cron: Annotated[str, typer.Option("--cron", help='When to send, e.g. "0 7 * * *".')],
    tz: Annotated[str, typer.Option("--tz", help="IANA time zone, e.g. Europe/London.")] = "UTC",
    only_new: Annotated[bool, typer.Option(
        "--only-new/--always", help="Send only when there are new stories.")] = True,
) -> None:
    """Set when a list sends; workers pick it up at their next tick, no restart needed."""
    try:
        validate(cron, tz)
    except ScheduleError as exc:
        raise CommandError(str(exc)) from None
    rt = runtime()
    with rt.sessions() as session, session.begin():
        try:
            ml = get_list(session, name)
        except ListNotFound as exc:
            raise CommandError(str(exc)) from None
        ml.schedule_cron, ml.timezone, ml.only_when_new = cron, tz, only_new
    upcoming = next_fire(cron, tz, utcnow())
    news = " when there is news" if only_new else ""
    console.print(f"{ml.name} sends at {cron!r} in {tz}{news}; "
                  f"next: {upcoming:%Y-%m-%d %H:%M %Z}")


def status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Queues, workers, each list's next send and recent feed failures."""
    from digest.dispatch import queue_lengths, workers_seen

    rt = runtime()
    now = utcnow()
    with rt.sessions() as session:
        lists = []
        for ml in session.scalars(select(MailingList).order_by(MailingList.id)):
            last = session.scalars(select(Edition).where(Edition.list_id == ml.id)
                                   .order_by(Edition.id.desc()).limit(1)).first()
            lists.append({
                "list": ml.name, "schedule": f"{ml.schedule_cron} {ml.timezone}",
                "next": next_fire(ml.schedule_cron, ml.timezone, now).isoformat(),
                "last_edition": last.slot if last else None,
                "last_status": last.status if last else None,
            })
        next_feed = session.scalar(select(Feed.next_check_at).where(Feed.disabled.is_(False))
                                   .order_by(Feed.next_check_at).limit(1))
        failing = [{"url": f.url, "error": f.last_error, "failures": f.consecutive_failures}
                   for f in session.scalars(select(Feed).where(Feed.consecutive_failures > 0)
                                            .order_by(Feed.consecutive_failures.desc()).limit(10))]
    queues, workers = queue_lengths(rt.settings), workers_seen(rt.settings)
    if as_json:
        emit_json({"queues": queues, "workers": workers, "lists": lists,
                   "next_feed_check": next_feed, "failing_feeds": failing})
        return
    print_table("Queues", ["queue", "waiting"], sorted(queues.items()))
    console.print(f"Workers seen: {', '.join(workers) or 'none'}")
    print_table("Lists", ["list", "schedule", "next send", "last edition", "status"], (
        (x["list"], x["schedule"], x["next"], x["last_edition"], x["last_status"]) for x in lists))
    console.print(f"Next feed check: {next_feed or 'none scheduled'}")
    if failing:
        print_table("Failing feeds", ["url", "failures", "error"],
                    ((f["url"], f["failures"], f["error"]) for f in failing))
