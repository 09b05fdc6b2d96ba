"""Which slot a list's edition belongs to (deepened by per-list cron schedules)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from digest.models import MailingList


def current_slot(mailing_list: MailingList, now: datetime) -> str:
    """The list's slot for `now`: its local calendar day (one edition a day)."""
    return now.astimezone(ZoneInfo(mailing_list.timezone or "UTC")).date().isoformat()
