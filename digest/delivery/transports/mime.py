"""One recipient's copy of a message as an RFC 5322 email (for outbox, SMTP and console)."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from digest.delivery.transports.base import (
    Message,
    Recipient,
    personalise,
    personalise_html,
)
from digest.models import utcnow


def build_email(message: Message, recipient: Recipient) -> EmailMessage:
    """The personalised email for one recipient, with RFC 2369/8058 unsubscribe headers."""
    email = EmailMessage()
    email["From"] = Address(message.from_name, addr_spec=message.from_email)
    email["To"] = Address(recipient.name, addr_spec=recipient.email)
    email["Subject"] = message.subject
    email["Date"] = format_datetime(utcnow())
    email["Message-ID"] = make_msgid(
        idstring=f"e{message.edition_id}.d{recipient.delivery_id}",
        domain=message.from_email.rsplit("@", 1)[-1],
    )
    if message.reply_to:
        email["Reply-To"] = message.reply_to
    if message.list_id:
        email["List-Id"] = message.list_id
    targets = [f"<{u}>" for u in (recipient.unsubscribe_url, recipient.unsubscribe_mailto) if u]
    if targets:
        email["List-Unsubscribe"] = ", ".join(targets)
    if recipient.unsubscribe_url:
        email["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email["X-Digest-Delivery"] = f"{message.edition_id}/{recipient.delivery_id}"
    email.set_content(personalise(message.text, recipient.substitutions))
    email.add_alternative(personalise_html(message.html, recipient.substitutions),
                          subtype="html")
    return email
