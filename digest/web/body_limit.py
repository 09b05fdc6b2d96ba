"""Refuse request bodies over a size, before reading them (413).

A pure ASGI middleware in front of everything that reads a body (the CSRF check,
forms, webhooks, the one-click unsubscribe): a `Content-Length` over the limit
is answered at once without reading a byte, and a body sent without one
(chunked) is counted as it arrives and cut off at the limit.  Signed-in admins
get a larger allowance for CSV imports; everyone else, signed or not, the
smaller one.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _TooLarge(Exception):
    """The body grew past the limit while it was being read."""


def _too_large(limit: int) -> PlainTextResponse:
    return PlainTextResponse(f"Request body too large (at most {limit} bytes).",
                             status_code=413, headers={"Connection": "close"})


class BodySizeLimit:
    """413 for bodies over `limit(scope)` bytes; needs the session in the scope."""

    def __init__(self, app: ASGIApp, limit: Callable[[Scope], int]) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope)
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            if not (declared.isascii() and declared.isdigit()):
                await PlainTextResponse("Bad Content-Length.", status_code=400)(
                    scope, receive, send)
                return
            if int(declared) > limit:
                await _too_large(limit)(scope, receive, send)
                return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except _TooLarge:
            if not started:
                await _too_large(limit)(scope, receive, send)
