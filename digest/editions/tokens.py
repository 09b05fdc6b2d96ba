"""Personalise a rendered body per recipient by joining pre-split chunks.

The body is split once at the token positions (see render.TOKENS); each copy is then one
`str.join` over the chunks with the recipient's values in the token slots. That is one pass
and one allocation per copy, where replacing tokens one by one copies the body once per
token, and values are never scanned for tokens again (a name like "-unsubscribe_url-" stays
a name). Output equals `digest.delivery.transports.base.personalise` for values that
contain no tokens.

For an HTML body pass `escape=True`: values are then HTML-escaped (a name such as
`<b>Rana</b>` must not become markup; `&` in a URL becomes `&amp;`, which is what an
attribute wants).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class SplitBody:
    """A body as literal chunks and token slots: chunks[0] tok[0] chunks[1] ... chunks[n]."""

    chunks: tuple[str, ...]
    slots: tuple[str, ...]
    escape: bool = False

    def fill(self, values: Mapping[str, str]) -> str:
        """The body with each token replaced by values[token] (a missing value keeps it)."""
        if not self.slots:
            return self.chunks[0]
        get = values.get
        if self.escape:
            filled = [escape(get(token, token)) for token in self.slots]
        else:
            filled = [get(token, token) for token in self.slots]
        parts = list(self.chunks + self.slots)  # the right length; slots overwritten below
        parts[0::2] = self.chunks
        parts[1::2] = filled
        return "".join(parts)


def split_body(body: str, tokens: Sequence[str], *, escape: bool = False) -> SplitBody:
    """Split `body` at every occurrence of any of `tokens`, once per rendered body."""
    if not tokens:
        return SplitBody((body,), (), escape)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True)))
    pieces = pattern.split(body)
    found = tuple(pattern.findall(body))
    return SplitBody(tuple(pieces), found, escape)
