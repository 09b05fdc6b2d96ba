"""Render an edition once: subject, HTML (CSS inlined) and a real plain-text part.

Bodies keep personalisation tokens (see TOKENS); they are swapped per recipient afterwards
(digest.editions.tokens.split_body, or the transport's `personalise`). Only the templates can
place a token: one that feed text carries is made inert (digest.editions.placeholders). Both
parts come from the same EditionContent, so the text part is written for reading, not
converted from HTML.

Size: Gmail clips HTML past about 102 KB, so the HTML part must stay within HTML_BUDGET
bytes (100 KB less room for the personalised URLs). When it does not, later stories are
cut to headlines, and if that is still too long, left to the web version ("read the rest on
the web"); `Rendered.stories_cut` says how many stories were shortened or left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from digest.editions.compose import EditionContent, one_line, shorten
from digest.editions.placeholders import markers, seal_html, seal_text
from digest.templates import folder

TEMPLATES = folder("email")

# Per-recipient values, replaced by cheap substitution after rendering.
UNSUBSCRIBE_URL = "-unsubscribe_url-"
PREFERENCES_URL = "-preferences_url-"
NAME = "-name-"
TOKENS = (UNSUBSCRIBE_URL, PREFERENCES_URL, NAME)

HTML_LIMIT = 100_000  # bytes of HTML after personalisation
TOKEN_ROOM = 2_000  # signed URLs and a name are longer than their tokens
HTML_BUDGET = HTML_LIMIT - TOKEN_ROOM
SUBJECT_MAX = 120


@dataclass(frozen=True)
class Footer:
    postal_address: str
    reason: str  # why you get this
    web_url: str  # this edition on the web ("View in your browser", "read the rest")


@dataclass(frozen=True)
class Rendered:
    subject: str
    preheader: str
    html: str
    text: str
    stories_cut: int = 0  # stories shortened to headlines or left to the web version


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
    env.filters["short_day"] = lambda d: d.strftime("%-d %b")
    return env


@lru_cache(maxsize=4)
def _inliner() -> css_inline.CSSInliner:
    # Remote stylesheets off: rendering never touches the network.
    return css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=True)


def _context(content: EditionContent, footer: Footer, marked: dict[str, str]
             ) -> dict[str, object]:
    """Template values; the tokens are this render's markers (see placeholders.py)."""
    return {
        "e": content, "footer": footer, "unsubscribe_url": marked[UNSUBSCRIBE_URL],
        "preferences_url": marked[PREFERENCES_URL], "name_token": marked[NAME],
    }


def render_html(content: EditionContent, footer: Footer, *, folder: Path = TEMPLATES) -> str:
    """The HTML part with CSS inlined (media queries stay in a <style> block for dark mode).

    Characters outside ASCII become character references: the body then is one byte a
    character, which is what makes the per-recipient join cheap (see tokens.py).
    """
    marked = markers(TOKENS)
    html = _environment(str(folder)).get_template("edition.html.j2").render(
        _context(content, footer, marked))
    html = _inliner().inline(html)
    return seal_html(html.encode("ascii", "xmlcharrefreplace").decode("ascii"), marked)


def render_text(content: EditionContent, footer: Footer, *, folder: Path = TEMPLATES) -> str:
    marked = markers(TOKENS)
    return seal_text(_environment(str(folder)).get_template("edition.txt.j2").render(
        _context(content, footer, marked)), marked)


def _fits(content: EditionContent, footer: Footer, folder: Path, budget: int) -> str | None:
    html = render_html(content, footer, folder=folder)
    return html if len(html.encode("utf-8")) <= budget else None


def _within_budget(
    content: EditionContent, footer: Footer, folder: Path, budget: int
) -> tuple[EditionContent, str]:
    """The longest version of `content` whose HTML fits `budget`, and that HTML."""
    html = _fits(content, footer, folder, budget)
    if html is not None:
        return content, html
    count = len(content.going_on_now) + len(content.digging_deep)

    def fitting(make: Callable[[int], EditionContent], high: int
                ) -> tuple[EditionContent, str] | None:
        # Largest n in [0, high] whose content fits: fewer full (or shown) stories, less HTML.
        best, low = None, 0
        while low <= high:
            middle = (low + high) // 2
            candidate = make(middle)
            found = _fits(candidate, footer, folder, budget)
            if found is None:
                high = middle - 1
            else:
                best, low = (candidate, found), middle + 1
        return best

    best = fitting(lambda full: shorten(content, full, count), count - 1)
    if best is None:
        best = fitting(lambda shown: shorten(content, 0, shown), count)
    if best is None:
        raise ValueError(f"an edition without stories is still over {budget} bytes")
    return best


def render_edition(
    content: EditionContent, footer: Footer, *, folder: Path = TEMPLATES,
    budget: int = HTML_BUDGET,
) -> Rendered:
    """Subject, HTML and text of one edition, the HTML kept within `budget` bytes."""
    env = _environment(str(folder))
    marked = markers(TOKENS)
    subject = seal_text(one_line(env.get_template("subject.txt.j2").render(
        _context(content, footer, marked)), SUBJECT_MAX), marked)
    fitted, html = _within_budget(content, footer, folder, budget)
    before = sum(1 for s in content.going_on_now + content.digging_deep if not s.brief)
    after = sum(1 for s in fitted.going_on_now + fitted.digging_deep if not s.brief)
    text = render_text(fitted, footer, folder=folder)
    return Rendered(subject=subject, preheader=content.preheader, html=html, text=text,
                    stories_cut=before - after)
