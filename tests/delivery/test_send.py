import email
from email import policy
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
        body = m.get_body(("plain",)).get_content()
        assert "-name-" not in body and "-unsubscribe_url-" not in body
        assert m["List-Unsubscribe"].startswith("<https://digest.example.org/unsubscribe/")


class _FailingTransport:
    name = "failing"
    max_batch = 1000

    def __init__(self, permanent: bool) -> None:
        self.permanent = permanent
        self.calls = 0

    def send(self, message: Message, recipients: list[Recipient]) -> SendResult:
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
