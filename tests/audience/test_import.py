import io
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digest.audience.active import active_members, count_active
from digest.audience.importing.bulk import ImportReport, import_lines
from digest.audience.importing.formats import Format, UnknownFormat
from digest.audience.subscribers import email_hash, find_subscriber, subscribe
from digest.models import (
    AuditEntry,
    BillingStatus,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
    Suppression,
)
from tests.audience.conftest import DATA


def _import(session: Session, ml: MailingList, name: str, **options: object) -> ImportReport:
    with (DATA / name).open(encoding="utf-8-sig", newline="") as handle:
        return import_lines(session, ml, handle, **options)  # type: ignore[arg-type]


def _statuses(session: Session, ml: MailingList) -> dict[str, str]:
    return dict(session.execute(
        select(Subscriber.email_key, Membership.status).join(Membership)
        .where(Membership.list_id == ml.id)).all())


def _active(session: Session, ml: MailingList) -> list[str]:
    emails = [row.email for row in session.execute(active_members(ml))]
    assert count_active(session, ml) == len(emails)  # counts match the send path
    return emails


def test_a_mailchimp_audience_imports_with_broken_rows_reported(
    session: Session, free_list: MailingList,
) -> None:
    report = _import(session, free_list, "mailchimp_subscribed.csv")
    assert report.format == Format.MAILCHIMP
    assert [p.number for p in report.problems] == [4, 7]  # not-an-address, empty address
    assert report.duplicates == 1
    assert _active(session, free_list) == [
        "rana.haddad@example.org", "Tom.Baker@example.org", "leila@example.org",
        "=cmd@example.org"]
    rana = find_subscriber(session, "rana.haddad@example.org")
    assert rana is not None and rana.name == "Rana Haddad" and rana.timezone == "Asia/Damascus"
    assert rana.attributes["MEMBER_RATING"] == "4" and rana.confirmed_at is not None
    leila = find_subscriber(session, "leila@example.org")
    assert leila is not None and leila.timezone == "UTC"  # an unknown zone is not kept


def test_mailchimp_unsubscribed_and_cleaned_exports_are_honoured(
    session: Session, free_list: MailingList,
) -> None:
    _import(session, free_list, "mailchimp_subscribed.csv")
    report = _import(session, free_list, "mailchimp_unsubscribed.csv")
    assert report.changed == {"active -> unsubscribed": 1}
    _import(session, free_list, "mailchimp_cleaned.csv")
    statuses = _statuses(session, free_list)
    assert statuses["tom.baker@example.org"] == "unsubscribed"
    assert statuses["sam@example.org"] == "unsubscribed"
    assert statuses["gone@example.org"] == "bounced"
    # Importing the subscribed file again never turns them back into active.
    _import(session, free_list, "mailchimp_subscribed.csv")
    assert _statuses(session, free_list)["tom.baker@example.org"] == "unsubscribed"
    transitions = session.scalars(select(AuditEntry).where(AuditEntry.actor == "import")).all()
    assert len(transitions) == len(statuses) + 1  # one per new member, one for Tom leaving


def test_a_listmonk_export_maps_statuses_and_attributes(session: Session,
                                                        free_list: MailingList) -> None:
    report = _import(session, free_list, "listmonk.csv")
    assert report.format == Format.LISTMONK
    assert {p.number: p.reason for p in report.problems} == {
        5: "attributes is not valid JSON", 6: "unknown listmonk status 'sleeping'"}
    assert _statuses(session, free_list) == {"nour@example.org": "active",
                                             "blocked@example.org": "unsubscribed",
                                             "quiet@example.org": "unsubscribed"}
    nour = find_subscriber(session, "nour@example.org")
    assert nour is not None and nour.attributes["city"] == "Aleppo"


def test_substack_paying_members_are_active_on_a_paid_list(session: Session,
                                                           paid_list: MailingList) -> None:
    report = _import(session, paid_list, "substack.csv")
    assert report.format == Format.SUBSTACK
    assert [p.number for p in report.problems] == [5, 6]
    assert _active(session, paid_list) == ["paying@example.org"]
    statuses = _statuses(session, paid_list)
    assert statuses["free@example.org"] == "lapsed"
    assert statuses["optedout@example.org"] == "unsubscribed"
    payer = find_subscriber(session, "paying@example.org")
    assert payer is not None and payer.billing_status == BillingStatus.CURRENT
    assert payer.paid_through is not None and payer.paid_through.year == 2030


def test_a_plain_csv_with_bom_keeps_every_good_row(session: Session,
                                                   free_list: MailingList) -> None:
    report = _import(session, free_list, "plain_bom.csv")
    assert report.format == Format.PLAIN
    assert [(p.number, p.reason) for p in report.problems] == [(7, "unknown status 'sideways'")]
    assert _statuses(session, free_list) == {
        "ana@example.org": "unsubscribed",  # a duplicate row said so: the stricter status wins
        "bob@example.org": "unsubscribed", "carla@example.org": "complained",
        "dan@example.org": "bounced", "eve@example.org": "pending", "gus@example.org": "active",
    }
    gus = find_subscriber(session, "gus@example.org")
    assert gus is not None and gus.name == "Gus, Jr." and gus.attributes == {"city": "Hama"}


def test_a_dry_run_reports_and_writes_nothing(session: Session, free_list: MailingList) -> None:
    report = _import(session, free_list, "plain_bom.csv", dry_run=True)
    assert report.new_subscribers == 6 and report.statuses["active"] == 1
    assert session.scalar(select(func.count()).select_from(Subscriber)) == 0


def test_confirm_asks_imported_addresses_to_confirm_again(session: Session,
                                                          free_list: MailingList) -> None:
    _import(session, free_list, "plain_bom.csv", reconfirm=True)
    assert _statuses(session, free_list)["gus@example.org"] == "pending"
    assert _active(session, free_list) == []


def test_an_unsubscribe_here_outlives_an_import_and_suppressed_addresses_stay_out(
    session: Session, free_list: MailingList,
) -> None:
    subscribe(session, free_list.id, "gus@example.org", status=MembershipStatus.UNSUBSCRIBED)
    session.add(Suppression(email_hash=email_hash("eve@example.org"), reason="erased"))
    report = _import(session, free_list, "plain_bom.csv")
    assert _statuses(session, free_list)["gus@example.org"] == "unsubscribed"
    assert any("suppressed" in p.reason for p in report.problems)
    assert find_subscriber(session, "eve@example.org") is None


def test_a_file_without_an_email_column_is_refused(session: Session,
                                                   free_list: MailingList) -> None:
    with pytest.raises(UnknownFormat):
        import_lines(session, free_list, io.StringIO("name,city\nAna,Homs\n"))


def test_a_large_file_imports_in_bulk(session: Session, free_list: MailingList,
                                      tmp_path: Path) -> None:
    lines = ["email,name"] + [f"user{n}@example.org,User {n}" for n in range(2500)]
    report = import_lines(session, free_list, io.StringIO("\n".join(lines)))
    assert report.new_memberships == 2500
    assert count_active(session, free_list) == 2500
