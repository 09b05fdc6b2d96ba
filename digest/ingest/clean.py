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
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SIZE = re.compile(r"""\b(width|height)\s*=\s*["']?\s*(\d+)""", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*["']([^"']+)""", re.IGNORECASE)
# Hosts that only ever serve counting pixels.
TRACKER_HOSTS = ("feeds.feedburner.com/~r/", "feeds.feedburner.com/~ff/", "pixel.wp.com",
                 "stats.wordpress.com", "pixel.quantserve.com", "www.google-analytics.com")


def sanitize_html(raw: str) -> str:
    """Email-safe HTML: allow-listed tags, http(s)/mailto links only, no 1x1 trackers."""
    cleaned = nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return _IMG.sub(_keep_image, cleaned).strip()


def _keep_image(match: re.Match[str]) -> str:
    """Drop tracking pixels (a side of 0 or 1 px, or a known tracker) and images without src."""
    tag = match.group(0)
    if any(int(size) <= 1 for _, size in _SIZE.findall(tag)):
        return ""
    src = _SRC.search(tag)
    if src is None or any(host in src.group(1) for host in TRACKER_HOSTS):
        return ""
    return tag


def safe_url(url: str) -> str:
    """The URL when it is absolute http(s) without spaces or control characters, else ""."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or _CONTROL.search(url) or " " in url:
        return ""
    return url


def plain_text(raw_html: str) -> str:
    """Readable text from HTML: tags dropped, entities decoded, whitespace folded."""
    if "<" in raw_html:
        # Keep only block tags (script and style bodies go), then turn them into spaces.
        raw_html = _TAG.sub(" ", nh3.clean(raw_html, tags=BLOCK_TAGS, attributes={}))
    return _fold(html.unescape(raw_html) if "&" in raw_html else raw_html)


def text_of_clean_html(safe_html: str) -> str:
    """plain_text for HTML that sanitize_html already cleaned (no script/style left)."""
    return _fold(html.unescape(_TAG.sub(" ", safe_html)))


def clean_title(raw: str) -> str:
    """A one-line plain-text title: no markup, no CR/LF or other control characters.

    Markup that was escaped in the feed (``&lt;b&gt;``) is stripped too: titles are text.
    """
    text = plain_text(raw)
    return plain_text(text) if "<" in text else text


def _fold(text: str) -> str:
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()
