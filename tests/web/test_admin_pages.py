"""Console pages: dashboard, people and statuses, CSV import/export, feeds, topics."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.config import Settings
from digest.models import AuditEntry, Feed, Membership, MembershipStatus, TopicDefinition
from digest.runtime import Runtime, open_runtime
from digest.web.admin.dashboard import status_history
from digest.web.app import create_app
from digest.web.passwords import create_admin_user
from tests.web.support import ADMIN_PASSWORD, ADMIN_USER, sign_in, submit

DATA = Path(__file__).resolve().parents[1] / "data" / "web"


def test_status_history_undoes_later_changes_day_by_day() -> None:
    days = [date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)]
    changes = [
        (datetime(2026, 11, 24, 9, tzinfo=UTC), None, "pending"),  # joined on the 24th
        (datetime(2026, 11, 25, 8, tzinfo=UTC), "pending", "active"),  # confirmed the 25th
        (datetime(2026, 11, 25, 9, tzinfo=UTC), "active", "unsubscribed"),  # another left
    ]
    history = status_history({"active": 1, "unsubscribed": 1}, changes, days)
    assert history == {"active": [1, 1, 1], "pending": [0, 1, 0], "unsubscribed": [0, 0, 1]}


def test_the_dashboard_draws_members_deliveries_and_feed_errors(admin: TestClient,
                                                                rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        subscribe(session, ml.id, "a@example.org")
        subscribe(session, ml.id, "b@example.org", status=MembershipStatus.UNSUBSCRIBED)
        session.add(Feed(url="https://broken.example.org/feed", consecutive_failures=4,
                         last_error="HTTP 500"))
    page = admin.get("/admin/").text
    assert page.count("<svg") == 3
    assert "Members by status now: active 1, unsubscribed 1." in page
    assert "HTTP 500" in page and "https://broken.example.org/feed" in page


def test_an_admin_finds_a_member_and_changes_the_status_with_a_reason(admin: TestClient,
                                                                      rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        membership_id = subscribe(session, ml.id, "rana@example.org", name="Rana").id
        subscribe(session, ml.id, "omar@example.org", status=MembershipStatus.UNSUBSCRIBED)
    found = admin.get("/admin/people", params={"q": "RANA", "status": "active"}).text
    assert "rana@example.org" in found and "omar@example.org" not in found
    assert "omar@example.org" in admin.get("/admin/people",
                                           params={"status": "unsubscribed"}).text
    person = "/admin/people/1"
    action = f"/admin/memberships/{membership_id}/status"
    refused = submit(admin, person, action, {"status": "bounced", "reason": ""})
    assert "Give a reason" in admin.get(refused.headers["location"]).text
    changed = submit(admin, person, action, {"status": "bounced", "reason": "mailbox gone"})
    shown = admin.get(changed.headers["location"]).text
    assert "Status is now bounced." in shown and "mailbox gone" in shown
    with rt.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "status")
                               .order_by(AuditEntry.id.desc()))
        assert entry is not None and entry.actor == "admin:alice"
        assert (entry.detail["from"], entry.detail["to"], entry.detail["reason"]) == \
            ("active", "bounced", "mailbox gone")


def test_a_csv_upload_gives_the_clis_validation_report(admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    page = "/admin/lists/1/import"
    with (DATA / "members.csv").open("rb") as handle:
        answer = submit(admin, page, page, {"format": ""},
                        files={"file": ("members.csv", handle, "text/csv")})
    assert answer.status_code == 200
    assert ("Imported 4 of 5 rows (plain format) into Syria Digest: 3 new subscribers, "
            "3 new members") in answer.text
    assert "1 duplicates merged, 1 skipped." in answer.text
    assert "row 3: " in answer.text  # the bad address, by its line in the file
    with rt.sessions() as session:
        statuses = sorted(session.scalars(select(Membership.status)))
    assert statuses == ["active", "pending", "unsubscribed"]


def test_a_dry_run_import_changes_nothing(admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    page = "/admin/lists/1/import"
    with (DATA / "members.csv").open("rb") as handle:
        answer = submit(admin, page, page, {"dry_run": "1"},
                        files={"file": ("members.csv", handle, "text/csv")})
    assert "Would import 4 of 5 rows" in answer.text
    with rt.sessions() as session:
        assert session.scalar(select(Membership.id)) is None


def test_an_unreadable_upload_is_refused_with_a_reason(admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    page = "/admin/lists/1/import"
    answer = submit(admin, page, page, {},
                    files={"file": ("x.csv", b"colour,size\nred,1\n", "text/csv")})
    assert answer.status_code == 400 and "x.csv:" in answer.text


def test_the_export_is_a_csv_of_every_member(admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        subscribe(session, ml.id, "a@example.org", name="=HYPERLINK()")
        subscribe(session, ml.id, "b@example.org", status=MembershipStatus.UNSUBSCRIBED)
    answer = admin.get("/admin/lists/1/export.csv")
    assert answer.headers["content-type"].startswith("text/csv")
    assert 'filename="syria-digest.csv"' in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [(r["email"], r["status"]) for r in rows] == [("a@example.org", "active"),
                                                         ("b@example.org", "unsubscribed")]
    assert rows[0]["name"] == "'=HYPERLINK()"


def test_an_admin_adds_a_feed_once(admin: TestClient, rt: Runtime) -> None:
    added = submit(admin, "/admin/feeds", "/admin/feeds",
                   {"url": "https://news.example.org/feed.xml"})
    assert "Added https://news.example.org/feed.xml" in admin.get(added.headers["location"]).text
    again = submit(admin, "/admin/feeds", "/admin/feeds",
                   {"url": "https://news.example.org/feed.xml"})
    assert "Feed already added" in admin.get(again.headers["location"]).text
    bad = submit(admin, "/admin/feeds", "/admin/feeds", {"url": "file:///etc/passwd"})
    assert "Not an http(s) URL" in admin.get(bad.headers["location"]).text
    split = submit(admin, "/admin/feeds", "/admin/feeds",
                   {"url": "https://news.example.org/a\r\nSet-Cookie: x=1"})
    assert "Spaces or control characters in the URL" in admin.get(split.headers["location"]).text
    with rt.sessions() as session:
        assert list(session.scalars(select(Feed.url))) == ["https://news.example.org/feed.xml"]
    assert "https://news.example.org/feed.xml" in admin.get("/admin/feeds").text


def test_an_admin_adding_a_loopback_feed_is_told_its_fetches_will_be_refused(
    settings: Settings,
) -> None:
    strict = settings.model_copy(update={"allow_private_feeds": False})
    runtime = open_runtime(strict)
    try:
        with runtime.sessions() as session, session.begin():
            create_admin_user(session, ADMIN_USER, ADMIN_PASSWORD)
        with TestClient(create_app(strict, runtime=runtime),
                        base_url="https://digest.example.org") as client:
            assert sign_in(client).status_code == 303
            added = submit(client, "/admin/feeds", "/admin/feeds",
                           {"url": "http://127.0.0.1:8765/feed.xml"})
            notice = client.get(added.headers["location"]).text
        assert "Added http://127.0.0.1:8765/feed.xml" in notice
        assert "127.0.0.1 is not a public address" in notice
        assert "DIGEST_ALLOW_PRIVATE_FEEDS=1" in notice
        with runtime.sessions() as session:
            assert session.scalars(select(AuditEntry.actor).where(
                AuditEntry.action == "feed_added")).one() == f"admin:{ADMIN_USER}"
    finally:
        runtime.engine.dispose()


def test_a_headline_is_tried_against_a_topic_with_the_reason(admin: TestClient) -> None:
    page = admin.get("/admin/topics/syria")
    assert page.status_code == 200 and "[[entities]]" in page.text
    definition = page.text.split('spellcheck="false">', 1)[1].split("</textarea>", 1)[0]
    import html

    definition = html.unescape(definition)
    tagged = submit(admin, "/admin/topics/syria", "/admin/topics/syria", {
        "definition": definition, "action": "try",
        "title": "Airstrikes hit Idlib as Damascus talks stall", "summary": ""})
    assert tagged.status_code == 200 and "Tagged syria" in tagged.text
    untagged = submit(admin, "/admin/topics/syria", "/admin/topics/syria", {
        "definition": definition, "action": "try", "title": "Bake sale raises funds",
        "summary": ""})
    assert "Not tagged" in untagged.text


def test_a_topic_is_saved_only_when_it_is_valid(admin: TestClient, rt: Runtime) -> None:
    broken = submit(admin, "/admin/topics/energy", "/admin/topics/energy",
                    {"definition": 'name = "energy"\n', "action": "save"})
    assert broken.status_code == 400 and "needs at least one [[entities]] table" in broken.text
    good = ('name = "energy"\n[[entities]]\nname = "OPEC"\nweight = 1.0\n'
            'aliases = ["opec"]\n')
    saved = submit(admin, "/admin/topics/energy", "/admin/topics/energy",
                   {"definition": good, "action": "save", "title": "OPEC cuts output",
                    "summary": ""})
    assert saved.status_code == 200 and "Saved." in saved.text and "Tagged energy" in saved.text
    with rt.sessions() as session:
        assert session.scalar(select(TopicDefinition.definition)) == good
    assert "edited here" in admin.get("/admin/topics").text


def test_an_admin_renames_pauses_and_deletes_a_feed(admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        session.add(Feed(url="https://example.org/feed.xml", title="Example"))
    assert 'href="/admin/feeds/1"' in admin.get("/admin/feeds").text
    saved = submit(admin, "/admin/feeds/1", "/admin/feeds/1",
                   {"title": "Example News", "disabled": "on"})
    assert "Saved." in admin.get(saved.headers["location"]).text
    kept = submit(admin, "/admin/feeds/1", "/admin/feeds/1/delete", {})
    assert "nothing was deleted" in admin.get(kept.headers["location"]).text
    with rt.sessions() as session:
        feed = session.get(Feed, 1)
        assert feed is not None and (feed.title, feed.disabled) == ("Example News", True)
    gone = submit(admin, "/admin/feeds/1", "/admin/feeds/1/delete", {"confirm": "yes"})
    assert "Deleted https://example.org/feed.xml" in admin.get(gone.headers["location"]).text
    with rt.sessions() as session:
        assert session.get(Feed, 1) is None
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.subject_type == "feed", AuditEntry.actor == "admin:alice")))
    assert actions == ["admin_update", "admin_delete"]


def test_dashboard_charts_are_titled_labelled_and_have_their_numbers_in_tables(
        admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        subscribe(session, ml.id, "a@example.org")
    page = admin.get("/admin/").text
    for title in ("Members by status, last 30 days", "Deliveries sent per edition"):
        assert f">{title}</figcaption>" in page  # a visible title, not only SVG text
    for axis in (">Day</text>", ">Members</text>", ">Edition</text>", ">Emails sent</text>"):
        assert axis in page
    assert 'role="img" aria-labelledby="chart-' in page
    assert "<caption class=\"visually-hidden\">Members by status per day</caption>" in page
    assert '<td class="number">1</td>' in page  # today's active member, in the table


def test_the_members_history_never_goes_below_zero_when_a_shown_status_differs(
        admin: TestClient, rt: Runtime) -> None:
    # One member bounced (audited active -> bounced) and was then suppressed: today it shows
    # as "suppressed", but the history is undone from stored statuses, never to -1.
    from digest.audience.subscribers import email_hash
    from digest.models import AuditEntry, Membership, Suppression

    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        subscribe(session, ml.id, "a@example.org")
        bounced = subscribe(session, ml.id, "b@example.org")
        session.get(Membership, bounced.id).status = MembershipStatus.BOUNCED  # type: ignore[union-attr]
        session.add(AuditEntry(actor="bounce", action="status", subject_type="membership",
                               subject_id=bounced.id,
                               detail={"from": "active", "to": "bounced"}))
        session.add(Suppression(email_hash=email_hash("b@example.org"), reason="bounced"))
    page = admin.get("/admin/").text
    assert '<td class="number">-1</td>' not in page and ">-1<" not in page
