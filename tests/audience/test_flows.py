from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience import tokens
from digest.audience.active import is_active
from digest.audience.flows import (
    AddressSuppressed,
    confirm,
    membership_for_token,
    request_subscription,
    token_for,
    unsubscribe,
    unsubscribe_one_click,
)
from digest.audience.subscribers import email_hash, subscribe
from digest.audience.tokens import BadToken
from digest.audience.transitions import TransitionRefused
from digest.models import AuditEntry, MailingList, MembershipStatus, Subscriber, Suppression
from tests.audience.conftest import SECRET

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _token(session: Session, purpose: str, email: str, list_id: int, at: datetime = NOW) -> str:
    subscriber = session.scalar(select(Subscriber).where(Subscriber.email_key == email))
    assert subscriber is not None
    membership = next(m for m in subscriber.memberships if m.list_id == list_id)
    return token_for(SECRET, purpose, membership, subscriber, now=at.timestamp())


def test_double_opt_in_waits_for_the_link_then_activates(session: Session,
                                                         free_list: MailingList) -> None:
    result = request_subscription(session, free_list, "Rana@Example.org", now=NOW)
    assert result.needs_confirmation and result.status == MembershipStatus.PENDING
    assert not is_active(session, free_list, result.membership.subscriber_id)
    token = _token(session, tokens.CONFIRM, "rana@example.org", free_list.id)
    confirm(session, SECRET, token, now=NOW + timedelta(hours=1))
    assert is_active(session, free_list, result.membership.subscriber_id)
    subscriber = session.get(Subscriber, result.membership.subscriber_id)
    assert subscriber is not None and subscriber.confirmed_at == NOW + timedelta(hours=1)


def test_a_confirmation_link_expires(session: Session, free_list: MailingList) -> None:
    request_subscription(session, free_list, "late@example.org", now=NOW)
    token = _token(session, tokens.CONFIRM, "late@example.org", free_list.id)
    with pytest.raises(BadToken, match="expired"):
        confirm(session, SECRET, token, max_age=3600, now=NOW + timedelta(hours=2))


def test_a_single_opt_in_list_activates_at_once(session: Session) -> None:
    from digest.audience.lists import create_list

    open_list = create_list(session, "Open", double_opt_in=False)
    result = request_subscription(session, open_list, "quick@example.org")
    assert result.status == MembershipStatus.ACTIVE and not result.needs_confirmation


def test_resubscribing_after_unsubscribing_needs_a_new_confirmation(
    session: Session, free_list: MailingList,
) -> None:
    subscribe(session, free_list.id, "back@example.org", status=MembershipStatus.UNSUBSCRIBED)
    result = request_subscription(session, free_list, "back@example.org")
    assert result.status == MembershipStatus.PENDING and result.needs_confirmation


def test_an_old_confirmation_link_cannot_undo_an_unsubscribe(
    session: Session, free_list: MailingList,
) -> None:
    request_subscription(session, free_list, "changed@example.org", now=NOW)
    token = _token(session, tokens.CONFIRM, "changed@example.org", free_list.id)
    unsubscribe(session, SECRET, _token(session, tokens.UNSUBSCRIBE, "changed@example.org",
                                        free_list.id))
    with pytest.raises(TransitionRefused):
        confirm(session, SECRET, token, now=NOW)


def test_a_suppressed_address_cannot_subscribe(session: Session, free_list: MailingList) -> None:
    session.add(Suppression(email_hash=email_hash("blocked@example.org"), reason="complaint"))
    with pytest.raises(AddressSuppressed):
        request_subscription(session, free_list, "Blocked@example.org")
    assert session.scalar(select(Subscriber)) is None


def test_a_tampered_token_is_refused(session: Session, free_list: MailingList) -> None:
    subscribe(session, free_list.id, "a@example.org")
    token = _token(session, tokens.UNSUBSCRIBE, "a@example.org", free_list.id)
    body, _, signature = token.rpartition(".")
    forged = body + "." + ("A" if signature[0] != "A" else "B") + signature[1:]
    with pytest.raises(BadToken):
        unsubscribe(session, SECRET, forged)
    with pytest.raises(BadToken):
        unsubscribe(session, "another-secret", token)


def test_a_token_for_one_purpose_does_not_work_for_another(
    session: Session, free_list: MailingList,
) -> None:
    request_subscription(session, free_list, "p@example.org")
    unsubscribe_token = _token(session, tokens.UNSUBSCRIBE, "p@example.org", free_list.id)
    with pytest.raises(BadToken):
        confirm(session, SECRET, unsubscribe_token)


def test_a_token_stops_working_when_the_address_changes(
    session: Session, free_list: MailingList,
) -> None:
    membership = subscribe(session, free_list.id, "old@example.org")
    token = _token(session, tokens.UNSUBSCRIBE, "old@example.org", free_list.id)
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert subscriber is not None
    subscriber.email = subscriber.email_key = "new@example.org"
    subscriber.email_hash = email_hash("new@example.org")
    with pytest.raises(BadToken):
        membership_for_token(session, SECRET, tokens.UNSUBSCRIBE, token)


def test_an_unsubscribe_link_made_long_ago_still_works(
    session: Session, free_list: MailingList,
) -> None:
    subscribe(session, free_list.id, "loyal@example.org")
    token = _token(session, tokens.UNSUBSCRIBE, "loyal@example.org", free_list.id,
                   at=NOW - timedelta(days=900))
    assert unsubscribe(session, SECRET, token).status == MembershipStatus.UNSUBSCRIBED


def test_one_click_post_exactly_as_gmail_sends_it(session: Session, free_list: MailingList
                                                  ) -> None:
    membership = subscribe(session, free_list.id, "gmail@example.org")
    token = _token(session, tokens.UNSUBSCRIBE, "gmail@example.org", free_list.id)
    result = unsubscribe_one_click(session, SECRET, token, b"List-Unsubscribe=One-Click")
    assert result.ok and result.status_code == 200
    assert membership.status == MembershipStatus.UNSUBSCRIBED
    assert not is_active(session, free_list, membership.subscriber_id)
    audit = session.scalars(select(AuditEntry).where(AuditEntry.subject_id == membership.id)
                            .order_by(AuditEntry.id)).all()
    assert audit[-1].actor == "subscriber" and audit[-1].detail["to"] == "unsubscribed"
    # Gmail may retry: a second POST is still a success and changes nothing.
    assert unsubscribe_one_click(session, SECRET, token,
                                 {"List-Unsubscribe": "One-Click"}).status_code == 200


@pytest.mark.parametrize("body", [b"", b"List-Unsubscribe=Yes", b"unsubscribe=1",
                                  b"List-Unsubscribe=One-Click&extra=1"])
def test_one_click_refuses_any_other_body(session: Session, free_list: MailingList,
                                          body: bytes) -> None:
    membership = subscribe(session, free_list.id, "keep@example.org")
    token = _token(session, tokens.UNSUBSCRIBE, "keep@example.org", free_list.id)
    assert unsubscribe_one_click(session, SECRET, token, body).status_code == 400
    assert membership.status == MembershipStatus.ACTIVE


def test_one_click_with_a_forged_token_changes_nothing(session: Session,
                                                       free_list: MailingList) -> None:
    membership = subscribe(session, free_list.id, "safe@example.org")
    result = unsubscribe_one_click(session, SECRET, "forged.token",
                                   b"List-Unsubscribe=One-Click")
    assert result.status_code == 404
    assert membership.status == MembershipStatus.ACTIVE
