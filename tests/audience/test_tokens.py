"""Lasting link tokens (unsubscribe, preferences) and links sent before they existed."""

import pytest
from sqlalchemy.orm import Session

from digest.audience import tokens
from digest.audience.flows import membership_for_token, unsubscribe
from digest.audience.subscribers import subscribe
from digest.audience.tokens import BadToken, TokenClaims
from digest.models import MailingList, MembershipStatus, Subscriber
from tests.audience.conftest import SECRET


def _claims(session: Session, list_id: int, email: str) -> TokenClaims:
    membership = subscribe(session, list_id, email)
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert subscriber is not None
    return TokenClaims(subscriber.id, list_id, subscriber.email_hash)


def test_a_lasting_link_names_the_member_without_revealing_the_address_hash(
    session: Session, free_list: MailingList,
) -> None:
    claims = _claims(session, free_list.id, "short@example.org")
    token = tokens.make_link_token(SECRET, tokens.UNSUBSCRIBE, claims)
    assert token.startswith(f"{claims.subscriber_id}.{free_list.id}.")
    assert claims.email_hash[:8] not in token
    assert len(token) < 40
    assert membership_for_token(session, SECRET, tokens.UNSUBSCRIBE, token).list_id == free_list.id


def test_an_unsubscribe_link_made_before_lasting_links_still_unsubscribes(
    session: Session, free_list: MailingList,
) -> None:
    claims = _claims(session, free_list.id, "old-email@example.org")
    sent_last_year = tokens.make_token(SECRET, tokens.UNSUBSCRIBE, claims)
    assert unsubscribe(session, SECRET, sent_last_year).status == MembershipStatus.UNSUBSCRIBED


def test_a_lasting_link_pointed_at_another_subscriber_is_refused(
    session: Session, free_list: MailingList,
) -> None:
    mine = _claims(session, free_list.id, "me@example.org")
    theirs = _claims(session, free_list.id, "them@example.org")
    token = tokens.make_link_token(SECRET, tokens.UNSUBSCRIBE, mine)
    edited = token.replace(f"{mine.subscriber_id}.", f"{theirs.subscriber_id}.", 1)
    with pytest.raises(BadToken):
        unsubscribe(session, SECRET, edited)


def test_an_unsubscribe_link_does_not_open_preferences(
    session: Session, free_list: MailingList,
) -> None:
    claims = _claims(session, free_list.id, "purpose@example.org")
    token = tokens.make_link_token(SECRET, tokens.UNSUBSCRIBE, claims)
    with pytest.raises(BadToken):
        membership_for_token(session, SECRET, tokens.PREFERENCES, token)


def test_expiring_purposes_never_get_a_lasting_token() -> None:
    with pytest.raises(ValueError, match="expire"):
        tokens.make_link_token(SECRET, tokens.CONFIRM, TokenClaims(1, 1, "ab" * 32))


def test_a_lasting_link_names_no_one_when_the_list_is_wrong(
    session: Session, free_list: MailingList,
) -> None:
    claims = _claims(session, free_list.id, "list@example.org")
    token = tokens.make_link_token(SECRET, tokens.UNSUBSCRIBE, claims)
    other_list = token.replace(f".{free_list.id}.", f".{free_list.id + 1000}.", 1)
    with pytest.raises(BadToken):
        membership_for_token(session, SECRET, tokens.UNSUBSCRIBE, other_list)
