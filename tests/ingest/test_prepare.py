"""prepare_entries: identity, dates and cleaning of parsed entries (no I/O)."""

from datetime import UTC, datetime, timedelta

from digest.ingest.parse import ParsedEntry
from digest.ingest.prepare import prepare_document, prepare_entries
from tests.ingest.site import item, rss

NOW = datetime(2024, 12, 4, 12, 0, tzinfo=UTC)


def entry(title: str, guid: str = "", link: str = "", published: datetime | None = None,
          summary: str = "", image: str = "") -> ParsedEntry:
    return ParsedEntry(guid=guid, link=link, title=title, summary_html=summary,
                       published=published, image_url=image)


def test_a_guid_shared_by_different_stories_is_not_trusted() -> None:
    rows = prepare_entries([entry("One", "same", "http://x.test/1"),
                            entry("Two", "same", "http://x.test/2")], NOW)
    assert [r.title for r in rows] == ["One", "Two"] and rows[0].key != rows[1].key


def test_the_same_story_twice_in_one_document_is_one_row() -> None:
    rows = prepare_entries([entry("One", "g1", "http://x.test/1"),
                            entry("One again", "g1", "http://x.test/1")], NOW)
    assert [r.title for r in rows] == ["One"]


def test_a_guid_that_is_only_the_feeds_address_is_not_trusted() -> None:
    rows = prepare_entries([entry("One", "http://x.test/", "http://x.test/a"),
                            entry("Two", "http://x.test/", "http://x.test/b")], NOW,
                           feed_links=("http://x.test/",))
    assert len(rows) == 2 and rows[0].guid == ""


def test_without_a_guid_the_canonical_link_identifies_the_item() -> None:
    first = prepare_entries([entry("T", link="HTTP://X.test/a?utm_source=rss&id=3#c")], NOW)
    again = prepare_entries([entry("T changed", link="http://x.test/a?id=3")], NOW)
    assert first[0].key == again[0].key and first[0].link == "http://x.test/a?id=3"


def test_an_undated_entry_without_guid_or_link_keeps_its_key_across_fetches() -> None:
    first = prepare_entries([entry("Only a title")], NOW)
    later = prepare_entries([entry("Only a title")], NOW + timedelta(hours=5))
    assert first[0].key == later[0].key


def test_missing_dates_take_the_fetch_time_and_future_dates_are_clamped() -> None:
    rows = prepare_entries([entry("a", "1"), entry("b", "2", published=NOW + timedelta(days=3)),
                            entry("c", "3", published=NOW - timedelta(days=1))], NOW)
    assert [r.published_at for r in rows] == [NOW, NOW, NOW - timedelta(days=1)]
    assert all(r.published_at.tzinfo is not None for r in rows)


def test_hostile_links_and_images_are_dropped() -> None:
    rows = prepare_entries([entry("x", "1", link="javascript:alert(1)",
                                  image="data:image/png;base64,AAAA")], NOW)
    assert rows[0].link == "" and rows[0].image_url == ""


def test_an_untitled_entry_gets_its_first_words_as_title() -> None:
    rows = prepare_entries([entry("", "1", summary="<p>" + "word " * 60 + "</p>")], NOW)
    assert rows[0].title.startswith("word word") and len(rows[0].title) <= 121


def test_media_thumbnails_and_image_enclosures_become_the_image_url() -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
            b"<channel><title>T</title>"
            b'<item><title>a</title><guid>1</guid><media:thumbnail url="https://i.test/a.jpg"/>'
            b'</item><item><title>b</title><guid>2</guid><enclosure url="https://i.test/b.png" '
            b'type="image/png" length="1"/></item></channel></rss>')
    prepared = prepare_document(body, "application/rss+xml", "http://t.test/feed", NOW)
    assert [r.image_url for r in prepared.rows] == ["https://i.test/a.jpg", "https://i.test/b.png"]


def test_relative_links_resolve_against_the_feed_address() -> None:
    body = rss(item("a", guid="1", link="/news/1", description="&lt;a href='/x'&gt;x&lt;/a&gt;"))
    prepared = prepare_document(body, "application/rss+xml", "https://outlet.test/rss", NOW)
    assert prepared.rows[0].link == "https://outlet.test/news/1"
    assert 'href="https://outlet.test/x"' in prepared.rows[0].summary_html


def test_a_document_that_is_not_a_feed_comes_back_as_an_error_value() -> None:
    prepared = prepare_document(b"<html><body>hi</body></html>", "text/html", "", NOW)
    assert prepared.error and prepared.rows == []
