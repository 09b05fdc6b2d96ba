"""`digest feeds ...` and `digest fetch` as an operator runs them."""

import json
from pathlib import Path

import pytest
import typer
from sqlalchemy import func, select
from typer.testing import CliRunner

from digest.commands import feeds
from digest.config import get_settings
from digest.models import Feed, Item
from digest.runtime import Runtime
from tests.ingest.site import Route, Site, item, rss

DATA = Path(__file__).parent.parent / "data" / "ingest"
GOOD = rss(item("Aleppo market reopens", guid="a-1", link="http://outlet.test/a1",
                date="Wed, 04 Dec 2024 09:00:00 GMT"))


@pytest.fixture
def cli(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    """The feeds commands on the test database, with loopback feeds allowed."""
    monkeypatch.setenv("DIGEST_DATABASE_URL", rt.settings.effective_database_url)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DIGEST_ALLOW_PRIVATE_FEEDS", "1")
    monkeypatch.setenv("DIGEST_FETCH_PARSE_WORKERS", "1")
    get_settings.cache_clear()
    app = typer.Typer()
    app.add_typer(feeds.app, name="feeds")
    app.command("fetch")(feeds.fetch)
    return app


def run(app: typer.Typer, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def count_items(rt: Runtime) -> int:
    with rt.sessions() as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0


def test_fetch_exits_0_when_some_feeds_fail_and_lists_their_errors(
    cli: typer.Typer, rt: Runtime
) -> None:
    with Site({"/good.xml": Route(GOOD)}) as site:
        run(cli, "feeds", "add", site.url + "/good.xml")
        run(cli, "feeds", "add", site.url + "/missing.xml")
        code, output = run(cli, "fetch")
    assert code == 0
    assert "2 feeds" in output and "1 failed" in output and "HTTP 404" in output
    assert count_items(rt) == 1


def test_fetch_exits_1_only_when_no_feed_could_be_refreshed(cli: typer.Typer) -> None:
    with Site({}) as site:
        run(cli, "feeds", "add", site.url + "/missing.xml")
        code, output = run(cli, "fetch")
    assert code == 1 and "404" in output


def test_fetch_with_nothing_due_is_not_a_failure(cli: typer.Typer) -> None:
    with Site({"/good.xml": Route(GOOD)}) as site:
        run(cli, "feeds", "add", site.url + "/good.xml")
        assert run(cli, "fetch")[0] == 0
        code, output = run(cli, "fetch")
        again, output_all = run(cli, "fetch", "--all")
    assert code == 0 and "No feeds are due" in output
    assert again == 0 and "1 not modified" in output_all


def test_feeds_list_json_shows_health_per_feed(cli: typer.Typer) -> None:
    with Site({"/good.xml": Route(GOOD)}) as site:
        run(cli, "feeds", "add", site.url + "/good.xml")
        run(cli, "feeds", "add", site.url + "/broken.xml")
        run(cli, "fetch")
        code, output = run(cli, "feeds", "list", "--json")
    rows = {row["url"].rsplit("/", 1)[1]: row for row in json.loads(output)}
    assert code == 0
    for key in ("url", "title", "item_count", "last_status", "last_error",
                "consecutive_failures", "items_per_day", "last_success_at"):
        assert key in rows["good.xml"]
    assert rows["good.xml"]["item_count"] == 1 and rows["good.xml"]["title"] == "Test Outlet"
    assert rows["broken.xml"]["consecutive_failures"] == 1
    assert rows["broken.xml"]["last_status"] == 404 and "404" in rows["broken.xml"]["last_error"]


def test_feeds_list_prints_a_table(cli: typer.Typer) -> None:
    with Site({"/good.xml": Route(GOOD)}) as site:
        run(cli, "feeds", "add", site.url + "/good.xml")
        run(cli, "fetch")
        code, output = run(cli, "feeds", "list")
    assert code == 0 and "Test" in output and "day" in output  # narrow terminal: cells wrap


def test_feeds_check_shows_what_would_be_stored_and_stores_nothing(
    cli: typer.Typer, rt: Runtime
) -> None:
    with Site({"/good.xml": Route(GOOD)}) as site:
        code, output = run(cli, "feeds", "check", site.url + "/good.xml", "--json")
    shown = json.loads(output)
    assert code == 0 and shown["title"] == "Test Outlet"
    assert [i["title"] for i in shown["items"]] == ["Aleppo market reopens"]
    assert count_items(rt) == 0
    with rt.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Feed)) == 0


def test_feeds_check_on_a_web_page_fails_with_the_reason(cli: typer.Typer) -> None:
    with Site({"/": Route(b"<html><body>home</body></html>", content_type="text/html")}) as site:
        code, output = run(cli, "feeds", "check", site.url + "/")
    assert code == 1


def test_opml_import_then_export_round_trips_the_feed_list(
    cli: typer.Typer, tmp_path: Path
) -> None:
    code, output = run(cli, "feeds", "import", str(DATA / "subscriptions.opml"))
    again, output_again = run(cli, "feeds", "import", str(DATA / "subscriptions.opml"))
    exported, opml = run(cli, "feeds", "export")
    assert code == 0 and "4 feeds added" in output
    assert again == 0 and "0 feeds added, 4 already present" in output_again
    assert exported == 0 and opml.count("<outline") == 4 and 'title="Al Jazeera"' in opml


def test_a_disabled_feed_can_be_enabled_again(cli: typer.Typer, rt: Runtime) -> None:
    with Site({"/gone.xml": Route(b"", status=410, content_type="text/plain")}) as site:
        run(cli, "feeds", "add", site.url + "/gone.xml")
        run(cli, "fetch")
        code, _ = run(cli, "feeds", "enable", site.url + "/gone.xml")
    with rt.sessions() as session:
        feed = session.scalars(select(Feed)).one()
        assert code == 0 and not feed.disabled and feed.next_check_at is None


def test_adding_a_loopback_feed_warns_that_its_fetches_will_be_refused(
    cli: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_ALLOW_PRIVATE_FEEDS", "0")
    get_settings.cache_clear()
    code, output = run(cli, "feeds", "add", "http://127.0.0.1:8765/feed.xml")
    assert code == 0 and "Added feed 1: http://127.0.0.1:8765/feed.xml" in output
    assert "127.0.0.1 is not a public address" in output
    assert "DIGEST_ALLOW_PRIVATE_FEEDS=1" in output
    # The command's error (shown by digest's entry point as "digest: <why>", exit 1).
    refused = CliRunner().invoke(cli, ["feeds", "add", "http://127.0.0.1:8765/feed.xml\nX: 1"])
    assert "spaces or control characters in the URL" in str(refused.exception)
