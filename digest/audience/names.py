"""People's names as we store and use them: one line of text, never part of a header.

A name reaches mail headers (`To: Rana <rana@example.org>`) and pages.  A CR or LF in it
could add a header (`Bcc:`) or make the email library refuse the whole message, so every
way in (the public form, the CLI, imports, the admin console, and old rows at send time)
cleans it with `clean_name`.
"""

from __future__ import annotations

import unicodedata

MAX_NAME = 200
# Bidirectional overrides and isolates: they can make a name read as something else.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_DROP = frozenset({"Cc", "Zl", "Zp"})  # control characters, line and paragraph separators


def clean_name(raw: str | None) -> str:
    """`raw` as one line: control characters, line breaks and bidi overrides become
    spaces, runs of whitespace one space, at most MAX_NAME characters.  Pure."""
    if not raw:
        return ""
    kept = "".join(" " if c in _BIDI or unicodedata.category(c) in _DROP else c for c in raw)
    return " ".join(kept.split())[:MAX_NAME].strip()
