"""Console edits and deletes, each written to the audit log under the admin's name with
what changed (`admin_update` / `admin_delete`, as every console edit is recorded)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from digest.models import AuditEntry

NOT_CONFIRMED = "Tick the box to confirm; nothing was deleted."


def apply_edit(session: Session, target: Any, values: Mapping[str, Any], *, actor: str,
               subject_type: str, subject_id: int) -> dict[str, Any]:
    """Set the fields of `target` that differ from `values`; audit them; return them.
    The values must be JSON-able (text, numbers, yes/no, lists, objects): the audit log
    keeps them as they are, so the log can show lists and flags as such."""
    changes = {k: v for k, v in values.items() if getattr(target, k) != v}
    for key, value in changes.items():
        setattr(target, key, value)
    if changes:
        session.add(AuditEntry(actor=actor, action="admin_update", subject_type=subject_type,
                               subject_id=subject_id,
                               detail={"pk": str(subject_id), "changes": changes}))
    return changes


def delete_confirmed(session: Session, target: Any, form: Mapping[str, Any], *, actor: str,
                     subject_type: str, subject_id: int, detail: dict[str, Any],
                     back: str) -> Response | None:
    """Delete `target` and audit it when the form's confirmation box was ticked; otherwise
    the redirect back to `back` saying nothing was deleted."""
    if form.get("confirm") != "yes":
        return RedirectResponse(f"{back}?notice={quote(NOT_CONFIRMED)}", status_code=303)
    session.delete(target)
    session.add(AuditEntry(actor=actor, action="admin_delete", subject_type=subject_type,
                           subject_id=subject_id, detail=detail))
    return None
