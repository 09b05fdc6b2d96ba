"""`/admin/audit`: the audit log, readable: newest first, filtered by action, who and
subject, each entry in words with a link to what it is about."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import func, select
from starlette.responses import Response

from digest.models import AuditEntry
from digest.web.templating import db_session, page

router = APIRouter(prefix="/admin/audit")
PAGE_SIZE = 100


@router.get("")
def audit_log(request: Request, action: str = "", actor: str = "", subject: str = "",
              before: int = 0) -> Response:
    """`before` pages back: entries with a smaller id than it."""
    with db_session(request) as session:
        query = select(AuditEntry)
        if action:
            query = query.where(AuditEntry.action == action)
        if actor.strip():
            query = query.where(func.lower(AuditEntry.actor).contains(actor.strip().lower(),
                                                                      autoescape=True))
        if subject:
            query = query.where(AuditEntry.subject_type == subject)
        if before:
            query = query.where(AuditEntry.id < before)
        entries = list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(PAGE_SIZE)))
        actions = sorted(session.scalars(select(AuditEntry.action).distinct()))
        subjects = sorted(session.scalars(select(AuditEntry.subject_type).distinct()))
        return page(request, "admin/audit.html", entries=entries, actions=actions,
                    subjects=subjects, action=action, actor=actor, subject=subject,
                    older=entries[-1].id if len(entries) == PAGE_SIZE else 0)
