"""`/admin/editions`: build, preview (as the email renders), test, send, pause, resume, progress."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.datastructures import FormData
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from digest.audience.subscribers import InvalidEmail, normalise_email
from digest.db import snapshot
from digest.delivery.progress import read_progress
from digest.delivery.recipients import count_recipients, preview_recipients
from digest.delivery.transports.base import TransportError
from digest.delivery.transports.registry import batch_size
from digest.editions.preview import preview_bodies
from digest.lifecycle import edition as life
from digest.models import Edition, EditionStatus, MailingList
from digest.web.admin import sending
from digest.web.auth import admin_name
from digest.web.headers import email_headers
from digest.web.templating import db_session, page, posted_form, runtime_of

router = APIRouter(prefix="/admin/editions")
WIDTHS = {"desktop": 700, "mobile": 375}


def _missing(request: Request) -> Response:
    return page(request, "admin/message.html", status_code=404, title="No such edition",
                message="There is no edition with that number.")


@router.get("")
def editions(request: Request) -> Response:
    with db_session(request) as session:
        rows = session.execute(
            select(Edition, MailingList.name).join(MailingList, MailingList.id == Edition.list_id)
            .order_by(Edition.id.desc()).limit(100)).all()
        lists = list(session.scalars(select(MailingList).order_by(MailingList.name)))
        return page(request, "admin/editions.html", rows=rows, lists=lists)


@router.post("/build")
def build(request: Request, form: FormData = posted_form) -> Response:
    runtime = runtime_of(request)
    try:
        built = life.build(runtime.sessions, runtime.settings,
                           int(str(form.get("list_id", "0")) or 0))
    except (LookupError, ValueError):
        return page(request, "admin/message.html", status_code=404, title="No such list",
                    message="Choose a list to build an edition for.")
    if built.edition_id is None:
        return page(request, "admin/message.html", status_code=409, title="Nothing due",
                    message=f"Nothing is due for {built.list_name}: {built.reason}.")
    return RedirectResponse(f"/admin/editions/{built.edition_id}", status_code=303)


@router.get("/{edition_id}")
def edition_page(request: Request, edition_id: int, notice: str = "") -> Response:
    with snapshot(runtime_of(request).sessions) as session:  # the badge matches the counts
        edition = session.get(Edition, edition_id)
        if edition is None:
            return _missing(request)
        progress = read_progress(session, edition_id)
        _, text = preview_bodies(edition.html, edition.text, request.app.state.settings.base_url)
        return page(request, "admin/edition.html", edition=edition, progress=progress,
                    text=text, widths=WIDTHS, notice=notice,
                    live=edition.status == EditionStatus.SENDING
                    or sending.is_sending(request.app.state, edition_id))


@router.get("/{edition_id}/preview.html")
def preview_html(request: Request, edition_id: int) -> Response:
    with db_session(request) as session:
        edition = session.get(Edition, edition_id)
        if edition is None:
            return _missing(request)
        html, _ = preview_bodies(edition.html, edition.text, request.app.state.settings.base_url)
    return HTMLResponse(html, headers=email_headers(framed_by_us=True))


@router.get("/{edition_id}/preview.txt")
def preview_text(request: Request, edition_id: int) -> Response:
    with db_session(request) as session:
        edition = session.get(Edition, edition_id)
        if edition is None:
            return _missing(request)
        _, text = preview_bodies(edition.html, edition.text, request.app.state.settings.base_url)
    return PlainTextResponse(text)


def _back(edition_id: int, notice: str) -> Response:
    return RedirectResponse(f"/admin/editions/{edition_id}?notice={quote(notice)}",
                            status_code=303)


@router.post("/{edition_id}/test")
def test_send(request: Request, edition_id: int, form: FormData = posted_form) -> Response:
    settings = request.app.state.settings
    with db_session(request) as session, session.begin():
        edition = session.get(Edition, edition_id)
        if edition is None:
            return _missing(request)
        try:
            address = normalise_email(str(form.get("email", "")))
            sending.send_test(session, settings, edition, address,
                              actor=f"admin:{admin_name(request)}")
        except InvalidEmail:
            return _back(edition_id, "That is not an email address; no test was sent.")
        except TransportError as exc:
            return _back(edition_id, f"The test was not sent: {exc}")
    return _back(edition_id, f"Test sent to {address}.")


def _confirmation(request: Request, edition_id: int, *, status_code: int = 200,
                  notice: str = "") -> Response:
    with db_session(request) as session:
        edition = session.get(Edition, edition_id)
        if edition is None:
            return _missing(request)
        mailing_list = session.get(MailingList, edition.list_id)
        assert mailing_list is not None
        recipients = preview_recipients(session, mailing_list, shown=10,
                                        batch_size=batch_size(request.app.state.settings),
                                        at=edition.created_at)
        return page(request, "admin/send_confirm.html", status_code=status_code,
                    edition=edition, recipients=recipients, notice=notice)


@router.get("/{edition_id}/send")
def confirm_send(request: Request, edition_id: int) -> Response:
    """Who would get the edition (as `digest send --dry-run` counts), and a button to go."""
    return _confirmation(request, edition_id)


@router.post("/{edition_id}/send")
def send_now(request: Request, edition_id: int, form: FormData = posted_form) -> Response:
    """Starts the send only when the confirmation form says so; audited with the admin."""
    if form.get("confirm") != "yes":
        return _confirmation(request, edition_id, status_code=400,
                             notice="Nothing was sent: confirm the send below.")
    with db_session(request) as session, session.begin():
        edition = session.get(Edition, edition_id)
        if edition is None:
            return _missing(request)
        try:
            sending.check_sendable(edition)
        except sending.NotAllowed as exc:
            return _back(edition_id, str(exc))
        mailing_list = session.get(MailingList, edition.list_id)
        assert mailing_list is not None
        sending.record_send(session, edition, actor=f"admin:{admin_name(request)}",
                            recipients=count_recipients(session, mailing_list,
                                                        at=edition.created_at))
    sending.start_sending(runtime_of(request), edition_id, request.app.state)
    return _back(edition_id, "Sending started.")


@router.post("/{edition_id}/{action}")
def pause_or_resume(request: Request, edition_id: int, action: str) -> Response:
    change = {"pause": sending.pause, "resume": sending.resume}.get(action)
    if change is None:
        return _missing(request)
    with db_session(request) as session, session.begin():
        edition = session.get(Edition, edition_id, with_for_update=True)
        if edition is None:
            return _missing(request)
        try:
            change(session, edition, actor=f"admin:{admin_name(request)}")
        except sending.NotAllowed as exc:
            return _back(edition_id, str(exc))
        resumed = action == "resume"
    if resumed:
        sending.start_sending(runtime_of(request), edition_id, request.app.state)
    return _back(edition_id, "Paused." if action == "pause" else "Resumed.")
