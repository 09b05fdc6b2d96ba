"""CSRF protection: a per-session token that every POST form must carry back.

`CSRFMiddleware` checks every unsafe request except the exempt paths (webhooks
and the RFC 8058 one-click unsubscribe, which carry no cookies and whose URL
token is the authority).  Forms send the token in a hidden `csrf_token` field;
scripted requests send no form, so for them a matching `Origin` header is
required instead.  As a safety net, `inject_token` adds the hidden field to any
console form that was rendered without it.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from markupsafe import Markup
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

FIELD = "csrf_token"
SESSION_KEY = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_POST_FORM = re.compile(r"(<form\b[^>]*\bmethod\s*=\s*[\"']?post[\"']?[^>]*>)", re.I | re.S)
REFUSED_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Form expired</title></head><body><main><h1>This form has expired</h1>
<p>Go back, reload the page and send the form again.</p></main></body></html>"""


def csrf_token(session: MutableMapping[str, Any]) -> str:
    """This session's token, created on first use."""
    token = session.get(SESSION_KEY)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        session[SESSION_KEY] = token
    return token


def csrf_field(request: Request) -> Markup:
    """The hidden input to put in every POST form (a Jinja global)."""
    return Markup('<input type="hidden" name="{}" value="{}">').format(
        FIELD, csrf_token(request.session))


def inject_token(html: str, token: str) -> str:
    """Add the hidden token field to every POST form that lacks one."""
    hidden = f'<input type="hidden" name="{FIELD}" value="{token}">'

    def add(match: re.Match[str]) -> str:
        return match.group(1) + hidden

    if f'name="{FIELD}"' in html:
        return html
    return _POST_FORM.sub(add, html)


def _same_origin(headers: Headers) -> bool:
    host = headers.get("host", "")
    origin = headers.get("origin") or headers.get("referer") or ""
    return bool(origin) and urlsplit(origin).netloc == host


async def _form_token(scope: Scope, body: bytes, content_type: str) -> str:
    if content_type.startswith("application/x-www-form-urlencoded"):
        text = body.decode("utf-8", "replace")
        return next((v for k, v in parse_qsl(text, keep_blank_values=True) if k == FIELD), "")
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    form = await Request(scope, replay).form()
    try:
        value = form.get(FIELD)
        return value if isinstance(value, str) else ""
    finally:
        await form.close()


class CSRFMiddleware:
    """Refuse (403) unsafe requests without this session's token; needs SessionMiddleware."""

    def __init__(self, app: ASGIApp, exempt: Callable[[str], bool]) -> None:
        self.app = app
        self.exempt = exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] in SAFE_METHODS
                or self.exempt(scope["path"])):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:  # BodySizeLimit, outside, stops a body that is too large
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        headers = Headers(scope=scope)
        content_type = headers.get("content-type", "")
        expected = scope.get("session", {}).get(SESSION_KEY, "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            given = await _form_token(scope, body, content_type)
            ok = bool(expected) and hmac.compare_digest(given.encode(), str(expected).encode())
        else:
            ok = _same_origin(headers)
        if not ok:
            await HTMLResponse(REFUSED_PAGE, status_code=403)(scope, receive, send)
            return
        replayed = False

        async def receive_again() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, receive_again, send)


class TokenInjectionMiddleware:
    """Adds the CSRF field to POST forms in HTML pages under `prefix` that lack it."""

    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if "text/html" not in Headers(raw=message["headers"]).get("content-type", ""):
                    start = None
                    await send(message)
                return
            if start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            html = b"".join(chunks).decode("utf-8", "replace")
            token = csrf_token(scope.setdefault("session", {}))
            body = inject_token(html, token).encode("utf-8")
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, capture)
