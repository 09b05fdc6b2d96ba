"""Readers who chose some of a list's topics get only those, through the real send path."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience.lists import create_list
from digest.audience.preferences import PreferencesUpdate, update_preferences
from digest.audience.subscribers import subscribe
from digest.config import Settings
from digest.delivery.progress import EditionProgress, read_progress
from digest.delivery.send import send_edition_in_process
from digest.delivery.transports.outbox import OutboxTransport
from digest.editions.build import build_edition
from digest.models import Delivery, Edition, EditionStatus, EditionVariant, MailingList
from digest.runtime import Runtime
from digest.stories.store import group_stories
from tests.editions.factory import add_items, fixture_items

SYRIA = fixture_items()
SYRIA_LATER = fixture_items("later.jsonl")
TOPICS = ["syria", "lebanon", "iraq"]  # iraq has no story in these editions


def _row(key: str, source: str, title: str, published: str) -> dict[str, str]:
    slug = source.lower().replace(" ", "")
    return {"id": key, "source": source, "title": title, "published": published,
            "summary": f"{title}. Officials in Beirut confirmed it on the day.",
            "link": f"https://{slug}.test/lebanon/{key}"}


# Told by four outlets, so it leads the full edition and names its subject.
PORT_INQUIRY = [
    _row(f"port-{n}", source, "Judge resumes Beirut port blast inquiry", "2024-12-05T08:00:00Z")
    for n, source in enumerate(["Cedar Post", "Beirut Daily", "Levant Wire", "Global Desk"])
]
PARLIAMENT = [_row("parl-1", "Cedar Post", "Lebanese parliament fails to elect a president",
                   "2024-12-01T12:00:00Z")]
PRIME_MINISTER = [_row(f"pm-{n}", source, "Lebanon names a new prime minister",
                       "2024-12-06T15:00:00Z")
                  for n, source in enumerate(["Cedar Post", "Beirut Daily"])]
LATECOMER = [_row("late-1", "Cedar Post", "Lebanese army deploys along the southern border",
                  "2024-12-05T19:30:00Z")]


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _grouped(session: Session, syria: list[dict[str, str]], lebanon: list[dict[str, str]],
             now: str) -> None:
    add_items(session, syria)
    add_items(session, lebanon, topic="lebanon")
    for topic in ("syria", "lebanon"):
        group_stories(session, topic, now=_at(now))


def _member(session: Session, mailing_list: MailingList, address: str,
            topics: list[str]) -> None:
    membership = subscribe(session, mailing_list.id, address)
    update_preferences(session, membership, PreferencesUpdate(topics=topics))


def _received(outbox: Path) -> dict[str, tuple[str, str]]:
    """Recipient address -> (subject, text part) of every copy the transport wrote."""
    copies = {}
    for path in outbox.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        copies[message["To"].addresses[0].addr_spec] = (str(message["Subject"]), text)
    return copies


def _story_part(text: str) -> str:
    """The text part without the footer (its links are signed for each reader)."""
    return text.split("\n--\n")[0]


def _first_edition(rt: Runtime) -> int:
    """A first edition with Syrian and Lebanese stories; readers of all topics, of Syria
    only, and of Iraq only (nothing on Iraq), the Iraq reader between the other two."""
    with rt.sessions() as session, session.begin():
        _grouped(session, list(SYRIA.values()), PORT_INQUIRY + PARLIAMENT, "2024-12-05T19:00")
        mailing_list = create_list(session, "Levant Digest", topics=TOPICS)
        _member(session, mailing_list, "everything@example.org", [])
        _member(session, mailing_list, "iraq@example.org", ["iraq"])
        _member(session, mailing_list, "syria@example.org", ["syria"])
        edition = build_edition(session, mailing_list, "2024-12-05", rt.settings,
                                now=_at("2024-12-05T20:00"))
        assert edition.status == EditionStatus.READY
        return edition.id


def _send(rt: Runtime, edition_id: int, outbox: Path, batch_size: int = 1) -> EditionStatus:
    settings: Settings = rt.settings.model_copy(update={"send_batch_size": batch_size})
    report = send_edition_in_process(rt.sessions, edition_id, OutboxTransport(outbox), settings)
    return EditionStatus(report.status)


def test_a_reader_of_one_topic_gets_only_that_topics_stories(rt: Runtime) -> None:
    edition_id = _first_edition(rt)
    outbox = rt.settings.data_dir / "outbox"
    assert _send(rt, edition_id, outbox) == EditionStatus.SENT
    copies = _received(outbox)
    full_subject, full = copies["everything@example.org"]
    assert "Beirut port blast" in full_subject
    assert "Hama" in full and "Lebanese parliament" in full
    subject, syrian = copies["syria@example.org"]
    assert "Beirut" not in subject and "Hama" in subject
    # news and backstory (the earlier report's sentence)
    assert "Hama" in syrian and "took control of most of Aleppo" in syrian
    assert "Beirut" not in syrian and "Leban" not in syrian


def test_a_reader_whose_topics_have_no_story_gets_nothing_and_is_counted_skipped(
        rt: Runtime) -> None:
    edition_id = _first_edition(rt)
    outbox = rt.settings.data_dir / "outbox"
    assert _send(rt, edition_id, outbox) == EditionStatus.SENT
    assert sorted(_received(outbox)) == ["everything@example.org", "syria@example.org"]
    with rt.sessions() as session:
        rows = {d.email: d for d in session.scalars(select(Delivery))}
        progress = read_progress(session, edition_id)
    skipped = rows["iraq@example.org"]
    assert skipped.status == "skipped" and skipped.batch_id is None
    assert "no story on the reader's topics" in skipped.error and "iraq" in skipped.error
    assert {rows[a].status for a in ("everything@example.org", "syria@example.org")} == {"sent"}
    assert progress.sent == 2 and progress.done == progress.total == 3
    assert "1 skipped (1 no story on their topics)" in progress.counts_line()
    assert progress.batches == {"sent": 2}  # the page of the skipped reader sent nothing


def test_a_render_for_chosen_topics_is_made_once_and_only_from_the_built_stories(
        rt: Runtime) -> None:
    edition_id = _first_edition(rt)
    with rt.sessions() as session, session.begin():
        mailing_list = session.scalars(select(MailingList)).one()
        _member(session, mailing_list, "lebanon@example.org", ["lebanon"])
        _member(session, mailing_list, "lebanon2@example.org", ["lebanon", "iraq"])
        # A Lebanese story that arrives after the build waits for the next edition.
        _grouped(session, [], LATECOMER, "2024-12-05T21:00")
    outbox = rt.settings.data_dir / "outbox"
    assert _send(rt, edition_id, outbox) == EditionStatus.SENT
    copies = _received(outbox)
    subject, lebanese = copies["lebanon@example.org"]
    # Same copy for both (up to their own footer links): one render, shared.
    assert (subject, _story_part(lebanese)) == (
        copies["lebanon2@example.org"][0], _story_part(copies["lebanon2@example.org"][1]))
    assert "Beirut port blast" in subject and "Lebanese parliament" in lebanese
    assert "southern border" not in lebanese and "Hama" not in lebanese
    with rt.sessions() as session:
        keys = sorted(session.scalars(select(EditionVariant.key).where(
            EditionVariant.edition_id == edition_id)))
    assert keys == ["context:lebanon", "context:syria"]


def _second_edition(rt: Runtime, outbox: Path) -> int:
    """Edition one goes to a Syria reader; a second Syria reader and a reader of
    everything join before edition two, which has Syrian and Lebanese news."""
    first = _first_edition(rt)
    assert _send(rt, first, outbox) == EditionStatus.SENT
    with rt.sessions() as session, session.begin():
        mailing_list = session.scalars(select(MailingList)).one()
        _member(session, mailing_list, "new-syria@example.org", ["syria"])
        _member(session, mailing_list, "new-everything@example.org", [])
        _grouped(session, [SYRIA_LATER["gd-5"]], PRIME_MINISTER, "2024-12-07T07:00")
        edition = build_edition(session, mailing_list, "2024-12-07", rt.settings,
                                now=_at("2024-12-07T08:00"))
        assert edition.status == EditionStatus.READY
        return edition.id


def test_a_newcomer_who_chose_a_topic_gets_the_weeks_backstory_on_that_topic_only(
        rt: Runtime) -> None:
    outbox = rt.settings.data_dir / "first"
    edition_id = _second_edition(rt, outbox)
    outbox = rt.settings.data_dir / "second"
    assert _send(rt, edition_id, outbox, batch_size=10) == EditionStatus.SENT
    copies = _received(outbox)
    _, regular = copies["syria@example.org"]  # had edition one: the short backstory
    _, newcomer = copies["new-syria@example.org"]  # never had one: the week's backstory
    _, everything = copies["new-everything@example.org"]
    for text in (regular, newcomer):
        assert "Rebels tighten grip on Hama" in text
        assert "prime minister" not in text and "Leban" not in text and "Beirut" not in text
    # Another thread (an earthquake drill) is never told; the newcomer gets who's who.
    assert "Earthquake drill" not in newcomer and "- HTS:" in newcomer
    assert "Lebanese parliament" not in newcomer
    assert "prime minister" in everything
    with rt.sessions() as session:
        keys = set(session.scalars(select(EditionVariant.key).where(
            EditionVariant.edition_id == edition_id)))
        edition = session.get(Edition, edition_id)
        assert edition is not None and edition.status == EditionStatus.SENT
    assert {"7d:syria", "context:syria", "7d"} <= keys


def test_the_progress_line_tells_apart_why_readers_were_skipped() -> None:
    progress = EditionProgress(7, "Levant Digest", "Subject", "sent", True,
                               recipients={"sent": 5, "skipped": 3}, skipped_for_topics=2)
    assert progress.counts_line() == (
        "5 sent, 0 pending, 0 failed, 3 skipped (2 no story on their topics, "
        "1 left after the snapshot)")
