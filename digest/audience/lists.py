"""Creating and finding mailing lists."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.models import MailingList


class ListNotFound(LookupError):
    pass


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "list"


def create_list(
    session: Session, name: str, *, topics: list[str] | None = None, description: str = "",
    is_paid: bool = False, double_opt_in: bool = True, schedule_cron: str = "0 7 * * *",
    from_email: str = "", from_name: str = "",
) -> MailingList:
    """A new list; it follows the built-in topic `syria` unless told otherwise.

    An empty sender (from_email/from_name) means the DIGEST_FROM_* settings.
    """
    if session.scalar(select(MailingList).where(MailingList.name == name)) is not None:
        raise ValueError(f"a list named {name!r} already exists")
    mailing_list = MailingList(
        name=name, slug=slugify(name), description=description,
        topics=topics or ["syria"], is_paid=is_paid, double_opt_in=double_opt_in,
        schedule_cron=schedule_cron, from_email=from_email, from_name=from_name,
    )
    session.add(mailing_list)
    session.flush()
    return mailing_list


def get_list(session: Session, name: str) -> MailingList:
    found = session.scalar(
        select(MailingList).where((MailingList.name == name) | (MailingList.slug == name))
    )
    if found is None:
        raise ListNotFound(f"no list named {name!r}")
    return found
