"""One console: every job in the menu answers, the audit log reads as words, settings show
what is in effect with secrets masked."""

from __future__ import annotations

from fastapi.testclient import TestClient

from digest.audience.lists import create_list
from digest.audience.subscribers import set_status, subscribe
from digest.models import MembershipStatus
from digest.runtime import Runtime
from digest.web.admin.audit_text import describe
from digest.web.admin.menu import CONSOLE_MENU

JOBS = ["Dashboard", "Lists & schedules", "People", "Feeds & topics", "Editions & sends",
        "Audit log", "Settings"]


def test_every_page_in_the_menu_opens_and_marks_itself_current(admin: TestClient) -> None:
    assert [section.label for section in CONSOLE_MENU] == JOBS
    for section in CONSOLE_MENU:
        for _, href in section.pages or ((section.label, section.href),):
            answer = admin.get(href)
            assert answer.status_code == 200, href
            assert f'<a href="{section.href}" aria-current="page">' in answer.text, href
            assert ">Sign out</button>" in answer.text


def test_the_audit_log_says_what_happened_in_words(admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        membership = subscribe(session, ml.id, "rana@example.org",
                               status=MembershipStatus.PENDING)
        set_status(session, membership, MembershipStatus.BOUNCED, actor="sendgrid:bounce",
                   reason="550 5.1.1 mailbox unavailable")
    log = admin.get("/admin/audit").text
    assert "joined as pending" in log
    assert "pending → bounced" in log and "550 5.1.1 mailbox unavailable" in log
    assert 'href="/admin/people/1"' in log and "{&#39;" not in log and "{'" not in log
    only = admin.get("/admin/audit", params={"actor": "sendgrid"}).text
    assert "pending → bounced" in only and "joined as pending" not in only


def test_edits_read_as_fields_and_values() -> None:
    assert describe("admin_update", {"pk": "2", "changes": {"schedule_cron": "0 8 * * *"}}) \
        == "schedule cron = 0 8 * * *"
    assert describe("send", {"recipients": 3}) == "send started for 3 recipients"


def test_settings_show_what_is_in_effect_with_secrets_masked(admin: TestClient) -> None:
    page = admin.get("/admin/settings").text
    assert "DIGEST_BASE_URL" in page and "DIGEST_SECRET_KEY" in page
    assert "********" in page and "alice" in page


def test_lists_and_flags_in_an_edit_read_as_words() -> None:
    assert describe("admin_create", {"changes": {"topics": ["syria", "economy"],
                                                 "is_paid": False}}) == \
        "topics = syria, economy; is paid = no"
