from pathlib import Path

import pytest

from digest.ingest.parse import FeedParseError, parse_feed

DATA = Path(__file__).parent.parent / "data" / "ingest"


def test_it_reads_rss_items_with_guid_link_and_date() -> None:
    feed = parse_feed((DATA / "levant_wire.xml").read_bytes())
    assert feed.title == "Levant Wire"
    assert feed.entries[0].guid == "lw-1001"
    assert feed.entries[0].link.startswith("http://levant-wire.test/news/cabinet-named")


def test_it_decodes_a_latin1_feed() -> None:
    feed = parse_feed((DATA / "latin1.xml").read_bytes())
    assert feed.entries[0].title == "Refugiados sírios regressam a Alepo após a queda do regime"


def test_it_refuses_an_html_page_with_a_clear_error() -> None:
    with pytest.raises(FeedParseError, match="not a feed|malformed"):
        parse_feed(b"<html><body><p>Moved</p></body></html>", content_type="text/html")
