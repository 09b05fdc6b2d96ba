"""The double opt-in confirmation email: a signed, expiring link, sent through a transport."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy.orm import Session

from digest.audience import tokens
from digest.audience.flows import token_for
from digest.config import Settings
from digest.delivery.transports.base import Message, Recipient, SendResult, Transport
from digest.models import AuditEntry, MailingList, Membership, MembershipStatus, Subscriber, utcnow
from digest.templates import folder

TEMPLATES = folder("email")


class NotPending(ValueError):
    """Only a pending membership is sent a confirmation email."""


@dataclass(frozen=True)
class ConfirmationEmail:
    subject: str
    text: str
    html: str
    confirm_url: str


@lru_cache(maxsize=2)
def _environment(folder: str) -> Environment:
    return Environment(loader=FileSystemLoader(folder), undefined=StrictUndefined,
                       autoescape=select_autoescape(["html.j2"], default_for_string=False),
                       trim_blocks=True, lstrip_blocks=True)


def confirmation_url(settings: Settings, membership: Membership, subscriber: Subscriber,
                     *, now: datetime | None = None) -> str:
    token = token_for(settings.ensure_secret_key(), tokens.CONFIRM, membership, subscriber,
                      now=None if now is None else now.timestamp())
    return f"{settings.base_url}/confirm/{token}"


def render_confirmation(
    settings: Settings, mailing_list: MailingList, subscriber: Subscriber, confirm_url: str,
    *, folder: Path = TEMPLATES,
) -> ConfirmationEmail:
    """Subject, text and HTML from `confirm.txt.j2` and `confirm.html.j2`."""
    env = _environment(str(folder))
    context = {
        "name": subscriber.name, "email": subscriber.email, "list_name": mailing_list.name,
        "confirm_url": confirm_url, "hours": settings.confirm_token_hours,
        "from_name": mailing_list.from_name or settings.from_name,
        "postal_address": settings.postal_address,
    }
    return ConfirmationEmail(
        subject=f"Please confirm your subscription to {mailing_list.name}",
        text=env.get_template("confirm.txt.j2").render(context),
        html=env.get_template("confirm.html.j2").render(context),
        confirm_url=confirm_url,
    )


def send_confirmation(
    session: Session, settings: Settings, transport: Transport, membership: Membership,
    *, now: datetime | None = None,
) -> SendResult:
    """Send the confirmation email for a pending membership and audit that it went.

    Raises NotPending for any other status (an active member needs no link; one
    who left must subscribe again first) and TransportError from the transport.
    """
    if membership.status != MembershipStatus.PENDING:
        raise NotPending(f"membership is {membership.status}, not pending")
    mailing_list = session.get(MailingList, membership.list_id)
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert mailing_list is not None and subscriber is not None
    now = now or utcnow()
    email = render_confirmation(settings, mailing_list, subscriber,
                                confirmation_url(settings, membership, subscriber, now=now))
    message = Message(
        edition_id=0, subject=email.subject, html=email.html, text=email.text,
        from_email=mailing_list.from_email or settings.from_email,
        from_name=mailing_list.from_name or settings.from_name,
        categories=("digest", "confirmation"),
    )
    result = transport.send(message, [Recipient(
        delivery_id=membership.id, subscriber_id=subscriber.id, email=subscriber.email,
        name=subscriber.name)])
    session.add(AuditEntry(at=now, actor="system", action="confirmation_sent",
                           subject_type="membership", subject_id=membership.id,
                           detail={"list_id": mailing_list.id, "subscriber_id": subscriber.id}))
    return result
