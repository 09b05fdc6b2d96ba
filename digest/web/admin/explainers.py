"""`/admin/topics/{name}/explainers`: who's who of a topic, one small form per explainer.

GET lists the topic's explainers as forms (name, text, spellings) with an empty one to add.
POST `action=save` adds one (`original` empty) or replaces the one named `original`;
`action=delete` removes `original`. The change is written into the topic's stored TOML
(digest.tagging.explainer_edits, everything else kept as it was), compiled before it is saved
(so the topic file's own checks apply) and audited like any topic save. A bad entry comes back
with its error and the admin's input kept; nothing is saved.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.tagging.catalog import compile_topic, stored_definition
from digest.tagging.explainer_edits import (
    explainer_tables,
    with_explainer,
    without_explainer,
)
from digest.web.admin.topics import NAME, save_definition
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form

router = APIRouter(prefix="/admin/topics")


def _no_topic(request: Request) -> Response:
    return page(request, "admin/message.html", status_code=404, title="No such topic",
                message="Topic names use lower-case letters, digits and dashes.")


def _show(request: Request, name: str, definition: str, *, status_code: int = 200,
          error: str = "", draft: dict[str, str] | None = None, saved: str = "") -> Response:
    try:
        tables = explainer_tables(definition)
    except ValueError as exc:
        tables, error = [], error or str(exc)
    return page(request, "admin/explainers.html", status_code=status_code, name=name,
                tables=tables, error=error, draft=draft or {}, saved=saved)


@router.get("/{name}/explainers")
def explainers_page(request: Request, name: str) -> Response:
    if not NAME.match(name):
        return _no_topic(request)
    with db_session(request) as session:
        definition = stored_definition(session, name)
    return _show(request, name, definition, saved=request.query_params.get("saved", ""))


@router.post("/{name}/explainers")
def edit_explainer(request: Request, name: str, form: FormData = posted_form) -> Response:
    if not NAME.match(name):
        return _no_topic(request)
    draft = {key: str(form.get(key, "")) for key in ("original", "name", "text", "match")}
    with db_session(request) as session:
        definition = stored_definition(session, name)
    try:
        if form.get("action") == "delete":
            edited = without_explainer(definition, draft["original"])
        else:
            edited = with_explainer(definition, original=draft["original"], name=draft["name"],
                                    text=draft["text"], match=draft["match"].split(","))
        compile_topic(name, edited)
    except ValueError as exc:
        return _show(request, name, definition, status_code=400, error=str(exc), draft=draft)
    with db_session(request) as session, session.begin():
        save_definition(session, name, edited, actor=f"admin:{admin_name(request)}")
    done = draft["original"] if form.get("action") == "delete" else draft["name"].strip()
    return RedirectResponse(f"/admin/topics/{name}/explainers?saved={done}", status_code=303)
