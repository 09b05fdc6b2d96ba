"""One cycle through the plain functions: fetch, tag, group, build, send."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.delivery.transports.outbox import OutboxTransport
from digest.lifecycle.cycle import run_cycle
from digest.lifecycle.queue import InProcess
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.models import Edition, EditionStatus, Feed, ItemTag, MembershipStatus, utcnow
from digest.runtime import Runtime


def test_a_cycle_tags_syria_items_and_mails_active_members(rt: Runtime) -> None:
    now = utcnow()
    outbox = InProcess(rt.sessions, rt.settings,
                       OutboxTransport(rt.settings.data_dir / "outbox"))
    with FeedServer(sample_documents(now)) as server:
        with rt.sessions() as session, session.begin():
            session.add_all(Feed(url=server.url + path) for path in FEEDS)
            ml = create_list(session, "Syria Digest")
            subscribe(session, ml.id, "rana@example.org")
            subscribe(session, ml.id, "gone@example.org", status=MembershipStatus.BOUNCED)
        report = run_cycle(rt.sessions, rt.settings, outbox, now=now)
        (listed,) = report.lists
        assert listed.status == EditionStatus.SENT
        assert (listed.recipients, listed.skipped_inactive) == (1, 1)
        assert len(report.failed_feeds) == 1  # the HTML page posing as a feed
        with rt.sessions() as session:
            tagged = session.scalar(select(func.count()).select_from(ItemTag))
            edition = session.scalars(select(Edition)).one()
        assert tagged == report.tags_written > 0
        assert "Aleppo pepper" not in edition.html and "eurozone" not in edition.html
        assert "cabinet" in edition.subject.lower()

        # The next day brings nothing new: the edition is skipped with a reason.
        later = run_cycle(rt.sessions, rt.settings, outbox, now=now + timedelta(days=1))
    (skipped,) = later.lists
    assert skipped.status == EditionStatus.SKIPPED and "no new stories" in skipped.skip_reason
    assert len(list((rt.settings.data_dir / "outbox").glob("*.eml"))) == 1
