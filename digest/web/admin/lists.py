"""`/admin/lists`: lists and their schedules, in a form made for people: topics picked from
those that exist, the slug derived from the name, a time-zone picker, the schedule read
aloud with its next three send times, every problem reported at once, audited saves."""

from __future__ import annotations

from dataclasses import asdict
from urllib.parse import quote

from fastapi import APIRouter, Request
from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.audience.active import count_active
from digest.models import AuditEntry, MailingList, utcnow
from digest.scheduling.reading import ScheduleReading, read_schedule
from digest.scheduling.schedule import ScheduleError
from digest.scheduling.timezones import timezone_choices
from digest.tagging.catalog import topic_names
from digest.web.admin.edits import apply_edit, delete_confirmed
from digest.web.admin.list_form import ListValues, read_list_form
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form

router = APIRouter(prefix="/admin/lists")


def _reading(values: ListValues) -> ScheduleReading | None:
    try:
        return read_schedule(values.schedule_cron, values.timezone, utcnow())
    except ScheduleError:
        return None


def _form(request: Request, session: Session, values: ListValues, *, list_id: int | None,
          errors: dict[str, str] | None = None, notice: str = "",
          status_code: int = 200) -> Response:
    return page(request, "admin/list_form.html", status_code=status_code, values=values,
                list_id=list_id, errors=errors or {}, notice=notice,
                topics=topic_names(session), zones=timezone_choices(),
                reading=None if errors and "schedule_cron" in errors else _reading(values))


def _taken(session: Session, values: ListValues, list_id: int | None) -> dict[str, str]:
    """Name and slug must be unique among the other lists."""
    others = session.execute(select(MailingList.name, MailingList.slug).where(
        or_(MailingList.name == values.name, MailingList.slug == values.slug),
        MailingList.id != (list_id or 0))).all()
    errors = {}
    if any(name == values.name for name, _ in others):
        errors["name"] = f"Another list is already called {values.name}."
    if any(slug == values.slug for _, slug in others):
        errors["slug"] = f"Another list already uses the web address {values.slug}."
    return errors


@router.get("")
def lists(request: Request, notice: str = "") -> Response:
    with db_session(request) as session:
        rows = [(ml, count_active(session, ml), _reading(ListValues(
                    schedule_cron=ml.schedule_cron, timezone=ml.timezone)))
                for ml in session.scalars(select(MailingList).order_by(MailingList.name))]
        return page(request, "admin/lists.html", rows=rows, notice=notice)


@router.get("/new")
def new_list(request: Request) -> Response:
    with db_session(request) as session:
        return _form(request, session, ListValues(), list_id=None)


@router.get("/{list_id}")
def edit_list(request: Request, list_id: int, notice: str = "") -> Response:
    with db_session(request) as session:
        mailing_list = session.get(MailingList, list_id)
        if mailing_list is None:
            return page(request, "admin/message.html", status_code=404, title="No such list",
                        message="There is no list with that number.")
        values = ListValues(**{name: getattr(mailing_list, name)
                               for name in ListValues.__dataclass_fields__})
        return _form(request, session, values, list_id=list_id, notice=notice)


@router.post("/new")
def create(request: Request, form: FormData = posted_form) -> Response:
    return _save(request, form, None)


@router.post("/{list_id}")
def update(request: Request, list_id: int, form: FormData = posted_form) -> Response:
    return _save(request, form, list_id)


def _save(request: Request, form: FormData, list_id: int | None) -> Response:
    """Check everything; "Check schedule" only shows the reading, "Save" stores and audits."""
    with db_session(request) as session, session.begin():
        mailing_list = None if list_id is None else session.get(MailingList, list_id)
        if list_id is not None and mailing_list is None:
            return page(request, "admin/message.html", status_code=404, title="No such list",
                        message="There is no list with that number.")
        values, errors = read_list_form(form, topic_names(session))
        errors = {**_taken(session, values, list_id), **errors}
        if errors or form.get("action") == "check":
            return _form(request, session, values, list_id=list_id, errors=errors,
                         status_code=400 if errors else 200,
                         notice="" if errors else "Not saved yet: check the reading below.")
        actor = f"admin:{admin_name(request)}"
        changes = asdict(values)
        if mailing_list is None:
            mailing_list = MailingList(**changes)
            session.add(mailing_list)
            session.flush()
            session.add(AuditEntry(
                actor=actor, action="admin_create", subject_type="mailing-list",
                subject_id=mailing_list.id,
                detail={"pk": str(mailing_list.id), "changes": changes}))
        else:
            changes = apply_edit(session, mailing_list, changes, actor=actor,
                                 subject_type="mailing-list", subject_id=mailing_list.id)
        saved_id = mailing_list.id
    notice = f"Saved {values.name}." if changes else "Nothing changed."
    return RedirectResponse(f"/admin/lists/{saved_id}?notice={quote(notice)}",
                            status_code=303)


@router.post("/{list_id}/delete")
def delete_list(request: Request, list_id: int, form: FormData = posted_form) -> Response:
    """Delete a list with its memberships and editions, only when the box is ticked."""
    with db_session(request) as session, session.begin():
        mailing_list = session.get(MailingList, list_id)
        if mailing_list is None:
            return page(request, "admin/message.html", status_code=404, title="No such list",
                        message="There is no list with that number.")
        name = mailing_list.name
        refused = delete_confirmed(session, mailing_list, form,
                                   actor=f"admin:{admin_name(request)}",
                                   subject_type="mailing-list", subject_id=list_id,
                                   detail={"name": name}, back=f"/admin/lists/{list_id}")
        if refused is not None:
            return refused
    return RedirectResponse(f"/admin/lists?notice={quote(f'Deleted {name}.')}",
                            status_code=303)
