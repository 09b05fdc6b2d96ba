"""`/admin/feeds`: feed health at a glance, add a feed, fetch everything now."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.ingest.catalog import feed_health
from digest.models import AuditEntry, Feed, utcnow
from digest.pipeline import fetch_tag_group
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form, runtime_of

router = APIRouter(prefix="/admin/feeds")


def _back(notice: str) -> Response:
    return RedirectResponse(f"/admin/feeds?notice={quote(notice)}", status_code=303)


@router.get("")
def feeds(request: Request, notice: str = "") -> Response:
    with db_session(request) as session:
        rows = feed_health(session, utcnow())
    return page(request, "admin/feeds.html", rows=rows, notice=notice)


@router.post("")
def add_feed(request: Request, form: FormData = posted_form) -> Response:
    url = str(form.get("url", "")).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return _back(f"Not an http(s) URL: {url}")
    with db_session(request) as session, session.begin():
        if session.scalar(select(Feed.id).where(Feed.url == url)) is not None:
            return _back(f"Feed already added: {url}")
        feed = Feed(url=url)
        session.add(feed)
        session.flush()
        session.add(AuditEntry(actor=f"admin:{admin_name(request)}", action="feed_added",
                               subject_type="feed", subject_id=feed.id, detail={"url": url}))
    return _back(f"Added {url}; it is fetched on the next run (or press Fetch now).")


@router.post("/fetch")
def fetch_now(request: Request) -> Response:
    """Fetch every feed, tag and group now (in this request: meant for small installs)."""
    runtime = runtime_of(request)
    report = fetch_tag_group(runtime.sessions, runtime.settings, everything=True)
    return _back(f"Fetched {len(report.feeds)} feeds: {report.new_items} new items, "
                 f"{len(report.failed_feeds)} failed, {report.tags_written} tags written.")
