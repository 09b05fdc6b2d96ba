"""Per-recipient values for a batch: signed links and names, nothing rendered again."""

from __future__ import annotations

from digest.audience.names import clean_name
from digest.audience.tokens import PREFERENCES, UNSUBSCRIBE, TokenClaims, make_link_token
from digest.config import Settings
from digest.delivery.transports.base import Message, Recipient
from digest.editions.render import NAME, PREFERENCES_URL, UNSUBSCRIBE_URL
from digest.models import Edition, MailingList


def edition_message(edition: Edition, mailing_list: MailingList, settings: Settings) -> Message:
    """The shared part of every copy of an edition."""
    domain = settings.from_email.rsplit("@", 1)[-1]
    return Message(
        edition_id=edition.id,
        subject=edition.subject,
        html=edition.html,
        text=edition.text,
        from_email=mailing_list.from_email or settings.from_email,
        from_name=mailing_list.from_name or settings.from_name,
        categories=("digest", f"list-{mailing_list.slug}"),
        list_id=f"{mailing_list.name} <{mailing_list.slug}.{domain}>",
    )


def recipient(
    settings: Settings, list_id: int, delivery_id: int, subscriber_id: int, email: str,
    name: str, email_hash: str,
) -> Recipient:
    """One recipient with their unsubscribe and preference links signed for them alone.

    The name is cleaned again here: rows written before names were cleaned on the way in
    must not carry a line break into a header.
    """
    name = clean_name(name)
    secret = settings.ensure_secret_key()
    claims = TokenClaims(subscriber_id=subscriber_id, list_id=list_id, email_hash=email_hash)
    unsubscribe = f"{settings.base_url}/unsubscribe/{make_link_token(secret, UNSUBSCRIBE, claims)}"
    preferences = f"{settings.base_url}/preferences/{make_link_token(secret, PREFERENCES, claims)}"
    return Recipient(
        delivery_id=delivery_id,
        subscriber_id=subscriber_id,
        email=email,
        name=name,
        substitutions={
            UNSUBSCRIBE_URL: unsubscribe,
            PREFERENCES_URL: preferences,
            NAME: name or "there",
        },
        unsubscribe_url=unsubscribe,
        unsubscribe_mailto=f"mailto:{settings.from_email}?subject=unsubscribe",
    )
