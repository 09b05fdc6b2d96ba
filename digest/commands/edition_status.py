"""`digest editions show ID` and `digest editions resolve ID`: a send's progress and its
uncertain batches, read from the ledger (so any terminal can watch any worker's send)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from digest.commands.common import CommandError, console, emit_json, print_table, runtime

if TYPE_CHECKING:
    from digest.delivery.progress import EditionProgress
    from digest.runtime import Runtime

app = typer.Typer(help="Editions: progress of a send, uncertain batches.", no_args_is_help=True)


def current(rt: Runtime, edition_id: int) -> EditionProgress:
    from digest.db import snapshot
    from digest.delivery.progress import read_progress

    with snapshot(rt.sessions) as session:
        try:
            return read_progress(session, edition_id)
        except LookupError as exc:
            raise CommandError(str(exc)) from None


def watch(rt: Runtime, edition_id: int, *, interval: float = 0.5, timeout: float | None = None,
          on_stall: Callable[[], None] | None = None, stall_after: float = 30.0,
          alive: Callable[[], bool] | None = None) -> EditionProgress:
    """Show a live progress bar until the edition is settled: sent, paused, skipped, or
    only waiting for its readers' local time.

    `on_stall` runs when nothing moved for `stall_after` seconds while work is
    open (e.g. re-queue the batches of a worker that died); `timeout` gives up;
    so does `alive` turning False (the sending thread ended).
    """
    from digest.delivery.progress import StallClock

    started = time.monotonic()
    stall = StallClock(stall_after)
    state = current(rt, edition_id)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[line]}"), TimeElapsedColumn(),
                  console=console, transient=False) as bar:
        task = bar.add_task(f"Edition {edition_id}", total=state.total or None, line="")
        while True:
            bar.update(task, completed=state.done, total=state.total or None,
                       line=f"{state.status}: {state.counts_line()}")
            if state.settled or (timeout is not None and time.monotonic() - started > timeout):
                return state
            if alive is not None and not alive():
                state = current(rt, edition_id)
                bar.update(task, completed=state.done,
                           line=f"{state.status}: {state.counts_line()}")
                return state
            time.sleep(interval)
            state = current(rt, edition_id)
            if stall.stalled((state.done, state.total)) and on_stall is not None:
                on_stall()


def report(state: EditionProgress) -> None:
    """The final word on an edition: counts, provider events, what needs a person."""
    console.print(f"Edition {state.edition_id} of {state.list_name} ({state.subject!r}): "
                  f"{state.status}")
    console.print(f"Recipients: {state.counts_line()}")
    if state.batches:
        console.print("Batches: " + ", ".join(f"{n} {s}" for s, n in sorted(state.batches.items())))
    if state.events:
        console.print("Events: " + ", ".join(f"{n} {k}" for k, n in sorted(state.events.items())))
    if state.waiting and not state.final:
        console.print(f"{state.waiting} batches wait for their readers' local time; "
                      "beat's send tick releases them (or run `digest send` again then)")
    for error in state.failed_errors:
        console.print(f"[red]Failed:[/red] {escape(str(error))}", markup=True)
    if state.uncertain:
        print_table("Uncertain batches (handed over, no answer recorded; not resent)",
                    ["batch", "id", "recipients", "why"],
                    ((u.number, u.batch_id, u.recipients, u.error) for u in state.uncertain))
        console.print(f"Check the provider's activity feed, then: digest editions resolve "
                      f"{state.edition_id} --batch NUMBER --delivered|--not-delivered")


@app.command("show")
def show(
    edition_id: Annotated[int, typer.Argument(help="Edition id.")],
    once: Annotated[bool, typer.Option("--once", help="Print once; do not follow.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON once, for scripts.")] = False,
) -> None:
    """Progress of an edition's send (pending, sent, failed, uncertain), live while sending."""
    rt = runtime()
    state = current(rt, edition_id)
    if as_json:  # a script reads where the send stands now, once
        from dataclasses import asdict

        emit_json({**asdict(state), "total": state.total, "sent": state.sent,
                   "final": state.final})
        return
    if not once and not state.final and state.total:
        state = watch(rt, edition_id)
    report(state)


@app.command("resolve")
def resolve(
    edition_id: Annotated[int, typer.Argument(help="Edition id.")],
    batch: Annotated[int, typer.Option("--batch", help="Batch number (from `show`).")],
    delivered: Annotated[bool, typer.Option(
        "--delivered/--not-delivered",
        help="The provider has it (mark sent) / it never arrived (send it again).")],
) -> None:
    """Settle an uncertain batch after checking the provider's activity feed."""
    from sqlalchemy import select

    from digest.delivery import ledger
    from digest.models import DeliveryBatch

    rt = runtime()
    with rt.sessions() as session, session.begin():
        batch_id = session.scalar(
            select(DeliveryBatch.id).where(DeliveryBatch.edition_id == edition_id,
                                                  DeliveryBatch.number == batch))
        if batch_id is None or not ledger.resolve_uncertain(session, batch_id,
                                                            delivered=delivered):
            raise CommandError(f"edition {edition_id} has no uncertain batch {batch}")
    console.print(f"Batch {batch} marked {'sent' if delivered else 'pending'}"
                  + ("" if delivered else "; `digest send` will send it"))


def send_list(list_name: str, *, dry_run: bool, in_process: bool, resume: bool) -> None:
    """`digest send --list NAME`: build the due edition if needed, send it, follow it.

    The lifecycle decides the slot and builds as every other way in does; the send
    goes to the Celery workers when a broker is configured and a worker answers,
    else runs here.  Re-running it resumes an interrupted send (stale claims are
    recovered, lost tasks re-queued); an edition already sent sends nothing more.
    """
    from digest.audience.lists import ListNotFound, get_list
    from digest.lifecycle import edition as life
    from digest.models import BatchStatus, Edition, EditionStatus

    rt = runtime()
    if dry_run:
        _dry_run(rt, list_name)
        return
    with rt.sessions() as session:
        try:
            list_id = get_list(session, list_name).id
        except ListNotFound as exc:
            raise CommandError(str(exc)) from None
    built = life.build(rt.sessions, rt.settings, list_id)
    if built.slot is None or built.edition_id is None:
        console.print(f"Nothing due for {built.list_name}: {built.reason}")
        return
    edition_id, status = built.edition_id, built.status
    if status == EditionStatus.SKIPPED:
        console.print(f"Nothing to send for {built.list_name}: {built.reason}")
        return
    if status == EditionStatus.PAUSED:
        if not resume:
            raise CommandError(f"edition {edition_id} is paused after failed batches; "
                               "fix the cause, then `digest send --resume`")
        with rt.sessions() as session, session.begin():
            edition = session.get(Edition, edition_id, with_for_update=True)
            assert edition is not None
            reopened = life.reopen(session, edition, actor="cli")
        console.print(f"Resuming edition {edition_id}; {reopened} failed batches retried")
    if status == EditionStatus.SENT:
        console.print(f"Edition {edition_id} was already sent; nothing more to send.")
        report(current(rt, edition_id))
        return
    state = follow_send(rt, edition_id, in_process=in_process)
    report(state)
    if state.status == EditionStatus.PAUSED:
        raise CommandError(f"edition {edition_id} paused after failed batches")
    pending = state.batches.get(BatchStatus.PENDING, 0)
    if not state.final and pending:
        # The in-process sender gave up retrying (the provider kept failing for minutes);
        # the batches wait in the ledger, and nothing else may come for them before the
        # next slot when no beat runs: say so, and fail.
        raise CommandError(f"edition {edition_id} is still sending: {pending} batch(es) "
                           "pending after retries; run the same `digest send` again to "
                           "retry them (a run of `digest beat` would too)")


def follow_send(rt: Runtime, edition_id: int, *, in_process: bool) -> EditionProgress:
    """lifecycle.start in a background thread, through the workers when they answer (the
    snapshot is written from here, so every worker sends while it goes on) or sending
    here; the main thread draws the ledger's progress until the send settles."""
    from digest.lifecycle import edition as life
    from digest.lifecycle.queue import InProcess, SendQueue

    settings = rt.settings
    queue: SendQueue | None = None
    if not in_process and settings.redis_url:
        from digest.scheduling.dispatch import workers_queue

        queue = workers_queue(settings)
        console.print("Sending on Celery workers" if queue else
                      "No Celery worker answered; sending in this process")
    transport = None
    if queue is None:
        from digest.delivery.transports.registry import make_transport

        transport = make_transport(settings)
        queue = InProcess(rt.sessions, settings, transport)
    failure: list[BaseException] = []
    chosen = queue

    def work() -> None:
        try:
            life.start(rt.sessions, settings, edition_id, chosen)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            failure.append(exc)

    thread = threading.Thread(target=work, name="digest-send", daemon=True)
    thread.start()
    try:
        if chosen.wait_needed:
            # A worker that died holds its batches for a lease; past it, a restart
            # recovers them (and re-queues tasks the dead worker had reserved).
            watch(rt, edition_id, on_stall=lambda: chosen.restart(edition_id),
                  stall_after=max(5.0, settings.send_claim_lease))
        else:
            watch(rt, edition_id, interval=0.3, alive=thread.is_alive)
        thread.join()
    finally:
        if transport is not None:
            transport.close()
    if failure:
        raise failure[0]
    return current(rt, edition_id)


def _dry_run(rt: Runtime, list_name: str, shown: int = 50) -> None:
    from digest.audience.lists import ListNotFound, get_list
    from digest.delivery.recipients import preview_recipients
    from digest.delivery.transports.registry import batch_size

    size = batch_size(rt.settings)
    with rt.sessions() as session:
        try:
            ml = get_list(session, list_name)
        except ListNotFound as exc:
            raise CommandError(str(exc)) from None
        preview = preview_recipients(session, ml, batch_size=size, shown=shown)
    print_table(f"Would send {ml.name} to", ["id", "email", "name"], preview.first)
    if preview.total > shown:
        console.print(f"... and {preview.total - shown} more")
    console.print(f"{preview.total} recipients in {preview.batches} batches of up to {size}")
    console.print("Members by status: " + (", ".join(
        f"{status} {n}" for status, n in preview.by_status.items()) or "none"))
