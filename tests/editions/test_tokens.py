"""Per-recipient personalisation by joining a body split once."""

from __future__ import annotations

from digest.delivery.transports.base import personalise
from digest.editions.render import NAME, PREFERENCES_URL, TOKENS, UNSUBSCRIBE_URL
from digest.editions.tokens import split_body

BODY = f"Hi {NAME}! <a href=\"{UNSUBSCRIBE_URL}\">u</a> {PREFERENCES_URL} {NAME} {{x}} %s"
VALUES = {UNSUBSCRIBE_URL: "https://d.test/u/T?a=1&b=2", PREFERENCES_URL: "https://d.test/p/T",
          NAME: "Rana"}


def test_filling_matches_the_transport_substitution() -> None:
    assert split_body(BODY, TOKENS).fill(VALUES) == personalise(BODY, VALUES)


def test_values_are_not_searched_for_tokens_again() -> None:
    sneaky = VALUES | {NAME: PREFERENCES_URL}
    filled = split_body(BODY, TOKENS).fill(sneaky)
    assert filled.count(PREFERENCES_URL) == 2 and "https://d.test/p/T" in filled


def test_html_bodies_get_escaped_values() -> None:
    filled = split_body(BODY, TOKENS, escape=True).fill(VALUES | {NAME: "<b>R</b>"})
    assert "<b>" not in filled and "&lt;b&gt;R&lt;/b&gt;" in filled
    assert 'href="https://d.test/u/T?a=1&amp;b=2"' in filled


def test_a_body_without_tokens_comes_back_unchanged() -> None:
    assert split_body("plain", TOKENS).fill(VALUES) == "plain"
