"""`/static/{name}`: the style sheets, read through the page templates' own loader (so they
are found wherever the templates are) and served as files, never inline: the pages'
Content-Security-Policy then needs no inline styles or scripts of ours."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.templating import Jinja2Templates
from jinja2 import TemplateNotFound
from starlette.responses import PlainTextResponse, Response

router = APIRouter()
# name -> media type: only these files are served.
CSS = "text/css; charset=utf-8"
FILES = {"console.css": CSS, "reader.css": CSS}


def static_text(request: Request, name: str) -> str:
    """The text of templates/web/static/`name`; TemplateNotFound when there is none."""
    templates: Jinja2Templates = request.app.state.templates
    loader = templates.env.loader
    if loader is None:
        raise TemplateNotFound(name)
    source, _, _ = loader.get_source(templates.env, f"static/{name}")
    return source


@router.get("/static/{name}")
def static_file(request: Request, name: str) -> Response:
    media_type = FILES.get(name)
    try:
        if media_type is None:
            raise TemplateNotFound(name)
        source = static_text(request, name)
    except TemplateNotFound:
        return PlainTextResponse("Not found", status_code=404)
    return Response(source, media_type=media_type,
                    headers={"Cache-Control": "public, max-age=300"})
