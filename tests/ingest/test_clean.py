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
    link = canonical_link("HTTP://Example.ORG/a?utm_source=x&id=7#top")
    assert link == "http://example.org/a?id=7"


def test_item_key_prefers_guid_then_link() -> None:
    assert item_key("g1", "http://a/1", "t", "d") == item_key("g1", "http://b/2", "u", "e")
    tracked = item_key("", "http://a/1?utm_medium=rss", "t", "d")
    assert tracked == item_key("", "http://a/1", "x", "y")


def test_real_images_survive_and_only_tiny_or_tracker_images_go() -> None:
    html = sanitize_html(
        '<img src="https://i.test/photo.jpg" width="100" height="120">'
        '<img src="https://i.test/pixel.gif" width="1" height="1">'
        '<img src="https://i.test/zero.gif" height="0" width="0">'
        '<img src="https://pixel.wp.com/g.gif">'
        '<img src="https://i.test/wide.jpg" width="640">'
    )
    assert "photo.jpg" in html and "wide.jpg" in html
    for gone in ("pixel.gif", "zero.gif", "pixel.wp.com"):
        assert gone not in html


def test_style_forms_objects_handlers_and_data_urls_are_removed() -> None:
    html = sanitize_html(
        '<style>p{color:red}</style><form action="http://x"><input name="q"></form>'
        '<object data="x.swf"></object><embed src="x.swf"><a href="data:text/html,hi" '
        'onmouseover="x()">d</a><img src="data:image/gif;base64,R0lGOD" alt="d">'
        '<p style="position:fixed">text</p>'
    )
    for bad in ("<style", "color:red", "<form", "<input", "<object", "<embed", "data:",
                "onmouseover", "style="):
        assert bad not in html
    assert "text" in html


def test_titles_lose_tags_entities_and_control_characters() -> None:
    title = clean_title("  <i>Aleppo</i>&#10;&nbsp;rebuilds\x00\t\x1b[31m ")
    assert title == "Aleppo rebuilds [31m"
