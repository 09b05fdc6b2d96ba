"""Recognise an export's format from its header and turn each row into a SourceRow.

Statuses in the source are honoured: Mailchimp's unsubscribed and cleaned
exports, listmonk's `blocklisted`/`disabled` and Substack's `email_disabled`
never come in as active.  Rows are validated here (one reason per bad row).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from digest.audience.billing import parse_datetime
from digest.audience.choices import Format
from digest.audience.preferences import known_timezones
from digest.audience.subscribers import InvalidEmail, normalise_email
from digest.models import BillingStatus, MembershipStatus

S = MembershipStatus


class UnknownFormat(ValueError):
    """The header matches no known export and has no `email` column."""


@dataclass
class SourceRow:
    number: int  # line of the file (the header is line 1)
    email: str  # normalised
    name: str = ""
    status: MembershipStatus = S.ACTIVE
    attributes: dict[str, Any] = field(default_factory=dict)
    timezone: str = ""
    billing_status: BillingStatus | None = None
    paid_through: datetime | None = None


@dataclass(frozen=True)
class RowProblem:
    number: int
    reason: str


# Plain CSV `status` values: ours, plus the words other tools use for them.
STATUS_WORDS = {s.value: s for s in S} | {
    "subscribed": S.ACTIVE, "confirmed": S.ACTIVE, "enabled": S.ACTIVE,
    "unconfirmed": S.PENDING, "cleaned": S.BOUNCED, "blocklisted": S.UNSUBSCRIBED,
    "spam": S.COMPLAINED,
    # Our export says "suppressed" for an address on the suppression list: never mail it.
    "suppressed": S.UNSUBSCRIBED,
}
# Columns of our own export that are not attributes (re-importing an export round-trips).
OWN_EXPORT_COLUMNS = {"email", "name", "status", "timezone", "attributes", "billing_status",
                      "paid_through", "topics", "frequency", "created_at", "confirmed_at",
                      "status_reason"}
MAILCHIMP_NAME = ("First Name", "Last Name")
TRUE_WORDS = {"true", "yes", "1", "t", "y"}


def detect_format(header: Sequence[str]) -> Format:
    names = {h.strip() for h in header}
    lowered = {h.lower() for h in names}
    if "Email Address" in names:
        return Format.MAILCHIMP
    if {"uuid", "email", "attributes", "status"} <= lowered:
        return Format.LISTMONK
    if {"email", "active_subscription", "email_disabled"} <= lowered:
        return Format.SUBSTACK
    if "email" in lowered:
        return Format.PLAIN
    raise UnknownFormat("no `email` column and not a Mailchimp, listmonk or Substack export")


def read_rows(
    lines: Iterable[str], fmt: Format | None = None
) -> tuple[Format, Iterator[SourceRow | RowProblem]]:
    """The file's format (detected unless forced) and its rows, validated one by one."""
    reader = csv.reader(lines)
    header = [h.strip().lstrip("\ufeff") for h in next(reader, [])]
    chosen = fmt or detect_format(header)
    if chosen != Format.MAILCHIMP and "email" not in {h.lower() for h in header}:
        raise UnknownFormat(f"a {chosen} export needs an `email` column")
    if chosen == Format.MAILCHIMP and "Email Address" not in header:
        raise UnknownFormat("a Mailchimp export needs an `Email Address` column")
    return chosen, _rows(reader, header, chosen)


def _rows(reader: Iterator[list[str]], header: list[str], fmt: Format
          ) -> Iterator[SourceRow | RowProblem]:
    mapper = _MAPPERS[fmt]
    keys = header if fmt == Format.MAILCHIMP else [h.lower() for h in header]
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue  # blank line
        if len(cells) > len(keys):
            yield RowProblem(number, f"{len(cells)} cells but the header has {len(keys)}")
            continue
        row = {k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(keys)}
        try:
            yield mapper(number, row, header)
        except (InvalidEmail, ValueError) as exc:
            yield RowProblem(number, str(exc) or "invalid row")


def _email(raw: str) -> str:
    if not raw:
        raise ValueError("no email address")
    return normalise_email(raw)


def _timezone(raw: str) -> str:
    return raw if raw in known_timezones() else ""


def _plain(number: int, row: dict[str, str], header: list[str]) -> SourceRow:
    status_word = row.get("status", "").lower() or "active"
    if status_word not in STATUS_WORDS:
        raise ValueError(f"unknown status {row['status']!r}")
    rest: dict[str, Any] = {k: v for k, v in row.items() if k not in OWN_EXPORT_COLUMNS and v}
    if row.get("attributes"):
        try:
            attributes = json.loads(row["attributes"])
        except json.JSONDecodeError:
            raise ValueError("attributes is not valid JSON") from None
        rest.update(attributes if isinstance(attributes, dict) else {})
    return SourceRow(number, _email(row["email"]), row.get("name", ""),
                     STATUS_WORDS[status_word], rest, _timezone(row.get("timezone", "")))


def _mailchimp(number: int, row: dict[str, str], header: list[str]) -> SourceRow:
    # Mailchimp exports each audience as separate files; the extra columns say which.
    status = S.ACTIVE
    if "CLEAN_TIME" in header:
        status = S.BOUNCED
    elif "UNSUB_TIME" in header:
        status = S.UNSUBSCRIBED
    name = " ".join(row.get(k, "") for k in MAILCHIMP_NAME if row.get(k)).strip()
    skip = {"Email Address", *MAILCHIMP_NAME, "TIMEZONE"}
    attributes = {k: v for k, v in row.items() if k not in skip and v}
    return SourceRow(number, _email(row["Email Address"]), name, status, attributes,
                     _timezone(row.get("TIMEZONE", "")))


def _listmonk(number: int, row: dict[str, str], header: list[str]) -> SourceRow:
    statuses = {"enabled": S.ACTIVE, "disabled": S.UNSUBSCRIBED, "blocklisted": S.UNSUBSCRIBED}
    word = row.get("status", "").lower()
    if word not in statuses:
        raise ValueError(f"unknown listmonk status {row.get('status')!r}")
    try:
        attributes = json.loads(row["attributes"]) if row.get("attributes") else {}
    except json.JSONDecodeError:
        raise ValueError("attributes is not valid JSON") from None
    if not isinstance(attributes, dict):
        raise ValueError("attributes is not a JSON object")
    if row.get("uuid"):
        attributes["listmonk_uuid"] = row["uuid"]
    return SourceRow(number, _email(row["email"]), row.get("name", ""), statuses[word],
                     attributes)


def _substack(number: int, row: dict[str, str], header: list[str]) -> SourceRow:
    disabled = row.get("email_disabled", "").lower() in TRUE_WORDS
    paying = row.get("active_subscription", "").lower() in TRUE_WORDS
    try:
        expiry = parse_datetime(row.get("expiry"))
    except ValueError:
        raise ValueError(f"expiry {row.get('expiry')!r} is not a date") from None
    attributes = {f"substack_{k}": v for k, v in row.items()
                  if k in {"plan", "created_at", "first_payment_at"} and v}
    return SourceRow(number, _email(row["email"]), row.get("name", ""),
                     S.UNSUBSCRIBED if disabled else S.ACTIVE, attributes,
                     billing_status=BillingStatus.CURRENT if paying else BillingStatus.CANCELED,
                     paid_through=expiry)


_MAPPERS = {Format.PLAIN: _plain, Format.MAILCHIMP: _mailchimp, Format.LISTMONK: _listmonk,
            Format.SUBSTACK: _substack}
