"""`digest lists ...`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from digest.commands import schedules
from digest.commands.common import CommandError, console, emit_json, print_table, runtime

app = typer.Typer(help="Manage mailing lists.", no_args_is_help=True)


@app.command("create")
def create(
    name: str,
    topic: Annotated[list[str] | None, typer.Option("--topic", help="Topic to follow "
                                                     "(repeatable; default: syria).")] = None,
    description: Annotated[str, typer.Option(help="Shown on the subscribe page.")] = "",
    paid: Annotated[bool, typer.Option("--paid", help="Members need current billing.")] = False,
    single_opt_in: Annotated[bool, typer.Option(
        "--single-opt-in", help="Subscribers are active without confirming.")] = False,
    schedule: Annotated[str, typer.Option(help="Cron schedule of editions.")] = "0 7 * * *",
    from_email: Annotated[str, typer.Option(help="Sender address (default: setting).")] = "",
    from_name: Annotated[str, typer.Option(help="Sender name (default: setting).")] = "",
) -> None:
    """Create a list."""
    from digest.audience.lists import create_list
    from digest.scheduling.schedule import ScheduleError, validate
    from digest.tagging.catalog import topic_names

    try:
        validate(schedule, "UTC")
    except ScheduleError as exc:
        raise CommandError(str(exc)) from None
    rt = runtime()
    topics = topic or ["syria"]
    with rt.sessions() as session, session.begin():
        unknown = [t for t in topics if t not in topic_names(session)]
        if unknown:
            raise CommandError(f"unknown topic(s): {', '.join(unknown)}")
        try:
            created = create_list(session, name, topics=topics, description=description,
                                  is_paid=paid, double_opt_in=not single_opt_in,
                                  schedule_cron=schedule, from_email=from_email,
                                  from_name=from_name)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        console.print(f"Created list {created.name!r} (slug {created.slug}), topics: "
                      f"{', '.join(created.topics)}")


@app.command("list")
def list_lists(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Lists with member counts."""
    from sqlalchemy import func, select

    from digest.audience.active import count_active
    from digest.models import MailingList, Membership

    rt = runtime()
    rows: list[dict[str, Any]] = []
    with rt.sessions() as session:
        for ml in session.scalars(select(MailingList).order_by(MailingList.id)):
            members = session.scalar(
                select(func.count()).select_from(Membership).where(Membership.list_id == ml.id))
            rows.append({"id": ml.id, "name": ml.name, "slug": ml.slug, "topics": ml.topics,
                         "paid": ml.is_paid, "members": members,
                         "active": count_active(session, ml)})
    if as_json:
        emit_json(rows)
        return
    print_table("Lists", ["id", "name", "topics", "paid", "members", "active"], (
        (r["id"], r["name"], ",".join(r["topics"]), r["paid"], r["members"], r["active"])
        for r in rows))


app.command("schedule")(schedules.schedule)
