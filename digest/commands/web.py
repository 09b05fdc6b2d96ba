"""`digest web` serves the web app; `digest admin create-user` adds someone who may sign in."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from digest.commands.common import CommandError, console, runtime

admin_app = typer.Typer(help="Admin console users.", no_args_is_help=True)


def web(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    proxy_headers: Annotated[bool, typer.Option(
        "--proxy-headers", help="Trust X-Forwarded-For/-Proto from the proxy in front.")
    ] = False,
) -> None:
    """Serve the admin console, subscriber pages, archive and webhooks."""
    import uvicorn

    from digest.web.access_log import log_config
    from digest.web.app import create_app
    from digest.web.base_url import base_url_mismatch

    rt = runtime()
    warning = base_url_mismatch(rt.settings.base_url, host, port)
    if warning:
        console.print(f"[yellow]Warning:[/yellow] {escape(warning)}", markup=True)
    app = create_app(rt.settings, runtime=rt)
    console.print(f"Serving on http://{host}:{port} (admin at /admin)")
    uvicorn.run(app, host=host, port=port, proxy_headers=proxy_headers, log_level="info",
                log_config=log_config())  # tokens in paths never reach the access log


@admin_app.command("create-user")
def create_user(
    username: str,
    password: Annotated[str, typer.Option(
        prompt=True, hide_input=True, confirmation_prompt=True,
        help="Password (asked for when not given; at least 10 characters).")],
    reset: Annotated[bool, typer.Option("--reset", help="Replace an existing user's password.")
                     ] = False,
) -> None:
    """Create an admin user (the password is stored as an argon2 hash)."""
    from digest.web.passwords import AdminUserError, create_admin_user

    rt = runtime()
    with rt.sessions() as session, session.begin():
        try:
            create_admin_user(session, username, password, replace=reset)
        except AdminUserError as exc:
            raise CommandError(str(exc)) from None
    console.print(f"Admin user {username} {'updated' if reset else 'created'}; "
                  "sign in at /admin/login")
