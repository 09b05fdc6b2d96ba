"""The list form: topics from those that exist, slug from the name, a time-zone picker, the
schedule in words with its next sends, every problem at once, audited saves."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.models import AuditEntry, MailingList
from digest.runtime import Runtime
from digest.scheduling.timezones import timezone_choices
from tests.web.support import submit

GOOD = {"name": "Syria Weekly", "slug": "", "description": "Once a week.", "topics": ["syria"],
        "schedule_cron": "0 7 * * 1", "timezone": "Asia/Damascus", "double_opt_in": "on",
        "only_when_new": "on", "from_email": "", "from_name": "", "action": "save"}


def test_a_new_list_gets_its_slug_from_the_name_and_says_when_it_sends(
        admin: TestClient, rt: Runtime) -> None:
    saved = submit(admin, "/admin/lists/new", "/admin/lists/new", GOOD)
    assert saved.status_code == 303
    shown = admin.get(saved.headers["location"]).text
    assert "Saved Syria Weekly." in shown
    assert "At 07:00, only on Monday" in shown and "Asia/Damascus time" in shown
    assert shown.count("<time datetime=") == 3 and "Monday" in shown
    with rt.sessions() as session:
        created = session.scalar(select(MailingList).where(MailingList.name == "Syria Weekly"))
        assert created is not None
        assert (created.slug, created.topics, created.timezone, created.is_paid) == \
            ("syria-weekly", ["syria"], "Asia/Damascus", False)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "admin_create"))
    assert entry is not None and entry.actor == "admin:alice"
    assert entry.detail["changes"]["schedule_cron"] == "0 7 * * 1"


def test_every_problem_is_reported_at_once_and_nothing_is_saved(
        admin: TestClient, rt: Runtime) -> None:
    bad = {**GOOD, "name": "", "slug": "Not A Slug", "topics": [],
           "schedule_cron": "every monday", "timezone": "localtime", "from_email": "nobody"}
    answer = submit(admin, "/admin/lists/new", "/admin/lists/new", bad)
    assert answer.status_code == 400
    assert "6 things need fixing; nothing was saved" in answer.text
    for message in ("Give the list a name.", "lower-case letters, digits and dashes",
                    "Choose at least one topic", "bad cron expression",
                    "Choose a time zone from the list.", "not an email address"):
        assert message in answer.text
    assert 'value="every monday"' in answer.text  # what was typed is kept
    with rt.sessions() as session:
        assert session.scalar(select(MailingList.id)) is None


def test_a_list_cannot_follow_a_topic_that_does_not_exist(admin: TestClient) -> None:
    answer = submit(admin, "/admin/lists/new", "/admin/lists/new",
                    {**GOOD, "topics": ["ukraine"]})
    assert answer.status_code == 400 and "Unknown topic ukraine" in answer.text
    form = admin.get("/admin/lists/new").text
    assert 'type="checkbox" name="topics" value="syria"' in form


def test_check_schedule_reads_the_cron_without_saving(admin: TestClient, rt: Runtime) -> None:
    answer = submit(admin, "/admin/lists/new", "/admin/lists/new",
                    {**GOOD, "schedule_cron": "30 6 * * 1-5", "action": "check"})
    assert answer.status_code == 200 and "At 06:30, Monday through Friday" in answer.text
    with rt.sessions() as session:
        assert session.scalar(select(MailingList.id)) is None


def test_editing_a_list_keeps_names_unique_and_records_only_changes(
        admin: TestClient, rt: Runtime) -> None:
    submit(admin, "/admin/lists/new", "/admin/lists/new", GOOD)
    submit(admin, "/admin/lists/new", "/admin/lists/new", {**GOOD, "name": "Syria Daily",
                                                           "schedule_cron": "0 7 * * *"})
    clash = submit(admin, "/admin/lists/2", "/admin/lists/2", {**GOOD, "slug": "syria-daily"})
    assert clash.status_code == 400 and "Another list is already called Syria Weekly" in clash.text
    changed = submit(admin, "/admin/lists/2", "/admin/lists/2",
                     {**GOOD, "name": "Syria Daily", "schedule_cron": "0 8 * * *"})
    assert "Saved Syria Daily." in admin.get(changed.headers["location"]).text
    with rt.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "admin_update"))
    assert entry is not None and entry.detail["changes"] == {"schedule_cron": "0 8 * * *"}


def test_the_time_zone_picker_offers_common_zones_first_and_no_oddities() -> None:
    (common_label, common), (_, rest) = timezone_choices()
    assert common_label == "Common" and common[0] == "UTC" and "Asia/Damascus" in common
    offered = {*common, *rest}
    assert {"localtime", "Factory", "Etc/GMT+3", "US/Pacific"}.isdisjoint(offered)
    assert "Europe/Lisbon" in rest and len(offered) > 300


def test_a_list_is_deleted_only_when_the_box_is_ticked(admin: TestClient, rt: Runtime) -> None:
    submit(admin, "/admin/lists/new", "/admin/lists/new", GOOD)
    kept = submit(admin, "/admin/lists/1", "/admin/lists/1/delete", {})
    assert "nothing was deleted" in admin.get(kept.headers["location"]).text
    gone = submit(admin, "/admin/lists/1", "/admin/lists/1/delete", {"confirm": "yes"})
    assert "Deleted Syria Weekly." in admin.get(gone.headers["location"]).text
    with rt.sessions() as session:
        assert session.scalar(select(MailingList.id)) is None
        assert session.scalar(select(AuditEntry.actor).where(
            AuditEntry.action == "admin_delete")) == "admin:alice"


def test_text_longer_than_its_column_is_refused_with_a_message(admin: TestClient,
                                                                rt: Runtime) -> None:
    answer = submit(admin, "/admin/lists/new", "/admin/lists/new",
                    {**GOOD, "name": "S" * 201, "schedule_cron": "0 7 * * 1" + " " * 95 + "x"})
    assert answer.status_code == 400 and "3 things need fixing" in answer.text  # name, slug, cron
    assert "At most 200 characters" in answer.text and "At most 100 characters" in answer.text
    with rt.sessions() as session:
        assert session.scalar(select(MailingList.id)) is None


def test_a_line_break_in_the_list_or_sender_name_is_refused(
        admin: TestClient, rt: Runtime) -> None:
    # Both head every copy (List-Id, From): a CR/LF there would fail the list's every send.
    answer = submit(admin, "/admin/lists/new", "/admin/lists/new",
                    {**GOOD, "name": "Evil\r\nBcc: x@example.org",
                     "from_name": "Pub\r\nBcc: a@example.org"})
    assert answer.status_code == 400
    assert "2 things need fixing; nothing was saved" in answer.text
    assert "Use one line, without control characters." in answer.text
    with rt.sessions() as session:
        assert session.scalar(select(MailingList.id)) is None
