"""`digest build`, `digest send` and `digest run`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from digest.commands.common import CommandError, console, print_table, runtime
from digest.editions.variants import CONTEXT, WINDOWS

if TYPE_CHECKING:
    from digest.lifecycle.cycle import CycleReport
    from digest.models import MailingList

ListOption = Annotated[str, typer.Option("--list", help="List name or slug.")]


def _find_list(session: object, name: str) -> MailingList:
    from digest.audience.lists import ListNotFound, get_list

    try:
        return get_list(session, name)  # type: ignore[arg-type]
    except ListNotFound as exc:
        raise CommandError(str(exc)) from None


def build(
    list_name: ListOption,
    preview: Annotated[Path | None, typer.Option(
        help="Write the HTML here (and the text beside it, .txt), tokens filled with samples."
    )] = None,
    variant: Annotated[str, typer.Option(
        help=f"Backstory window to preview: {', '.join(WINDOWS)}.")] = CONTEXT,
) -> None:
    """Build the list's due edition without sending it.

    Every item fetched so far is tagged and grouped first; the slot is the one every way
    in uses (see digest.lifecycle.edition.due_slot).
    """
    from digest.editions.build import edition_body
    from digest.editions.preview import preview_bodies, write_preview
    from digest.lifecycle import edition as life
    from digest.models import Edition, EditionStatus

    if variant not in WINDOWS:
        raise CommandError(f"unknown variant {variant!r}; choose from {', '.join(WINDOWS)}")
    rt = runtime()
    with rt.sessions() as session:
        list_id = _find_list(session, list_name).id
    built = life.build(rt.sessions, rt.settings, list_id)
    if built.edition_id is None:
        console.print(f"Nothing due for {built.list_name}: {built.reason}")
        return
    if built.status == EditionStatus.SKIPPED:
        console.print(f"Nothing to send for {built.list_name}: {built.reason}")
        return
    with rt.sessions() as session:
        edition = session.get(Edition, built.edition_id)
        assert edition is not None
        console.print(f"Edition {edition.id} ({edition.status}): {edition.subject}")
        if edition.stories_cut:
            console.print(f"{edition.stories_cut} stories cut to headlines or left to the web")
        if preview is not None:
            html, text = preview_bodies(*edition_body(session, edition, variant),
                                        rt.settings.base_url)
            text_path = write_preview(preview, html, text)
            size = len(html.encode("utf-8")) // 1024
            console.print(f"Preview: {preview} ({size} KB) and {text_path}")


def preview(
    path: Annotated[Path, typer.Argument(help="HTML written by `digest build --preview`.")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 picks a free one).")] = 8025,
) -> None:
    """Serve a preview on localhost: the HTML at /, the text part at /text. Ctrl-C stops."""
    from digest.editions.preview import make_server

    if not path.is_file():
        raise CommandError(f"no preview at {path}; run `digest build --list NAME --preview {path}`")
    try:
        server = make_server(path, port=port)
    except OSError as exc:
        raise CommandError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
    host, bound = str(server.server_address[0]), server.server_address[1]
    console.print(f"Serving {path} at http://{host}:{bound}/ (text at /text); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def send(
    list_name: ListOption,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show who would receive it.")] = False,
    in_process: Annotated[bool, typer.Option(
        "--in-process", help="Send from this process even when Celery workers answer.")] = False,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Carry on with an edition paused after failed batches.")] = False,
) -> None:
    """Build the list's due edition if needed and send it to active members.

    Returns when it is fully sent or paused, with a progress bar.  Runs on the
    Celery workers when DIGEST_REDIS_URL is set and a worker answers.
    """
    from digest.commands.edition_status import send_list

    send_list(list_name, dry_run=dry_run, in_process=in_process, resume=resume)


def run(
    in_process: Annotated[bool, typer.Option(
        "--in-process", help="Do the work here even when Celery workers answer.")] = False,
) -> None:
    """One full cycle: fetch all due feeds, tag, group, build and send every list.

    With DIGEST_REDIS_URL set and workers answering, the work fans out to them.
    """
    from digest.delivery.transports.registry import make_transport
    from digest.lifecycle.cycle import run_cycle
    from digest.lifecycle.queue import InProcess

    rt = runtime()
    if rt.settings.redis_url and not in_process:
        from digest.scheduling.dispatch import workers_queue

        queue = workers_queue(rt.settings)
        if queue is not None:
            console.print("Running on Celery workers")
            print_summary(run_cycle(rt.sessions, rt.settings, queue))
            return
        console.print("No Celery worker answered; running in this process")
    transport = make_transport(rt.settings)
    try:
        report = run_cycle(rt.sessions, rt.settings, InProcess(rt.sessions, rt.settings,
                                                               transport))
    finally:
        transport.close()
    print_summary(report)


def print_summary(report: CycleReport) -> None:
    print_table("Cycle", ["feeds", "failed", "new items", "tagged", "stories"], [(
        len(report.feeds), len(report.failed_feeds), report.new_items, report.tags_written,
        report.stories_changed)])
    print_table("Lists", ["list", "edition", "status", "recipients", "skipped inactive"], (
        (o.list_name, o.edition_id, o.status or o.skip_reason, o.recipients, o.skipped_inactive)
        for o in report.lists))

