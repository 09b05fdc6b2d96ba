from digest.ingest.clean import clean_title, plain_text, sanitize_html
from digest.ingest.identity import canonical_link, item_key


def test_it_strips_scripts_handlers_javascript_links_and_pixels() -> None:
    html = sanitize_html(
        '<p onclick="x()">Hi <a href="javascript:alert(1)">a</a><script>evil()</script>'
        '<img src="http://t/p.gif" width="1" height="1"><iframe src="http://x"></iframe></p>'
    )
    for bad in ("onclick", "javascript:", "<script", "evil()", "<iframe", "p.gif"):
        assert bad not in html
    assert "Hi" in html


def test_titles_become_one_plain_line() -> None:
    assert clean_title("Breaking<b>!</b> &amp; more\r\nBcc: x@y.z") == "Breaking! & more Bcc: x@y.z"


def test_plain_text_drops_markup_and_decodes_entities() -> None:
    assert plain_text("<p>Aleppo &amp; Idlib</p><p>Homs</p>") == "Aleppo & Idlib Homs"


def test_canonical_links_drop_tracking_and_fragments() -> None:
    assert canonical_link("HTTP://Example.ORG/a?utm_source=x&id=7#top") == "http://example.org/a?id=7"


def test_item_key_prefers_guid_then_link() -> None:
    assert item_key("g1", "http://a/1", "t", "d") == item_key("g1", "http://b/2", "u", "e")
    assert item_key("", "http://a/1?utm_medium=rss", "t", "d") == item_key("", "http://a/1", "x", "y")
