import csv
import io

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience.active import count_active
from digest.audience.export import write_export
from digest.audience.flows import AddressSuppressed, request_subscription
from digest.audience.importing.bulk import import_lines
from digest.audience.privacy import describe, forget
from digest.audience.subscribers import find_subscriber, subscribe
from digest.models import AuditEntry, MailingList, Membership, MembershipStatus


def test_the_export_has_every_member_with_status_and_is_formula_safe(
    session: Session, free_list: MailingList,
) -> None:
    subscribe(session, free_list.id, "ana@example.org", name="=HYPERLINK(\"x\")")
    subscribe(session, free_list.id, "bob@example.org", name="+1 bob",
              status=MembershipStatus.UNSUBSCRIBED)
    subscribe(session, free_list.id, "-dash@example.org", name="@home")
    out = io.StringIO()
    assert write_export(session, free_list, out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["email"], r["name"], r["status"]) for r in rows] == [
        ("ana@example.org", "'=HYPERLINK(\"x\")", "active"),
        ("bob@example.org", "'+1 bob", "unsubscribed"),
        ("'-dash@example.org", "'@home", "active"),
    ]


def test_an_export_imports_back_with_the_same_statuses(
    session: Session, free_list: MailingList, paid_list: MailingList,
) -> None:
    for n, status in enumerate(MembershipStatus):
        if status != MembershipStatus.LAPSED:
            subscribe(session, free_list.id, f"p{n}@example.org", status=status)
    out = io.StringIO()
    write_export(session, free_list, out)
    out.seek(0)
    report = import_lines(session, paid_list, out)
    assert report.problems == []
    before = dict(session.execute(select(Membership.subscriber_id, Membership.status)
                                  .where(Membership.list_id == free_list.id)).all())
    after = dict(session.execute(select(Membership.subscriber_id, Membership.status)
                                 .where(Membership.list_id == paid_list.id)).all())
    assert before == after
    assert count_active(session, paid_list) == count_active(session, free_list) == 1


def test_show_lists_everything_stored_about_a_person(session: Session,
                                                    free_list: MailingList) -> None:
    subscribe(session, free_list.id, "Rana@example.org", name="Rana")
    found = describe(session, "rana@EXAMPLE.org")
    assert found is not None
    assert found["name"] == "Rana" and found["memberships"][0]["status"] == "active"
    assert found["history"][0]["detail"]["to"] == "active"
    assert describe(session, "nobody@example.org") is None


def test_forget_erases_the_person_but_never_mails_them_again(
    session: Session, free_list: MailingList,
) -> None:
    membership = subscribe(session, free_list.id, "Rana@example.org", name="Rana")
    assert forget(session, "rana@example.org")
    assert find_subscriber(session, "rana@example.org") is None
    assert session.scalar(select(Membership)) is None
    assert describe(session, "rana@example.org") == {"suppressed": "erased on request"}
    assert count_active(session, free_list) == 0
    with pytest.raises(AddressSuppressed):
        request_subscription(session, free_list, "rana@example.org")
    report = import_lines(session, free_list, io.StringIO("email\nrana@example.org\n"))
    assert report.new_subscribers == 0
    erased = session.scalar(select(AuditEntry).where(AuditEntry.action == "erased"))
    assert erased is not None and "rana" not in str(erased.detail).lower()
    kept = session.scalars(select(AuditEntry).where(AuditEntry.subject_id == membership.id))
    assert all("rana" not in str(entry.detail).lower() for entry in kept)
