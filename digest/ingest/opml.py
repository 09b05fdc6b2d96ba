"""OPML import and export of the feed list (pure: bytes in, text out)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime


class OPMLError(Exception):
    """The file is not an OPML document we can read."""


@dataclass(frozen=True)
class OPMLFeed:
    url: str
    title: str = ""
    site_url: str = ""


def parse_opml(data: bytes) -> list[OPMLFeed]:
    """Every outline with an xmlUrl, at any depth (folders are flattened), in file order.

    The document must not declare entities: an OPML file has no use for them, and
    refusing them rules out entity-expansion and external-entity tricks.
    """
    if b"<!ENTITY" in data.upper():
        raise OPMLError("the OPML file declares XML entities; refusing to read it")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise OPMLError(f"not well-formed XML: {exc}") from None
    if root.tag.lower() != "opml":
        raise OPMLError(f"not an OPML document (root element <{root.tag}>)")
    feeds, seen = [], set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        title = (outline.get("title") or outline.get("text") or "").strip()
        title = "" if title == url else title  # exports often repeat the URL as its text
        site = (outline.get("htmlUrl") or outline.get("htmlurl") or "").strip()
        feeds.append(OPMLFeed(url, title, site))
    return feeds


def render_opml(feeds: list[OPMLFeed], *, title: str, created: datetime) -> str:
    """An OPML 2.0 document listing `feeds` (what other readers import)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(created, usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attributes["title"] = feed.title
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        ET.SubElement(body, "outline", attributes)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
