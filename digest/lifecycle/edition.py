"""One edition's life: which slot is due, build, start, pause, resume, finish, wait.

Every way in calls these functions and nothing else: beat's send tick, `digest run`
(in this process or on the workers), `digest build`, `digest send` and the admin
console's Build, Send now, Pause and Resume.  So the same list at the same moment
gets the same slot, the same recipients and the same emails whoever starts it.

- `due_slot` is the one rule: the schedule's latest fire time within the 24-hour
  catch-up, in each reader's own zone for a per-reader-zone list, and never a slot
  older than the list's newest edition (an edited schedule waits for its next time).
- `build` tags and groups every item fetched so far, then builds the slot's edition
  once (a skipped one is built again when news arrived since; one that mailed anyone
  never is).
- `start` releases the time-zone buckets whose hour has come, snapshots the ledger and
  hands every pending batch to a `SendQueue`; safe to repeat (claims decide who sends).
- `hand_over` (the tick's ready -> sending), `pause`, `reopen` / `resume` (failed
  batches are sent again), `finish`, `wait`.
Status changes themselves are digest.delivery.ledger's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from digest.audience.active import active_condition
from digest.config import Settings
from digest.db import snapshot
from digest.delivery import ledger
from digest.delivery.progress import EditionProgress, StallClock, read_progress
from digest.delivery.send import SendReport, finish_if_done, prepare_send
from digest.delivery.transports.registry import batch_size
from digest.editions.build import build_edition
from digest.lifecycle.items import ready_items
from digest.lifecycle.queue import SendQueue
from digest.models import (
    AuditEntry,
    Edition,
    EditionStatus,
    MailingList,
    Membership,
    Story,
    Subscriber,
    utcnow,
)
from digest.scheduling import schedule

NotAllowed = ledger.NotAllowed


@dataclass(frozen=True)
class Built:
    """What `build` found or made for a list: its edition, or why there is none."""

    list_id: int
    list_name: str
    slot: str | None  # None: nothing is due
    edition_id: int | None = None
    status: str = ""  # an EditionStatus; "" when nothing is due
    reason: str = ""  # why nothing is sent: the skip reason, or why no slot is due
    subject: str = ""
    stories_cut: int = 0

    @property
    def sendable(self) -> bool:
        return self.status in ledger.SENDABLE


def reader_zones(session: Session, mailing_list: MailingList) -> list[str]:
    """The time zones of the list's active readers (the list's own zone when it has none)."""
    zones = list(session.scalars(
        select(Subscriber.timezone).distinct()
        .join(Membership, Membership.subscriber_id == Subscriber.id)
        .where(active_condition(mailing_list))))
    return sorted(z or "UTC" for z in zones) or [mailing_list.timezone]


def due_slot(session: Session, mailing_list: MailingList, now: datetime) -> str | None:
    """The slot the list is due for at `now`, or None (see the module's rule)."""
    if mailing_list.per_subscriber_timezone:
        slot = schedule.due_local_slot(mailing_list.schedule_cron,
                                       reader_zones(session, mailing_list), now)
    else:
        slot = schedule.due_slot(mailing_list, now)
    latest = session.scalar(select(func.max(Edition.slot)).where(
        Edition.list_id == mailing_list.id))
    # Slots sort as text; a fire time before the newest edition is a schedule edited since.
    if slot is None or (latest is not None and slot < latest):
        return None
    return slot


def not_due_reason(mailing_list: MailingList, now: datetime) -> str:
    upcoming = schedule.next_fire(mailing_list.schedule_cron, mailing_list.timezone, now)
    return (f"no send time in the last {schedule.CATCH_UP.total_seconds() / 3600:.0f} hours; "
            f"next at {upcoming:%Y-%m-%d %H:%M %Z}")


def build(factory: sessionmaker[Session], settings: Settings, list_id: int,
          *, now: datetime | None = None) -> Built:
    """The list's edition for its due slot, after every item fetched so far is tagged and
    grouped; LookupError when there is no such list."""
    now = now or utcnow()
    with factory() as session, session.begin():
        mailing_list = session.get(MailingList, list_id)
        if mailing_list is None:
            raise LookupError(f"no list {list_id}")
        slot = due_slot(session, mailing_list, now)
        if slot is None:
            return Built(list_id, mailing_list.name, None,
                         reason=not_due_reason(mailing_list, now))
        found = session.scalars(select(Edition).where(
            Edition.list_id == list_id, Edition.slot == slot)).first()
        if found is None or found.status == EditionStatus.SKIPPED:
            tagged = _ready(session, settings, now)
            if found is None or tagged or _news_since(session, found.created_at):
                found = build_edition(session, mailing_list, slot, settings, now=now)
        return Built(list_id, mailing_list.name, slot, found.id, str(found.status),
                     found.skip_reason, found.subject, found.stories_cut)


def _ready(session: Session, settings: Settings, now: datetime) -> int:
    """Tag and group what was fetched so far; how many items were tagged.

    In a savepoint: when the worker's feed tick is tagging the same items right now, its
    tags win and this build uses what is committed.
    """
    try:
        with session.begin_nested():
            return ready_items(session, settings, now, always_group=False).items_seen
    except DBAPIError:
        return 0


def _news_since(session: Session, moment: datetime) -> bool:
    return session.scalar(select(Story.id).where(Story.updated_at > moment).limit(1)) is not None


def start(factory: sessionmaker[Session], settings: Settings, edition_id: int,
          queue: SendQueue, *, now: datetime | None = None) -> int:
    """Release the buckets whose local hour has come, snapshot the ledger (or recover it
    after a crash) and hand every pending batch to `queue`; how many were handed.

    Batches are handed page by page as the snapshot commits, so workers send while it
    goes on.  Safe to run again at any time: a batch handed twice is sent once.
    """
    now = now or utcnow()
    with factory() as session, session.begin():
        ledger.release_due(session, now, edition_id)
    handed = 0

    def hand(batch_id: int) -> None:
        nonlocal handed
        queue.send_batch(batch_id, edition_id)
        handed += 1

    lease = timedelta(seconds=settings.send_claim_lease)
    for batch_id in prepare_send(factory, edition_id, batch_size(settings), lease=lease,
                                 on_batch=hand, now=now):
        hand(batch_id)
    finish(factory, edition_id)
    return handed


def hand_over(factory: sessionmaker[Session], edition_id: int) -> bool:
    """Take a ready edition for sending (it becomes sending); False when someone else took
    it first.  The send tick calls it before queuing `start`, so a second tick or beat
    does not start the same edition again; a start lost on the way is found stalled."""
    with factory() as session, session.begin():
        return ledger.begin_send(session, edition_id)


check_sendable = ledger.check_sendable


def pause(session: Session, edition: Edition, *, actor: str | None = None) -> None:
    """Stop the next batch from being claimed (batches being sent finish)."""
    ledger.pause(edition)
    _audit(session, actor, "pause", edition.id)


def reopen(session: Session, edition: Edition, *, actor: str | None = None) -> int:
    """Make a paused edition sendable again, its failed batches pending; how many
    batches were reopened.  `start` (or `resume`) then sends them."""
    reopened = ledger.resume(session, edition)
    _audit(session, actor, "resume", edition.id, {"reopened": reopened} if reopened else {})
    return reopened


def resume(factory: sessionmaker[Session], settings: Settings, edition_id: int,
           queue: SendQueue, *, actor: str | None = None) -> int:
    """`reopen` then `start`: carry on with a paused edition; how many failed batches
    were reopened."""
    with factory() as session, session.begin():
        edition = session.get(Edition, edition_id, with_for_update=True)
        if edition is None:
            raise LookupError(f"no edition {edition_id}")
        reopened = reopen(session, edition, actor=actor)
    start(factory, settings, edition_id, queue)
    return reopened


def finish(factory: sessionmaker[Session], edition_id: int) -> SendReport:
    """Mark the edition sent when nothing is left open; its batches by status."""
    return finish_if_done(factory, edition_id)


def wait(factory: sessionmaker[Session], edition_id: int, *, timeout: float,
         on_stall: Callable[[], object] | None = None, stall_after: float = 30.0,
         interval: float = 0.2,
         on_poll: Callable[[EditionProgress], object] | None = None) -> EditionProgress:
    """Poll the ledger until the edition is settled (sent, paused, skipped, or only
    waiting for its readers' local time) or `timeout` passes.

    `on_stall` runs when nothing moved for `stall_after` seconds while work is open
    (e.g. a worker died: `queue.restart` re-queues its batches after their lease).
    """
    deadline = time.monotonic() + timeout
    stall = StallClock(stall_after)
    while True:
        with snapshot(factory) as session:  # status and batches of one moment
            state = read_progress(session, edition_id)
        if on_poll is not None:
            on_poll(state)
        if state.settled or time.monotonic() > deadline:
            return state
        if stall.stalled((state.status, tuple(sorted(state.batches.items())))) \
                and on_stall is not None:
            on_stall()
        time.sleep(interval)


def _audit(session: Session, actor: str | None, action: str, edition_id: int,
           detail: dict[str, object] | None = None) -> None:
    if actor:
        session.add(AuditEntry(actor=actor, action=action, subject_type="edition",
                               subject_id=edition_id, detail=detail or {}))
