"""Make untrusted feed text safe for email and useful for tagging."""

from __future__ import annotations

import html
import re

import nh3

# What an email client renders safely; no script/style/iframe/form/object.
ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "em", "h2", "h3", "h4", "i", "img", "li", "ol", "p",
    "strong", "ul", "figure", "figcaption", "cite", "q", "small", "sub", "sup",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}}
URL_SCHEMES = {"http", "https", "mailto"}
BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
              "blockquote", "figcaption", "section", "article"}

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_PIXEL = re.compile(
    r"<img\b[^>]*\bwidth=\"?1\"?[^>]*\bheight=\"?1\"?[^>]*>|"
    r"<img\b[^>]*\bheight=\"?1\"?[^>]*\bwidth=\"?1\"?[^>]*>",
    re.IGNORECASE,
)


def sanitize_html(raw: str) -> str:
    """Email-safe HTML: allow-listed tags, http(s)/mailto links only, no 1x1 trackers."""
    cleaned = nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return _PIXEL.sub("", cleaned).strip()


def plain_text(raw_html: str) -> str:
    """Readable text from HTML: tags dropped, entities decoded, whitespace folded."""
    # Keep only block tags (script and style bodies go), then turn them into spaces.
    text = nh3.clean(raw_html, tags=BLOCK_TAGS, attributes={})
    text = html.unescape(_TAG.sub(" ", text))
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


def clean_title(raw: str) -> str:
    """A one-line plain-text title: no markup, no CR/LF or other control characters."""
    return plain_text(raw)
