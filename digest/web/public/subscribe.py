"""`/lists/{slug}/subscribe`: the sign-up form (double opt-in, honeypot, rate limits).

Two limits: form posts per client address (`DIGEST_WEB_SUBSCRIBE_PER_HOUR`), and
confirmation emails per subscriber address (`DIGEST_WEB_EMAILS_PER_ADDRESS` a day),
so nobody, from however many addresses, can fill someone's inbox by subscribing them
again and again.  Past either, the form answers as always and sends nothing.
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import Response

from digest.audience.confirmation import send_confirmation
from digest.audience.flows import AddressSuppressed, request_subscription
from digest.audience.subscribers import InvalidEmail, email_hash, normalise_email
from digest.config import Settings
from digest.delivery.transports.base import TransportError
from digest.delivery.transports.mime import address_problem
from digest.delivery.transports.registry import make_transport
from digest.models import MailingList
from digest.web.ratelimit import FORM_POST, FORM_WINDOW, Limiter, address_key
from digest.web.templating import client_ip, db_session, page, posted_form

router = APIRouter()
HONEYPOT = "website"  # hidden from people; bots fill in every field
MAIL_WINDOW = timedelta(hours=24)
CONFIRMATION_MAIL = "confirmation_mail"


def _not_found(request: Request) -> Response:
    return page(request, "public/message.html", status_code=404, title="No such list",
                message="There is no list at this address. Check the link you followed.")


def form_limited(request: Request) -> bool:
    """Count this public form post; True when the address has sent too many this hour."""
    limiter: Limiter = request.app.state.limiter
    return not limiter.try_hit(FORM_POST, address_key(client_ip(request)), FORM_WINDOW,
                               request.app.state.settings.web_subscribe_per_hour)


def may_mail(request: Request, kind: str, email_hash: str) -> bool:
    """Count one email of `kind` to this address; False when it has had its share today."""
    limiter: Limiter = request.app.state.limiter
    return limiter.try_hit(kind, email_hash, MAIL_WINDOW,
                           request.app.state.settings.web_emails_per_address)


@router.get("/lists/{slug}/subscribe")
def subscribe_form(request: Request, slug: str) -> Response:
    with db_session(request) as session:
        mailing_list = session.scalar(select(MailingList).where(MailingList.slug == slug))
        if mailing_list is None:
            return _not_found(request)
        return page(request, "public/subscribe.html", mailing_list=mailing_list, error="",
                    email="", name="")


@router.post("/lists/{slug}/subscribe")
def subscribe(request: Request, slug: str, form: FormData = posted_form) -> Response:
    email, name = str(form.get("email", "")).strip(), str(form.get("name", "")).strip()[:200]
    settings = request.app.state.settings
    with db_session(request) as session:
        mailing_list = session.scalar(select(MailingList).where(MailingList.slug == slug))
        if mailing_list is None:
            return _not_found(request)
        done = page(request, "public/subscribed.html", mailing_list=mailing_list,
                    confirm=mailing_list.double_opt_in)
        if form.get(HONEYPOT):
            return done  # a bot: answer as for anyone, do nothing
        if form_limited(request):
            return page(request, "public/message.html", status_code=429,
                        title="Too many requests",
                        message="Too many sign-ups from your network. Try again in an hour.")
        try:
            normalised = normalise_email(email)
        except InvalidEmail:
            normalised = ""
        # An address the mail library cannot head a message with (a non-ASCII local part:
        # our mail goes out without SMTPUTF8) is refused here, not when its email is built.
        if not normalised or address_problem(normalised, ""):
            return page(request, "public/subscribe.html", status_code=400,
                        mailing_list=mailing_list, email=email, name=name,
                        error="That does not look like an email address we can write to. "
                              "Check it and try again.")
        address_hash = email_hash(normalised)
        # Counted before this request writes anything (SQLite has one writer at a time),
        # given back below when no email went.
        mail_allowed = may_mail(request, CONFIRMATION_MAIL, address_hash)
        mailed = False
        try:
            mailed = _subscribe(session, settings, mailing_list, email, name,
                                mail_allowed=mail_allowed)
            session.commit()
        except AddressSuppressed:
            session.rollback()  # answer as for anyone: the form must not reveal who is blocked
        except TransportError:
            session.rollback()
            return page(request, "public/message.html", status_code=503,
                        title="Please try again later",
                        message="We could not send the confirmation email just now. "
                                "Nothing was saved; try again in a few minutes.")
        except Exception:
            # Give the write lock back before the limiter writes its undo below (SQLite
            # has one writer: holding it would stall every other request's write).
            session.rollback()
            raise
        finally:
            if mail_allowed and not mailed:
                request.app.state.limiter.undo(CONFIRMATION_MAIL, address_hash, MAIL_WINDOW)
        return done


def _subscribe(session: Session, settings: Settings, mailing_list: MailingList, email: str,
               name: str, *, mail_allowed: bool) -> bool:
    """Ask for the membership and send the confirmation if one is due and allowed.

    True when an email went; raises AddressSuppressed, or TransportError (the caller's
    transaction then rolls back: nothing is saved).
    """
    result = request_subscription(session, mailing_list, email, name=name)
    if not (result.needs_confirmation and mail_allowed):
        return False
    transport = make_transport(settings)
    try:
        send_confirmation(session, settings, transport, result.membership)
    finally:
        transport.close()
    return True
