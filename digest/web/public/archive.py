"""The web archive: headlines for everyone, full editions for active subscribers.

Readers sign in with a magic link sent to their address (see digest.web.readers).
A signed-in reader whose paid membership has lapsed is told how to fix their
card; anyone else who may not read an edition is invited to subscribe.
"""

from __future__ import annotations

import contextlib
import enum
from dataclasses import dataclass

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import HTMLResponse, RedirectResponse, Response

from digest.audience.active import effective_billing, is_active
from digest.audience.billing import LAPSED_NOTICE
from digest.audience.subscribers import (
    InvalidEmail,
    find_subscriber,
    is_suppressed,
    normalise_email,
)
from digest.audience.tokens import BadToken
from digest.delivery.personalise import recipient
from digest.delivery.transports.base import TransportError
from digest.delivery.transports.mime import address_problem
from digest.editions.render import TOKENS
from digest.editions.tokens import split_body
from digest.models import (
    BillingStatus,
    Edition,
    EditionStatus,
    MailingList,
    Membership,
    MembershipStatus,
    Story,
    Subscriber,
)
from digest.web import readers
from digest.web.headers import email_headers
from digest.web.mail import send_archive_link
from digest.web.public.subscribe import MAIL_WINDOW, form_limited, may_mail
from digest.web.public.web_edition import for_the_web, web_header
from digest.web.static import static_text
from digest.web.templating import db_session, page, posted_form

router = APIRouter()
PUBLISHED = (EditionStatus.SENT, EditionStatus.SENDING)
ARCHIVE_SIZE = 30
ARCHIVE_MAIL = "archive_link_mail"
HEADLINES = 8


class Access(enum.StrEnum):
    FULL = "full"
    LAPSED = "lapsed"  # a paid member whose billing is not current
    SUBSCRIBE = "subscribe"  # not signed in, or not an active member


def access_for(session: Session, mailing_list: MailingList, reader: Subscriber | None) -> Access:
    """What this reader may see of the list's editions (the send path's own SQL decides)."""
    if reader is None:
        return Access.SUBSCRIBE
    if is_active(session, mailing_list, reader.id):
        return Access.FULL
    membership = session.scalar(select(Membership).where(
        Membership.list_id == mailing_list.id, Membership.subscriber_id == reader.id))
    status = membership.status if membership is not None else None
    unpaid = effective_billing(membership, reader) != BillingStatus.CURRENT  # on this list
    if mailing_list.is_paid and (status == MembershipStatus.LAPSED
                                 or (status == MembershipStatus.ACTIVE and unpaid)):
        return Access.LAPSED
    return Access.SUBSCRIBE


@dataclass(frozen=True)
class ArchiveEntry:
    edition: Edition
    mailing_list: MailingList
    headlines: list[str]

    @property
    def url(self) -> str:
        return f"/editions/{self.mailing_list.slug}/{self.edition.slot}"


def _headlines(session: Session, edition: Edition) -> list[str]:
    ids = list(edition.story_ids or [])[:HEADLINES]
    titles = dict(session.execute(
        select(Story.id, Story.title).where(Story.id.in_(ids))).all())
    return [titles[i] for i in ids if titles.get(i)]


def _entry(session: Session, edition: Edition, mailing_list: MailingList) -> ArchiveEntry:
    return ArchiveEntry(edition, mailing_list, _headlines(session, edition))


@router.get("/archive")
def archive(request: Request) -> Response:
    with db_session(request) as session:
        rows = session.execute(
            select(Edition, MailingList).join(MailingList, MailingList.id == Edition.list_id)
            .where(Edition.status.in_(PUBLISHED))
            .order_by(Edition.created_at.desc(), Edition.id.desc()).limit(ARCHIVE_SIZE)).all()
        entries = [_entry(session, edition, ml) for edition, ml in rows]
        lists = list(session.scalars(select(MailingList).order_by(MailingList.name)))
        return page(request, "public/archive.html", entries=entries, lists=lists,
                    reader=readers.current_reader(request, session), sent=False)


def _may_sign_in(session: Session, subscriber: Subscriber) -> bool:
    """Suppressed addresses and anyone who marked our mail as spam are sent nothing."""
    if is_suppressed(session, subscriber.email):
        return False
    return session.scalar(select(Membership.id).where(
        Membership.subscriber_id == subscriber.id,
        Membership.status == MembershipStatus.COMPLAINED).limit(1)) is None


@router.post("/archive/sign-in")
def request_link(request: Request, form: FormData = posted_form) -> Response:
    settings = request.app.state.settings
    if form_limited(request):
        return page(request, "public/message.html", status_code=429, title="Too many requests",
                    message="Too many sign-in requests from your network. Try again in an hour.")
    with db_session(request) as session:
        subscriber = None
        with contextlib.suppress(InvalidEmail):
            subscriber = find_subscriber(session, normalise_email(str(form.get("email", ""))))
        if (subscriber is not None and not address_problem(subscriber.email, "")
                and _may_sign_in(session, subscriber)
                and may_mail(request, ARCHIVE_MAIL, subscriber.email_hash)):
            try:
                send_archive_link(settings, subscriber, readers.magic_link(settings, subscriber))
            except TransportError:
                request.app.state.limiter.undo(ARCHIVE_MAIL, subscriber.email_hash, MAIL_WINDOW)
                return page(request, "public/message.html", status_code=503,
                            title="Please try again later",
                            message="We could not send the email just now.")
    # The same answer whether or not we know the address (or may write to it).
    return page(request, "public/message.html", title="Check your inbox",
                message="If that address is on one of our lists, a sign-in link is on its "
                        f"way. It works for {settings.archive_link_minutes} minutes, once.")


def _bad_sign_in_link(request: Request, exc: BadToken) -> Response:
    return page(request, "public/message.html", status_code=400,
                title="This link does not work",
                message=f"Sorry, {exc}. Ask for a new sign-in link on the archive page.")


@router.get("/archive/sign-in/{token}")
def follow_link(request: Request, token: str) -> Response:
    """A button, not a sign-in: mail scanners open links, and the link works only once."""
    settings = request.app.state.settings
    with db_session(request) as session:
        try:
            readers.subscriber_for_link(session, settings, token)
        except BadToken as exc:
            return _bad_sign_in_link(request, exc)
    return page(request, "public/press_to_continue.html", title="Sign in to the archive",
                message="Press the button to sign in on this device.", button="Sign in")


@router.post("/archive/sign-in/{token}")
def use_link(request: Request, token: str) -> Response:
    settings = request.app.state.settings
    with db_session(request) as session:
        try:
            subscriber = readers.use_link(session, settings, token)
        except BadToken as exc:
            return _bad_sign_in_link(request, exc)
        response = RedirectResponse("/archive", status_code=303)
        readers.sign_in(response, settings, subscriber)
        return response


@router.post("/archive/sign-out")
def sign_out(request: Request) -> Response:
    response = RedirectResponse("/archive", status_code=303)
    readers.sign_out(response)
    return response


@router.get("/editions/{slug}/{slot}")
def edition_page(request: Request, slug: str, slot: str) -> Response:
    settings = request.app.state.settings
    with db_session(request) as session:
        found = session.execute(
            select(Edition, MailingList).join(MailingList, MailingList.id == Edition.list_id)
            .where(MailingList.slug == slug, Edition.slot == slot,
                   Edition.status.in_(PUBLISHED))).first()
        if found is None:
            return page(request, "public/message.html", status_code=404,
                        title="No such edition", message="There is no edition at this address.")
        edition, mailing_list = found
        reader = readers.current_reader(request, session)
        access = access_for(session, mailing_list, reader)
        if access == Access.FULL and reader is not None:
            values = recipient(settings, mailing_list.id, 0, reader.id, reader.email,
                               reader.name, reader.email_hash).substitutions
            html = for_the_web(
                split_body(edition.html, TOKENS, escape=True).fill(values),
                web_header(settings.from_name, mailing_list.name,
                           f"/lists/{mailing_list.slug}/subscribe"),
                static_text(request, "web-edition.css"))
            return HTMLResponse(html, headers=email_headers(framed_by_us=False))
        return page(request, "public/edition_locked.html", status_code=403,
                    entry=_entry(session, edition, mailing_list), reader=reader,
                    lapsed=access == Access.LAPSED, lapsed_notice=LAPSED_NOTICE,
                    portal_url=settings.billing_portal_url, contact=settings.from_email)
