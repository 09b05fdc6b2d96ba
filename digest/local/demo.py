"""`digest demo`: one full cycle, offline, on embedded defaults.

Serves the bundled sample feeds on a loopback HTTP server, creates a list with
active and inactive sample subscribers, runs fetch -> tag -> group -> build ->
send to the outbox, and prints what happened and where to look.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from digest.audience.choices import MembershipStatus

if TYPE_CHECKING:
    from digest.lifecycle.cycle import CycleReport

FEEDS = {
    "/levant-wire.xml": ("levant_wire.xml", "application/rss+xml"),
    "/global-desk.atom": ("global_desk.atom", "application/atom+xml"),
    "/orient-ledger.rdf": ("orient_ledger.rdf", "application/rdf+xml"),
    "/moved.xml": ("broken.xml", "text/html"),
}
SUBSCRIBERS = [
    ("rana@example.org", "Rana", MembershipStatus.ACTIVE),
    ("tom@example.org", "Tom", MembershipStatus.ACTIVE),
    ("leila@example.org", "Leila", MembershipStatus.ACTIVE),
    ("sam@example.org", "Sam", MembershipStatus.UNSUBSCRIBED),
    ("bounce@example.org", "", MembershipStatus.BOUNCED),
    ("pending@example.org", "", MembershipStatus.PENDING),
    ("complained@example.org", "", MembershipStatus.COMPLAINED),
    ("suppressed@example.org", "", MembershipStatus.ACTIVE),  # active but suppressed
]


def sample_documents(now: datetime) -> dict[str, tuple[bytes, str]]:
    """The sample feeds with dates filled in relative to `now` ({D3} = 3 days ago)."""
    values = {}
    for days in range(0, 31):
        moment = now - timedelta(days=days, hours=1)
        values[f"D{days}"] = format_datetime(moment)
        values[f"ISO{days}"] = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    folder = resources.files("digest.local") / "demo_data"
    documents = {}
    for path, (name, content_type) in FEEDS.items():
        text = (folder / name).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        documents[path] = (text.encode("utf-8"), content_type)
    return documents


def run_demo(data_dir: Path) -> tuple[CycleReport, Path, Path]:
    """Run the demo in `data_dir` (wiped first); return the report, preview and outbox paths."""
    from digest.audience.lists import create_list
    from digest.audience.subscribers import email_hash, subscribe
    from digest.config import get_settings
    from digest.delivery.transports.outbox import OutboxTransport
    from digest.editions.preview import preview_bodies, write_preview
    from digest.lifecycle.cycle import run_cycle
    from digest.lifecycle.queue import InProcess
    from digest.local.feedserver import FeedServer
    from digest.models import Edition, Feed, Suppression, utcnow
    from digest.runtime import open_runtime

    if data_dir.exists():
        shutil.rmtree(data_dir)
    settings = get_settings().model_copy(update={
        "data_dir": data_dir, "database_url": "", "transport": "outbox",
        "allow_private_feeds": True,
    })
    rt = open_runtime(settings)
    now = utcnow()
    with FeedServer(sample_documents(now)) as server:
        with rt.sessions() as session, session.begin():
            for path in FEEDS:
                session.add(Feed(url=server.url + path))
            ml = create_list(session, "Syria Digest", topics=["syria"],
                             description="The war and its aftermath, brought up to speed.")
            for email, name, status in SUBSCRIBERS:
                subscribe(session, ml.id, email, name=name, status=status, actor="demo")
            session.add(Suppression(email_hash=email_hash("suppressed@example.org"),
                                    reason="demo: manual suppression"))
        outbox = data_dir / "outbox"
        report = run_cycle(rt.sessions, settings,
                           InProcess(rt.sessions, settings, OutboxTransport(outbox)), now=now)
    preview = data_dir / "preview.html"
    with rt.sessions() as session:
        edition = session.query(Edition).order_by(Edition.id.desc()).first()
        if edition is not None:
            write_preview(preview, *preview_bodies(edition.html, edition.text, settings.base_url))
    rt.engine.dispose()
    return report, preview, outbox
