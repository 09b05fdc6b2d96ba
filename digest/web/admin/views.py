"""sqladmin's plain CRUD screens: lists, subscribers, memberships, feeds; editions and the
audit log read-only.  Our own pages (dashboard, editions, topics, import) link from here."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup
from sqladmin import Admin
from sqladmin.application import BaseView, expose
from sqladmin.audit import AuditBackend
from sqladmin.audit import AuditEntry as SqladminAudit
from sqladmin.authentication import get_current_user_id
from sqladmin.filters import StaticValuesFilter
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from digest.models import (
    AuditEntry,
    Edition,
    Feed,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
)
from digest.runtime import Runtime
from digest.scheduling.schedule import validate as validate_schedule
from digest.web.admin.safe_views import ErasingDelete, FormulaSafeExport
from digest.web.auth import SqladminBackend

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _person_link(model: Any, _attribute: Any) -> Markup:
    return Markup('<a href="/admin/people/{}">{}</a>').format(model.id, model.email)


class ListView(FormulaSafeExport, model=MailingList):
    name, name_plural, icon = "List", "Lists", "fa-solid fa-list"
    column_list = [MailingList.id, MailingList.name, MailingList.slug, MailingList.is_paid,
                   MailingList.double_opt_in, MailingList.schedule_cron, MailingList.timezone]
    column_searchable_list = [MailingList.name, MailingList.slug]
    form_excluded_columns = [MailingList.created_at]

    async def on_model_change(self, data: dict[str, Any], model: Any, is_created: bool,
                              request: Request) -> None:
        """Refuse a schedule the scheduler could not run (sqladmin shows the message)."""
        validate_schedule(data.get("schedule_cron") or model.schedule_cron,
                          data.get("timezone") or model.timezone)
        if data.get("slug") is not None and not SLUG.match(str(data["slug"])):
            raise ValueError("the slug may use lower-case letters, digits and dashes only")


class SubscriberView(ErasingDelete, FormulaSafeExport, model=Subscriber):
    name, name_plural, icon = "Subscriber", "Subscribers", "fa-solid fa-user"
    column_list = [Subscriber.id, Subscriber.email, Subscriber.name, Subscriber.billing_status,
                   Subscriber.created_at, Subscriber.confirmed_at]
    column_searchable_list = [Subscriber.email, Subscriber.name]
    column_sortable_list = [Subscriber.id, Subscriber.email, Subscriber.created_at]
    column_formatters = {Subscriber.email: _person_link}
    # Status changes go through /admin/people (audited, with a reason), never a raw edit.
    form_columns = [Subscriber.name, Subscriber.timezone, Subscriber.attributes]
    can_create = False


class MembershipView(FormulaSafeExport, model=Membership):
    name, name_plural, icon = "Membership", "Memberships", "fa-solid fa-id-card"
    column_list = [Membership.id, Membership.subscriber, Membership.mailing_list,
                   Membership.status, Membership.status_reason, Membership.billing_status,
                   Membership.updated_at]
    column_searchable_list = [Membership.status_reason]
    column_filters = [StaticValuesFilter(
        Membership.status, [(s.value, s.value) for s in MembershipStatus], title="Status")]
    can_create = can_edit = False


class FeedView(FormulaSafeExport, model=Feed):
    name, name_plural, icon = "Feed", "Feeds", "fa-solid fa-rss"
    column_list = [Feed.id, Feed.title, Feed.url, Feed.last_success_at,
                   Feed.consecutive_failures, Feed.disabled]
    column_searchable_list = [Feed.url, Feed.title]
    form_columns = [Feed.title, Feed.disabled]
    can_create = False  # added on /admin/feeds, which checks the URL


class EditionView(FormulaSafeExport, model=Edition):
    name, name_plural, icon = "Edition", "Editions", "fa-solid fa-newspaper"
    column_list = [Edition.id, Edition.list_id, Edition.slot, Edition.status, Edition.subject,
                   Edition.created_at, Edition.sent_at]
    column_details_exclude_list = [Edition.html, Edition.text]
    can_create = can_edit = can_delete = False


class AuditView(FormulaSafeExport, model=AuditEntry):
    name, name_plural, icon = "Audit entry", "Audit log", "fa-solid fa-clock-rotate-left"
    column_list = [AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.subject_type,
                   AuditEntry.subject_id, AuditEntry.detail]
    column_searchable_list = [AuditEntry.actor, AuditEntry.action]
    column_default_sort = [(AuditEntry.at, True)]
    can_create = can_edit = can_delete = False


class AuditLogBackend(AuditBackend):
    """Every create, edit and delete made through sqladmin goes to our audit log."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    async def log(self, entry: SqladminAudit, request: Request) -> None:
        await run_in_threadpool(self._write, entry, get_current_user_id(request) or "?")

    def _write(self, entry: SqladminAudit, user: str) -> None:
        pk = str(entry.pk or "")
        changes = {k: str(v) for k, v in (entry.changes or {}).items() if k != "csrf_token"}
        with self.sessions() as session, session.begin():
            session.add(AuditEntry(
                at=entry.timestamp, actor=f"admin:{user}", action=f"admin_{entry.action}",
                subject_type=entry.identity, subject_id=int(pk) if pk.isdigit() else None,
                detail={"pk": pk, "changes": changes}))


def _link_view(label: str, target: str, icon: str) -> type[BaseView]:
    """A sidebar entry that leads to one of our own console pages."""

    async def go(self: BaseView, request: Request) -> Response:
        return RedirectResponse(target, status_code=303)

    identity = "go-" + target.strip("/").replace("/", "-")
    go.__name__ = identity.replace("-", "_")
    decorated = expose(f"/{identity}", identity=identity)(go)
    return type(f"Link{identity.title().replace('-', '')}", (BaseView,),
                {"name": label, "icon": icon, "identity": identity, "go": decorated})


CONSOLE_PAGES = (
    ("Dashboard", "/admin/", "fa-solid fa-chart-line"),
    ("Editions: preview & send", "/admin/editions", "fa-solid fa-paper-plane"),
    ("People & statuses", "/admin/people", "fa-solid fa-users"),
    ("Import / export", "/admin/audience", "fa-solid fa-file-csv"),
    ("Feed health", "/admin/feeds", "fa-solid fa-heart-pulse"),
    ("Topics", "/admin/topics", "fa-solid fa-tags"),
)


def mount_sqladmin(app: Any, runtime: Runtime, title: str) -> Admin:
    """Mount sqladmin at /admin (after our own /admin routes, which therefore win)."""
    admin = Admin(app, engine=runtime.engine, session_maker=runtime.sessions,
                  base_url="/admin", title=title,
                  authentication_backend=SqladminBackend(runtime.settings.web_session_hours),
                  audit_backend=AuditLogBackend(runtime.sessions))
    for label, target, icon in CONSOLE_PAGES:
        admin.add_view(_link_view(label, target, icon))
    for view in (ListView, SubscriberView, MembershipView, FeedView, EditionView, AuditView):
        admin.add_view(view)
    return admin
