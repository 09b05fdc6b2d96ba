"""Audit entries in plain words for the console ("joined as pending", "active → bounced:
550 mailbox unavailable"), never raw dict text.  Pure; one formatter per action."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Detail = Mapping[str, Any]


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(v) for v in value) or "none"
    if isinstance(value, Mapping):
        return "; ".join(f"{k} {_value(v)}" for k, v in value.items()) or "nothing"
    return "empty" if value in ("", None) else str(value)


def _status(detail: Detail) -> str:
    before, after = detail.get("from"), detail.get("to")
    text = f"joined as {after}" if before in (None, "") else f"{before} → {after}"
    event, reason = str(detail.get("event") or ""), str(detail.get("reason") or "")
    if reason and reason != event:
        text += f" ({event}: {reason})" if event else f": {reason}"
    elif event:
        text += f" ({event})"
    return text


def _changes(detail: Detail) -> str:
    changes = detail.get("changes") or {}
    if not isinstance(changes, Mapping) or not changes:
        return "no fields changed"
    return "; ".join(f"{name.replace('_', ' ')} = {_value(v)}" for name, v in changes.items())


def _send(detail: Detail) -> str:
    return f"send started for {detail.get('recipients', '?')} recipients"


def _generic(detail: Detail) -> str:
    return "; ".join(f"{k.replace('_', ' ')}: {_value(v)}" for k, v in detail.items()) or ""


FORMATTERS: dict[str, Callable[[Detail], str]] = {
    "status": _status, "admin_create": _changes, "admin_update": _changes,
    "admin_delete": lambda d: "deleted", "send": _send,
    "test_send": lambda d: f"test sent to {d.get('to', '?')}",
}


def describe(action: str, detail: Any) -> str:
    """What the entry says, in words."""
    if not isinstance(detail, Mapping):
        return _value(detail)
    return FORMATTERS.get(action, _generic)(detail)


ACTION_WORDS = {"status": "status change", "admin_create": "created", "admin_update": "edited",
                "admin_delete": "deleted", "send": "send now", "test_send": "test send",
                "pause": "paused", "resume": "resumed", "feed_added": "feed added",
                "topic_saved": "topic saved", "login_failed": "sign-in failed",
                "form_post": "public form post"}


def action_words(action: str) -> str:
    return ACTION_WORDS.get(action, action.replace("_", " "))


SUBJECT_LINKS: dict[str, Callable[[int, Detail], str]] = {
    "membership": lambda i, d: f"/admin/people/{d['subscriber_id']}"
    if d.get("subscriber_id") else "",
    "subscriber": lambda i, d: f"/admin/people/{i}",
    "edition": lambda i, d: f"/admin/editions/{i}",
    "mailing-list": lambda i, d: f"/admin/lists/{i}",
    "feed": lambda i, d: "/admin/feeds",
    "topic": lambda i, d: "/admin/topics",
}


def subject_link(subject_type: str, subject_id: int | None, detail: Any) -> str:
    """The console page about the entry's subject ("" when there is none)."""
    make = SUBJECT_LINKS.get(subject_type)
    if make is None or subject_id is None:
        return ""
    return make(subject_id, detail if isinstance(detail, Mapping) else {})
