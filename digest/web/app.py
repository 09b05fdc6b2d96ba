"""`create_app(settings)`: the whole web app, built from settings with no global state.

Middleware, outermost first: security headers on every response, the session
cookie (signed with the admin-session key derived from the secret, HttpOnly,
SameSite=Lax, Secure when the base URL is https), the body size limit (413
before anything reads a body), the admin gate, admin notices moved from URLs
into the session, the CSRF check, and the CSRF field injected into any POST
form under /admin that lacks one (a safety net; every console form carries it).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import Scope

from digest.config import Settings
from digest.keys import ADMIN_SESSION, derive_text_key
from digest.runtime import Runtime, open_runtime
from digest.web import auth, static, webhooks
from digest.web.admin import (
    audit,
    dashboard,
    editions,
    explainers,
    feeds,
    imports,
    lists,
    people,
    person,
    settings_page,
    topics,
)
from digest.web.body_limit import BodySizeLimit
from digest.web.csrf import CSRFMiddleware, TokenInjectionMiddleware
from digest.web.headers import SecurityHeaders
from digest.web.notices import SessionNotices
from digest.web.public import archive, confirm, preferences, subscribe, unsubscribe
from digest.web.ratelimit import make_limiter
from digest.web.templating import make_templates

SESSION_COOKIE = "digest_session"
ROUTERS = tuple(module.router for module in (
    static, webhooks, subscribe, confirm, unsubscribe, preferences, archive, auth,
    audit, dashboard, editions, feeds, imports, lists, person, people, settings_page,
    topics, explainers))
# No cookie-authenticated forms here: signed webhooks and the RFC 8058 one-click POST.
_CSRF_EXEMPT = re.compile(r"^/(webhooks/[^/]+|unsubscribe/[^/]+)$")


def csrf_exempt(path: str) -> bool:
    return bool(_CSRF_EXEMPT.match(path))


def body_limit(settings: Settings) -> Callable[[Scope], int]:
    """The largest body a request may send: more for a signed-in admin (CSV imports)."""
    def limit(scope: Scope) -> int:
        if auth.current_admin(scope.get("session", {}), settings.web_session_hours):
            return settings.web_max_upload_bytes
        return settings.web_max_body_bytes
    return limit


def create_app(settings: Settings, *, runtime: Runtime | None = None) -> FastAPI:
    """The web app on `settings`' database (opened once, schema created when empty)."""
    owns_runtime = runtime is None
    runtime = runtime or open_runtime(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_runtime:
            runtime.engine.dispose()

    app = FastAPI(
        title=f"{settings.from_name} web", docs_url=None, redoc_url=None, openapi_url=None,
        lifespan=lifespan,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(SessionMiddleware,
                       secret_key=derive_text_key(settings.ensure_secret_key(), ADMIN_SESSION),
                       session_cookie=SESSION_COOKIE, same_site="lax",
                       https_only=settings.base_url.startswith("https://"),
                       max_age=settings.web_session_hours * 3600),
            Middleware(BodySizeLimit, limit=body_limit(settings)),
            Middleware(auth.AdminGate, max_hours=settings.web_session_hours),
            Middleware(SessionNotices, prefix=auth.ADMIN_PREFIX),
            Middleware(CSRFMiddleware, exempt=csrf_exempt),
            Middleware(TokenInjectionMiddleware, prefix=auth.ADMIN_PREFIX),
        ],
    )
    app.state.settings = settings
    app.state.runtime = runtime
    app.state.templates = make_templates(settings.from_name)
    app.state.limiter = make_limiter(settings, runtime.sessions)
    for router in ROUTERS:
        app.include_router(router)
    return app
