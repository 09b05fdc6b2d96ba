"""`/admin/settings`: what this server runs with (secrets masked) and what each setting
means.  Read-only: settings come from DIGEST_* environment variables (docs/configuration.md)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from digest.config import settings_help
from digest.models import AdminUser
from digest.web.templating import db_session, page

router = APIRouter(prefix="/admin/settings")


@router.get("")
def settings_page(request: Request) -> Response:
    shown = request.app.state.settings.masked()
    meaning = {variable: text for variable, _, text in settings_help()}
    rows = [(variable, value, meaning.get(variable, "")) for variable, value in shown.items()]
    with db_session(request) as session:
        admins = list(session.scalars(select(AdminUser.username).order_by(AdminUser.username)))
    return page(request, "admin/settings.html", rows=rows, admins=admins)
