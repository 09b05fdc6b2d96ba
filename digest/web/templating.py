"""Page templates (templates/web) and the helpers every route uses."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import Response

from digest.runtime import Runtime
from digest.templates import folder
from digest.web.admin.audit_text import action_words, describe, subject_link
from digest.web.admin.menu import CONSOLE_MENU
from digest.web.csrf import csrf_field

TEMPLATES = folder("web")


def make_templates(site_name: str) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals["csrf_field"] = csrf_field
    templates.env.globals["site_name"] = site_name
    templates.env.globals["console_menu"] = CONSOLE_MENU
    templates.env.globals["describe_audit"] = describe
    templates.env.filters["action_words"] = action_words
    templates.env.globals["subject_link"] = subject_link
    return templates


def page(request: Request, template: str, /, status_code: int = 200, **context: Any) -> Response:
    """Render `template` with `context`; every page gets `request` and the CSRF helper."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def db_session(request: Request) -> Session:
    """A new session on the app's database (the caller closes it)."""
    return runtime_of(request).sessions()


async def _read_form(request: Request) -> FormData:
    return await request.form()


# A route's `form: FormData = posted_form` parameter: the form is read on the event loop,
# so the route itself can be a plain `def`, which FastAPI runs in its thread pool.  Routes
# that hash passwords, send mail or query the database must be plain `def`: in an
# `async def` they would stop every other request while they run.
posted_form: Any = Depends(_read_form)


async def _read_body(request: Request) -> bytes:
    return await request.body()


posted_body: Any = Depends(_read_body)  # the same for a raw body (webhooks, one-click)


def client_ip(request: Request) -> str:
    """The caller's address (behind a proxy, run uvicorn with --proxy-headers)."""
    return request.client.host if request.client else "unknown"
