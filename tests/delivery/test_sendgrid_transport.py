"""The sendgrid transport, driving the real `sendgrid` client against the loopback sink."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from digest.delivery.transports.base import (
    Message,
    Recipient,
    TransportError,
    personalise,
)
from digest.delivery.transports.sendgrid import (
    SendGridTransport,
    build_payload,
    classify_failure,
    retry_after_seconds,
)
from digest.local.sendgrid_sink import Sink, SinkConfig, validate_mail_send

DATA = Path(__file__).parent.parent / "data" / "sendgrid"
KEY = "SG.transport-test"

EDITION = Message(
    edition_id=42,
    subject="Syria, -name-: up to speed",
    html=(DATA / "edition.html").read_text(),
    text=(DATA / "edition.txt").read_text(),
    from_email="digest@example.org",
    from_name="Syria Digest",
    reply_to="editors@example.org",
    categories=("syria", "digest", "syria"),
    list_id="Syria digest <syria.digest.example.org>",
)


def reader(n: int) -> Recipient:
    return Recipient(
        delivery_id=9000 + n,
        subscriber_id=500 + n,
        email=f"reader{n}@example.org",
        name=f"Reader {n}",
        substitutions={
            "-name-": f"Reader {n}",
            "-unsubscribe_url-": f"https://digest.example.org/u/{n}",
            "-preferences_url-": f"https://digest.example.org/p/{n}",
        },
        unsubscribe_url=f"https://digest.example.org/u/{n}",
        unsubscribe_mailto=f"unsubscribe+{n}@digest.example.org",
    )


@pytest.fixture
def sink() -> Iterator[Sink]:
    with Sink(SinkConfig(api_keys=frozenset({KEY}))) as running:
        yield running


def transport_for(sink: Sink, key: str = KEY, timeout: float = 5.0) -> SendGridTransport:
    return SendGridTransport(key, host=sink.url, timeout=timeout)


def test_the_payload_for_a_full_batch_passes_sendgrids_schema_and_rules() -> None:
    payload = build_payload(EDITION, [reader(n) for n in range(1000)])
    assert validate_mail_send(payload) == []
    assert [c["type"] for c in payload["content"]] == ["text/plain", "text/html"]
    assert payload["categories"] == ["syria", "digest"]
    assert payload["headers"] == {"List-Id": EDITION.list_id}
    assert payload["reply_to"] == {"email": "editors@example.org"}


def test_each_personalization_carries_one_readers_headers_and_ids() -> None:
    (only,) = build_payload(EDITION, [reader(3)])["personalizations"]
    assert only["to"] == [{"email": "reader3@example.org", "name": "Reader 3"}]
    assert only["custom_args"] == {
        "edition_id": "42",
        "subscriber_id": "503",
        "delivery_id": "9003",
    }
    assert only["headers"] == {
        "List-Unsubscribe": (
            "<https://digest.example.org/u/3>, <mailto:unsubscribe+3@digest.example.org>"
        ),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    assert only["substitutions"]["-preferences_url-"] == "https://digest.example.org/p/3"


def test_one_click_is_only_offered_for_an_https_target() -> None:
    plain = Recipient(1, 1, "a@example.org", unsubscribe_url="http://insecure.example/u")
    mail_only = Recipient(2, 2, "b@example.org", unsubscribe_mailto="mailto:u@example.org")
    nothing = Recipient(3, 3, "c@example.org")
    items = build_payload(EDITION, [plain, mail_only, nothing])["personalizations"]
    assert items[0]["headers"] == {"List-Unsubscribe": "<http://insecure.example/u>"}
    assert items[1]["headers"] == {"List-Unsubscribe": "<mailto:u@example.org>"}
    assert "headers" not in items[2] and "substitutions" not in items[2]
    assert items[2]["to"] == [{"email": "c@example.org"}]


def test_an_accepted_batch_reaches_exactly_its_readers_with_their_values(sink: Sink) -> None:
    readers = [reader(n) for n in range(3)]
    result = transport_for(sink).send(EDITION, readers)
    assert result.accepted == 3
    (record,) = sink.messages
    assert result.provider_message_id == record["message_id"]
    got = sink.recipients()
    assert [g.email for g in got] == [r.email for r in readers]
    for seen, sent in zip(got, readers, strict=True):
        # Values that read the same escaped (these names and URLs) are sent once.
        assert seen.substitutions == dict(sent.substitutions)
        assert seen.custom_args == {
            "edition_id": "42",
            "subscriber_id": str(sent.subscriber_id),
            "delivery_id": str(sent.delivery_id),
        }
        assert seen.headers["List-Unsubscribe"].startswith(f"<{sent.unsubscribe_url}>")
    html = next(c["value"] for c in record["content"] if c["type"] == "text/html")
    second_copy = personalise(html, got[1].substitutions)
    assert "Hello Reader 1," in second_copy and "https://digest.example.org/u/1" in second_copy
    assert record["categories"] == ["syria", "digest"]


def test_a_batch_of_1000_goes_out_in_one_request(sink: Sink) -> None:
    transport_for(sink).send(EDITION, [reader(n) for n in range(1000)])
    counts = sink.counts()
    assert (counts["requests"], counts["accepted_recipients"]) == (1, 1000)


def test_a_batch_over_1000_is_refused_before_sending(sink: Sink) -> None:
    with pytest.raises(TransportError) as refused:
        transport_for(sink).send(EDITION, [reader(n) for n in range(1001)])
    assert refused.value.permanent
    assert sink.counts()["requests"] == 0


def test_sendgrids_refusal_of_1001_recipients_is_permanent(sink: Sink) -> None:
    transport = transport_for(sink)
    transport.max_batch = 5000  # let the server, not the transport, say no
    with pytest.raises(TransportError) as refused:
        transport.send(EDITION, [reader(n) for n in range(1001)])
    assert refused.value.permanent
    assert "1000 personalizations" in str(refused.value)
    assert sink.messages == []


def test_a_missing_subject_is_a_permanent_failure_quoting_sendgrid(sink: Sink) -> None:
    untitled = Message(edition_id=1, subject="", html="<p>x</p>", text="x", from_email="d@e.org")
    with pytest.raises(TransportError) as refused:
        transport_for(sink).send(untitled, [reader(1)])
    assert refused.value.permanent
    assert "subject: The subject is required" in str(refused.value)


def test_a_wrong_api_key_is_a_permanent_failure(sink: Sink) -> None:
    with pytest.raises(TransportError) as refused:
        transport_for(sink, key="SG.wrong").send(EDITION, [reader(1)])
    assert refused.value.permanent
    assert "401" in str(refused.value)


def test_a_body_over_30_mb_is_a_permanent_failure(sink: Sink) -> None:
    huge = Message(
        edition_id=1, subject="s", html="x" * (31 * 1024 * 1024), text="", from_email="d@e.org"
    )
    with pytest.raises(TransportError) as refused:
        transport_for(sink).send(huge, [reader(1)])
    assert refused.value.permanent
    assert "413" in str(refused.value)


def test_a_429_is_transient_and_says_how_long_to_wait() -> None:
    config = SinkConfig(fail_429_share=1.0, retry_after_seconds=7)
    with Sink(config) as limited, pytest.raises(TransportError) as limited_error:
        transport_for(limited).send(EDITION, [reader(1)])
    assert not limited_error.value.permanent
    assert limited_error.value.retry_after == 7.0


def test_a_5xx_is_transient() -> None:
    with Sink(SinkConfig(fail_5xx_share=1.0)) as broken:
        with pytest.raises(TransportError) as failed:
            transport_for(broken).send(EDITION, [reader(1)])
        assert broken.counts()["injected_5xx"] == 1
    assert not failed.value.permanent


def test_a_server_slower_than_the_timeout_is_a_transient_failure() -> None:
    with Sink(SinkConfig(latency_ms=1500)) as slow:
        started = time.monotonic()
        with pytest.raises(TransportError) as timed_out:
            transport_for(slow, timeout=0.3).send(EDITION, [reader(1)])
        assert time.monotonic() - started < 1.2
    assert not timed_out.value.permanent
    # The request went out whole: the sink may still accept it, so it is not safe to resend.
    assert timed_out.value.maybe_delivered


def test_an_unreachable_host_is_a_transient_failure() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    transport = SendGridTransport(KEY, host=f"http://127.0.0.1:{free_port}", timeout=2)
    with pytest.raises(TransportError) as unreachable:
        transport.send(EDITION, [reader(1)])
    assert not unreachable.value.permanent
    assert not unreachable.value.maybe_delivered


def test_a_closed_transport_refuses_to_send(sink: Sink) -> None:
    transport = transport_for(sink)
    transport.close()
    with pytest.raises(RuntimeError):
        transport.send(EDITION, [reader(1)])


@pytest.mark.parametrize(("status", "permanent"), [(400, True), (401, True), (403, True),
                                                   (413, True), (429, False), (500, False),
                                                   (502, False), (503, False)])  # fmt: skip
def test_each_status_is_classified_as_sendgrid_documents(status: int, permanent: bool) -> None:
    body = b'{"errors":[{"message":"access forbidden","field":null}]}'
    error = classify_failure(status, body, {})
    assert error.permanent is permanent
    assert f"{status}: access forbidden" in str(error)


def test_a_body_that_is_not_sendgrids_error_document_is_quoted_as_is() -> None:
    assert "upstream connect error" in str(classify_failure(503, b"upstream connect error", {}))


def test_the_wait_is_read_from_retry_after_or_the_rate_limit_reset() -> None:
    now = 1_700_000_000.0
    assert retry_after_seconds({"Retry-After": "12"}, now) == 12.0
    later = format_datetime(datetime.fromtimestamp(now, UTC) + timedelta(seconds=30), usegmt=True)
    assert retry_after_seconds({"Retry-After": later}, now) == 30.0
    assert retry_after_seconds({"X-RateLimit-Reset": str(int(now) + 45)}, now) == 45.0
    assert retry_after_seconds({"X-RateLimit-Reset": "5"}, now) == 5.0
    assert retry_after_seconds({"X-RateLimit-Reset": str(int(now) - 10)}, now) == 0.0
    assert retry_after_seconds({}, now) is None
    assert classify_failure(429, b"", {"Retry-After": "3"}, now).retry_after == 3.0


def test_names_are_escaped_in_the_html_part_but_not_in_the_text() -> None:
    from digest.delivery.transports.base import Message, Recipient
    from digest.delivery.transports.sendgrid import build_payload

    message = Message(edition_id=1, subject="S", html="<p>Hi -name-</p>", text="Hi -name-",
                      from_email="d@example.org")
    rana = Recipient(delivery_id=1, subscriber_id=1, email="r@example.org",
                     substitutions={"-name-": "<b>Rana & co</b>"})
    payload = build_payload(message, [rana])
    html = next(c["value"] for c in payload["content"] if c["type"] == "text/html")
    text = next(c["value"] for c in payload["content"] if c["type"] == "text/plain")
    subs = payload["personalizations"][0]["substitutions"]
    # What SendGrid will show: each part with its own token replaced.
    shown_html = html.replace("-name.html-", subs["-name.html-"])
    shown_text = text.replace("-name-", subs["-name-"])
    assert shown_html == "<p>Hi &lt;b&gt;Rana &amp; co&lt;/b&gt;</p>"
    assert shown_text == "Hi <b>Rana & co</b>"


def test_only_values_that_change_when_escaped_get_an_html_twin() -> None:
    from digest.delivery.transports.base import Message, Recipient, personalise
    from digest.delivery.transports.sendgrid import build_payload

    message = Message(edition_id=1, subject="S", text="Hi -name- -u-",
                      html="<p>Hi -name-</p><a href='-u-'>leave</a>", from_email="d@example.org")
    readers = [Recipient(delivery_id=n, subscriber_id=n, email=f"{n}@example.org",
                         substitutions={"-name-": name, "-u-": f"https://d.example.org/u/{n}.x"})
               for n, name in enumerate(["Ann", "Seán O'Brien"])]
    payload = build_payload(message, readers)
    html = next(c["value"] for c in payload["content"] if c["type"] == "text/html")
    shown = [personalise(html, p["substitutions"]) for p in payload["personalizations"]]
    assert shown == ["<p>Hi Ann</p><a href='https://d.example.org/u/0.x'>leave</a>",
                     "<p>Hi Seán O&#x27;Brien</p><a href='https://d.example.org/u/1.x'>leave</a>"]
    # The link reads the same escaped, so it travels once per reader, not twice.
    assert all(len(p["substitutions"]) == 3 for p in payload["personalizations"])
