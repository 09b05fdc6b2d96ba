"""`/unsubscribe/{token}`: a page with one button (GET) and the RFC 8058 one-click POST.

The button posts exactly `List-Unsubscribe=One-Click`, the body mail providers
send, so both go through `unsubscribe_one_click`; the token in the URL is the
authority and no cookie is involved (the path is exempt from CSRF checks).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from digest.audience import tokens
from digest.audience.flows import membership_for_token, unsubscribe_one_click
from digest.audience.tokens import BadToken
from digest.models import MailingList, Subscriber
from digest.web.templating import db_session, page, posted_body

router = APIRouter()


def bad_link(request: Request, reason: str, status_code: int = 400) -> Response:
    return page(request, "public/message.html", status_code=status_code,
                title="This link does not work",
                message=f"Sorry, {reason}. Use the link in the most recent email you got from "
                        "us, or write to us and we will take you off the list.")


@router.get("/unsubscribe/{token}")
def unsubscribe_page(request: Request, token: str) -> Response:
    settings = request.app.state.settings
    with db_session(request) as session:
        try:
            membership = membership_for_token(session, settings.ensure_secret_key(),
                                              tokens.UNSUBSCRIBE, token)
        except BadToken as exc:
            return bad_link(request, str(exc))
        mailing_list = session.get(MailingList, membership.list_id)
        subscriber = session.get(Subscriber, membership.subscriber_id)
        return page(request, "public/unsubscribe.html", mailing_list=mailing_list,
                    email=subscriber.email if subscriber else "", status=membership.status)


@router.post("/unsubscribe/{token}")
def unsubscribe(request: Request, token: str, body: bytes = posted_body) -> Response:
    settings = request.app.state.settings
    with db_session(request) as session, session.begin():
        result = unsubscribe_one_click(session, settings.ensure_secret_key(), token, body)
        if not result.ok:
            session.rollback()
            if result.status_code == 404:
                return bad_link(request, result.message, status_code=404)
            return page(request, "public/message.html", status_code=result.status_code,
                        title="Nothing changed", message=result.message)
        # The token just worked, so it names a membership: say which list, and lead back.
        membership = membership_for_token(session, settings.ensure_secret_key(),
                                          tokens.UNSUBSCRIBE, token)
        mailing_list = session.get(MailingList, membership.list_id)
        return page(request, "public/unsubscribed.html", mailing_list=mailing_list)
