"""Editions in the console: preview as the email renders, test send, send now, pause, resume."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.models import AuditEntry, Edition, EditionStatus, MembershipStatus
from digest.runtime import Runtime
from tests.web.support import outbox, submit, text_of

HTML = ("<!doctype html><html><body><h1>Syria: up to speed</h1><p>Hello -name-</p>"
        "<p><a href=\"-unsubscribe_url-\">Unsubscribe</a></p></body></html>")
TEXT = "Syria: up to speed\n\nHello -name-\nUnsubscribe: -unsubscribe_url-\n"


@pytest.fixture
def edition_id(rt: Runtime) -> int:
    with rt.sessions() as session, session.begin():
        mailing_list = create_list(session, "Syria Digest")
        for n in range(3):
            subscribe(session, mailing_list.id, f"reader{n}@example.org", name=f"Reader {n}")
        subscribe(session, mailing_list.id, "left@example.org",
                  status=MembershipStatus.UNSUBSCRIBED)
        edition = Edition(list_id=mailing_list.id, slot="2026-11-25T07", subject="Syria: up to "
                          "speed", html=HTML, text=TEXT, status=EditionStatus.READY)
        session.add(edition)
        session.flush()
        return edition.id


def wait_for(rt: Runtime, edition_id: int, status: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with rt.sessions() as session:
            edition = session.get(Edition, edition_id)
            if edition is not None and edition.status == status:
                return
        time.sleep(0.1)
    raise AssertionError(f"edition {edition_id} never became {status}")


def test_the_preview_is_the_stored_email_with_sample_values(admin: TestClient,
                                                            edition_id: int) -> None:
    page = admin.get(f"/admin/editions/{edition_id}")
    assert page.status_code == 200
    assert 'width="700"' in page.text and 'width="375"' in page.text
    assert "Hello reader" in page.text  # the text part, shown on the page
    html = admin.get(f"/admin/editions/{edition_id}/preview.html").text
    assert "<h1>Syria: up to speed</h1>" in html and "Hello reader" in html
    assert "https://digest.example.org/unsubscribe/PREVIEW" in html and "-name-" not in html
    text = admin.get(f"/admin/editions/{edition_id}/preview.txt").text
    assert text.startswith("Syria: up to speed") and "-unsubscribe_url-" not in text


def test_a_test_send_goes_to_one_address_marked_as_a_test(admin: TestClient, rt: Runtime,
                                                          edition_id: int) -> None:
    page = f"/admin/editions/{edition_id}"
    answer = submit(admin, page, f"{page}/test", {"email": "editor@example.org"})
    assert answer.status_code == 303
    [message] = outbox(rt.settings)
    assert message["Subject"] == "[Test] Syria: up to speed"
    assert message["To"].addresses[0].addr_spec == "editor@example.org"
    assert "Hello reader" in text_of(message)
    with rt.sessions() as session:
        assert session.scalar(select(AuditEntry.actor).where(
            AuditEntry.action == "test_send")) == "admin:alice"
        assert session.get(Edition, edition_id).status == EditionStatus.READY  # type: ignore[union-attr]


def test_send_now_mails_active_members_and_shows_progress(admin: TestClient, rt: Runtime,
                                                          edition_id: int) -> None:
    page = f"/admin/editions/{edition_id}"
    assert submit(admin, f"{page}/send", f"{page}/send", {"confirm": "yes"}).status_code == 303
    wait_for(rt, edition_id, EditionStatus.SENT)
    recipients = sorted(m["To"].addresses[0].addr_spec for m in outbox(rt.settings))
    assert recipients == ["reader0@example.org", "reader1@example.org", "reader2@example.org"]
    shown = admin.get(page).text
    assert "3 of 3 recipients settled: 3 sent" in shown
    assert "Send now" not in shown  # a sent edition cannot be sent again


def test_pause_stops_a_send_and_resume_finishes_it(admin: TestClient, rt: Runtime,
                                                   edition_id: int) -> None:
    page = f"/admin/editions/{edition_id}"
    assert submit(admin, page, f"{page}/pause", {}).status_code == 303
    with rt.sessions() as session:
        assert session.get(Edition, edition_id).status == EditionStatus.PAUSED  # type: ignore[union-attr]
    refused = submit(admin, page, f"{page}/send", {"confirm": "yes"})
    assert "only a ready or sending edition can be sent" in admin.get(
        refused.headers["location"]).text
    assert outbox(rt.settings) == []
    assert submit(admin, page, f"{page}/resume", {}).status_code == 303
    wait_for(rt, edition_id, EditionStatus.SENT)
    assert len(outbox(rt.settings)) == 3
    with rt.sessions() as session:
        actions = session.execute(select(AuditEntry.action, AuditEntry.actor).where(
            AuditEntry.subject_type == "edition").order_by(AuditEntry.id)).all()
    assert [tuple(a) for a in actions] == [("pause", "admin:alice"), ("resume", "admin:alice")]


def test_the_editions_page_lists_editions_and_builds_a_new_one(admin: TestClient, rt: Runtime,
                                                                edition_id: int) -> None:
    listing = admin.get("/admin/editions")
    assert f'href="/admin/editions/{edition_id}"' in listing.text
    built = submit(admin, "/admin/editions", "/admin/editions/build", {"list_id": "1"})
    assert built.status_code == 303
    shown = admin.get(built.headers["location"])
    # No stories have been grouped, so the build records a skipped edition with its reason.
    assert shown.status_code == 200 and "skipped" in shown.text


def test_send_now_first_shows_who_will_get_it_and_sends_only_when_confirmed(
        admin: TestClient, rt: Runtime, edition_id: int) -> None:
    page = f"/admin/editions/{edition_id}"
    before = admin.get(page).text
    assert 'href="/admin/editions/1/send"' in before and "0 of 0" not in before
    assert "Not sent yet" in before
    confirmation = admin.get(f"{page}/send").text
    assert "3 people</strong>" in confirmation and "Yes, send to 3 people" in confirmation
    assert "<td>active</td><td class=\"number\">3</td>" in confirmation
    assert "<td>unsubscribed</td><td class=\"number\">1</td>" in confirmation
    unconfirmed = submit(admin, f"{page}/send", f"{page}/send", {})
    assert unconfirmed.status_code == 400 and "Nothing was sent" in unconfirmed.text
    time.sleep(0.3)
    assert outbox(rt.settings) == []
    assert submit(admin, f"{page}/send", f"{page}/send", {"confirm": "yes"}).status_code == 303
    wait_for(rt, edition_id, EditionStatus.SENT)
    with rt.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "send"))
    assert entry is not None and entry.actor == "admin:alice"
    assert (entry.subject_type, entry.subject_id, entry.detail) == \
        ("edition", edition_id, {"recipients": 3})


def test_the_confirmation_counts_batches_as_the_transport_takes_them(
        admin: TestClient, rt: Runtime) -> None:
    # SMTP takes 100 readers a batch whatever DIGEST_SEND_BATCH_SIZE says (1000).
    with rt.sessions() as session, session.begin():
        mailing_list = create_list(session, "Syria Digest")
        for n in range(150):
            subscribe(session, mailing_list.id, f"reader{n}@example.org")
        edition = Edition(list_id=mailing_list.id, slot="2026-11-25T07", subject="Syria",
                          html=HTML, text=TEXT, status=EditionStatus.READY)
        session.add(edition)
        session.flush()
        edition_id = edition.id
    state = admin.app.state  # type: ignore[attr-defined]
    state.settings = state.settings.model_copy(
        update={"transport": "smtp", "smtp_url": "smtp://127.0.0.1:2525"})
    confirmation = " ".join(admin.get(f"/admin/editions/{edition_id}/send").text.split())
    assert "in 2 batches of up to 100" in confirmation
