from sqlalchemy import select

from digest.audience.active import active_members, count_active
from digest.audience.lists import create_list
from digest.audience.subscribers import email_hash, subscribe
from digest.models import BillingStatus, MembershipStatus, Subscriber, Suppression
from digest.runtime import Runtime

EVERYONE = [
    ("active@example.org", MembershipStatus.ACTIVE),
    ("pending@example.org", MembershipStatus.PENDING),
    ("unsubscribed@example.org", MembershipStatus.UNSUBSCRIBED),
    ("bounced@example.org", MembershipStatus.BOUNCED),
    ("complained@example.org", MembershipStatus.COMPLAINED),
    ("lapsed@example.org", MembershipStatus.LAPSED),
    ("suppressed@example.org", MembershipStatus.ACTIVE),
    ("pastdue@example.org", MembershipStatus.ACTIVE),
]


def _fill(rt: Runtime, *, paid: bool) -> int:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria", is_paid=paid)
        for email, status in EVERYONE:
            subscribe(session, ml.id, email, status=status)
        session.add(Suppression(email_hash=email_hash("Suppressed@Example.org"), reason="test"))
        past_due = session.scalar(
            select(Subscriber).where(Subscriber.email_key == "pastdue@example.org"))
        assert past_due is not None
        past_due.billing_status = BillingStatus.PAST_DUE
        return ml.id


def _active_emails(rt: Runtime, list_id: int) -> list[str]:
    from digest.models import MailingList

    with rt.sessions() as session:
        ml = session.get(MailingList, list_id)
        assert ml is not None
        emails = [row.email for row in session.execute(active_members(ml))]
        assert count_active(session, ml) == len(emails)
        return emails


def test_only_active_unsuppressed_members_receive_a_free_list(rt: Runtime) -> None:
    list_id = _fill(rt, paid=False)
    assert _active_emails(rt, list_id) == ["active@example.org", "pastdue@example.org"]


def test_a_paid_list_also_needs_current_billing(rt: Runtime) -> None:
    list_id = _fill(rt, paid=True)
    assert _active_emails(rt, list_id) == ["active@example.org"]


def test_addresses_are_unique_case_insensitively(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria")
        subscribe(session, ml.id, "Rana@Example.org")
        subscribe(session, ml.id, "rana@example.org")
        assert len(list(session.scalars(select(Subscriber)))) == 1
