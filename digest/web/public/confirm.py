"""`/confirm/{token}`: the double opt-in link from the confirmation email.

Opening the link (GET) changes nothing: mail scanners and link previews open every
link in a message, and must not subscribe anyone.  It shows a button; pressing it
(POST) confirms.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from digest.audience import tokens
from digest.audience.flows import confirm, membership_for_token
from digest.audience.tokens import BadToken
from digest.audience.transitions import TransitionRefused
from digest.models import MailingList
from digest.web.templating import db_session, page

router = APIRouter()


def _bad_link(request: Request, exc: BadToken) -> Response:
    return page(request, "public/message.html", status_code=400,
                title="This link does not work",
                message=f"Sorry, {exc}. Subscribe again to get a new link.")


@router.get("/confirm/{token}")
def confirm_page(request: Request, token: str) -> Response:
    settings = request.app.state.settings
    with db_session(request) as session:
        try:
            membership = membership_for_token(session, settings.ensure_secret_key(),
                                              tokens.CONFIRM, token,
                                              max_age=settings.confirm_token_hours * 3600)
        except BadToken as exc:
            return _bad_link(request, exc)
        mailing_list = session.get(MailingList, membership.list_id)
        name = mailing_list.name if mailing_list else "the list"
    return page(request, "public/press_to_continue.html", title=f"Confirm: {name}",
                message=f"Press the button to start getting {name}.",
                button="Confirm my subscription")


@router.post("/confirm/{token}")
def confirm_subscription(request: Request, token: str) -> Response:
    settings = request.app.state.settings
    with db_session(request) as session, session.begin():
        try:
            membership = confirm(session, settings.ensure_secret_key(), token,
                                 max_age=settings.confirm_token_hours * 3600)
        except BadToken as exc:
            session.rollback()
            return _bad_link(request, exc)
        except TransitionRefused as exc:
            session.rollback()
            return page(request, "public/message.html", status_code=409,
                        title="Nothing to confirm", message=f"Sorry, {exc}.")
        mailing_list = session.get(MailingList, membership.list_id)
        name = mailing_list.name if mailing_list else "the list"
        return page(request, "public/message.html", title="You are subscribed",
                    message=f"Thank you for confirming. You will get {name} from the next "
                            "edition on.")
