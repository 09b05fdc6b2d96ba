"""Reader pages lead somewhere: the web edition has a header back to the archive, the
archive offers subscribing, and an unsubscribed reader is told so and offered a way back."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from digest.audience.lists import create_list
from digest.models import MembershipStatus
from digest.runtime import Runtime
from digest.web.public.web_edition import for_the_web
from tests.web.support import outbox, submit
from tests.web.test_archive import sent_edition
from tests.web.test_public import member, status_of


@pytest.fixture
def list_id(rt: Runtime) -> int:
    with rt.sessions() as session, session.begin():
        return create_list(session, "Syria Digest").id


EMAIL_TOP = ('<html><head><title>x</title></head><body class="body"><table><tr><td class="top" '
             'style="color:#5c5c5c">Syria Digest &middot; 25 November &middot; <a href="https://'
             'digest.example.org/editions/syria-digest/x" class="link" style="color:#0b4f8a">'
             'View in your browser</a></td></tr></table></body></html>')


def test_the_web_edition_drops_view_in_your_browser_and_gets_a_header() -> None:
    page = for_the_web(EMAIL_TOP, '<header id="h">Archive</header>', ".h { color: red }")
    assert "View in your browser" not in page and "&middot; <a" not in page
    assert 'Syria Digest &middot; 25 November</td>' in page
    assert page.index('<header id="h">') == page.index('<body class="body">') + 19
    # Inline, like the email's own styles: a rendered edition's policy allows nothing else.
    assert "<style>.h { color: red }</style></head>" in page


def test_the_style_sheets_are_served_and_nothing_else(client: TestClient) -> None:
    answer = client.get("/static/reader.css")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/css")
    assert client.get("/static/secrets.env").status_code == 404
    assert client.get("/static/web-edition.css").status_code == 404  # inlined, not served


def test_the_archive_links_to_subscribing(client: TestClient, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        sent_edition(session, "Syria Digest")
    archive = client.get("/archive").text
    assert '<a href="/lists/syria-digest/subscribe">Subscribe to Syria Digest</a>' in archive


def test_an_unsubscribed_reader_is_told_so_and_can_subscribe_again(
        client: TestClient, rt: Runtime, list_id: int) -> None:
    unsubscribe, preferences = member(rt, "rana@example.org", list_id)
    assert "You are unsubscribed" not in client.get(preferences).text
    done = client.post(unsubscribe, content=b"List-Unsubscribe=One-Click",
                       headers={"Content-Type": "application/x-www-form-urlencoded"}).text
    assert "You are unsubscribed" in done
    assert 'href="/lists/syria-digest/subscribe"' in done and 'href="/archive"' in done
    page = client.get(preferences).text
    assert "You are unsubscribed" in page and "Subscribe again" in page
    assert "Unsubscribe from Syria Digest" not in page
    again = submit(client, preferences, "/lists/syria-digest/subscribe",
                   {"email": "rana@example.org", "name": ""})
    assert again.status_code == 200
    assert status_of(rt, "rana@example.org") == MembershipStatus.PENDING
    assert outbox(rt.settings)[-1]["To"].addresses[0].addr_spec == "rana@example.org"


def test_the_time_zone_picker_puts_common_zones_first_without_oddities(
        client: TestClient, rt: Runtime, list_id: int) -> None:
    _, preferences = member(rt, "rana@example.org", list_id)
    page = client.get(preferences).text
    assert page.index('<optgroup label="Common">') < page.index("Africa/Abidjan")
    assert page.index("Asia/Damascus") < page.index("Africa/Abidjan")
    assert ">localtime<" not in page and ">Factory<" not in page


def test_the_view_link_goes_even_when_an_attribute_holds_a_bracket() -> None:
    html = ('<body><p>Syria Digest &#183; 7 Dec &#183; <a class="link" href="<base>/x" '
            'style="color: #0b5cad">View in your browser</a></p></body>')
    assert for_the_web(html, "<header>h</header>", "b{}") == \
        "<body><style>b{}</style><header>h</header><p>Syria Digest &#183; 7 Dec</p></body>"
