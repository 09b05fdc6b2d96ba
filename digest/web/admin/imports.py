"""`/admin/lists/{id}/import` and `/export.csv`: CSV in and out, with the CLI's report."""

from __future__ import annotations

import io
from dataclasses import dataclass

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.datastructures import FormData, UploadFile
from starlette.responses import Response, StreamingResponse

from digest.audience.active import status_counts
from digest.audience.export import write_export
from digest.audience.importing.bulk import ImportReport, import_lines
from digest.audience.importing.formats import Format, UnknownFormat
from digest.models import MailingList
from digest.web.auth import admin_name
from digest.web.templating import db_session, page, posted_form

router = APIRouter(prefix="/admin")


@dataclass(frozen=True)
class ReportLines:
    """The import report in the words `digest subscribers import` prints."""

    problems: list[str]
    summary: str
    changes: list[str]
    resulting: str


def report_lines(report: ImportReport, list_name: str) -> ReportLines:
    verb = "Would import" if report.dry_run else "Imported"
    kept = report.rows - len(report.problems)
    return ReportLines(
        problems=[f"row {p.number}: {p.reason}" for p in report.problems],
        summary=(f"{verb} {kept} of {report.rows} rows ({report.format} format) into "
                 f"{list_name}: {report.new_subscribers} new subscribers, "
                 f"{report.new_memberships} new members, {sum(report.changed.values())} "
                 f"status changes, {report.unchanged} unchanged, {report.duplicates} "
                 f"duplicates merged, {len(report.problems)} skipped."),
        changes=[f"{change}: {count}" for change, count in sorted(report.changed.items())],
        resulting="resulting: " + ", ".join(
            f"{status} {count}" for status, count in sorted(report.statuses.items())),
    )


def _no_list(request: Request) -> Response:
    return page(request, "admin/message.html", status_code=404, title="No such list",
                message="There is no list with that number.")


@router.get("/audience")
def audience(request: Request) -> Response:
    with db_session(request) as session:
        lists = list(session.scalars(select(MailingList).order_by(MailingList.name)))
        # Shown statuses: "active" counts exactly who gets mail (digest.audience.active).
        counts = {ml.id: status_counts(session, [ml.id]) for ml in lists}
        return page(request, "admin/audience.html", lists=lists, counts=counts)


@router.get("/lists/{list_id}/import")
def import_form(request: Request, list_id: int) -> Response:
    with db_session(request) as session:
        mailing_list = session.get(MailingList, list_id)
        if mailing_list is None:
            return _no_list(request)
        return page(request, "admin/import.html", mailing_list=mailing_list, formats=list(Format),
                    lines=None, error="")


@router.post("/lists/{list_id}/import")
def import_upload(request: Request, list_id: int, form: FormData = posted_form) -> Response:
    upload = form.get("file")
    chosen = str(form.get("format", ""))
    with db_session(request) as session:
        mailing_list = session.get(MailingList, list_id)
        if mailing_list is None:
            return _no_list(request)

        def again(error: str) -> Response:
            return page(request, "admin/import.html", status_code=400,
                        mailing_list=mailing_list, formats=list(Format), lines=None, error=error)

        if not isinstance(upload, UploadFile):
            return again("Choose a CSV file to upload.")
        try:
            text = upload.file.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            return again("The file is not UTF-8 text; save it as CSV (UTF-8) and try again.")
        try:
            report = import_lines(
                session, mailing_list, io.StringIO(text, newline=""),
                fmt=Format(chosen) if chosen else None, reconfirm=bool(form.get("reconfirm")),
                dry_run=bool(form.get("dry_run")), actor=f"admin:{admin_name(request)}")
        except UnknownFormat as exc:
            session.rollback()
            return again(f"{upload.filename}: {exc}")
        session.commit()
        return page(request, "admin/import.html", mailing_list=mailing_list,
                    formats=list(Format), lines=report_lines(report, mailing_list.name),
                    error="")


@router.get("/lists/{list_id}/export.csv")
def export_csv(request: Request, list_id: int) -> Response:
    with db_session(request) as session:
        mailing_list = session.get(MailingList, list_id)
        if mailing_list is None:
            return _no_list(request)
        out = io.StringIO(newline="")
        write_export(session, mailing_list, out)
        slug = mailing_list.slug
    return StreamingResponse(iter([out.getvalue()]), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{slug}.csv"'})
