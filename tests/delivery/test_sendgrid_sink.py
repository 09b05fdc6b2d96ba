"""The SendGrid-compatible sink, spoken to over loopback HTTP like SendGrid itself."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from digest.local.sendgrid_sink import Sink, SinkConfig, read_records, recipients_of

DATA = Path(__file__).parent.parent / "data" / "sendgrid"
EXAMPLES = json.loads((DATA / "mail_send_request.examples.json").read_text())


def honour_nullable(schema: Any) -> Any:
    """The error schema is OpenAPI 3.0 flavoured: `nullable: true` also allows null."""
    if isinstance(schema, dict):
        out = {k: honour_nullable(v) for k, v in schema.items() if k != "nullable"}
        if schema.get("nullable"):
            out["type"] = [schema["type"], "null"]
        return out
    return schema


ERROR_SCHEMA = honour_nullable(
    json.loads((DATA / "mail_send_error_response.schema.json").read_text())
)
KEY = "SG.test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}


def mail(recipients: int = 1, **overrides: Any) -> dict[str, Any]:
    """A valid mail-send body with one personalization per recipient."""
    body: dict[str, Any] = {
        "personalizations": [
            {"to": [{"email": f"reader{i}@example.org"}], "custom_args": {"delivery_id": str(i)}}
            for i in range(recipients)
        ],
        "from": {"email": "digest@example.org", "name": "Digest"},
        "subject": "Syria: up to speed",
        "content": [
            {"type": "text/plain", "value": "Hello -name-"},
            {"type": "text/html", "value": "<p>Hello -name-</p>"},
        ],
    }
    body.update(overrides)
    return body


@pytest.fixture
def sink() -> Iterator[Sink]:
    with Sink(SinkConfig(api_keys=frozenset({KEY}))) as running:
        yield running


def post(sink: Sink, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.post(
        f"{sink.url}/v3/mail/send", json=body, headers=AUTH if headers is None else headers
    )


def errors_of(response: httpx.Response) -> list[dict[str, Any]]:
    document = response.json()
    jsonschema.validate(document, ERROR_SCHEMA)
    return list(document["errors"])


def test_it_accepts_sendgrids_own_example_and_records_every_address(sink: Sink) -> None:
    response = post(sink, EXAMPLES["MailSendNoTemplate"]["value"])
    assert response.status_code == 202
    message_id = response.headers["X-Message-Id"]
    assert len(message_id) == 22
    assert [m["message_id"] for m in sink.messages] == [message_id]
    emails = [r.email for r in sink.recipients()]
    expected = ["alex", "bola", "charlie", "dana", "ira", "lee"]
    assert emails == [f"{name}@example.com" for name in expected]
    assert sink.counts()["accepted_recipients"] == 6


def test_a_template_send_needs_neither_subject_nor_content(sink: Sink) -> None:
    assert post(sink, EXAMPLES["MailSendDynamicTemplate"]["value"]).status_code == 202


def test_it_records_substitutions_headers_and_custom_args_per_personalization(sink: Sink) -> None:
    body = mail(2)
    body["personalizations"][1]["substitutions"] = {"-name-": "Rana"}
    body["personalizations"][1]["headers"] = {"List-Unsubscribe": "<mailto:u@example.org>"}
    assert post(sink, body).status_code == 202
    first, second = sink.recipients()
    assert first == ("reader0@example.org", {"delivery_id": "0"}, {}, {})
    assert second.substitutions == {"-name-": "Rana"}
    assert second.headers == {"List-Unsubscribe": "<mailto:u@example.org>"}


def test_1001_personalizations_are_refused_with_sendgrids_message(sink: Sink) -> None:
    response = post(sink, mail(1001))
    assert response.status_code == 400
    messages = [e["message"] for e in errors_of(response)]
    assert any("limited to 1000 personalizations" in m for m in messages)
    assert sink.messages == []


def test_1001_recipients_spread_over_fewer_personalizations_are_refused(sink: Sink) -> None:
    body = mail(1)
    body["personalizations"][0]["to"] = [{"email": f"r{i}@example.org"} for i in range(600)]
    body["personalizations"].append({"to": [{"email": f"s{i}@example.org"} for i in range(401)]})
    response = post(sink, body)
    assert response.status_code == 400
    assert "limit of 1000 total recipients" in errors_of(response)[0]["message"]


def test_exactly_1000_recipients_are_accepted(sink: Sink) -> None:
    assert post(sink, mail(1000)).status_code == 202
    assert sink.counts()["accepted_recipients"] == 1000


def test_a_missing_subject_is_refused_unless_every_personalization_has_one(sink: Sink) -> None:
    body = mail(2)
    del body["subject"]
    response = post(sink, body)
    assert response.status_code == 400
    assert [e["field"] for e in errors_of(response)] == ["subject"]
    for item in body["personalizations"]:
        item["subject"] = "Yours"
    assert post(sink, body).status_code == 202


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"content": []}, "content"),
        ({"from": None}, "from"),
        ({"personalizations": [{"cc": [{"email": "a@example.org"}]}]}, "personalizations.0.to"),
        ({"personalizations": []}, "personalizations"),
        ({"categories": ["same", "same"]}, "categories"),
    ],
)
def test_a_body_breaking_a_documented_rule_is_refused(
    sink: Sink, change: dict[str, Any], field: str
) -> None:
    body = {k: v for k, v in mail(1, **change).items() if v is not None}
    response = post(sink, body)
    assert response.status_code == 400
    assert field in [e["field"] for e in errors_of(response)]


def test_html_before_plain_text_is_refused(sink: Sink) -> None:
    body = mail(1)
    body["content"].reverse()
    assert post(sink, body).status_code == 400


def test_an_address_twice_in_one_personalization_is_refused(sink: Sink) -> None:
    body = mail(1)
    body["personalizations"][0]["bcc"] = [{"email": "READER0@example.org"}]
    assert errors_of(post(sink, body))[0]["field"] == "personalizations.0"


def test_a_reserved_header_is_refused(sink: Sink) -> None:
    body = mail(1)
    body["personalizations"][0]["headers"] = {"Subject": "sneaky"}
    assert post(sink, body).status_code == 400


def test_a_schema_violation_names_the_field(sink: Sink) -> None:
    body = mail(1)
    body["personalizations"][0]["to"][0]["email"] = "not-an-address"
    response = post(sink, body)
    assert response.status_code == 400
    assert "personalizations.0.to.0.email" in [e["field"] for e in errors_of(response)]


def test_a_body_that_is_not_json_is_a_bad_request(sink: Sink) -> None:
    response = httpx.post(f"{sink.url}/v3/mail/send", content=b"{nope", headers=AUTH)
    assert response.status_code == 400
    assert errors_of(response)


def test_a_gzip_compressed_body_is_accepted(sink: Sink) -> None:
    packed = gzip.compress(json.dumps(mail(3)).encode())
    headers = {**AUTH, "Content-Encoding": "gzip", "Content-Type": "application/json"}
    response = httpx.post(f"{sink.url}/v3/mail/send", content=packed, headers=headers)
    assert response.status_code == 202
    assert len(sink.recipients()) == 3


def test_a_body_of_30_mb_is_too_large(sink: Sink) -> None:
    body = mail(1)
    body["content"][1]["value"] = "x" * (30 * 1024 * 1024)
    response = post(sink, body)
    assert response.status_code == 413
    assert errors_of(response)[0]["message"] == "content too large"
    assert sink.counts()["rejected_4xx"] == 1


def test_a_request_without_a_bearer_key_is_unauthorised(sink: Sink) -> None:
    response = post(sink, mail(1), headers={})
    assert response.status_code == 401
    assert errors_of(response)[0]["message"] == "authorization required"
    assert post(sink, mail(1), headers={"Authorization": "Bearer other"}).status_code == 401
    assert sink.messages == []


def test_without_configured_keys_any_non_empty_key_is_accepted() -> None:
    with Sink() as open_sink:
        assert post(open_sink, mail(1), headers={"Authorization": "Bearer x"}).status_code == 202
        assert post(open_sink, mail(1), headers={"Authorization": "Bearer"}).status_code == 401


def test_an_injected_429_carries_rate_limit_headers() -> None:
    config = SinkConfig(fail_429_share=1.0, retry_after_seconds=7)
    with Sink(config) as limited:
        before = time.time()
        response = post(limited, mail(1))
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "7"
        assert response.headers["X-RateLimit-Remaining"] == "0"
        assert int(response.headers["X-RateLimit-Reset"]) >= int(before) + 7
        assert limited.counts()["injected_429"] == 1
        assert limited.messages == []


def test_injected_faults_hit_about_their_share_and_the_rest_is_accepted() -> None:
    config = SinkConfig(fail_429_share=0.2, fail_5xx_share=0.2, seed=11)
    with Sink(config) as flaky, httpx.Client() as client:
        statuses = [
            client.post(f"{flaky.url}/v3/mail/send", json=mail(1), headers=AUTH).status_code
            for _ in range(200)
        ]
        counts = flaky.counts()
    assert statuses.count(429) == counts["injected_429"]
    assert sum(s >= 500 for s in statuses) == counts["injected_5xx"]
    assert 20 <= counts["injected_429"] <= 60
    assert 20 <= counts["injected_5xx"] <= 60
    assert (
        statuses.count(202) == counts["accepted_messages"] == 200 - sum(s != 202 for s in statuses)
    )


def test_added_latency_delays_every_answer() -> None:
    with Sink(SinkConfig(latency_ms=300)) as slow:
        started = time.monotonic()
        assert post(slow, mail(1)).status_code == 202
        assert time.monotonic() - started >= 0.3


def test_concurrent_clients_are_all_recorded(sink: Sink) -> None:
    def send_ten(worker: int) -> None:
        with httpx.Client() as client:
            for n in range(10):
                body = mail(1)
                body["personalizations"][0]["to"][0]["email"] = f"w{worker}n{n}@example.org"
                client.post(f"{sink.url}/v3/mail/send", json=body, headers=AUTH)

    workers = [threading.Thread(target=send_ten, args=(w,)) for w in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    emails = {r.email for r in sink.recipients()}
    assert emails == {f"w{w}n{n}@example.org" for w in range(8) for n in range(10)}
    assert sink.counts()["requests"] == 80


def test_the_inspection_endpoints_report_and_reset(sink: Sink) -> None:
    post(sink, mail(2))
    post(sink, mail(1), headers={})
    counts = httpx.get(f"{sink.url}/_sink/counts").json()
    assert counts == {
        "requests": 2,
        "accepted_messages": 1,
        "accepted_recipients": 2,
        "rejected_4xx": 1,
        "injected_429": 0,
        "injected_5xx": 0,
    }
    assert httpx.get(f"{sink.url}/_sink/messages").json() == sink.messages
    assert httpx.post(f"{sink.url}/_sink/reset").status_code == 200
    assert sink.counts()["requests"] == 0
    assert sink.messages == []


def test_unknown_paths_and_methods_answer_like_sendgrid(sink: Sink) -> None:
    assert httpx.get(f"{sink.url}/v3/mail/send", headers=AUTH).status_code == 405
    assert httpx.post(f"{sink.url}/v3/mail/batch", headers=AUTH).status_code == 404


def test_the_record_file_lets_another_reader_see_who_got_what(tmp_path: Path) -> None:
    record = tmp_path / "accepted.jsonl"
    with Sink(SinkConfig(record_path=record, keep_records=False)) as sink:
        post(sink, mail(3))
        post(sink, mail(2))
        assert sink.messages == []
    records = read_records(record)
    assert [len(r["personalizations"]) for r in records] == [3, 2]
    assert [r.email for r in recipients_of(records)][:3] == [
        f"reader{i}@example.org" for i in range(3)
    ]


def test_the_command_serves_until_stopped_and_records_to_a_file(tmp_path: Path) -> None:
    record = tmp_path / "accepted.jsonl"
    script = (
        "import typer\n"
        "from digest.commands.sendgrid_sink import register\n"
        "app = typer.Typer()\n"
        "app.callback()(lambda: None)\n"
        "register(app)\n"
        "app()\n"
    )
    command = [sys.executable, "-c", script, "sendgrid-sink", "--port", "0"]
    command += ["--api-key", KEY, "--record", str(record)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        response = httpx.post(f"{url}/v3/mail/send", json=mail(2), headers=AUTH)
        assert response.status_code == 202
        assert httpx.post(f"{url}/v3/mail/send", json=mail(2)).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
    (only,) = read_records(record)
    assert only["message_id"] == response.headers["X-Message-Id"]


def test_a_malformed_content_length_gets_a_400_and_the_sink_keeps_serving(sink: Sink) -> None:
    import socket
    from urllib.parse import urlsplit

    where = urlsplit(sink.url)
    for bad in ("abc", "-5"):
        with socket.create_connection((where.hostname, where.port), timeout=5) as raw:
            raw.sendall(f"POST /v3/mail/send HTTP/1.1\r\nHost: x\r\nContent-Length: {bad}"
                        "\r\n\r\n".encode())
            assert raw.recv(200).split(b"\r\n")[0].endswith(b" 400 Bad Request")
    assert httpx.post(f"{sink.url}/v3/mail/send", json={}, timeout=5).status_code in {400, 401}
