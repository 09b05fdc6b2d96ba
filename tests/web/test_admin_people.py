"""People in the console: add one person, filter and sort, each person's dated trail with
the provider's reason for a bounce, and actions on many people at once."""

from __future__ import annotations

import base64
import json
import re
import time
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import email_hash, subscribe
from digest.delivery import webhook_signature
from digest.delivery.events import process_sendgrid_events
from digest.models import (
    AuditEntry,
    Delivery,
    Edition,
    EditionStatus,
    Membership,
    Subscriber,
    Suppression,
)
from digest.runtime import Runtime
from tests.web.support import outbox, submit


def _people(admin: TestClient, **params: str) -> list[str]:
    """The addresses the People page lists, in its order."""
    page = admin.get("/admin/people", params=params).text
    return re.findall(r'<a href="/admin/people/\d+">([^<]+)</a>', page)


def test_an_admin_adds_one_person_active_or_asked_to_confirm(admin: TestClient,
                                                            rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
        session.add(Suppression(email_hash=email_hash("gone@example.org"), reason="bounce"))
    form = "/admin/people/new"
    added = submit(admin, form, form, {"email": "Rana@Example.org", "name": "Rana",
                                       "list_id": "1", "how": "active"})
    assert "Rana@example.org is active on Syria Digest." in admin.get(
        added.headers["location"]).text
    asked = submit(admin, form, form, {"email": "omar@example.org", "list_id": "1",
                                       "how": "confirm"})
    assert "a confirmation email was sent" in admin.get(asked.headers["location"]).text
    [mail] = outbox(rt.settings)
    assert mail["To"].addresses[0].addr_spec == "omar@example.org"
    refused = submit(admin, form, form, {"email": "gone@example.org", "list_id": "1",
                                         "how": "active"})
    assert refused.status_code == 400 and "That address is suppressed" in refused.text
    bad = submit(admin, form, form, {"email": "not an address", "list_id": "1", "how": "active"})
    assert bad.status_code == 400 and "is not an email address" in bad.text


def test_people_are_filtered_by_when_their_status_changed_and_sorted(admin: TestClient,
                                                                     rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        for day, address in ((3, "march@example.org"), (1, "jan@example.org"),
                             (2, "feb@example.org")):
            membership = subscribe(session, ml.id, address)
            membership.updated_at = datetime(2026, day, 10, tzinfo=UTC)
    assert _people(admin) == ["march@example.org", "feb@example.org", "jan@example.org"]
    assert _people(admin, sort="email") == ["feb@example.org", "jan@example.org",
                                            "march@example.org"]
    assert _people(admin, since="2026-02-01", until="2026-02-28") == ["feb@example.org"]
    assert "Dates are YYYY-MM-DD" in admin.get("/admin/people", params={"since": "soon"}).text


def _bounce(rt: Runtime, delivery: Delivery) -> None:
    """A signed SendGrid bounce event for the delivery, through the real webhook code."""
    private = ec.generate_private_key(ec.SECP256R1())
    key = base64.b64encode(private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).decode()
    settings = rt.settings.model_copy(update={"sendgrid_webhook_public_key": key})
    body = json.dumps([{"event": "bounce", "sg_event_id": "b1", "email": delivery.email,
                        "type": "bounce", "status": "5.1.1",
                        "reason": "550 5.1.1 The email account does not exist",
                        "edition_id": delivery.edition_id, "delivery_id": delivery.id,
                        "subscriber_id": delivery.subscriber_id}]).encode()
    stamp = str(int(time.time()))
    signature = base64.b64encode(private.sign(stamp.encode() + body,
                                              ec.ECDSA(hashes.SHA256()))).decode()
    with rt.sessions() as session:
        report = process_sendgrid_events(session, body, {
            webhook_signature.SIGNATURE_HEADER: signature,
            webhook_signature.TIMESTAMP_HEADER: stamp}, settings)
        assert report.applied == 1, report.outcomes
        session.commit()


def test_a_persons_trail_has_dates_and_the_providers_bounce_reason(admin: TestClient,
                                                                   rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        subscribe(session, ml.id, "rana@example.org")
        edition = Edition(list_id=ml.id, slot="2026-11-25T07", status=EditionStatus.SENT)
        session.add(edition)
        session.flush()
        delivery = Delivery(edition_id=edition.id, subscriber_id=1, email="rana@example.org",
                            status="sent")
        session.add(delivery)
        session.flush()
        session.expunge(delivery)
    _bounce(rt, delivery)
    page = admin.get("/admin/people/1").text
    assert "550 5.1.1 The email account does not exist" in page
    assert "active → bounced (bounce: 550 5.1.1 The email account does not exist)" in page
    assert "joined as active" in page and "None →" not in page
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{4}-\d\d-\d\d \d\d:\d\d</time>',
                     page)
    assert "address suppressed: bounce" in page


def test_bulk_actions_unsubscribe_suppress_and_delete_with_a_reason(admin: TestClient,
                                                                    rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        ids = [subscribe(session, ml.id, f"p{n}@example.org").id for n in range(4)]
    refused = submit(admin, "/admin/people", "/admin/people/bulk",
                     {"membership_ids": ids[:2], "action": "unsubscribe", "reason": ""})
    assert "Give a reason" in admin.get(refused.headers["location"]).text
    done = submit(admin, "/admin/people", "/admin/people/bulk",
                  {"membership_ids": ids[:2], "action": "unsubscribe", "reason": "asked by mail"})
    assert "done for 2 of 2" in admin.get(done.headers["location"]).text
    submit(admin, "/admin/people", "/admin/people/bulk",
           {"membership_ids": [ids[2]], "action": "suppress", "reason": "spam trap"})
    submit(admin, "/admin/people", "/admin/people/bulk",
           {"membership_ids": [ids[3]], "action": "delete", "reason": "erasure request"})
    assert _people(admin, status="unsubscribed", sort="email") == ["p0@example.org",
                                                                   "p1@example.org"]
    assert _people(admin, status="suppressed") == ["p2@example.org"]
    with rt.sessions() as session:
        assert session.scalar(select(Subscriber.id).where(
            Subscriber.email == "p3@example.org")) is None
        assert session.scalar(select(Suppression.reason).where(
            Suppression.email_hash == email_hash("p3@example.org"))) == "erased on request"
        assert session.scalar(select(Membership.status_reason).where(
            Membership.id == ids[0])) == "asked by mail"
        actors = set(session.scalars(select(AuditEntry.actor).where(
            AuditEntry.action.in_(["status", "suppressed", "erased"]),
            AuditEntry.actor.like("admin:%"))))
    assert actors == {"admin:alice"}


def test_details_take_a_name_a_listed_zone_and_a_json_object(admin: TestClient,
                                                            rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        subscribe(session, create_list(session, "Syria Digest").id, "rana@example.org")
    person = "/admin/people/1"
    bad = submit(admin, person, f"{person}/details",
                 {"name": "Rana", "timezone": "UTC", "attributes": "[1, 2]"})
    assert "must be a JSON object" in admin.get(bad.headers["location"]).text
    odd = submit(admin, person, f"{person}/details",
                 {"name": "Rana", "timezone": "localtime", "attributes": "{}"})
    assert "Choose a time zone" in admin.get(odd.headers["location"]).text
    good = submit(admin, person, f"{person}/details",
                  {"name": "Rana", "timezone": "Asia/Damascus", "attributes": '{"city": "Homs"}'})
    assert "Details saved." in admin.get(good.headers["location"]).text
    with rt.sessions() as session:
        saved = session.get(Subscriber, 1)
    assert saved is not None
    assert (saved.name, saved.timezone, saved.attributes) == \
        ("Rana", "Asia/Damascus", {"city": "Homs"})
