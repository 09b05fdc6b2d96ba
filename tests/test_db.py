"""digest.db: the sessions every part of digest reads and writes through."""

from __future__ import annotations

from sqlalchemy import select

from digest.db import snapshot, transaction
from digest.models import MailingList
from digest.runtime import Runtime


def renamed_elsewhere(rt: Runtime, list_id: int, name: str) -> None:
    with transaction(rt.sessions) as other:
        found = other.get(MailingList, list_id)
        assert found is not None
        found.name = name


def test_a_snapshot_keeps_seeing_the_database_as_at_its_first_read(rt: Runtime) -> None:
    with transaction(rt.sessions) as session:
        mailing_list = MailingList(name="Syria Digest", slug="syria")
        session.add(mailing_list)
    with snapshot(rt.sessions) as reader:
        names = select(MailingList.name).where(MailingList.id == mailing_list.id)
        assert reader.scalar(names) == "Syria Digest"
        renamed_elsewhere(rt, mailing_list.id, "Syria Weekly")
        # A watcher reading status, then batches, must not mix two moments.
        assert reader.scalar(names) == "Syria Digest"
    with rt.sessions() as session:
        assert session.scalar(names) == "Syria Weekly"


def test_each_snapshot_sees_what_was_committed_before_it(rt: Runtime) -> None:
    with transaction(rt.sessions) as session:
        mailing_list = MailingList(name="Syria Digest", slug="syria")
        session.add(mailing_list)
    for name in ("Syria Weekly", "Syria Daily"):
        with snapshot(rt.sessions) as reader:
            reader.scalar(select(MailingList.name))
        renamed_elsewhere(rt, mailing_list.id, name)
        with snapshot(rt.sessions) as reader:
            assert reader.scalar(select(MailingList.name)) == name
