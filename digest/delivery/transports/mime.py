"""One recipient's copy of a message as an RFC 5322 email (for outbox, SMTP and console)."""

from __future__ import annotations

import re
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

# An address and a name the email library takes as they are (the common case, checked fast).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def address_problem(email: str, name: str) -> str:
    """Why `name <email>` cannot head a copy ("" when it can), without building one.

    One bad row (a CR/LF in a name written by old code, a malformed address) must cost
    only its own copy: the send path leaves such a recipient out, failed with this reason.
    """
    if _PLAIN_ADDRESS.fullmatch(email) and not _CONTROL.search(name):
        return ""
    try:
        Address(name, addr_spec=email)
    except Exception as exc:  # the email library raises ValueError, IndexError, defects...
        return f"cannot address {email!r}: {exc or type(exc).__name__}"
    return ""


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
