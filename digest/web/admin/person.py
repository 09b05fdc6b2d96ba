"""`/admin/people/{id}`: one person: memberships with the shown status (and why), details,
the provider's bounce and complaint reports, the dated trail; a status change with a
reason; and `/admin/people/new`, adding one person as `digest subscribers add` does."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.audience.active import members_with_status
from digest.audience.confirmation import send_confirmation
from digest.audience.flows import AddressSuppressed, request_subscription
from digest.audience.names import clean_name
from digest.audience.subscribers import (
    InvalidEmail,
    is_suppressed,
    normalise_email,
    set_status,
    subscribe,
)
from digest.audience.transitions import TransitionRefused
from digest.delivery.transports.base import TransportError
from digest.delivery.transports.registry import make_transport
from digest.models import (
    AuditEntry,
    Delivery,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
    WebhookEvent,
)
from digest.scheduling.timezones import offered_zone, timezone_choices
from digest.web.admin.edits import apply_edit
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form

router = APIRouter(prefix="/admin")
# Provider events worth showing on a person's page, with the payload fields saying why.
REPORTED_EVENTS = ("bounce", "dropped", "spamreport", "unsubscribe", "group_unsubscribe",
                   "deferred", "blocked")


def read_attributes(text: str) -> dict[str, Any] | None:
    """A JSON object from the details form; None when it is anything else."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _missing(request: Request) -> Response:
    return page(request, "admin/message.html", status_code=404, title="No such person",
                message="There is no subscriber with that number.")


def _lists(request: Request) -> list[MailingList]:
    with db_session(request) as session:
        return list(session.scalars(select(MailingList).order_by(MailingList.name)))


@router.get("/people/new")
def new_person(request: Request) -> Response:
    return page(request, "admin/person_new.html", lists=_lists(request), values={}, error="")


@router.post("/people/new")
def add_person(request: Request, form: FormData = posted_form) -> Response:
    """Active now (the admin holds their consent) or pending with a confirmation email."""
    values = {k: str(form.get(k, "")).strip() for k in ("email", "name", "list_id", "how")}
    values["name"] = clean_name(values["name"])  # one line, the column's size
    list_id = int(values["list_id"]) if values["list_id"].isdecimal() else 0
    with db_session(request) as session, session.begin():
        mailing_list = session.get(MailingList, list_id)
        if mailing_list is None:
            return page(request, "admin/person_new.html", status_code=400,
                        lists=_lists(request), values=values, error="Choose a list.")
        error = ""
        try:
            membership = _add(request, session, mailing_list, values)
        except InvalidEmail:
            error = f"{values['email'] or 'An empty address'} is not an email address."
        except AddressSuppressed:
            error = "That address is suppressed (it bounced, complained or was erased)."
        except TransportError as exc:
            error = f"The confirmation email was not sent: {exc}. Nothing was saved."
        if error:
            session.rollback()
            return page(request, "admin/person_new.html", status_code=400,
                        lists=_lists(request), values=values, error=error)
        subscriber = session.get(Subscriber, membership.subscriber_id)
        address = subscriber.email if subscriber else values["email"]
        notice = f"{address} is {membership.status} on {mailing_list.name}" + (
            "; a confirmation email was sent." if membership.status == "pending" else ".")
        subscriber_id = membership.subscriber_id
    return RedirectResponse(f"/admin/people/{subscriber_id}?notice={quote(notice)}",
                            status_code=303)


def _add(request: Request, session: Session, mailing_list: MailingList,
         values: dict[str, str]) -> Membership:
    actor = f"admin:{admin_name(request)}"
    if values["how"] == "active":
        if is_suppressed(session, normalise_email(values["email"])):
            raise AddressSuppressed("this address cannot be subscribed")
        return subscribe(session, mailing_list.id, values["email"], name=values["name"],
                         actor=actor)
    result = request_subscription(session, mailing_list, values["email"],
                                  name=values["name"], actor=actor)
    if result.needs_confirmation:
        settings = request.app.state.settings
        transport = make_transport(settings)
        try:
            send_confirmation(session, settings, transport, result.membership)
        finally:
            transport.close()
    return result.membership


@router.get("/people/{subscriber_id}")
def person(request: Request, subscriber_id: int, notice: str = "") -> Response:
    with db_session(request) as session:
        subscriber = session.get(Subscriber, subscriber_id)
        if subscriber is None:
            return _missing(request)
        memberships = session.execute(
            members_with_status().where(Membership.subscriber_id == subscriber_id)
            .order_by(MailingList.name)).all()
        ids = [row[1].id for row in memberships]
        trail = session.scalars(select(AuditEntry).where(or_(
            (AuditEntry.subject_type == "membership") & AuditEntry.subject_id.in_(ids),
            (AuditEntry.subject_type == "subscriber") & (AuditEntry.subject_id == subscriber_id),
        )).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(200)).all()
        reports = session.scalars(
            select(WebhookEvent).join(Delivery, Delivery.id == WebhookEvent.delivery_id)
            .where(Delivery.subscriber_id == subscriber_id,
                   WebhookEvent.event.in_(REPORTED_EVENTS))
            .order_by(WebhookEvent.received_at.desc()).limit(50)).all()
        return page(request, "admin/person.html", subscriber=subscriber,
                    memberships=memberships, trail=trail, reports=reports,
                    statuses=list(MembershipStatus), zones=timezone_choices(), notice=notice)


@router.post("/people/{subscriber_id}/details")
def change_details(request: Request, subscriber_id: int, form: FormData = posted_form) -> Response:
    name, zone = clean_name(str(form.get("name", ""))), str(form.get("timezone", ""))
    back = f"/admin/people/{subscriber_id}"
    attributes = read_attributes(str(form.get("attributes", "") or "{}"))
    problem = ("Choose a time zone from the list." if not offered_zone(zone) else
               "Attributes must be a JSON object, like {\"city\": \"Aleppo\"}; nothing was "
               "saved." if attributes is None else "")
    if problem:
        return RedirectResponse(f"{back}?notice={quote(problem)}", status_code=303)
    with db_session(request) as session, session.begin():
        subscriber = session.get(Subscriber, subscriber_id)
        if subscriber is None:
            return _missing(request)
        changes = apply_edit(session, subscriber,
                             {"name": name, "timezone": zone, "attributes": attributes},
                             actor=f"admin:{admin_name(request)}", subject_type="subscriber",
                             subject_id=subscriber_id)
    notice = "Details saved." if changes else "Nothing changed."
    return RedirectResponse(f"{back}?notice={quote(notice)}", status_code=303)


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
