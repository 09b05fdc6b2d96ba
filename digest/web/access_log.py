"""The access log without the tokens in our URLs.

Links in emails carry their authority in the path (`/unsubscribe/<token>`,
`/preferences/<token>`, `/confirm/<token>`, `/archive/sign-in/<token>`); an access
log that kept them would let anyone who reads the logs act as those readers.
`log_config()` is uvicorn's logging set-up with a filter on the access log that
writes such paths as `/unsubscribe/[token]`.
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

TOKEN_PATH = re.compile(r"^(/(?:confirm|unsubscribe|preferences|archive/sign-in))/[^/?#\s]+")
REDACTED = "[token]"


def redact(path: str) -> str:
    """`path` with a link token replaced by `[token]` (other paths unchanged)."""
    return TOKEN_PATH.sub(rf"\1/{REDACTED}", path)


class RedactTokens(logging.Filter):
    """For uvicorn's access log, whose record args are (client, method, path, http, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 3:
            args = list(record.args)
            args[2] = redact(str(args[2]))
            record.args = tuple(args)
        return True


def log_config() -> dict[str, Any]:
    """uvicorn's default logging config, with `RedactTokens` on the access log."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_tokens"] = {"()": RedactTokens}
    config["handlers"]["access"].setdefault("filters", []).append("redact_tokens")
    return config
