"""`digest subscribers ...`: add, list, set-status, billing, import, export, show, forget."""

from __future__ import annotations

import io
import sys
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from digest.audience.choices import BillingStatus, Format, MembershipStatus
from digest.commands.common import (
    CommandError,
    console,
    emit_json,
    err_console,
    print_table,
    runtime,
)

if TYPE_CHECKING:
    from digest.audience.importing.bulk import ImportReport

app = typer.Typer(help="Manage subscribers.", no_args_is_help=True)
ListOption = Annotated[str, typer.Option("--list", help="List name or slug.")]


@app.command("add")
def add(
    email: str,
    list_name: ListOption,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    confirmed: Annotated[bool, typer.Option(
        "--confirmed", help="You hold their consent: active without a confirmation email.")
    ] = False,
    status: Annotated[MembershipStatus | None, typer.Option(
        help="Set this status directly (as an admin), no email sent.")] = None,
) -> None:
    """Subscribe an address; on a double opt-in list it gets a confirmation email."""
    from digest.audience.confirmation import send_confirmation
    from digest.audience.flows import AddressSuppressed, request_subscription
    from digest.audience.lists import ListNotFound, get_list
    from digest.audience.subscribers import InvalidEmail, subscribe
    from digest.delivery.transports.base import TransportError
    from digest.delivery.transports.registry import make_transport

    rt = runtime()
    with rt.sessions() as session, session.begin():
        try:
            ml = get_list(session, list_name)
            if status is not None or confirmed:
                membership = subscribe(session, ml.id, email, name=name, actor="cli",
                                       status=status or MembershipStatus.ACTIVE)
                console.print(f"{email} is {membership.status} on {ml.name}")
                return
            result = request_subscription(session, ml, email, name=name, actor="cli",
                                          name_known=True)
        except (ListNotFound, InvalidEmail, AddressSuppressed) as exc:
            raise CommandError(str(exc)) from None
        if result.needs_confirmation:
            transport = make_transport(rt.settings)
            try:
                send_confirmation(session, rt.settings, transport, result.membership)
            except TransportError as exc:
                raise CommandError(f"confirmation email not sent: {exc}") from None
            finally:
                transport.close()
            console.print(f"{email} is pending on {ml.name}: confirmation email sent")
        else:
            console.print(f"{email} is {result.status} on {ml.name}")


@app.command("list")
def list_subscribers(
    list_name: ListOption,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Members of a list with their status."""
    from digest.audience.active import SUPPRESSED, effective_billing, members_with_status
    from digest.audience.lists import ListNotFound, get_list
    from digest.models import Membership, Subscriber

    rt = runtime()
    with rt.sessions() as session:
        try:
            ml = get_list(session, list_name)
        except ListNotFound as exc:
            raise CommandError(str(exc)) from None
        # status is the shown status: "active" exactly for those who get mail.
        rows = [{"id": s.id, "email": s.email, "name": s.name, "status": shown,
                 "billing_status": effective_billing(m, s),  # billing on this list
                 "membership_status": m.status,
                 "status_reason": because if shown == SUPPRESSED else m.status_reason}
                for s, m, _, shown, because in session.execute(
                    members_with_status().where(Membership.list_id == ml.id)
                    .order_by(Subscriber.id))]
    if as_json:
        emit_json(rows)
        return
    print_table(f"Subscribers of {ml.name}", ["id", "email", "name", "status", "billing"],
                ((r["id"], r["email"], r["name"], r["status"], r["billing_status"]) for r in rows))


@app.command("set-status")
def set_status_command(
    email: str, list_name: ListOption,
    status: Annotated[MembershipStatus, typer.Option(help="New membership status.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the audit log).")] = "",
) -> None:
    """Change a member's status as an admin (audited)."""
    from sqlalchemy import select

    from digest.audience.lists import ListNotFound, get_list
    from digest.audience.subscribers import (
        InvalidEmail,
        find_subscriber,
        normalise_email,
        set_status,
    )
    from digest.models import Membership

    rt = runtime()
    with rt.sessions() as session, session.begin():
        try:
            ml = get_list(session, list_name)
            subscriber = find_subscriber(session, normalise_email(email))
        except (ListNotFound, InvalidEmail) as exc:
            raise CommandError(str(exc)) from None
        membership = subscriber and session.scalar(select(Membership).where(
            Membership.list_id == ml.id, Membership.subscriber_id == subscriber.id))
        if not membership:
            raise CommandError(f"{email} is not on {ml.name}")
        set_status(session, membership, status, actor="admin:cli", reason=reason)
        console.print(f"{email} is {membership.status} on {ml.name}")


@app.command("billing")
def billing(
    email: str,
    status: Annotated[BillingStatus, typer.Option(help="Billing status.")],
    paid_through: Annotated[str, typer.Option(help="ISO date paid through (optional).")] = "",
    list_name: Annotated[str, typer.Option(
        "--list", help="The paid list this billing is for (default: every paid list "
                       "without billing of its own).")] = "",
) -> None:
    """Set billing; members of paid lists become lapsed or active accordingly."""
    from digest.audience.billing import find_membership, parse_datetime, set_billing
    from digest.audience.subscribers import find_subscriber, normalise_email

    rt = runtime()
    with rt.sessions() as session, session.begin():
        try:
            subscriber = find_subscriber(session, normalise_email(email))
            until: datetime | None = parse_datetime(paid_through)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        if subscriber is None:
            raise CommandError(f"no subscriber {email}")
        membership = None
        if list_name:
            mailing_list, membership = find_membership(session, subscriber, list_name)
            if membership is None:
                raise CommandError(f"{email} is not a member of {list_name}" if mailing_list
                                   else f"no list {list_name}")
        changes = set_billing(session, subscriber, status, until, actor="admin:cli",
                              membership=membership)
        console.print(f"{email}: billing {status}; " + (", ".join(
            f"{c.before} -> {c.after}" for c in changes) or "no membership changed"))


@app.command("import")
def import_csv(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV file.")],
    list_name: ListOption,
    fmt: Annotated[Format | None, typer.Option("--format", help="Force the format.")] = None,
    reconfirm: Annotated[bool, typer.Option(
        "--confirm", help="Imported addresses must confirm again (sent as pending).")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report, write nothing.")] = False,
) -> None:
    """Import a Mailchimp, listmonk, Substack or plain CSV export (`email`, `name`, `status`).

    Invalid rows are reported with their row number and skipped; good rows are kept.
    """
    from digest.audience.importing.bulk import import_lines
    from digest.audience.importing.formats import UnknownFormat
    from digest.audience.lists import ListNotFound, get_list

    rt = runtime()
    text = path.read_text(encoding="utf-8-sig", errors="strict")
    shown = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                     TimeElapsedColumn(), console=err_console, transient=True)
    tasks: dict[str, TaskID] = {}
    approx_rows = max(text.count("\n"), 1)

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            tasks[stage] = shown.add_task(stage, total=total or approx_rows)
        shown.update(tasks[stage], completed=done, total=total or approx_rows)

    with (shown if sys.stderr.isatty() else nullcontext()), rt.sessions() as session, \
            session.begin():
        try:
            ml = get_list(session, list_name)
            report = import_lines(session, ml, io.StringIO(text, newline=""), fmt=fmt,
                                  reconfirm=reconfirm,
                                  dry_run=dry_run, progress=progress)
        except (ListNotFound, UnknownFormat) as exc:
            raise CommandError(f"{path}: {exc}") from None
    _print_report(report, ml.name)


def _print_report(report: ImportReport, list_name: str) -> None:
    for problem in report.problems:
        err_console.print(f"row {problem.number}: {problem.reason}", markup=False)
    verb = "Would import" if report.dry_run else "Imported"
    kept = report.rows - len(report.problems)
    console.print(
        f"{verb} {kept} of {report.rows} rows ({report.format} format) into {list_name}: "
        f"{report.new_subscribers} new subscribers, {report.new_memberships} new members, "
        f"{sum(report.changed.values())} status changes, {report.unchanged} unchanged, "
        f"{report.duplicates} duplicates merged, {len(report.problems)} skipped.")
    for change, count in sorted(report.changed.items()):
        console.print(f"  {change}: {count}")
    console.print("  resulting: " + ", ".join(
        f"{status} {count}" for status, count in sorted(report.statuses.items())))


@app.command("export")
def export(
    list_name: ListOption,
    out: Annotated[Path | None, typer.Option("--out", help="File (default: stdout).")] = None,
) -> None:
    """Members as CSV: email, name, status, billing and more (formula-safe)."""
    from digest.audience.export import write_export
    from digest.audience.lists import ListNotFound, get_list

    rt = runtime()
    with rt.sessions() as session:
        try:
            ml = get_list(session, list_name)
        except ListNotFound as exc:
            raise CommandError(str(exc)) from None
        if out is None:
            write_export(session, ml, sys.stdout)
            return
        with out.open("w", newline="", encoding="utf-8") as handle:
            count = write_export(session, ml, handle)
    err_console.print(f"Wrote {count} members of {ml.name} to {out}")


@app.command("show")
def show(email: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Everything stored about an address."""
    from digest.audience.privacy import describe

    rt = runtime()
    with rt.sessions() as session:
        found = describe(session, email)
    if found is None:
        raise CommandError(f"nothing is stored about {email}")
    if as_json:
        emit_json(found)
        return
    console.print_json(data=found, default=str)


@app.command("forget")
def forget_command(
    email: str, yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
) -> None:
    """Erase a person's data; keep a hashed suppression so they are never mailed again."""
    from digest.audience.privacy import forget

    if not yes:
        typer.confirm(f"Erase everything about {email}?", abort=True)
    rt = runtime()
    with rt.sessions() as session, session.begin():
        erased = forget(session, email, actor="admin:cli",
                        outbox=rt.settings.data_dir / "outbox")
    console.print(f"Erased {email}; the address stays suppressed" if erased
                  else f"Nothing stored about {email}; the address is now suppressed")
