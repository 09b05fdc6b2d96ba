"""The `digest` command: Typer app, exit codes 0 ok, 1 work failed, 2 usage error."""

from __future__ import annotations

import sys

import typer

from digest.commands import (
    edition_status,
    editions,
    feeds,
    lists,
    ops,
    schedules,
    subscribers,
    up,
    web,
)
from digest.commands.common import CommandError, err_console
from digest.config import ConfigError
from digest.db import SchemaError

app = typer.Typer(
    name="digest",
    help="Newsletter digest mailer: feeds in, a 'bring you up to speed' digest out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(feeds.app, name="feeds")
app.add_typer(lists.app, name="lists")
app.add_typer(subscribers.app, name="subscribers")
app.add_typer(ops.db_app, name="db")
app.add_typer(ops.config_app, name="config")
app.add_typer(edition_status.app, name="editions")
app.command("fetch")(feeds.fetch)
app.command("build")(editions.build)
app.command("preview")(editions.preview)
app.command("send")(editions.send)
app.command("run")(editions.run)
app.command("worker")(ops.worker)
app.command("beat")(ops.beat)
app.command("status")(schedules.status)
app.command("up")(up.up)
app.command("web")(web.web)
app.add_typer(web.admin_app, name="admin")
lists.app.command("schedule")(schedules.schedule)


def _register_plugins() -> None:
    from digest.local import demo
    from digest.local.sendgrid_sink import commands as sink_commands
    from digest.stories import commands as story_commands
    from digest.tagging import commands as tag_commands

    tag_commands.register(app)
    story_commands.register(app)
    sink_commands.register(app)
    demo.register(app)


_register_plugins()


def main() -> None:
    """Entry point: one-line errors on stderr, exit 1 for failed work, 2 for bad usage."""
    try:
        # Standalone mode: Typer/Click print usage errors and exit 2 themselves.
        app()
    except (CommandError, ConfigError, SchemaError) as exc:
        err_console.print(f"digest: {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
