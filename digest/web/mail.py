"""Emails the web app itself sends (the archive sign-in link), rendered from templates/web/email."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from digest.config import Settings
from digest.delivery.transports.base import Message, Recipient
from digest.delivery.transports.registry import make_transport
from digest.models import Subscriber
from digest.web.templating import TEMPLATES


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES / "email")),
                       undefined=StrictUndefined, autoescape=select_autoescape(["html.j2"]))


def send_archive_link(settings: Settings, subscriber: Subscriber, link: str) -> None:
    """Email the magic sign-in link; TransportError when the transport refuses."""
    env = _environment()
    context = {"name": subscriber.name, "link": link, "minutes": settings.archive_link_minutes,
               "from_name": settings.from_name, "postal_address": settings.postal_address}
    message = Message(
        edition_id=0, subject=f"Your sign-in link for the {settings.from_name} archive",
        html=env.get_template("archive_link.html.j2").render(context),
        text=env.get_template("archive_link.txt.j2").render(context),
        from_email=settings.from_email, from_name=settings.from_name,
        categories=("digest", "archive-sign-in"),
    )
    transport = make_transport(settings)
    try:
        transport.send(message, [Recipient(delivery_id=subscriber.id,
                                           subscriber_id=subscriber.id,
                                           email=subscriber.email, name=subscriber.name)])
    finally:
        transport.close()
