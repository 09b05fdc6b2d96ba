"""Render an edition once: subject, HTML (CSS inlined) and a real plain-text part.

Bodies keep personalisation tokens (see TOKENS); transports swap them per recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from digest.editions.compose import EditionContent, one_line

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "email"

# Per-recipient values, replaced by cheap substitution after rendering.
UNSUBSCRIBE_URL = "-unsubscribe_url-"
PREFERENCES_URL = "-preferences_url-"
NAME = "-name-"
TOKENS = (UNSUBSCRIBE_URL, PREFERENCES_URL, NAME)


@dataclass(frozen=True)
class Footer:
    postal_address: str
    reason: str  # why you get this
    web_url: str


@dataclass(frozen=True)
class Rendered:
    subject: str
    preheader: str
    html: str
    text: str


@lru_cache(maxsize=4)
def _environment(folder: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(["html", "html.j2"], default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda d: d.strftime("%-d %b %Y")
    return env


def render_edition(content: EditionContent, footer: Footer, *, folder: Path = TEMPLATES) -> Rendered:
    """Subject, HTML and text of one edition, from `edition.html.j2` and `edition.txt.j2`."""
    env = _environment(str(folder))
    context = {
        "e": content, "footer": footer, "unsubscribe_url": UNSUBSCRIBE_URL,
        "preferences_url": PREFERENCES_URL, "name_token": NAME,
    }
    subject = one_line(env.get_template("subject.txt.j2").render(context), 120)
    html = env.get_template("edition.html.j2").render(context)
    inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=True)
    html = inliner.inline(html)
    text = env.get_template("edition.txt.j2").render(context)
    return Rendered(subject=subject, preheader=content.preheader, html=html, text=text)
