"""Admin sessions: sign in and out, the gate in front of /admin.

A signed-in admin's session holds their id, username and sign-in time; it
lapses after `DIGEST_WEB_SESSION_HOURS`.  `AdminGate` refuses every request
under /admin without such a session (except the sign-in page), so no admin
page can answer without one.
"""

from __future__ import annotations

import time
from collections.abc import MutableMapping
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.datastructures import FormData
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from digest.models import AuditEntry
from digest.web.passwords import check_password
from digest.web.ratelimit import (
    LOGIN_FAILED,
    LOGIN_FAILED_ACCOUNT,
    LOGIN_WINDOW,
    Limiter,
    address_key,
)
from digest.web.templating import client_ip, db_session, page, posted_form

ADMIN_PREFIX = "/admin"
LOGIN_PATH = f"{ADMIN_PREFIX}/login"
OPEN_PATHS = (LOGIN_PATH,)

router = APIRouter()


def current_admin(session: MutableMapping[str, Any], max_hours: int) -> str | None:
    """The signed-in admin's username, or None (also when the sign-in is too old)."""
    username = session.get("admin_user")
    signed_in = session.get("admin_at", 0)
    if not isinstance(username, str) or not isinstance(signed_in, int | float):
        return None
    if time.time() - signed_in > max_hours * 3600:
        return None
    return username


def admin_name(request: Request) -> str:
    """The signed-in admin (AdminGate guarantees one on every /admin route)."""
    return current_admin(request.session, request.app.state.settings.web_session_hours) or "?"


class AdminGate:
    """Answers for everything under /admin when nobody is signed in: a redirect to the
    sign-in page for GET, 401 for anything else."""

    def __init__(self, app: ASGIApp, max_hours: int) -> None:
        self.app = app
        self.max_hours = max_hours

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        guarded = scope["type"] == "http" and (
            path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"))
        if (not guarded or path.startswith(OPEN_PATHS)
                or current_admin(scope.get("session", {}), self.max_hours)):
            await self.app(scope, receive, send)
            return
        response: Response
        if scope["method"] in ("GET", "HEAD"):
            wanted = path + ("?" + scope["query_string"].decode() if scope["query_string"]
                             else "")
            response = RedirectResponse(f"{LOGIN_PATH}?next={quote(wanted)}", status_code=303)
        else:
            response = PlainTextResponse("sign in first", status_code=401)
        await response(scope, receive, send)


def _safe_next(target: str) -> str:
    # Only our own admin pages: never an open redirect to another site.
    if target.startswith(ADMIN_PREFIX) and not target.startswith("//") and "\\" not in target:
        return target
    return f"{ADMIN_PREFIX}/"


@router.get(LOGIN_PATH)
def login_page(request: Request, next: str = "") -> Response:  # noqa: A002
    return page(request, "admin/login.html", next=next, error="")


def _guess_allowed(request: Request, username: str) -> bool:
    """Count this sign-in against the client's address and, separately, the username.

    Both counts are taken before the password is checked, atomically, so parallel
    guesses cannot all slip under the limit; a right password gives them back.
    """
    limiter: Limiter = request.app.state.limiter
    limit = request.app.state.settings.web_login_attempts
    if not limiter.try_hit(LOGIN_FAILED, address_key(client_ip(request)), LOGIN_WINDOW, limit):
        return False
    return limiter.try_hit(LOGIN_FAILED_ACCOUNT, username.lower(), LOGIN_WINDOW, limit)


def _forgive(request: Request, username: str) -> None:
    limiter: Limiter = request.app.state.limiter
    limiter.undo(LOGIN_FAILED, address_key(client_ip(request)), LOGIN_WINDOW)
    limiter.undo(LOGIN_FAILED_ACCOUNT, username.lower(), LOGIN_WINDOW)


@router.post(LOGIN_PATH)
def login(request: Request, form: FormData = posted_form) -> Response:
    # A plain `def`: argon2 costs a good part of a second of CPU; it runs in the thread pool.
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    target = _safe_next(str(form.get("next", "")))
    if not _guess_allowed(request, username):
        return page(request, "admin/login.html", status_code=429, next=target,
                    error="Too many failed sign-ins. Wait 15 minutes and try again.")
    with db_session(request) as session, session.begin():
        user = check_password(session, username, password)
        if user is not None:
            session.add(AuditEntry(actor=f"admin:{user.username}", action="login",
                                   subject_type="admin_user", subject_id=user.id,
                                   detail={"ip": client_ip(request)}))
            user_id, name = user.id, user.username
    if user is None:
        return page(request, "admin/login.html", status_code=401, next=target,
                    error="Wrong username or password.")
    _forgive(request, username)
    request.session.clear()  # a fresh session (and CSRF token) for the signed-in admin
    request.session.update({"admin_user": name, "admin_id": user_id, "admin_at": time.time()})
    return RedirectResponse(target, status_code=303)


@router.api_route(f"{ADMIN_PREFIX}/logout", methods=["GET", "POST"])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse(LOGIN_PATH, status_code=303)
