"""`create_app(settings)`: the whole web app, built from settings with no global state.

Middleware, outermost first: the session cookie (signed with the secret key,
HttpOnly, SameSite=Lax, Secure when the base URL is https), the admin gate,
the CSRF check, and the CSRF field injected into sqladmin's forms.  Our own
/admin routes are added before sqladmin is mounted at /admin, so they win.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

from digest.config import Settings
from digest.runtime import Runtime, open_runtime
from digest.web import auth, webhooks
from digest.web.admin import (
    dashboard,
    editions,
    explainers,
    feeds,
    imports,
    people,
    topics,
    views,
)
from digest.web.csrf import CSRFMiddleware, TokenInjectionMiddleware
from digest.web.public import archive, confirm, preferences, subscribe, unsubscribe
from digest.web.ratelimit import make_limiter
from digest.web.templating import make_templates

SESSION_COOKIE = "digest_session"
ROUTERS = tuple(module.router for module in (
    webhooks, subscribe, confirm, unsubscribe, preferences, archive, auth,
    dashboard, editions, feeds, imports, people, topics, explainers))
# No cookie-authenticated forms here: signed webhooks and the RFC 8058 one-click POST.
_CSRF_EXEMPT = re.compile(r"^/(webhooks/[^/]+|unsubscribe/[^/]+)$")


def csrf_exempt(path: str) -> bool:
    return bool(_CSRF_EXEMPT.match(path))


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
            Middleware(SessionMiddleware, secret_key=settings.ensure_secret_key(),
                       session_cookie=SESSION_COOKIE, same_site="lax",
                       https_only=settings.base_url.startswith("https://"),
                       max_age=settings.web_session_hours * 3600),
            Middleware(auth.AdminGate, max_hours=settings.web_session_hours),
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
    views.mount_sqladmin(app, runtime, f"{settings.from_name} admin")
    return app
