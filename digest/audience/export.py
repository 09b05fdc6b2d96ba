"""Export a list's members as CSV, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from sqlalchemy.orm import Session

from digest.audience.active import SUPPRESSED, effective_billing, members_with_status
from digest.models import MailingList, Membership, Subscriber

# `status` is the shown status (digest.audience.active): "active" exactly for those who get
# mail, "suppressed" for a suppressed address; `status_reason` says why.
COLUMNS = ("email", "name", "status", "billing_status", "paid_through", "timezone", "topics",
           "frequency", "created_at", "confirmed_at", "attributes", "status_reason")
# A spreadsheet runs a cell starting with these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """The cell with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def export_rows(session: Session, mailing_list: MailingList) -> Iterator[list[str]]:
    """The header, then one row per member (every status), ordered by subscriber id."""
    yield list(COLUMNS)
    query = (members_with_status().where(Membership.list_id == mailing_list.id)
             .order_by(Subscriber.id).execution_options(yield_per=1000))
    for subscriber, membership, _list_name, shown, suppressed_because in session.execute(query):
        # Billing on this list: the membership's own once a billing event named the list.
        paid_through = (membership.paid_through if membership.billing_status is not None
                        else subscriber.paid_through)
        values = [
            subscriber.email, subscriber.name, shown,
            effective_billing(membership, subscriber),
            paid_through.isoformat() if paid_through else "",
            subscriber.timezone, ",".join(membership.topics or []), membership.frequency,
            subscriber.created_at.isoformat(),
            subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else "",
            json.dumps(subscriber.attributes or {}, ensure_ascii=False, sort_keys=True)
            if subscriber.attributes else "",
            suppressed_because if shown == SUPPRESSED else membership.status_reason,
        ]
        yield [neutralise(str(v)) for v in values]


def write_export(session: Session, mailing_list: MailingList, out: TextIO) -> int:
    """Write the CSV to `out`; return how many members were written."""
    writer = csv.writer(out)
    count = -1
    for count, row in enumerate(export_rows(session, mailing_list)):  # noqa: B007
        writer.writerow(row)
    return count
