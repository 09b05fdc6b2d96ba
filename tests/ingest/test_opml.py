"""OPML import and export of the feed list."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.ingest.opml import OPMLError, OPMLFeed, parse_opml, render_opml

DATA = Path(__file__).parent.parent / "data" / "ingest"


def test_it_reads_every_feed_of_nested_folders_once() -> None:
    feeds = parse_opml((DATA / "subscriptions.opml").read_bytes())
    assert [f.url for f in feeds] == [
        "https://www.aljazeera.com/xml/rss/all.xml", "https://feeds.npr.org/1004/rss.xml",
        "https://www.theverge.com/rss/frontpage", "http://rss.orf.at/news.xml"]
    assert feeds[0].title == "Al Jazeera" and feeds[1].site_url == "https://www.npr.org/"


def test_an_export_reads_back_the_same_feeds() -> None:
    feeds = [OPMLFeed("https://a.test/rss?x=1&y=2", "A & B <news>", "https://a.test/"),
             OPMLFeed("https://b.test/feed")]
    text = render_opml(feeds, title="digest feeds", created=datetime(2024, 12, 4, tzinfo=UTC))
    assert parse_opml(text.encode()) == feeds


def test_entity_declarations_are_refused() -> None:
    with pytest.raises(OPMLError, match="entities"):
        parse_opml(b'<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   b'<opml version="2.0"><body><outline xmlUrl="&x;"/></body></opml>')


def test_a_file_that_is_not_opml_is_refused() -> None:
    with pytest.raises(OPMLError):
        parse_opml(b"<rss version='2.0'></rss>")
    with pytest.raises(OPMLError):
        parse_opml(b"not xml at all")
