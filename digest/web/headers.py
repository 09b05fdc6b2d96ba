"""Security headers on every response, and the policies pages may ask for instead.

`SecurityHeaders` adds each header a response does not set itself:

- `X-Content-Type-Options: nosniff`: a browser never guesses a type we did not send.
- `X-Frame-Options: DENY` and CSP `frame-ancestors 'none'`: no other site can frame a
  page (click-jacking).  The admin preview sets `SAMEORIGIN` and `'self'` for its frame.
- `Referrer-Policy: no-referrer`: tokens in our URLs (/unsubscribe/..., /confirm/...)
  never travel to another site in a Referer.  Admin pages use `same-origin`: they hold
  no tokens, and their scripted requests need a real `Origin` for the CSRF check.
- `Content-Security-Policy`: our own scripts and style sheets only, from files (/static/...);
  nothing inline.
  Rendered editions (the archive and the admin preview) get `EMAIL_POLICY`: no scripts at
  all, images from anywhere, inline styles, and (preview) a sandbox.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ADMIN_PREFIX = "/admin"
# Rendered emails: inline styles, remote images, nothing that runs, links open in place.
EMAIL_POLICY = ("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; "
                "font-src https: data:; base-uri 'none'; form-action 'none'; "
                "sandbox allow-popups allow-popups-to-escape-sandbox "
                "allow-top-navigation-by-user-activation")


def email_headers(*, framed_by_us: bool) -> dict[str, str]:
    """Headers for a rendered edition: `framed_by_us` for the admin preview's iframe."""
    ancestors = "'self'" if framed_by_us else "'none'"
    return {"Content-Security-Policy": f"{EMAIL_POLICY}; frame-ancestors {ancestors}",
            "X-Frame-Options": "SAMEORIGIN" if framed_by_us else "DENY",
            "Cache-Control": "private, no-store"}


# Our own pages: every style sheet and script is a file of ours (/static/...); nothing
# inline runs or styles a page.
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
               "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
               "form-action 'self'; frame-src 'self'; frame-ancestors 'none'")


def default_headers(path: str) -> list[tuple[bytes, bytes]]:
    admin = path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/")
    return [(name.encode(), value.encode()) for name, value in (
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin" if admin else "no-referrer"),
        ("Content-Security-Policy", PAGE_POLICY),
    )]


class SecurityHeaders:
    """Adds `default_headers` to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        defaults = default_headers(scope.get("path", ""))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(n, v) for n, v in defaults if n.lower() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
