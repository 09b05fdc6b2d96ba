"""Subscriber pages: subscribe with double opt-in, confirm, unsubscribe, preferences."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.audience import tokens
from digest.audience.flows import token_for
from digest.audience.lists import create_list
from digest.audience.subscribers import email_hash, subscribe
from digest.models import AuditEntry, Membership, MembershipStatus, Subscriber, Suppression
from digest.runtime import Runtime
from tests.conftest import TEST_SECRET_KEY
from tests.web.support import link_in, outbox, submit

FORM = "/lists/syria-digest/subscribe"


@pytest.fixture
def list_id(rt: Runtime) -> int:
    with rt.sessions() as session, session.begin():
        return create_list(session, "Syria Digest", topics=["syria", "economy"]).id


def member(rt: Runtime, address: str, list_id: int,
           status: MembershipStatus = MembershipStatus.ACTIVE) -> tuple[str, str]:
    """Put `address` on the list; return its (unsubscribe, preferences) link paths."""
    with rt.sessions() as session, session.begin():
        membership = subscribe(session, list_id, address, status=status)
        subscriber = session.get(Subscriber, membership.subscriber_id)
        assert subscriber is not None
        return tuple(  # type: ignore[return-value]
            f"/{purpose}/{token_for(TEST_SECRET_KEY, purpose, membership, subscriber)}"
            for purpose in (tokens.UNSUBSCRIBE, tokens.PREFERENCES))


def status_of(rt: Runtime, address: str) -> str | None:
    with rt.sessions() as session:
        return session.scalar(select(Membership.status).join(Subscriber).where(
            Subscriber.email_key == address.lower()))


def test_a_reader_subscribes_and_confirms_from_the_email(client: TestClient, rt: Runtime,
                                                         list_id: int) -> None:
    page = client.get(FORM)
    assert page.status_code == 200 and 'label for="email"' in page.text
    answer = submit(client, FORM, FORM, {"email": "Ana@Example.org", "name": "Ana"})
    assert answer.status_code == 200 and "Check your inbox" in answer.text
    assert status_of(rt, "ana@example.org") == MembershipStatus.PENDING
    [message] = outbox(rt.settings)
    assert message["To"].addresses[0].addr_spec == "Ana@example.org"
    link = link_in(message, "/confirm/")
    asked = client.get(link)  # opening the link (as mail scanners do) only shows a button
    assert asked.status_code == 200 and "Confirm my subscription" in asked.text
    assert status_of(rt, "ana@example.org") == MembershipStatus.PENDING
    confirmed = submit(client, link, link, {})
    assert confirmed.status_code == 200 and "You are subscribed" in confirmed.text
    assert status_of(rt, "ana@example.org") == MembershipStatus.ACTIVE


def test_a_bot_filling_the_honeypot_gets_the_same_answer_and_nothing_happens(
        client: TestClient, rt: Runtime, list_id: int) -> None:
    answer = submit(client, FORM, FORM, {"email": "bot@example.org", "website": "http://spam"})
    assert answer.status_code == 200 and "Check your inbox" in answer.text
    assert status_of(rt, "bot@example.org") is None
    assert outbox(rt.settings) == []


def test_sign_ups_are_rate_limited_per_address(client: TestClient, rt: Runtime,
                                               list_id: int) -> None:
    answers = [submit(client, FORM, FORM, {"email": f"reader{n}@example.org"}).status_code
               for n in range(11)]
    assert answers == [200] * 10 + [429]
    assert status_of(rt, "reader10@example.org") is None


def test_a_bad_address_is_shown_back_with_a_reason(client: TestClient, list_id: int) -> None:
    answer = submit(client, FORM, FORM, {"email": "not an address"})
    assert answer.status_code == 400
    assert "does not look like an email address" in answer.text
    assert 'value="not an address"' in answer.text and 'aria-invalid="true"' in answer.text


def test_a_suppressed_address_looks_like_any_other_but_gets_no_email(
        client: TestClient, rt: Runtime, list_id: int) -> None:
    with rt.sessions() as session, session.begin():
        session.add(Suppression(email_hash=email_hash("gone@example.org"), reason="erased"))
    answer = submit(client, FORM, FORM, {"email": "gone@example.org"})
    assert answer.status_code == 200 and "Check your inbox" in answer.text
    assert outbox(rt.settings) == [] and status_of(rt, "gone@example.org") is None


def test_an_unknown_list_has_a_clear_page(client: TestClient) -> None:
    answer = client.get("/lists/nothing-here/subscribe")
    assert answer.status_code == 404 and "No such list" in answer.text


def test_forged_and_expired_confirmation_links_are_refused_clearly(
        client: TestClient, rt: Runtime, list_id: int) -> None:
    with rt.sessions() as session, session.begin():
        membership = subscribe(session, list_id, "late@example.org",
                               status=MembershipStatus.PENDING)
        subscriber = session.get(Subscriber, membership.subscriber_id)
        assert subscriber is not None
        old = token_for(TEST_SECRET_KEY, tokens.CONFIRM, membership, subscriber,
                        now=time.time() - 73 * 3600)
        forged = token_for("another-key", tokens.CONFIRM, membership, subscriber)
    expired = client.get(f"/confirm/{old}")
    assert expired.status_code == 400 and "this link has expired" in expired.text
    bad = client.get(f"/confirm/{forged}")
    assert bad.status_code == 400 and "this link is not valid" in bad.text
    assert status_of(rt, "late@example.org") == MembershipStatus.PENDING


def test_the_unsubscribe_page_asks_then_one_click_unsubscribes(
        client: TestClient, rt: Runtime, list_id: int) -> None:
    unsubscribe, _ = member(rt, "rana@example.org", list_id)
    page = client.get(unsubscribe)
    assert page.status_code == 200 and "rana@example.org" in page.text
    assert 'name="List-Unsubscribe" value="One-Click"' in page.text
    assert status_of(rt, "rana@example.org") == MembershipStatus.ACTIVE  # GET changes nothing
    # What Gmail sends: no cookie, no CSRF token, just the RFC 8058 body.
    with TestClient(client.app, base_url="https://digest.example.org") as provider:
        answer = provider.post(unsubscribe, content=b"List-Unsubscribe=One-Click",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 200 and "You are unsubscribed" in answer.text
    assert status_of(rt, "rana@example.org") == MembershipStatus.UNSUBSCRIBED
    with rt.sessions() as session:
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "status")
                                .order_by(AuditEntry.id.desc()))
    assert detail is not None and detail["reason"] == "one-click unsubscribe"


def test_one_click_needs_the_exact_body_and_a_genuine_token(client: TestClient, rt: Runtime,
                                                            list_id: int) -> None:
    unsubscribe, _ = member(rt, "omar@example.org", list_id)
    wrong_body = client.post(unsubscribe, data={"unsubscribe": "yes"})
    assert wrong_body.status_code == 400
    forged = client.post(unsubscribe[:-3] + "xyz", content=b"List-Unsubscribe=One-Click",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert forged.status_code == 404 and "This link does not work" in forged.text
    assert status_of(rt, "omar@example.org") == MembershipStatus.ACTIVE


def test_a_token_works_only_for_its_own_address(client: TestClient, rt: Runtime,
                                                list_id: int) -> None:
    unsubscribe, preferences = member(rt, "first@example.org", list_id)
    with rt.sessions() as session, session.begin():
        subscriber = session.scalar(select(Subscriber).where(
            Subscriber.email_key == "first@example.org"))
        assert subscriber is not None
        # The person changed address: links mailed to the old one stop working.
        subscriber.email = subscriber.email_key = "second@example.org"
        subscriber.email_hash = email_hash("second@example.org")
    assert client.get(unsubscribe).status_code == 400
    assert client.get(preferences).status_code == 400
    # And a preferences link cannot be used as an unsubscribe link.
    _, other_preferences = member(rt, "third@example.org", list_id)
    token = other_preferences.rsplit("/", 1)[1]
    assert client.get(f"/unsubscribe/{token}").status_code == 400


def test_a_member_changes_preferences(client: TestClient, rt: Runtime, list_id: int) -> None:
    _, preferences = member(rt, "lina@example.org", list_id)
    page = client.get(preferences)
    assert page.status_code == 200 and 'for="topic-economy"' in page.text
    saved = submit(client, preferences, preferences,
                   {"topics": ["economy"], "frequency": "weekly", "timezone": "Asia/Damascus"})
    assert saved.status_code == 200 and "Your preferences are saved." in saved.text
    with rt.sessions() as session:
        membership = session.scalar(select(Membership).join(Subscriber).where(
            Subscriber.email_key == "lina@example.org"))
        assert membership is not None
        assert (membership.topics, membership.frequency) == (["economy"], "weekly")
        assert membership.subscriber.timezone == "Asia/Damascus"
    refused = submit(client, preferences, preferences, {"frequency": "hourly"})
    assert refused.status_code == 400 and "frequency must be daily or weekly" in refused.text
