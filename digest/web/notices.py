"""Admin notices ("Added ...", "Test sent to ...") travel in the signed session, never in URLs.

Our admin routes answer a form with a redirect to `...?notice=<text>` and show the
`notice` query parameter on the page they redirect to.  Left alone, anyone could
send an admin a link that makes one of our pages say whatever they like.  This
middleware, in front of every /admin route, keeps the routes as they are and takes
the text out of the URL:

- a redirect our app answers with `?notice=` loses the parameter, and its text is
  kept in the session (signed, so only our own code can have put it there);
- any `notice` parameter in an incoming URL is dropped; a GET gets the session's
  notice instead, once.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PARAM = "notice"
SESSION_KEY = "notice"


def _without_notice(query: str) -> tuple[str, str]:
    """(query without `notice`, the last notice it carried or "")."""
    pairs = parse_qsl(query, keep_blank_values=True)
    notice = next((value for key, value in reversed(pairs) if key == PARAM), "")
    return urlencode([(k, v) for k, v in pairs if k != PARAM]), notice


class SessionNotices:
    """Moves `?notice=` from redirects into the session and back out on the next GET."""

    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == self.prefix
                                           or path.startswith(self.prefix + "/")):
            await self.app(scope, receive, send)
            return
        session = scope.setdefault("session", {})
        query, _forged = _without_notice(scope.get("query_string", b"").decode("latin-1"))
        if scope["method"] == "GET" and session.get(SESSION_KEY):
            query = urlencode([*parse_qsl(query, keep_blank_values=True),
                               (PARAM, str(session.pop(SESSION_KEY)))])
        scope = {**scope, "query_string": query.encode("latin-1")}

        async def keep_notice(message: Message) -> None:
            if message["type"] == "http.response.start" and 300 <= message["status"] < 400:
                headers = []
                for name, value in message.get("headers", []):
                    if name.lower() == b"location":
                        value = self._moved(value.decode("latin-1"), session)
                    headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, keep_notice)

    @staticmethod
    def _moved(location: str, session: dict[str, object]) -> bytes:
        parts = urlsplit(location)
        if parts.scheme or parts.netloc:  # not one of our pages: leave it alone
            return location.encode("latin-1")
        query, notice = _without_notice(parts.query)
        if notice:
            session[SESSION_KEY] = notice
        return urlunsplit(parts._replace(query=query)).encode("latin-1")
