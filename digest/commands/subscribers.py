"""`digest subscribers ...`."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from digest.audience.lists import ListNotFound, get_list
from digest.audience.subscribers import InvalidEmail, subscribe
from digest.commands.common import (
    CommandError,
    console,
    emit_json,
    err_console,
    print_table,
    runtime,
)
from digest.models import Membership, MembershipStatus, Subscriber

app = typer.Typer(help="Manage subscribers.", no_args_is_help=True)
ListOption = Annotated[str, typer.Option("--list", help="List name or slug.")]


@app.command("add")
def add(
    email: str,
    list_name: ListOption,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    status: Annotated[MembershipStatus, typer.Option(help="Membership status.")] = (
        MembershipStatus.ACTIVE),
) -> None:
    """Add an address to a list (active unless told otherwise)."""
    rt = runtime()
    with rt.sessions() as session, session.begin():
        try:
            ml = get_list(session, list_name)
            membership = subscribe(session, ml.id, email, name=name, status=status)
        except (ListNotFound, InvalidEmail) as exc:
            raise CommandError(str(exc)) from None
        console.print(f"{email} is {membership.status} on {ml.name}")


@app.command("list")
def list_subscribers(
    list_name: ListOption,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Members of a list with their status."""
    rt = runtime()
    with rt.sessions() as session:
        try:
            ml = get_list(session, list_name)
        except ListNotFound as exc:
            raise CommandError(str(exc)) from None
        rows = [{"id": s.id, "email": s.email, "name": s.name, "status": m.status,
                 "billing_status": s.billing_status}
                for s, m in session.execute(
                    select(Subscriber, Membership).join(Membership)
                    .where(Membership.list_id == ml.id).order_by(Subscriber.id)).tuples()]
    if as_json:
        emit_json(rows)
        return
    print_table(f"Subscribers of {ml.name}", ["id", "email", "name", "status", "billing"],
                ((r["id"], r["email"], r["name"], r["status"], r["billing_status"]) for r in rows))


@app.command("import")
def import_csv(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV file.")],
    list_name: ListOption,
) -> None:
    """Import a CSV with an `email` column and optional `name` and `status` columns.

    Invalid rows are reported with their row number and skipped; good rows are kept.
    """
    rt = runtime()
    imported = 0
    problems: list[tuple[int, str]] = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "email" not in [f.strip().lower() for f in reader.fieldnames]:
            raise CommandError(f"{path}: no `email` column")
        with rt.sessions() as session, session.begin():
            try:
                ml = get_list(session, list_name)
            except ListNotFound as exc:
                raise CommandError(str(exc)) from None
            for number, row in enumerate(reader, start=2):
                row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                raw_status = row.get("status") or "active"
                try:
                    status = MembershipStatus(raw_status.lower())
                except ValueError:
                    problems.append((number, f"unknown status {raw_status!r}"))
                    continue
                try:
                    with session.begin_nested():
                        subscribe(session, ml.id, row.get("email", ""), name=row.get("name", ""),
                                  status=status, actor="import")
                    imported += 1
                except InvalidEmail as exc:
                    problems.append((number, str(exc)))
    for number, reason in problems:
        err_console.print(f"row {number}: {reason}")
    console.print(f"Imported {imported} rows into {list_name}; skipped {len(problems)}.")
