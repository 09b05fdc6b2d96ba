"""1. A feed cannot collect readers' private links through personalisation placeholders.

A hostile outlet, served over loopback, puts `-unsubscribe_url-`, `-preferences_url-` and
`-name-` in an item's headline, link and summary.  The item goes through fetch, tag, group,
build and a real send (into the outbox, and into the SendGrid-compatible sink with
SendGrid's own substitution rule applied), and the archive page signed in as a reader:
no reader's token or name reaches the feed's text, and the real footer links still work.
"""

from __future__ import annotations

import email
import html as markup
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import find_subscriber, subscribe
from digest.delivery.transports.base import Transport
from digest.delivery.transports.outbox import OutboxTransport
from digest.delivery.transports.sendgrid import SendGridTransport
from digest.lifecycle.cycle import run_cycle
from digest.lifecycle.queue import InProcess
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.local.sendgrid_sink import Sink, SinkConfig
from digest.models import Edition, EditionStatus, Feed, MailingList, utcnow
from digest.runtime import Runtime
from digest.web import readers
from digest.web.app import create_app
from tests.web.support import submit

COLLECTOR = "https://collector.example/c?u=-unsubscribe_url-&amp;p=-preferences_url-&amp;n=-name-"
HOSTILE = (
    "<item><title>Syria: HTS fighters enter Hama -unsubscribe_url- -name-</title>"
    f"<link>{COLLECTOR}</link><guid isPermaLink=\"false\">evil-1</guid><pubDate>{{D0}}</pubDate>"
    "<description>Rebels entered Hama in Syria. Hi -name- (-name.html-), see "
    "-preferences_url- now.</description></item>"
)
# An apostrophe changes when escaped: SendGrid's HTML part then uses a `-name.html-` twin.
READERS = {"rana@example.org": "Rana Haddad", "sami@example.org": "Sami O'Nasser"}


def _documents() -> dict[str, tuple[bytes, str]]:
    now = utcnow()
    documents = sample_documents(now)
    path = "/levant-wire.xml"
    body, kind = documents[path]
    hostile = HOSTILE.replace("{D0}", email.utils.format_datetime(now))
    documents[path] = (body.replace(b"<item>", hostile.encode() + b"<item>", 1), kind)
    return documents


def _from_outbox(rt: Runtime) -> Iterator[tuple[str, str, str, str]]:
    """(address, subject, text, html) of every copy written."""
    for path in sorted((rt.settings.data_dir / "outbox").glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        assert text is not None and html is not None
        yield (message["To"].addresses[0].addr_spec, str(message["Subject"]),
               text.get_content(), html.get_content())


def _from_sink(sink: Sink) -> Iterator[tuple[str, str, str, str]]:
    """The same, with SendGrid's rule: every key replaced wherever it appears, subject too."""
    for body in sink.messages:
        parts = {c["type"]: c["value"] for c in body["content"]}
        for person in body["personalizations"]:
            values = person.get("substitutions", {})
            filled = []
            for part in (body["subject"], parts["text/plain"], parts["text/html"]):
                for key, value in values.items():
                    part = part.replace(key, value)
                filled.append(part)
            yield (person["to"][0]["email"], *filled)


def _send(rt: Runtime, transport: Transport) -> None:
    with FeedServer(_documents()) as server:
        with rt.sessions() as session, session.begin():
            session.add_all(Feed(url=server.url + path) for path in FEEDS)
            ml = create_list(session, "Syria Digest")
            for address, name in READERS.items():
                subscribe(session, ml.id, address, name=name)
        report = run_cycle(rt.sessions, rt.settings,
                           InProcess(rt.sessions, rt.settings, transport), now=utcnow())
    assert report.lists[0].status == EditionStatus.SENT


def _private_values(text: str) -> list[str]:
    return re.findall(r"/(?:unsubscribe|preferences)/[A-Za-z0-9._-]{10,}", text)


def _assert_feed_text_is_inert(copies: list[tuple[str, str, str, str]]) -> None:
    assert sorted(c[0] for c in copies) == sorted(READERS)
    for address, subject, text, html in copies:
        name = READERS[address]
        collector_links = re.findall(r"collector\.example\S*", text) + re.findall(
            r'href="(https://collector\.example[^"]*)"', html)
        assert collector_links, "the hostile item must reach the edition for this test"
        for link in collector_links:
            assert "/unsubscribe/" not in link and "/preferences/" not in link
            assert name.split()[0] not in link
        assert "/unsubscribe/" not in subject and name not in subject
        headline_lines = [line for line in text.splitlines() if "HTS fighters enter Hama" in line]
        assert headline_lines and all("/unsubscribe/" not in line and name not in line
                                      for line in headline_lines)
        # Exactly the footer's own links carry this reader's tokens: two in each part, and
        # the name appears once, in the greeting.
        assert len(_private_values(text)) == 2 and len(set(_private_values(html))) == 2
        assert f"Hi {name}," in text and text.count(name) == 1
        assert html.count(markup.escape(name)) == 1


def _assert_footer_links_work(rt: Runtime, copies: list[tuple[str, str, str, str]]) -> None:
    with TestClient(create_app(rt.settings, runtime=rt),
                    base_url="https://digest.example.org") as client:
        for _address, _subject, text, _html in copies:
            for path in _private_values(text):
                if path.startswith("/preferences/"):
                    assert client.get(path).status_code == 200


@pytest.fixture
def sink() -> Iterator[Sink]:
    with Sink(SinkConfig(schema_check=False)) as running:
        yield running


def test_feed_text_cannot_collect_links_or_names_in_outbox_copies(rt: Runtime) -> None:
    _send(rt, OutboxTransport(rt.settings.data_dir / "outbox"))
    copies = list(_from_outbox(rt))
    _assert_feed_text_is_inert(copies)
    _assert_footer_links_work(rt, copies)


def test_feed_text_cannot_collect_links_or_names_through_sendgrid_substitutions(
        rt: Runtime, sink: Sink) -> None:
    _send(rt, SendGridTransport("SG.test", host=sink.url, timeout=10))
    copies = list(_from_sink(sink))
    _assert_feed_text_is_inert(copies)
    _assert_footer_links_work(rt, copies)


def test_the_archive_page_fills_only_the_footer_for_a_signed_in_reader(rt: Runtime) -> None:
    _send(rt, OutboxTransport(rt.settings.data_dir / "outbox"))
    with rt.sessions() as session:
        edition, slug = session.execute(select(Edition, MailingList.slug).join(
            MailingList, MailingList.id == Edition.list_id)).one()
        reader = find_subscriber(session, "rana@example.org")
        assert reader is not None
        link = readers.magic_link(rt.settings, reader)
    with TestClient(create_app(rt.settings, runtime=rt),
                    base_url="https://digest.example.org") as client:
        path = link.removeprefix(rt.settings.base_url)
        assert submit(client, path, path, {}).status_code == 303  # the link's button
        page = client.get(f"/editions/{slug}/{edition.slot}")
    assert page.status_code == 200
    links = re.findall(r'href="(https://collector\.example[^"]*)"', page.text)
    assert links and all("/unsubscribe/" not in x and "Rana" not in x for x in links)
    assert len(set(_private_values(page.text))) == 2
