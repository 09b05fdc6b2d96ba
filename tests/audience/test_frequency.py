"""Weekly readers get one edition a week; daily readers every one."""

from datetime import datetime, timedelta

from sqlalchemy import select

from digest.audience.active import active_condition
from digest.audience.frequency import takes_edition
from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.models import BatchStatus, Delivery, Edition, Membership, Subscriber, utcnow
from digest.runtime import Runtime


def _takers(rt: Runtime, list_id: int, at: datetime) -> list[str]:
    from digest.models import MailingList

    with rt.sessions() as session:
        ml = session.get(MailingList, list_id)
        assert ml is not None
        return list(session.scalars(
            select(Subscriber.email).join(Membership, Membership.subscriber_id == Subscriber.id)
            .where(active_condition(ml), takes_edition(ml, at))
            .order_by(Subscriber.email)))


def test_a_weekly_reader_skips_editions_until_a_week_has_passed(rt: Runtime) -> None:
    now = utcnow()
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria")
        subscribe(session, ml.id, "daily@example.org")
        weekly = subscribe(session, ml.id, "weekly@example.org")
        weekly.frequency = "weekly"
        sent = Edition(list_id=ml.id, slot="monday", subject="x", created_at=now)
        session.add(sent)
        session.flush()
        for membership in (weekly,):
            session.add(Delivery(edition_id=sent.id, subscriber_id=membership.subscriber_id,
                                 email="weekly@example.org", status=BatchStatus.SENT,
                                 sent_at=now))
        list_id = ml.id
    assert _takers(rt, list_id, now + timedelta(days=1)) == ["daily@example.org"]
    assert _takers(rt, list_id, now + timedelta(days=7)) == [
        "daily@example.org", "weekly@example.org"]
