"""People's names as we store and use them: one line of text, never part of a header.

A name reaches mail headers (`To: Rana <rana@example.org>`) and pages.  A CR or LF in it
could add a header (`Bcc:`) or make the email library refuse the whole message, so every
way in (the public form, the CLI, imports, the admin console, and old rows at send time)
cleans it with `clean_name`.
"""

from __future__ import annotations

import re

MAX_NAME = 200
# Control characters (Unicode category Cc), the line and paragraph separators (Zl, Zp), and
# bidirectional overrides and isolates, which can make a name read as something else.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def clean_name(raw: str | None) -> str:
    """`raw` as one line: control characters, line breaks and bidi overrides become
    spaces, runs of whitespace one space, at most MAX_NAME characters.  Pure."""
    if not raw:
        return ""
    return " ".join(_UNSAFE.sub(" ", raw).split())[:MAX_NAME].strip()
