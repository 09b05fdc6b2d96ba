"""`digest editions show ID` and `digest editions resolve ID`: a send's progress and its
uncertain batches, read from the ledger (so any terminal can watch any worker's send)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from digest.commands.common import CommandError, console, print_table, runtime

if TYPE_CHECKING:
    from digest.delivery.progress import EditionProgress
    from digest.runtime import Runtime

app = typer.Typer(help="Editions: progress of a send, uncertain batches.", no_args_is_help=True)


def current(rt: Runtime, edition_id: int) -> EditionProgress:
    from digest.delivery.progress import read_progress

    with rt.sessions() as session:
        try:
            return read_progress(session, edition_id)
        except LookupError as exc:
            raise CommandError(str(exc)) from None


def watch(rt: Runtime, edition_id: int, *, interval: float = 0.5, timeout: float | None = None,
          on_stall: Callable[[], None] | None = None, stall_after: float = 30.0,
          alive: Callable[[], bool] | None = None) -> EditionProgress:
    """Show a live progress bar until the edition is sent, paused or skipped.

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
            if state.final or (timeout is not None and time.monotonic() - started > timeout):
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
    for error in state.failed_errors:
        console.print(f"[red]Failed:[/red] {error}")
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
) -> None:
    """Progress of an edition's send (pending, sent, failed, uncertain), live while sending."""
    rt = runtime()
    state = current(rt, edition_id)
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

    Fans out to Celery workers when a broker is configured and a worker answers,
    else sends here.  Re-running it resumes an interrupted send (stale claims are
    recovered, lost tasks re-queued); an edition already sent sends nothing more.
    """
    from digest.audience.lists import ListNotFound, get_list
    from digest.delivery import ledger
    from digest.editions.build import build_edition
    from digest.models import EditionStatus, utcnow
    from digest.scheduling.schedule import current_slot

    rt = runtime()
    if dry_run:
        _dry_run(rt, list_name)
        return
    with rt.sessions() as session, session.begin():
        try:
            ml = get_list(session, list_name)
        except ListNotFound as exc:
            raise CommandError(str(exc)) from None
        edition = build_edition(session, ml, current_slot(ml, utcnow()), rt.settings)
        edition_id, status = edition.id, edition.status
        if status == EditionStatus.SKIPPED:
            console.print(f"Nothing to send for {ml.name}: {edition.skip_reason}")
            return
        if status == EditionStatus.PAUSED:
            if not resume:
                raise CommandError(f"edition {edition_id} is paused after failed batches; "
                                   "fix the cause, then `digest send --resume`")
            edition.status, edition.failed_batches = EditionStatus.SENDING, 0
            reopened = ledger.reopen_failed(session, edition_id)
            console.print(f"Resuming edition {edition_id}; {reopened} failed batches retried")
    if status == EditionStatus.SENT:
        console.print(f"Edition {edition_id} was already sent; nothing more to send.")
        report(current(rt, edition_id))
        return
    if not in_process and rt.settings.redis_url and _fan_out(rt, edition_id):
        state = current(rt, edition_id)
    else:
        state = _send_here(rt, edition_id)
    report(state)
    if state.status == EditionStatus.PAUSED:
        raise CommandError(f"edition {edition_id} paused after failed batches")


def _fan_out(rt: Runtime, edition_id: int) -> bool:
    """Send through the workers and follow until done; False when no worker answers."""
    from digest.scheduling import tasks
    from digest.scheduling.dispatch import workers_answer

    if not workers_answer(tasks.app):
        console.print("No Celery worker answered; sending in this process")
        return False
    console.print("Sending on Celery workers")
    # The snapshot is written from here, so every worker process sends while it goes on;
    # each batch is queued as soon as its page commits.
    failure: list[BaseException] = []
    snapshot = threading.Thread(target=_queue_batches, args=(rt, edition_id, failure),
                                name="digest-snapshot", daemon=True)
    snapshot.start()
    # A worker that died holds its batches for a lease; past it, re-running start_send
    # recovers them (and re-queues tasks the dead worker had reserved).
    watch(rt, edition_id, on_stall=lambda: tasks.start_send.delay(edition_id),
          stall_after=max(5.0, rt.settings.send_claim_lease))
    snapshot.join()
    if failure:
        raise failure[0]
    return True


def _queue_batches(rt: Runtime, edition_id: int, failure: list[BaseException]) -> None:
    """Snapshot and queue the edition's batches from this thread (see tasks.queue_edition)."""
    from digest.scheduling import tasks

    try:
        tasks.queue_edition(rt, edition_id)
    except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
        failure.append(exc)


def _send_here(rt: Runtime, edition_id: int) -> EditionProgress:
    """Send in a background thread while the main thread draws the ledger's progress."""
    from digest.delivery.ratelimit import make_limiter
    from digest.delivery.send import send_edition_in_process
    from digest.delivery.transports.registry import make_transport

    settings = rt.settings
    limiter = make_limiter(settings.send_rate_limit, settings.redis_url, settings.redis_prefix,
                           settings.send_batch_size)
    transport = make_transport(settings)
    failure: list[BaseException] = []

    def work() -> None:
        try:
            send_edition_in_process(rt.sessions, edition_id, transport, settings, limiter=limiter)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            failure.append(exc)

    worker = threading.Thread(target=work, name="digest-send", daemon=True)
    worker.start()
    try:
        watch(rt, edition_id, interval=0.3, alive=worker.is_alive)
        worker.join()
    finally:
        transport.close()
    if failure:
        raise failure[0]
    return current(rt, edition_id)


def _dry_run(rt: Runtime, list_name: str, shown: int = 50) -> None:
    from digest.audience.lists import ListNotFound, get_list
    from digest.delivery.recipients import preview_recipients

    size = rt.settings.send_batch_size
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
