"""`/admin/topics`: read and edit topic definitions (TOML), and try a headline against one.

Built-in topics ship as package files; an edited or new topic is stored in the
`topics` table (TopicDefinition) and shown in place of the file.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.models import AuditEntry, TopicDefinition, utcnow
from digest.tagging import Assessment, assess, builtin_topic_names
from digest.tagging.catalog import compile_topic, stored_definition
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form

router = APIRouter(prefix="/admin/topics")
NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


@router.get("")
def topics(request: Request) -> Response:
    with db_session(request) as session:
        edited = set(session.scalars(select(TopicDefinition.name)))
    names = sorted(set(builtin_topic_names()) | edited)
    return page(request, "admin/topics.html", names=names, edited=edited,
                builtin=set(builtin_topic_names()), error="")


@router.post("")
def new_topic(request: Request, form: FormData = posted_form) -> Response:
    name = str(form.get("name", "")).strip().lower()
    if not NAME.match(name):
        return page(request, "admin/message.html", status_code=400, title="Bad topic name",
                    message="Use lower-case letters, digits and dashes.")
    return RedirectResponse(f"/admin/topics/{name}", status_code=303)


@router.get("/{name}")
def topic_page(request: Request, name: str) -> Response:
    if not NAME.match(name):
        return page(request, "admin/message.html", status_code=404, title="No such topic",
                    message="Topic names use lower-case letters, digits and dashes.")
    with db_session(request) as session:
        definition = stored_definition(session, name)
    return page(request, "admin/topic.html", name=name, definition=definition, error="",
                saved=False, verdict=None, title="", summary="")


@router.post("/{name}")
def save_or_try(request: Request, name: str, form: FormData = posted_form) -> Response:
    """`action=try` tests the text in the box without saving; `action=save` stores it."""
    definition = str(form.get("definition", ""))
    title, summary = str(form.get("title", "")), str(form.get("summary", ""))
    if not NAME.match(name):
        return page(request, "admin/message.html", status_code=404, title="No such topic",
                    message="Topic names use lower-case letters, digits and dashes.")
    verdict: Assessment | None = None
    error, saved = "", False
    try:
        topic = compile_topic(name, definition)
    except ValueError as exc:
        error = str(exc)
    else:
        if form.get("action") == "save":
            with db_session(request) as session, session.begin():
                save_definition(session, name, definition, actor=f"admin:{admin_name(request)}")
            saved = True
        if title or summary:
            verdict = assess(topic, title, summary)
    return page(request, "admin/topic.html", status_code=400 if error else 200, name=name,
                definition=definition, error=error, saved=saved, verdict=verdict, title=title,
                summary=summary)


def save_definition(session: Session, name: str, definition: str, *, actor: str) -> None:
    """Stores the topic's TOML in place of the file (or the last edit), audited."""
    row = session.scalar(select(TopicDefinition).where(TopicDefinition.name == name))
    if row is None:
        row = TopicDefinition(name=name)
        session.add(row)
    row.definition = definition
    row.updated_at = utcnow()
    session.flush()
    session.add(AuditEntry(actor=actor, action="topic_saved", subject_type="topic",
                           subject_id=row.id, detail={"name": name}))
