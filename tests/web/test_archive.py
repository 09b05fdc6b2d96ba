"""The web archive: public headlines, full editions for active subscribers by magic link."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from digest.audience import tokens
from digest.audience.billing import LAPSED_NOTICE
from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.audience.tokens import TokenClaims
from digest.models import BillingStatus, Edition, EditionStatus, MembershipStatus, Story, Subscriber
from digest.runtime import Runtime
from digest.web.readers import ARCHIVE
from tests.conftest import TEST_SECRET_KEY
from tests.web.support import link_in, outbox, submit

HTML = "<html><body><h1>Up to speed</h1><p>Hello -name-</p><a href='-unsubscribe_url-'>x</a>" \
       "</body></html>"


def sent_edition(session: Session, list_name: str, *, paid: bool = False) -> str:
    """A sent edition with two headlines; returns its web path."""
    mailing_list = create_list(session, list_name, is_paid=paid)
    stories = [Story(key=f"{list_name}-{n}", topic="syria", title=title)
               for n, title in enumerate(["Aleppo water deal agreed", "Border crossing reopens"])]
    session.add_all(stories)
    session.flush()
    session.add(Edition(list_id=mailing_list.id, slot="2026-11-25T07", status=EditionStatus.SENT,
                        subject="Syria: up to speed", html=HTML, text="Hello -name-",
                        story_ids=[s.id for s in stories]))
    return f"/editions/{mailing_list.slug}/2026-11-25T07"


def sign_in_reader(client: TestClient, rt: Runtime, address: str) -> None:
    answer = submit(client, "/archive", "/archive/sign-in", {"email": address})
    assert answer.status_code == 200 and "Check your inbox" in answer.text
    link = link_in(outbox(rt.settings)[-1], "/archive/sign-in/")
    assert client.get(link, follow_redirects=False).status_code == 200  # a button
    assert submit(client, link, link, {}).status_code == 303


def test_headlines_are_public_and_full_editions_are_not(client: TestClient,
                                                        rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        path = sent_edition(session, "Syria Digest")
    archive = client.get("/archive")
    assert archive.status_code == 200
    assert "Aleppo water deal agreed" in archive.text and f'href="{path}"' in archive.text
    locked = client.get(path)
    assert locked.status_code == 403
    assert "Border crossing reopens" in locked.text
    assert 'href="/lists/syria-digest/subscribe"' in locked.text
    assert "Hello" not in locked.text


def test_an_active_subscriber_signs_in_by_magic_link_and_reads_the_edition(
        client: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        path = sent_edition(session, "Syria Digest")
        subscribe(session, 1, "reader@example.org", name="Rana")
    sign_in_reader(client, rt, "reader@example.org")
    assert "Signed in as reader@example.org" in client.get("/archive").text
    full = client.get(path)
    assert full.status_code == 200 and "Hello Rana" in full.text
    assert "https://digest.example.org/unsubscribe/" in full.text  # their own link, filled in
    # A web page, not an email: a header leads back to the archive and to signing up.
    assert '<a href="/archive">All editions</a>' in full.text
    assert ".digest-web-header {" in full.text  # its style inline: the page's policy
    assert 'href="/lists/syria-digest/subscribe">Subscribe to Syria Digest</a>' in full.text


def test_a_lapsed_paid_member_is_told_to_update_their_card(client: TestClient,
                                                           rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        path = sent_edition(session, "Syria Insider", paid=True)
        membership = subscribe(session, 1, "late@example.org")
        subscriber = session.get(Subscriber, membership.subscriber_id)
        assert subscriber is not None
        subscriber.billing_status = BillingStatus.PAST_DUE
    sign_in_reader(client, rt, "late@example.org")
    page = client.get(path)
    assert page.status_code == 403
    assert LAPSED_NOTICE in page.text and "mailto:digest@example.org" in page.text
    assert "/lists/syria-insider/subscribe" not in page.text


def test_a_signed_in_reader_who_left_sees_the_subscribe_prompt(client: TestClient,
                                                               rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        path = sent_edition(session, "Syria Digest")
        subscribe(session, 1, "gone@example.org", status=MembershipStatus.UNSUBSCRIBED)
    sign_in_reader(client, rt, "gone@example.org")
    page = client.get(path)
    assert page.status_code == 403 and LAPSED_NOTICE not in page.text
    assert 'href="/lists/syria-digest/subscribe"' in page.text


def test_an_unknown_address_gets_the_same_answer_and_no_email(client: TestClient,
                                                               rt: Runtime) -> None:
    answer = submit(client, "/archive", "/archive/sign-in", {"email": "stranger@example.org"})
    assert answer.status_code == 200 and "Check your inbox" in answer.text
    assert outbox(rt.settings) == []


def test_forged_and_expired_magic_links_are_refused(client: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        sent_edition(session, "Syria Digest")
        membership = subscribe(session, 1, "reader@example.org")
        subscriber = session.get(Subscriber, membership.subscriber_id)
        assert subscriber is not None
        claims = TokenClaims(subscriber.id, 0, subscriber.email_hash, "a-nonce")
    old = tokens.make_token(TEST_SECRET_KEY, ARCHIVE, claims, now=time.time() - 2 * 3600)
    forged = tokens.make_token("not-our-key", ARCHIVE, claims)
    unsubscribe_token = tokens.make_token(TEST_SECRET_KEY, tokens.UNSUBSCRIBE, claims)
    for token, reason in ((old, "expired"), (forged, "not valid"),
                          (unsubscribe_token, "not valid")):
        answer = client.get(f"/archive/sign-in/{token}", follow_redirects=False)
        assert answer.status_code == 400 and reason in answer.text
    assert "digest_reader" not in client.cookies


def test_a_tampered_reader_cookie_counts_as_signed_out(client: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        path = sent_edition(session, "Syria Digest")
        subscribe(session, 1, "reader@example.org")
    client.cookies.set("digest_reader", "WzEsICJhYmMiXQ.forged.signature")
    assert client.get(path).status_code == 403
