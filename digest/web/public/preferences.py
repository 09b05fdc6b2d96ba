"""`/preferences/{token}`: a member chooses topics, how often, and their time zone."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import Response

from digest.audience import tokens
from digest.audience.flows import token_for
from digest.audience.preferences import (
    InvalidPreferences,
    PreferencesUpdate,
    membership_for_preferences,
    update_preferences,
)
from digest.audience.tokens import BadToken
from digest.models import MailingList, Membership, Subscriber
from digest.scheduling.timezones import offered_zone, timezone_choices
from digest.web.public.unsubscribe import bad_link
from digest.web.templating import db_session, page, posted_form

router = APIRouter()


def _page(request: Request, session: Session, membership: Membership, *, saved: bool = False,
          error: str = "", status_code: int = 200) -> Response:
    settings = request.app.state.settings
    mailing_list = session.get(MailingList, membership.list_id)
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert mailing_list is not None and subscriber is not None
    unsubscribe_token = token_for(settings.ensure_secret_key(), tokens.UNSUBSCRIBE, membership,
                                  subscriber)
    return page(request, "public/preferences.html", status_code=status_code,
                mailing_list=mailing_list, subscriber=subscriber, membership=membership,
                chosen=set(membership.topics or []), zones=timezone_choices(),
                zone_offered=offered_zone(subscriber.timezone),
                saved=saved, error=error, unsubscribe_url=f"/unsubscribe/{unsubscribe_token}")


@router.get("/preferences/{token}")
def preferences_page(request: Request, token: str) -> Response:
    secret = request.app.state.settings.ensure_secret_key()
    with db_session(request) as session:
        try:
            membership = membership_for_preferences(session, secret, token)
        except BadToken as exc:
            return bad_link(request, str(exc))
        return _page(request, session, membership)


@router.post("/preferences/{token}")
def save_preferences(request: Request, token: str, form: FormData = posted_form) -> Response:
    secret = request.app.state.settings.ensure_secret_key()
    update = PreferencesUpdate(
        topics=[str(t) for t in form.getlist("topics")],
        frequency=str(form.get("frequency", "")) or None,
        timezone=str(form.get("timezone", "")).strip() or None,
    )
    with db_session(request) as session:
        try:
            membership = membership_for_preferences(session, secret, token)
        except BadToken as exc:
            return bad_link(request, str(exc))
        try:
            update_preferences(session, membership, update)
        except InvalidPreferences as exc:
            session.rollback()  # nothing half-saved; show the stored choices again
            membership = membership_for_preferences(session, secret, token)
            return _page(request, session, membership, error=str(exc), status_code=400)
        session.commit()
        return _page(request, session, membership, saved=True)
