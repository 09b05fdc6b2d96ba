"""`/lists/{slug}/subscribe`: the sign-up form (double opt-in, honeypot, rate limit)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from digest.audience.confirmation import send_confirmation
from digest.audience.flows import AddressSuppressed, request_subscription
from digest.audience.subscribers import InvalidEmail
from digest.delivery.transports.base import TransportError
from digest.delivery.transports.registry import make_transport
from digest.models import MailingList
from digest.web.ratelimit import FORM_POST, FORM_WINDOW, Limiter
from digest.web.templating import client_ip, db_session, page

router = APIRouter()
HONEYPOT = "website"  # hidden from people; bots fill in every field


def _not_found(request: Request) -> Response:
    return page(request, "public/message.html", status_code=404, title="No such list",
                message="There is no list at this address. Check the link you followed.")


def form_limited(request: Request) -> bool:
    """Count this public form post; True when the address has sent too many this hour."""
    limiter: Limiter = request.app.state.limiter
    key = client_ip(request)
    if limiter.count(FORM_POST, key, FORM_WINDOW) >= request.app.state.settings \
            .web_subscribe_per_hour:
        return True
    limiter.hit(FORM_POST, key, FORM_WINDOW)
    return False


@router.get("/lists/{slug}/subscribe")
def subscribe_form(request: Request, slug: str) -> Response:
    with db_session(request) as session:
        mailing_list = session.scalar(select(MailingList).where(MailingList.slug == slug))
        if mailing_list is None:
            return _not_found(request)
        return page(request, "public/subscribe.html", mailing_list=mailing_list, error="",
                    email="", name="")


@router.post("/lists/{slug}/subscribe")
async def subscribe(request: Request, slug: str) -> Response:
    form = await request.form()
    email, name = str(form.get("email", "")).strip(), str(form.get("name", "")).strip()[:200]
    settings = request.app.state.settings
    with db_session(request) as session, session.begin():
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
            result = request_subscription(session, mailing_list, email, name=name)
        except InvalidEmail:
            return page(request, "public/subscribe.html", status_code=400,
                        mailing_list=mailing_list, email=email, name=name,
                        error="That does not look like an email address. Check it and "
                              "try again.")
        except AddressSuppressed:
            return done  # answer as for anyone: the form must not reveal who is blocked
        if result.needs_confirmation:
            transport = make_transport(settings)
            try:
                send_confirmation(session, settings, transport, result.membership)
            except TransportError:
                session.rollback()
                return page(request, "public/message.html", status_code=503,
                            title="Please try again later",
                            message="We could not send the confirmation email just now. "
                                    "Nothing was saved; try again in a few minutes.")
            finally:
                transport.close()
        return done
