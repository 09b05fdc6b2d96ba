"""What every sqladmin screen of ours adds: a CSV export that spreadsheets cannot run, and
(for subscribers) a delete that erases the person as `digest subscribers forget` does."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqladmin import ModelView
from sqladmin.authentication import get_current_user_id
from sqladmin.helpers import secure_filename
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import StreamingResponse

from digest.audience.export import neutralise
from digest.audience.privacy import forget
from digest.models import Subscriber


class FormulaSafeExport(ModelView):
    """CSV export with every cell neutralised like the project's own export (a leading
    `=`, `+`, `-`, `@`, tab or CR gets an apostrophe); JSON is left to sqladmin."""

    async def export_data(self, data: list[Any], export_type: str = "csv",
                          request: Request | None = None) -> StreamingResponse:
        if export_type != "csv":
            return await super().export_data(data, export_type, request)
        columns = self.get_export_columns()
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in data:
            writer.writerow([neutralise(str(await self.get_prop_value(row, name)))
                             for name in columns])
        filename = secure_filename(self.get_export_name(export_type="csv"))
        return StreamingResponse(iter([out.getvalue()]), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f"attachment;filename={filename}"})


class ErasingDelete(ModelView):
    """Deleting a subscriber is `forget`: their traces go, a hashed suppression stays, so
    an address deleted in the console is never mailed or imported again."""

    async def delete_model(self, request: Request, pk: Any) -> None:
        user = get_current_user_id(request) or "?"
        admin = getattr(self, "_admin_ref", None)
        settings = getattr(getattr(getattr(admin, "app", None), "state", None), "settings", None)
        outbox = settings.data_dir / "outbox" if settings is not None else None

        def erase() -> None:
            with self.session_maker() as session, session.begin():
                subscriber = session.get(Subscriber, int(pk))
                if subscriber is not None:
                    forget(session, subscriber.email, actor=f"admin:{user}", outbox=outbox)

        await run_in_threadpool(erase)
        await self._emit_audit(request, "delete", pk, None)
