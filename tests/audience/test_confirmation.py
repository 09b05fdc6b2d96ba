import email
import re
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from digest.audience.active import is_active
from digest.audience.confirmation import NotPending, send_confirmation
from digest.audience.flows import confirm, request_subscription
from digest.audience.subscribers import subscribe
from digest.config import Settings
from digest.delivery.transports.outbox import OutboxTransport
from digest.models import MailingList


def _only_mail(folder: Path) -> EmailMessage:
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 1
    message = email.message_from_bytes(files[0].read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_confirmation_email_carries_a_working_link(
    session: Session, settings: Settings, free_list: MailingList, tmp_path: Path,
) -> None:
    result = request_subscription(session, free_list, "Rana@Example.org", name="Rana")
    outbox = OutboxTransport(tmp_path / "outbox")
    send_confirmation(session, settings, outbox, result.membership)
    mail = _only_mail(tmp_path / "outbox")
    assert mail["To"].addresses[0].addr_spec == "Rana@example.org"
    assert "Syria Digest" in mail["Subject"]
    text = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert text is not None and html is not None
    link = re.search(r"https://digest\.example\.org/confirm/(\S+)", text.get_content())
    assert link is not None
    assert link.group(0) in html.get_content()
    confirm(session, settings.secret_key, link.group(1))
    assert is_active(session, free_list, result.membership.subscriber_id)


def test_the_html_escapes_the_name(session: Session, settings: Settings,
                                   free_list: MailingList, tmp_path: Path) -> None:
    result = request_subscription(session, free_list, "x@example.org", name="<b>X</b>")
    send_confirmation(session, settings, OutboxTransport(tmp_path), result.membership)
    html = _only_mail(tmp_path).get_body(("html",))
    assert html is not None
    assert "<b>X</b>" not in html.get_content() and "&lt;b&gt;X&lt;/b&gt;" in html.get_content()


def test_an_active_member_is_not_sent_a_confirmation(
    session: Session, settings: Settings, free_list: MailingList, tmp_path: Path,
) -> None:
    membership = subscribe(session, free_list.id, "done@example.org")
    with pytest.raises(NotPending):
        send_confirmation(session, settings, OutboxTransport(tmp_path), membership)
    assert not list(tmp_path.glob("*.eml"))
