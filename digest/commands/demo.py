"""`digest demo`: one offline cycle on the sample feeds (digest.local.demo), then a summary."""

from __future__ import annotations

import typer
from rich.markup import escape


def demo() -> None:
    """Run one offline cycle on sample feeds and show the result."""
    from digest.commands.common import console, print_table
    from digest.config import get_settings
    from digest.local.demo import run_demo

    data_dir = get_settings().data_dir / "demo"
    report, preview, outbox = run_demo(data_dir)
    recipients = sum(o.recipients for o in report.lists)
    skipped = sum(o.skipped_inactive for o in report.lists)
    print_table("digest demo", ["feeds", "failed", "items", "tagged", "stories", "recipients",
                                "skipped inactive"],
                [(len(report.feeds), len(report.failed_feeds), report.new_items,
                  report.tags_written, report.stories_changed, recipients, skipped)])
    for failed in report.failed_feeds:
        console.print(f"[yellow]feed failed (as planned):[/] {escape(failed.url)}: "
                      f"{escape(failed.error)}", markup=True)
    console.print(f"HTML preview: {preview.resolve()}")
    messages = len(list(outbox.glob("*.eml")))
    console.print(f"Outbox:       {outbox.resolve()} ({messages} .eml files)")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
