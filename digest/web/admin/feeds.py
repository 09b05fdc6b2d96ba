"""`/admin/feeds`: feed health at a glance, add a feed, fetch everything now."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from digest.ingest import catalog
from digest.lifecycle.items import fetch_and_ready
from digest.models import Feed, utcnow
from digest.web.admin.edits import apply_edit, delete_confirmed
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form, runtime_of

router = APIRouter(prefix="/admin/feeds")


def _back(notice: str) -> Response:
    return RedirectResponse(f"/admin/feeds?notice={quote(notice)}", status_code=303)


@router.get("")
def feeds(request: Request, notice: str = "") -> Response:
    with db_session(request) as session:
        rows = catalog.feed_health(session, utcnow())
    return page(request, "admin/feeds.html", rows=rows, notice=notice)


@router.post("")
def add_feed(request: Request, form: FormData = posted_form) -> Response:
    url = str(form.get("url", "")).strip()
    try:
        with db_session(request) as session, session.begin():
            catalog.add_feed(session, url, actor=f"admin:{admin_name(request)}")
    except catalog.FeedRefused as refused:
        reason = str(refused)
        return _back(reason[:1].upper() + reason[1:])
    settings = runtime_of(request).settings
    warning = catalog.private_host_warning(url, allow_private=settings.allow_private_feeds)
    return _back(f"Added {url}; it is fetched on the next run (or press Fetch now)."
                 + (f" Warning: {warning}." if warning else ""))


@router.post("/fetch")
def fetch_now(request: Request) -> Response:
    """Fetch every feed, tag and group now (in this request: meant for small installs)."""
    runtime = runtime_of(request)
    report = fetch_and_ready(runtime.sessions, runtime.settings, everything=True)
    return _back(f"Fetched {len(report.feeds)} feeds: {report.new_items} new items, "
                 f"{len(report.failed_feeds)} failed, {report.tags_written} tags written.")


def _feed_missing(request: Request) -> Response:
    return page(request, "admin/message.html", status_code=404, title="No such feed",
                message="There is no feed with that number.")


@router.get("/{feed_id}")
def feed_page(request: Request, feed_id: int, notice: str = "") -> Response:
    with db_session(request) as session:
        feed = session.get(Feed, feed_id)
        if feed is None:
            return _feed_missing(request)
        return page(request, "admin/feed.html", feed=feed, notice=notice)


@router.post("/{feed_id}")
def edit_feed(request: Request, feed_id: int, form: FormData = posted_form) -> Response:
    """Rename or pause a feed (a disabled feed is not fetched); audited."""
    title, disabled = str(form.get("title", "")).strip()[:500], form.get("disabled") == "on"
    with db_session(request) as session, session.begin():
        feed = session.get(Feed, feed_id)
        if feed is None:
            return _feed_missing(request)
        changes = apply_edit(session, feed, {"title": title, "disabled": disabled},
                             actor=f"admin:{admin_name(request)}", subject_type="feed",
                             subject_id=feed_id)
    return _back("Saved." if changes else "Nothing changed.")


@router.post("/{feed_id}/delete")
def delete_feed(request: Request, feed_id: int, form: FormData = posted_form) -> Response:
    """Delete a feed and its items, only when the form's confirmation box is ticked."""
    with db_session(request) as session, session.begin():
        feed = session.get(Feed, feed_id)
        if feed is None:
            return _feed_missing(request)
        url = feed.url
        refused = delete_confirmed(session, feed, form, actor=f"admin:{admin_name(request)}",
                                   subject_type="feed", subject_id=feed_id,
                                   detail={"url": url}, back=f"/admin/feeds/{feed_id}")
        if refused is not None:
            return refused
    return _back(f"Deleted {url} and its items.")
