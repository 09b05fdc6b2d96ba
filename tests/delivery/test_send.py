import email
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import func, select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.delivery.send import send_batch, send_edition_in_process
from digest.delivery.transports.base import Message, Recipient, SendResult, TransportError
from digest.delivery.transports.outbox import OutboxTransport
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    Edition,
    EditionStatus,
    MembershipStatus,
)
from digest.runtime import Runtime


def _edition(rt: Runtime, active: int, inactive: int = 0) -> int:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        for n in range(active):
            subscribe(session, ml.id, f"reader{n}@example.org", name=f"Reader {n}")
        for n in range(inactive):
            subscribe(session, ml.id, f"gone{n}@example.org", status=MembershipStatus.UNSUBSCRIBED)
        edition = Edition(list_id=ml.id, slot="2026-11-25", subject="Aleppo falls",
                          html="<p>Hi -name-, <a href='-unsubscribe_url-'>unsubscribe</a></p>",
                          text="Hi -name-\nUnsubscribe: -unsubscribe_url-")
        session.add(edition)
        session.flush()
        return edition.id


def _outbox_recipients(folder: Path) -> list[str]:
    return sorted(
        email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0].addr_spec
        for p in folder.glob("*.eml")
    )


def test_it_sends_once_to_each_active_member_and_to_nobody_else(rt: Runtime) -> None:
    edition_id = _edition(rt, active=5, inactive=3)
    outbox = rt.settings.data_dir / "outbox"
    settings = rt.settings.model_copy(update={"send_batch_size": 2})
    report = send_edition_in_process(rt.sessions, edition_id, OutboxTransport(outbox), settings)
    assert report.status == EditionStatus.SENT and report.sent_now == 5
    assert report.batches == {"sent": 3}
    assert _outbox_recipients(outbox) == [f"reader{n}@example.org" for n in range(5)]
    again = send_edition_in_process(rt.sessions, edition_id, OutboxTransport(outbox), settings)
    assert again.sent_now == 0
    assert len(list(outbox.glob("*.eml"))) == 5


def test_each_copy_is_personalised_with_its_own_unsubscribe_link(rt: Runtime) -> None:
    edition_id = _edition(rt, active=2)
    outbox = rt.settings.data_dir / "outbox"
    send_edition_in_process(rt.sessions, edition_id, OutboxTransport(outbox), rt.settings)
    messages = [email.message_from_bytes(p.read_bytes(), policy=policy.default)
                for p in sorted(outbox.glob("*.eml"))]
    links = {m["List-Unsubscribe"] for m in messages}
    assert len(links) == 2
    for m in messages:
        assert m["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        part = m.get_body(("plain",))
        assert part is not None
        body = part.get_content()
        assert "-name-" not in body and "-unsubscribe_url-" not in body
        # Folded headers keep the folding space; it is not part of the value.
        assert m["List-Unsubscribe"].strip().startswith("<https://digest.example.org/unsubscribe/")


class _FailingTransport:
    name = "failing"
    max_batch = 1000

    def __init__(self, permanent: bool) -> None:
        self.permanent = permanent
        self.calls = 0

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        self.calls += 1
        raise TransportError("HTTP 400: bad request", permanent=self.permanent)

    def close(self) -> None:
        pass


def test_a_permanent_failure_marks_the_batch_failed_and_pauses_the_edition(rt: Runtime) -> None:
    edition_id = _edition(rt, active=6)
    settings = rt.settings.model_copy(update={"send_batch_size": 1})
    transport = _FailingTransport(permanent=True)
    report = send_edition_in_process(rt.sessions, edition_id, transport, settings)
    assert report.status == EditionStatus.PAUSED
    assert report.batches.get("failed") == 3 and report.batches.get("pending") == 3
    assert transport.calls == 3


def test_a_claimed_batch_is_not_sent_by_a_second_worker(rt: Runtime) -> None:
    edition_id = _edition(rt, active=1)
    outbox = OutboxTransport(rt.settings.data_dir / "outbox")
    from digest.delivery.send import prepare_send

    (batch_id,) = prepare_send(rt.sessions, edition_id, 1000)
    assert send_batch(rt.sessions, batch_id, outbox, rt.settings, worker="a") == 1
    assert send_batch(rt.sessions, batch_id, outbox, rt.settings, worker="b") == 0
    with rt.sessions() as session:
        batch = session.get(DeliveryBatch, batch_id)
        assert batch is not None and batch.status == BatchStatus.SENT
        assert session.scalar(select(func.count()).select_from(Delivery)) == 1


class _FlakyTransport:
    """Refuses the first `failures` sends with the given error, then accepts."""

    name = "flaky"
    max_batch = 1000

    def __init__(self, error: TransportError, failures: int) -> None:
        self.error, self.failures = error, failures
        self.delivered: list[str] = []

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        if self.failures:
            self.failures -= 1
            raise self.error
        self.delivered.extend(r.email for r in recipients)
        return SendResult("msg-1", len(recipients))

    def close(self) -> None:
        pass


def test_a_rate_limited_batch_waits_as_asked_and_is_sent_once(rt: Runtime) -> None:
    edition_id = _edition(rt, active=3)
    transport = _FlakyTransport(TransportError("429", permanent=False, retry_after=7), 2)
    waits: list[float] = []
    report = send_edition_in_process(rt.sessions, edition_id, transport, rt.settings,
                                     sleep=waits.append)
    assert waits == [7, 7]
    assert report.status == EditionStatus.SENT
    assert sorted(transport.delivered) == [f"reader{n}@example.org" for n in range(3)]


def test_server_errors_back_off_exponentially_within_the_cap(rt: Runtime) -> None:
    edition_id = _edition(rt, active=1)
    transport = _FlakyTransport(TransportError("503", permanent=False), 5)
    waits: list[float] = []
    settings = rt.settings.model_copy(update={"send_max_retry_wait": 6.0})
    send_edition_in_process(rt.sessions, edition_id, transport, settings, sleep=waits.append)
    assert len(waits) == 5 and waits[-1] <= 6.0
    assert waits[0] <= 1.0 and waits[3] >= 4.0  # 2^3 * (0.5..1)
    assert transport.delivered == ["reader0@example.org"]


def test_a_request_without_an_answer_is_never_resent(rt: Runtime) -> None:
    edition_id = _edition(rt, active=2)
    transport = _FlakyTransport(
        TransportError("read timeout", permanent=False, maybe_delivered=True), 1)
    report = send_edition_in_process(rt.sessions, edition_id, transport, rt.settings,
                                     sleep=lambda _: None)
    assert report.batches == {"uncertain": 1}
    assert transport.delivered == []
    with rt.sessions() as session:
        statuses = set(session.scalars(select(Delivery.status)))
    assert statuses == {"uncertain"}


def test_someone_who_leaves_after_the_snapshot_is_skipped(rt: Runtime) -> None:
    from digest.audience.subscribers import find_subscriber, set_status
    from digest.delivery.send import prepare_send
    from digest.models import Membership

    edition_id = _edition(rt, active=3)
    (batch_id,) = prepare_send(rt.sessions, edition_id, 1000)
    with rt.sessions() as session, session.begin():
        leaver = find_subscriber(session, "reader1@example.org")
        assert leaver is not None
        membership = session.scalars(
            select(Membership).where(Membership.subscriber_id == leaver.id)).one()
        set_status(session, membership, MembershipStatus.UNSUBSCRIBED, actor="subscriber")
    transport = _FlakyTransport(TransportError("", permanent=False), 0)
    assert send_batch(rt.sessions, batch_id, transport, rt.settings) == 2
    assert sorted(transport.delivered) == ["reader0@example.org", "reader2@example.org"]
    with rt.sessions() as session:
        by_email = {e: s for e, s in session.execute(select(Delivery.email, Delivery.status))}
    assert by_email["reader1@example.org"] == "skipped"


def test_people_who_join_mid_send_wait_for_the_next_edition(rt: Runtime) -> None:
    from digest.delivery.send import prepare_send
    from digest.models import MailingList

    edition_id = _edition(rt, active=4)
    queued: list[int] = []
    with rt.sessions() as session, session.begin():
        edition = session.get(Edition, edition_id)
        assert edition is not None
        ml = session.get(MailingList, edition.list_id)
        assert ml is not None
        from digest.delivery import ledger

        assert ledger.snapshot_page(session, edition, ml, 2)[0] == 2  # the bound is now fixed
        subscribe(session, ml.id, "latecomer@example.org")
    rest = prepare_send(rt.sessions, edition_id, 2, on_batch=queued.append)
    assert len(queued) == 1 and rest == [b for b in rest if b not in queued]
    with rt.sessions() as session:
        emails = set(session.scalars(select(Delivery.email)))
    assert len(emails) == 4 and "latecomer@example.org" not in emails


def test_a_stale_claim_is_taken_back_and_a_stale_send_is_reported(rt: Runtime) -> None:
    from datetime import timedelta

    from digest.delivery import ledger
    from digest.delivery.send import prepare_send
    from digest.models import utcnow

    edition_id = _edition(rt, active=2)
    first, second = prepare_send(rt.sessions, edition_id, 1)
    with rt.sessions() as session, session.begin():
        assert ledger.claim_batch(session, first, "dead-worker")
        assert ledger.claim_batch(session, second, "dead-worker")
        assert ledger.mark_sending(session, second, "dead-worker")
    soon = utcnow() + timedelta(seconds=5)
    with rt.sessions() as session, session.begin():
        assert ledger.recover_stale(session, edition_id, soon, lease=timedelta(seconds=10)) \
            == (0, 0)
        assert ledger.recover_stale(session, edition_id, soon, lease=timedelta(seconds=1)) \
            == (1, 1)
    with rt.sessions() as session:
        assert ledger.batch_counts(session, edition_id) == {"pending": 1, "uncertain": 1}


def test_a_worker_that_lost_its_claim_cannot_hand_the_batch_out_again(rt: Runtime) -> None:
    # The slow worker's lease ran out while it waited on the rate limiter; recovery gave
    # the batch to a second worker, now sending it. The first one's release changes nothing.
    from datetime import timedelta

    from digest.delivery import ledger
    from digest.delivery.send import prepare_send
    from digest.models import utcnow

    edition_id = _edition(rt, active=1)
    [batch] = prepare_send(rt.sessions, edition_id, 1)
    with rt.sessions() as session, session.begin():
        assert ledger.claim_batch(session, batch, "slow-worker")
    with rt.sessions() as session, session.begin():
        ledger.recover_stale(session, edition_id, utcnow() + timedelta(seconds=5),
                             lease=timedelta(seconds=1))
        assert ledger.claim_batch(session, batch, "second-worker")
        assert ledger.mark_sending(session, batch, "second-worker")
    with rt.sessions() as session, session.begin():
        assert not ledger.release_batch(session, batch, "rate limiter unavailable",
                                        permanent=False, worker="slow-worker")
    with rt.sessions() as session:
        assert ledger.batch_counts(session, edition_id) == {"sending": 1}


def test_a_name_never_becomes_markup_in_the_html_copy(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Escapes")
        subscribe(session, ml.id, "mallory@example.org", name='<img src=x onerror="alert(1)">')
        edition = Edition(list_id=ml.id, slot="s", subject="S", html="<p>Hi -name-</p>",
                          text="Hi -name-")
        session.add(edition)
        session.flush()
        edition_id = edition.id
    outbox = rt.settings.data_dir / "outbox"
    send_edition_in_process(rt.sessions, edition_id, OutboxTransport(outbox), rt.settings)
    (path,) = outbox.glob("*.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    html = _part(message, "html")
    assert "<img" not in html and "&lt;img src=x" in html
    assert '<img src=x onerror="alert(1)">' in _part(message, "plain")


def test_a_reader_who_missed_editions_gets_the_longer_backstory(rt: Runtime) -> None:
    from datetime import timedelta

    from digest.models import Delivery, EditionVariant, Membership, utcnow

    now = utcnow()
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Variants")
        regular = subscribe(session, ml.id, "regular@example.org")
        newcomer = subscribe(session, ml.id, "newcomer@example.org")
        session.get(Membership, newcomer.id).created_at = now - timedelta(days=3)  # type: ignore[union-attr]
        before = Edition(list_id=ml.id, slot="s1", status=EditionStatus.SENT, subject="Old",
                         created_at=now - timedelta(days=1))
        session.add(before)
        session.flush()
        session.add(Delivery(edition_id=before.id, subscriber_id=regular.subscriber_id,
                             email="regular@example.org", status=BatchStatus.SENT,
                             sent_at=now - timedelta(days=1)))
        edition = Edition(list_id=ml.id, slot="s2", subject="New", created_at=now,
                          html="<p>BASE -name-</p>", text="BASE -name-")
        session.add(edition)
        session.flush()
        session.add(EditionVariant(edition_id=edition.id, key="7d",
                                   html="<p>LONG -name-</p>", text="LONG -name-"))
        edition_id = edition.id
    outbox = rt.settings.data_dir / "outbox"
    report = send_edition_in_process(rt.sessions, edition_id, OutboxTransport(outbox), rt.settings)
    assert report.sent_now == 2 and report.batches == {"sent": 2}
    bodies = {}
    for path in outbox.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        bodies[message["To"].addresses[0].addr_spec] = _part(message, "plain")
    assert bodies["regular@example.org"].startswith("BASE")
    assert bodies["newcomer@example.org"].startswith("LONG")


def _daily_and_weekly_reader(rt: Runtime, name: str, *editions_days_ago: int,
                             ) -> tuple[int, list[int]]:
    """A list with a daily and a weekly reader, and editions made that many days ago:
    (list id, edition ids)."""
    from datetime import timedelta

    from digest.models import Membership, utcnow

    now = utcnow()
    with rt.sessions() as session, session.begin():
        ml = create_list(session, name)
        subscribe(session, ml.id, "daily@example.org")
        weekly = subscribe(session, ml.id, "weekly@example.org")
        session.get(Membership, weekly.id).frequency = "weekly"  # type: ignore[union-attr]
        editions = [Edition(list_id=ml.id, slot=f"d{n}", subject=f"Edition {n}",
                            html=f"<p>{n}</p>", text=str(n), created_at=now - timedelta(days=d))
                    for n, d in enumerate(editions_days_ago, start=1)]
        session.add_all(editions)
        session.flush()
        return ml.id, [e.id for e in editions]


def test_a_weekly_reader_is_left_out_of_the_next_days_edition(rt: Runtime) -> None:
    _, ids = _daily_and_weekly_reader(rt, "Weekly", 1, 0)
    outbox = OutboxTransport(rt.settings.data_dir / "outbox")
    assert send_edition_in_process(rt.sessions, ids[0], outbox, rt.settings).sent_now == 2
    assert send_edition_in_process(rt.sessions, ids[1], outbox, rt.settings).sent_now == 1


def test_a_page_of_suppressed_members_does_not_end_the_snapshot_early(rt: Runtime) -> None:
    from digest.audience.subscribers import email_hash
    from digest.delivery.send import prepare_send
    from digest.models import Suppression

    edition_id = _edition(rt, active=6)
    with rt.sessions() as session, session.begin():
        for n in (2, 3):  # the whole second page of two
            session.add(Suppression(email_hash=email_hash(f"reader{n}@example.org"),
                                    reason="complained"))
    batch_ids = prepare_send(rt.sessions, edition_id, 2)
    with rt.sessions() as session:
        pages = [sorted(session.scalars(select(Delivery.email).where(Delivery.batch_id == b)))
                 for b in batch_ids]
        assert session.get(Edition, edition_id).snapshot_done  # type: ignore[union-attr]
    assert pages == [["reader0@example.org", "reader1@example.org"],
                     ["reader4@example.org", "reader5@example.org"]]


def _part(message: EmailMessage, kind: str) -> str:
    """The message's `kind` (html or plain) body."""
    part = message.get_body((kind,))
    assert part is not None, f"no {kind} part"
    return str(part.get_content())


def test_a_batch_whose_rate_limiter_is_unreachable_goes_back_to_pending(rt: Runtime) -> None:
    import pytest
    import redis

    from digest.delivery.ratelimit import make_limiter
    from digest.delivery.send import prepare_send
    from tests.services import free_port

    edition_id = _edition(rt, active=2)
    (batch_id,) = prepare_send(rt.sessions, edition_id, 1000)
    # The shared bucket lives in Redis; here nothing listens where it should be.
    limiter = make_limiter(10.0, f"redis://127.0.0.1:{free_port()}/0", "t:", 1000)
    outbox = rt.settings.data_dir / "outbox"
    with pytest.raises(redis.ConnectionError):
        send_batch(rt.sessions, batch_id, OutboxTransport(outbox), rt.settings, limiter=limiter)
    with rt.sessions() as session:
        batch = session.get(DeliveryBatch, batch_id)
        assert batch is not None and batch.status == BatchStatus.PENDING  # not held for a lease
    assert send_batch(rt.sessions, batch_id, OutboxTransport(outbox), rt.settings) == 2


def test_the_dry_run_count_leaves_out_a_weekly_reader_the_send_leaves_out(rt: Runtime) -> None:
    from digest.delivery.recipients import preview_recipients
    from digest.models import MailingList

    list_id, (first_id,) = _daily_and_weekly_reader(rt, "Weekly preview", 1)
    outbox = OutboxTransport(rt.settings.data_dir / "outbox")
    assert send_edition_in_process(rt.sessions, first_id, outbox, rt.settings).sent_now == 2
    with rt.sessions() as session:
        mailing_list = session.get(MailingList, list_id)
        assert mailing_list is not None
        preview = preview_recipients(session, mailing_list, batch_size=100)
    assert preview.total == 1 and [e for _, e, _ in preview.first] == ["daily@example.org"]


def test_a_batch_never_carries_more_readers_than_its_transport_takes(rt: Runtime) -> None:
    # DIGEST_SEND_BATCH_SIZE is 1000; a transport that takes two a send gets batches of two.
    class TwoAtATime(OutboxTransport):
        max_batch = 2

    edition_id = _edition(rt, active=5)
    outbox = rt.settings.data_dir / "outbox"
    report = send_edition_in_process(rt.sessions, edition_id, TwoAtATime(outbox), rt.settings)
    assert report.batches == {"sent": 3} and report.sent_now == 5
