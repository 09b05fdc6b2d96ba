"""Every form needs this session's CSRF token; a form missing it gets it injected."""

from __future__ import annotations

from fastapi.testclient import TestClient

from digest.audience.lists import create_list
from digest.models import MailingList
from digest.runtime import Runtime
from digest.web.csrf import inject_token
from tests.web.support import csrf_from


def test_a_form_post_without_the_token_is_refused(admin: TestClient) -> None:
    answer = admin.post("/admin/feeds", data={"url": "https://example.org/feed.xml"})
    assert answer.status_code == 403
    assert "This form has expired" in answer.text


def test_a_token_from_another_session_is_refused(admin: TestClient, web: object) -> None:
    with TestClient(web, base_url="https://digest.example.org") as other:  # type: ignore[arg-type]
        foreign = csrf_from(other.get("/admin/login").text)
    answer = admin.post("/admin/feeds", data={"url": "https://example.org/feed.xml",
                                              "csrf_token": foreign})
    assert answer.status_code == 403


def test_public_forms_need_the_token_too(client: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    answer = client.post("/lists/syria-digest/subscribe", data={"email": "ana@example.org"})
    assert answer.status_code == 403


def test_scripted_requests_must_come_from_our_own_origin(admin: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        list_id = create_list(session, "Syria Digest").id
    refused = admin.delete(f"/admin/lists/{list_id}",
                           headers={"Origin": "https://evil.example.com"})
    assert refused.status_code == 403
    # Past the CSRF check, the route itself answers (there is no DELETE on a list page).
    allowed = admin.delete(f"/admin/lists/{list_id}",
                           headers={"Origin": "https://digest.example.org"})
    assert allowed.status_code == 405
    with rt.sessions() as session:
        assert session.get(MailingList, list_id) is not None


def test_the_token_is_added_to_post_forms_only() -> None:
    html = ('<form method="get" action="/s"></form>\n'
            '<form action="/x"\n  method="POST" class="f">\n<input name="a"></form>')
    injected = inject_token(html, "TOKEN")
    assert injected.count('name="csrf_token" value="TOKEN"') == 1
    assert injected.index("TOKEN") > injected.index('method="POST"')
    assert inject_token(injected, "OTHER") == injected
