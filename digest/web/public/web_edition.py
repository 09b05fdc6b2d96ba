"""An edition's email HTML made into a web page: a header leading back to the archive, and
without the email's own "View in your browser" link (the reader is already there).  Pure."""

from __future__ import annotations

import re

from markupsafe import escape

# The link as the email template writes it, after css-inline: " &middot; <a ...>View in your
# browser</a>" (older editions too, so this works on what is stored, not on the template).
_TAG_REST = r"""(?:[^>"']|"[^"]*"|'[^']*')*>"""  # quoted attribute values may hold ">"
VIEW_LINK = re.compile(r"\s*(?:&middot;|&#183;|·)?\s*<a\b" + _TAG_REST
                       + r"\s*View in your browser\s*</a>", re.IGNORECASE)
BODY_OPEN = re.compile(r"<body\b" + _TAG_REST, re.IGNORECASE)
HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)


def web_header(site_name: str, list_name: str, subscribe_url: str) -> str:
    return (f'<header class="digest-web-header"><nav aria-label="{escape(site_name)}">'
            f'<a class="digest-web-site" href="/archive">{escape(site_name)}</a> '
            f'<a href="/archive">All editions</a> '
            f'<a href="{escape(subscribe_url)}">Subscribe to {escape(list_name)}</a>'
            "</nav></header>")


def for_the_web(html: str, header: str, css: str) -> str:
    """`html` with `header` first in its body, `css` (the header's style) in its head, and
    no "View in your browser" link.  The style is inline, like the email's own: a rendered
    edition's policy (digest.web.headers.EMAIL_POLICY) allows inline styles and nothing
    from elsewhere."""
    html = VIEW_LINK.sub("", html, count=1)
    style = f"<style>{css.replace('</', '')}</style>"
    html, in_head = HEAD_CLOSE.subn(lambda m: style + m.group(0), html, count=1)
    if not in_head:  # no head to put it in: browsers apply it just as well before the header
        header = style + header
    opened = BODY_OPEN.search(html)
    if opened is None:
        return header + html
    return html[:opened.end()] + header + html[opened.end():]
