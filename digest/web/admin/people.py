"""`/admin/people`: find subscribers, see their memberships and audit trail, change a status
with a reason (audited under the admin's name)."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from sqlalchemy import func, or_, select
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.audience.active import SHOWN_STATUSES, members_with_status, shown_status
from digest.audience.subscribers import set_status
from digest.audience.transitions import TransitionRefused
from digest.models import AuditEntry, MailingList, Membership, MembershipStatus, Subscriber
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form

router = APIRouter(prefix="/admin")
PAGE_SIZE = 100


@router.get("/people")
def search(request: Request, q: str = "", status: str = "", list_id: int = 0) -> Response:
    """Members with their shown status (digest.audience.active): "active" only for those
    who get mail, "suppressed" with the suppression's reason."""
    with db_session(request) as session:
        query = members_with_status()
        if q.strip():
            wanted = q.strip().lower()  # % and _ are searched for literally (autoescape)
            query = query.where(or_(Subscriber.email_key.contains(wanted, autoescape=True),
                                    func.lower(Subscriber.name).contains(wanted,
                                                                         autoescape=True)))
        if status:
            query = query.where(shown_status() == status)
        if list_id:
            query = query.where(Membership.list_id == list_id)
        rows = session.execute(query.order_by(Subscriber.id).limit(PAGE_SIZE)).all()
        lists = list(session.scalars(select(MailingList).order_by(MailingList.name)))
        return page(request, "admin/people.html", rows=rows, lists=lists, q=q, status=status,
                    list_id=list_id, statuses=SHOWN_STATUSES)


@router.get("/people/{subscriber_id}")
def person(request: Request, subscriber_id: int, notice: str = "") -> Response:
    with db_session(request) as session:
        subscriber = session.get(Subscriber, subscriber_id)
        if subscriber is None:
            return page(request, "admin/message.html", status_code=404, title="No such person",
                        message="There is no subscriber with that number.")
        memberships = session.execute(
            members_with_status().where(Membership.subscriber_id == subscriber_id)
            .order_by(MailingList.name)).all()
        ids = [row[1].id for row in memberships]
        trail = session.scalars(select(AuditEntry).where(or_(
            (AuditEntry.subject_type == "membership") & AuditEntry.subject_id.in_(ids),
            (AuditEntry.subject_type == "subscriber") & (AuditEntry.subject_id == subscriber_id),
        )).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(200)).all()
        return page(request, "admin/person.html", subscriber=subscriber,
                    memberships=memberships, trail=trail, statuses=list(MembershipStatus),
                    notice=notice)


@router.post("/memberships/{membership_id}/status")
def change_status(request: Request, membership_id: int, form: FormData = posted_form) -> Response:
    reason = str(form.get("reason", "")).strip()
    with db_session(request) as session, session.begin():
        membership = session.get(Membership, membership_id)
        if membership is None:
            return page(request, "admin/message.html", status_code=404,
                        title="No such membership", message="Nothing to change.")
        back = f"/admin/people/{membership.subscriber_id}"
        try:
            status = MembershipStatus(str(form.get("status", "")))
        except ValueError:
            return RedirectResponse(f"{back}?notice=Choose+a+status.", status_code=303)
        if not reason:
            return RedirectResponse(f"{back}?notice=Give+a+reason+for+the+change.",
                                    status_code=303)
        try:
            set_status(session, membership, status, actor=f"admin:{admin_name(request)}",
                       reason=reason)
        except TransitionRefused as exc:
            session.rollback()
            return RedirectResponse(f"{back}?notice={quote(str(exc))}", status_code=303)
        notice = f"Status is now {membership.status}."
    return RedirectResponse(f"{back}?notice={quote(notice)}", status_code=303)
