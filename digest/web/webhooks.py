"""Provider callbacks: SendGrid events and signed billing updates (no cookies, no CSRF:
each call proves itself with a signature over the raw body)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from sqlalchemy import text
from starlette.responses import JSONResponse, Response

from digest.audience.billing import BadWebhook, apply_billing_event, verify_billing_webhook
from digest.delivery.events import handle_sendgrid_webhook
from digest.web.templating import db_session, posted_body

router = APIRouter()


@router.post("/webhooks/sendgrid")
def sendgrid_events(request: Request, body: bytes = posted_body) -> Response:
    with db_session(request) as session:
        status, answer = handle_sendgrid_webhook(session, body, dict(request.headers),
                                                 request.app.state.settings)
    return Response(answer, status_code=status, media_type="application/json")


@router.post("/webhooks/billing")
def billing_events(request: Request, body: bytes = posted_body) -> Response:
    secret = request.app.state.settings.billing_webhook_secret
    try:
        event = verify_billing_webhook(secret, dict(request.headers), body)
    except BadWebhook as exc:
        status = 400 if str(exc).startswith("malformed") else 401
        return JSONResponse({"error": str(exc)}, status_code=status)
    with db_session(request) as session, session.begin():
        outcome = apply_billing_event(session, event)
    return Response(json.dumps({"outcome": outcome.outcome,
                                "changes": [f"{c.before} -> {c.after}" for c in outcome.changes]}),
                    media_type="application/json")


@router.get("/healthz")
def healthz(request: Request) -> Response:
    """200 when the database answers, 503 when it does not."""
    try:
        with db_session(request) as session:
            session.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to reach the database is "unhealthy"
        return JSONResponse({"status": "unavailable", "error": type(exc).__name__},
                            status_code=503)
    return JSONResponse({"status": "ok"})
