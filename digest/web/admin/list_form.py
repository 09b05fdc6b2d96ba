"""The list form read and checked all at once: every problem is reported in one answer,
keyed by field, and nothing is saved until there are none.  Pure (no database)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import ImmutableMultiDict

from digest.audience.lists import slugify
from digest.audience.subscribers import InvalidEmail, normalise_email
from digest.scheduling.schedule import ScheduleError, validate
from digest.scheduling.timezones import offered_zone

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# The columns' sizes: longer text is refused with a message, never cut or failed in the DB.
LIMITS = {"name": 200, "slug": 200, "schedule_cron": 100, "from_name": 200, "from_email": 320}
FLAGS = ("only_when_new", "per_subscriber_timezone", "is_paid", "double_opt_in")


@dataclass
class ListValues:
    """What the form holds (also what a list's page starts from)."""

    name: str = ""
    slug: str = ""
    description: str = ""
    topics: list[str] = field(default_factory=list)
    schedule_cron: str = "0 7 * * *"
    timezone: str = "UTC"
    only_when_new: bool = True
    per_subscriber_timezone: bool = False
    is_paid: bool = False
    double_opt_in: bool = True
    from_email: str = ""
    from_name: str = ""


def read_list_form(form: ImmutableMultiDict[str, Any], known_topics: Sequence[str]
                   ) -> tuple[ListValues, dict[str, str]]:
    """The values in `form` and {field: what is wrong} (empty when all is well).

    An empty slug is derived from the name; topics must be among `known_topics` and at
    least one; the schedule must be a cron expression the scheduler can run, the time zone
    one the picker offers, the sender address a valid address when given."""
    def text(name: str) -> str:
        return str(form.get(name, "") or "").strip()

    values = ListValues(
        name=text("name"), slug=text("slug"), description=text("description"),
        topics=[str(t) for t in form.getlist("topics")], schedule_cron=text("schedule_cron"),
        timezone=text("timezone"), from_email=text("from_email"), from_name=text("from_name"))
    for flag in FLAGS:  # an unticked checkbox is simply absent from the form
        setattr(values, flag, form.get(flag) == "on")
    errors: dict[str, str] = {}
    if not values.name:
        errors["name"] = "Give the list a name."
    values.slug = values.slug or (slugify(values.name) if values.name else "")
    if values.slug and not SLUG.match(values.slug):
        errors["slug"] = "The web address may use lower-case letters, digits and dashes only."
    unknown = [t for t in values.topics if t not in known_topics]
    if unknown:
        errors["topics"] = f"Unknown topic {', '.join(unknown)}; choose from the list."
    elif not values.topics:
        errors["topics"] = "Choose at least one topic: a list that follows none never sends."
    if not offered_zone(values.timezone):
        errors["timezone"] = "Choose a time zone from the list."
    try:
        validate(values.schedule_cron, "UTC")
    except ScheduleError as exc:
        errors["schedule_cron"] = (f"{exc}. Five fields: minute hour day-of-month month "
                                   "day-of-week, e.g. 0 7 * * 1 for Mondays at 07:00.")
    for name, limit in LIMITS.items():
        if len(getattr(values, name)) > limit:
            errors[name] = f"At most {limit} characters, please."
    # Both go into mail headers (List-Id, From): a line break there breaks every copy.
    for name in ("name", "from_name"):
        if any(ord(c) < 32 or ord(c) == 127 for c in getattr(values, name)):
            errors[name] = "Use one line, without control characters."
    if values.from_email and "from_email" not in errors:
        try:
            values.from_email = normalise_email(values.from_email)
        except InvalidEmail:
            errors["from_email"] = "That is not an email address (or leave it empty)."
    return values, errors
