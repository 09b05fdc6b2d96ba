"""`digest lists schedule` and `digest status`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from digest.commands.common import CommandError, console, emit_json, print_table, runtime


def schedule(
    name: Annotated[str, typer.Argument(help="List name or slug.")],
    cron: Annotated[str, typer.Option("--cron", help='When to send, e.g. "0 7 * * *".')],
    tz: Annotated[str, typer.Option("--tz", help="IANA time zone, e.g. Europe/London.")] = "UTC",
    only_new: Annotated[bool, typer.Option(
        "--only-new/--always", help="Send only when there are new stories.")] = True,
    reader_zones: Annotated[bool | None, typer.Option(
        "--reader-zones/--list-zone",
        help="Send at the cron's local time in each reader's own time zone (time-zone "
        "buckets), or in --tz for everyone. Unchanged when not given.")] = None,
) -> None:
    """Set when a list sends; workers pick it up at their next tick, no restart needed."""
    from digest.audience.lists import ListNotFound, get_list
    from digest.models import utcnow
    from digest.scheduling.schedule import ScheduleError, next_fire, validate

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
        if reader_zones is not None:
            ml.per_subscriber_timezone = reader_zones
        per_reader = ml.per_subscriber_timezone
    upcoming = next_fire(cron, tz, utcnow())
    news = " when there is news" if only_new else ""
    where = "in each reader's time zone" if per_reader else f"in {tz}"
    console.print(f"{ml.name} sends at {cron!r} {where}{news}; "
                  f"next in {tz}: {upcoming:%Y-%m-%d %H:%M %Z}")


def _ticks_view(runs: dict[str, dict[str, Any] | None]) -> list[dict[str, Any]]:
    view = []
    for tick, run in runs.items():
        if run is None:
            view.append({"tick": tick, "last_run": None, "next_due": None, "did": ""})
            continue
        did = ", ".join(f"{k} {v}" for k, v in run.items() if k not in ("at", "next_due"))
        view.append({"tick": tick, "last_run": run["at"].isoformat(),
                     "next_due": run["next_due"].isoformat(), "did": did})
    return view


def status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Queues, workers, beat's ticks, each list's next send and recent failures."""
    from sqlalchemy import select

    from digest.delivery.ledger import recent_failures
    from digest.models import Edition, Feed, MailingList, utcnow
    from digest.scheduling.dispatch import last_tick_runs, queue_lengths, workers_seen
    from digest.scheduling.schedule import next_fire

    rt = runtime()
    settings = rt.settings
    if not settings.redis_url:
        # No broker configured: the workers of this data dir use its embedded Redis.
        from digest.local.embedded_redis import running_embedded_redis

        embedded = running_embedded_redis(settings.data_dir)
        if embedded:
            settings = settings.model_copy(update={"redis_url": embedded})
    now = utcnow()
    with rt.sessions() as session:
        lists = []
        for ml in session.scalars(select(MailingList).order_by(MailingList.id)):
            last = session.scalars(select(Edition).where(Edition.list_id == ml.id)
                                   .order_by(Edition.id.desc()).limit(1)).first()
            zone = "each reader's zone" if ml.per_subscriber_timezone else ml.timezone
            lists.append({
                "list": ml.name, "schedule": f"{ml.schedule_cron} {zone}",
                "next": next_fire(ml.schedule_cron, ml.timezone, now).isoformat(),
                "last_edition": last.slot if last else None,
                "last_status": last.status if last else None,
            })
        next_feed = session.scalar(select(Feed.next_check_at).where(Feed.disabled.is_(False))
                                   .order_by(Feed.next_check_at).limit(1))
        failing = [{"url": f.url, "error": f.last_error, "failures": f.consecutive_failures}
                   for f in session.scalars(select(Feed).where(Feed.consecutive_failures > 0)
                                            .order_by(Feed.consecutive_failures.desc()).limit(10))]
        send_failures = [
            {"list": name, "edition": edition, "batch": number, "status": state,
             "recipients": size, "error": error}
            for name, edition, number, state, size, error in recent_failures(session)]
    queues, workers = queue_lengths(settings), workers_seen(settings)
    ticks = _ticks_view(last_tick_runs(settings))
    if as_json:
        emit_json({"queues": queues, "workers": workers, "ticks": ticks, "lists": lists,
                   "next_feed_check": next_feed, "failing_feeds": failing,
                   "send_failures": send_failures})
        return
    print_table("Queues", ["queue", "waiting"], sorted(queues.items()))
    console.print(f"Workers seen: {', '.join(workers) or 'none'}")
    print_table("Beat ticks", ["tick", "last run", "next due", "did"], (
        (t["tick"], t["last_run"] or "never seen", t["next_due"], t["did"]) for t in ticks))
    print_table("Lists", ["list", "schedule", "next send", "last edition", "status"], (
        (x["list"], x["schedule"], x["next"], x["last_edition"], x["last_status"]) for x in lists))
    console.print(f"Next feed check: {next_feed or 'none scheduled'}")
    if failing:
        print_table("Failing feeds", ["url", "failures", "error"],
                    ((f["url"], f["failures"], f["error"]) for f in failing))
    if send_failures:
        print_table("Recent send failures", ["list", "edition", "batch", "status", "recipients",
                                             "error"],
                    ((f["list"], f["edition"], f["batch"], f["status"], f["recipients"],
                      f["error"]) for f in send_failures))
