"""`/admin/`: the dashboard: members over time by status, deliveries per edition, feed errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta

from fastapi import APIRouter, Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.responses import Response

from digest.audience.active import count_active, status_counts
from digest.models import (
    AuditEntry,
    BatchStatus,
    Delivery,
    Edition,
    Feed,
    MailingList,
    Membership,
    utcnow,
)
from digest.web.admin.charts import bar_chart, line_chart
from digest.web.templating import db_session, page

router = APIRouter()
HISTORY_DAYS = 30
# (when, status before or None for a new membership, status after)
StatusChange = tuple[datetime, str | None, str]


def status_history(current: Mapping[str, int], changes: Sequence[StatusChange],
                   days: Sequence[date]) -> dict[str, list[int]]:
    """Members per status at the end of each day, found by undoing later changes
    (newest first) from today's counts.  Pure."""
    counts: Counter[str] = Counter(current)
    newest_first = sorted(changes, key=lambda change: change[0], reverse=True)
    position, per_day = 0, []
    for day in sorted(days, reverse=True):
        end = datetime.combine(day + timedelta(days=1), time(), UTC)
        while position < len(newest_first) and newest_first[position][0] >= end:
            _, before, after = newest_first[position]
            counts[after] -= 1
            if before:
                counts[before] += 1
            position += 1
        per_day.append(Counter(counts))
    per_day.reverse()
    statuses = sorted({s for c in per_day for s, n in c.items() if n} | set(current))
    return {status: [c.get(status, 0) for c in per_day] for status in statuses}


def _status_changes(session: Session, since: datetime) -> list[StatusChange]:
    rows = session.execute(select(AuditEntry.at, AuditEntry.detail).where(
        AuditEntry.action == "status", AuditEntry.subject_type == "membership",
        AuditEntry.at >= since))
    return [(at, detail.get("from"), str(detail.get("to")))
            for at, detail in rows if isinstance(detail, dict) and detail.get("to")]


def _deliveries(session: Session) -> list[tuple[str, int]]:
    editions = session.execute(select(Edition.id, Edition.slot).where(
        Edition.status != "skipped").order_by(Edition.id.desc()).limit(10)).all()
    sent = dict(session.execute(
        select(Delivery.edition_id, func.count()).where(
            Delivery.edition_id.in_([e.id for e in editions]),
            Delivery.status == BatchStatus.SENT).group_by(Delivery.edition_id)).all())
    return [(f"#{e.id}", sent.get(e.id, 0)) for e in reversed(editions)]


@router.get("/admin/")
def dashboard(request: Request) -> Response:
    today = utcnow().date()
    days = [today - timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1)]
    with db_session(request) as session:
        current = status_counts(session)  # the same "active" as the send path
        since = datetime.combine(days[0], time(), UTC)
        # The audit log records stored statuses (active -> bounced), so the history is
        # undone from stored counts: from the shown ones (suppressed, lapsed) it went negative.
        stored = {str(status): int(n) for status, n in session.execute(
            select(Membership.status, func.count()).group_by(Membership.status))}
        history = status_history(stored, _status_changes(session, since), days)
        deliveries = _deliveries(session)
        failing = session.execute(select(Feed.title, Feed.url, Feed.consecutive_failures,
                                         Feed.last_error)
                                  .where(Feed.consecutive_failures > 0)
                                  .order_by(Feed.consecutive_failures.desc()).limit(10)).all()
        lists = [(ml, count_active(session, ml))
                 for ml in session.scalars(select(MailingList).order_by(MailingList.name))]
        labels = [d.strftime("%d %b") for d in days]
        return page(
            request, "admin/dashboard.html", lists=lists, current=current, failing=failing,
            deliveries=deliveries, days=days, history=history,
            members_chart=line_chart("Members by status, last 30 days", labels, history,
                                     x_title="Day", y_title="Members"),
            deliveries_chart=bar_chart("Deliveries sent per edition",
                                       [d[0] for d in deliveries], [d[1] for d in deliveries],
                                       x_title="Edition", y_title="Emails sent"),
            feeds_chart=bar_chart("Failures in a row per failing feed",
                                  [(f.title or f.url) for f in failing],
                                  [f.consecutive_failures for f in failing],
                                  x_title="Feed", y_title="Failures in a row"),
        )
