"""`/admin/people`: find members (by address or name, status, list and date of the last
status change; sorted), add one person, act on many at once (unsubscribe, suppress,
delete keeping a suppression).  Statuses are the shown ones (digest.audience.active)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from sqlalchemy import ColumnElement, func, or_, select
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.audience.active import SHOWN_STATUSES, members_with_status, shown_status
from digest.audience.bulk_actions import BULK_ACTIONS, apply_bulk
from digest.models import MailingList, Membership, Subscriber
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form

router = APIRouter(prefix="/admin")
PAGE_SIZE = 100
# sort key -> (label, column); "-" in front of a key sorts newest/last first.
SORTS: dict[str, tuple[str, Any]] = {
    "changed": ("status changed", Membership.updated_at),
    "joined": ("joined", Membership.created_at),
    "email": ("address", Subscriber.email_key),
    "status": ("status", shown_status()),
}


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _order(sort: str) -> list[ColumnElement[Any]]:
    label_column = SORTS.get(sort.lstrip("-"), SORTS["changed"])
    column = label_column[1]
    return [column.desc() if sort.startswith("-") else column.asc(), Subscriber.id.asc()]


@router.get("/people")
def search(request: Request, q: str = "", status: str = "", list_id: int = 0,
           since: str = "", until: str = "", sort: str = "-changed",
           notice: str = "") -> Response:
    """`since`/`until` (YYYY-MM-DD, inclusive) bound the date of the last status change."""
    query = members_with_status()
    if q.strip():
        wanted = q.strip().lower()  # % and _ are searched for literally (autoescape)
        query = query.where(or_(Subscriber.email_key.contains(wanted, autoescape=True),
                                func.lower(Subscriber.name).contains(wanted, autoescape=True)))
    if status:
        query = query.where(shown_status() == status)
    if list_id:
        query = query.where(Membership.list_id == list_id)
    first, last = _day(since), _day(until)
    if first:
        query = query.where(Membership.updated_at >= datetime.combine(first, time(), UTC))
    if last:
        query = query.where(Membership.updated_at < datetime.combine(
            last + timedelta(days=1), time(), UTC))
    bad_dates = [text for text, day in ((since, first), (until, last)) if text and not day]
    with db_session(request) as session:
        rows = session.execute(query.order_by(*_order(sort)).limit(PAGE_SIZE)).all()
        lists = list(session.scalars(select(MailingList).order_by(MailingList.name)))
        filters: dict[str, Any] = {"q": q, "status": status, "list_id": list_id, "since": since,
                   "until": until}
        return page(request, "admin/people.html", rows=rows, lists=lists, statuses=SHOWN_STATUSES,
                    sorts={k: label for k, (label, _) in SORTS.items()}, sort=sort,
                    bulk_actions={k: label for k, (label, _) in BULK_ACTIONS.items()},
                    filters=filters, query_string=urlencode(filters), page_size=PAGE_SIZE,
                    notice=notice or ("Dates are YYYY-MM-DD; ignored: " + ", ".join(bad_dates)
                                      if bad_dates else ""), **filters)


@router.post("/people/bulk")
def bulk(request: Request, form: FormData = posted_form) -> Response:
    back = "/admin/people?" + str(form.get("back", ""))
    action, reason = str(form.get("action", "")), str(form.get("reason", "")).strip()
    ids = [int(str(v)) for v in form.getlist("membership_ids") if str(v).isdecimal()]
    problem = ("Tick at least one person." if not ids else
               "Choose what to do." if action not in BULK_ACTIONS else
               "Give a reason (it goes in the audit log)." if not reason else "")
    if problem:
        return RedirectResponse(f"{back}&notice={quote(problem + ' Nothing was changed.')}",
                                status_code=303)
    with db_session(request) as session, session.begin():
        outcome = apply_bulk(session, action, ids, actor=f"admin:{admin_name(request)}",
                             reason=reason,
                             outbox=request.app.state.settings.data_dir / "outbox")
    notice = f"{BULK_ACTIONS[action][0]}: done for {outcome.done} of {len(ids)}."
    if outcome.refused:
        notice += " Refused: " + "; ".join(outcome.refused[:5])
    return RedirectResponse(f"{back}&notice={quote(notice)}", status_code=303)
