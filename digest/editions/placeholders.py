"""Personalisation placeholders that feed text cannot forge.

Every personalisation step (outbox and SMTP copies, SendGrid's substitutions, which SendGrid
also applies to the subject, the archive page) replaces a placeholder such as
`-unsubscribe_url-` wherever it appears.  Feed text (a headline, a link, a summary) could
carry one and collect each reader's private links, so a render never lets content keep one:

1. templates are rendered with a random marker per render in place of each placeholder
   (`markers`), which content written before the render cannot contain;
2. any placeholder found in the rendered body now came from content and is made inert
   (`seal_html`, `seal_text`): its leading `-` becomes `%2D` inside a URL (an `href` or
   `src`, or a URL in plain text: the same URL, RFC 3986 section 6.2.2.2) and U+2010 HYPHEN
   elsewhere (`&#8208;` in HTML), which reads the same.  Neither turns back into `-` when
   something downstream decodes HTML entities (click tracking, a mail client);
3. the markers then become the real placeholders.

The twins SendGrid's transport gives the HTML part (`-name.html-`) are made inert too.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping
from functools import lru_cache

HTML_HYPHEN = "&#8208;"  # U+2010, as TEXT_HYPHEN
URL_HYPHEN = "%2D"
TEXT_HYPHEN = "\u2010"


def markers(tokens: Iterable[str]) -> dict[str, str]:
    """A fresh marker per placeholder: letters and digits only, so escaping keeps it whole."""
    nonce = secrets.token_hex(12)
    return {token: f"zz{nonce}x{n}zz" for n, token in enumerate(tokens)}


@lru_cache(maxsize=8)
def _forged(tokens: tuple[str, ...]) -> re.Pattern[str]:
    """The leading `-` of any placeholder (or its `.html` twin) among `tokens`."""
    cores = "|".join(re.escape(t[1:-1]) for t in sorted(tokens, key=len, reverse=True))
    return re.compile(rf"-(?=(?:{cores})(?:\.html)?-)")


_URL_ATTRIBUTE = re.compile(r'(\b(?:href|src)=")([^"]*)(")', re.IGNORECASE)


def seal_html(html: str, marked: Mapping[str, str]) -> str:
    """`html` with content's placeholders inert, then the markers made placeholders."""
    forged = _forged(tuple(marked))
    html = _URL_ATTRIBUTE.sub(
        lambda m: m.group(1) + forged.sub(URL_HYPHEN, m.group(2)) + m.group(3), html)
    return _unmark(forged.sub(HTML_HYPHEN, html), marked)


def seal_text(text: str, marked: Mapping[str, str]) -> str:
    """Plain text (a text part or a subject) sealed the same way (see the module doc)."""
    forged = _forged(tuple(marked))

    def word(match: re.Match[str]) -> str:
        found = match.group()
        if "-" not in found or not forged.search(found):
            return found
        return forged.sub(URL_HYPHEN if "://" in found else TEXT_HYPHEN, found)

    return _unmark(re.sub(r"\S+", word, text), marked)


def _unmark(body: str, marked: Mapping[str, str]) -> str:
    for token, marker in marked.items():
        body = body.replace(marker, token)
    return body
