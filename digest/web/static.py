"""`/static/{name}`: the style sheets, read through the page templates' own loader (so they
are found wherever the templates are) and served as files, never inline: a strict
Content-Security-Policy can then forbid inline styles and scripts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.templating import Jinja2Templates
from jinja2 import TemplateNotFound
from starlette.responses import PlainTextResponse, Response

router = APIRouter()
# name -> media type: only these files are served.
FILES = {"console.css": "text/css; charset=utf-8", "reader.css": "text/css; charset=utf-8"}


@router.get("/static/{name}")
def static_file(request: Request, name: str) -> Response:
    media_type = FILES.get(name)
    templates: Jinja2Templates = request.app.state.templates
    loader = templates.env.loader
    try:
        if media_type is None or loader is None:
            raise TemplateNotFound(name)
        source, _, _ = loader.get_source(templates.env, f"static/{name}")
    except TemplateNotFound:
        return PlainTextResponse("Not found", status_code=404)
    return Response(source, media_type=media_type,
                    headers={"Cache-Control": "public, max-age=300"})
