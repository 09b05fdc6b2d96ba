"""Migration 0002 (topic variants) on a database that already holds sends, both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, Table, text

from digest.db import alembic_config, make_engine
from digest.models import Base

TABLES = {"editions", "edition_variants", "delivery_batches", "deliveries"}


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    made = make_engine(database_url)
    yield made
    made.dispose()


def _a_sent_edition_at_0001(engine: Engine) -> None:
    """One list, reader, edition, 7d variant, batch and delivery, written as 0001 knew them."""
    command.downgrade(alembic_config(engine), "0001")
    rows = [
        "INSERT INTO lists (id, name, slug, description, topics, schedule_cron, timezone,"
        " only_when_new, per_subscriber_timezone, is_paid, double_opt_in, from_email,"
        " from_name, created_at) VALUES (1, 'L', 'l', '', '[]', '0 7 * * *', 'UTC', true,"
        " false, false, false, '', '', '2024-12-01 00:00:00')",
        "INSERT INTO subscribers (id, email, email_key, email_hash, name, attributes, timezone,"
        " billing_status, created_at) VALUES (1, 'a@example.org', 'a@example.org', 'h', '',"
        " '{}', 'UTC', 'current', '2024-12-01 00:00:00')",
        "INSERT INTO editions (id, list_id, slot, status, subject, preheader, html, text,"
        " story_ids, story_marks, stories_cut, skip_reason, snapshot_done, failed_batches,"
        " created_at) VALUES (1, 1, 's', 'sending', 'Subject', '', 'h', 't', '[]', '{}', 0,"
        " '', true, 0, '2024-12-01 00:00:00')",
        "INSERT INTO edition_variants (edition_id, key, html, text, recaps)"
        " VALUES (1, '7d', 'H7', 'T7', 3)",
        "INSERT INTO delivery_batches (id, edition_id, number, status, variant, attempts,"
        " claimed_by, provider_message_id, error) VALUES (1, 1, 1, 'pending', '7d', 0, '',"
        " '', '')",
        "INSERT INTO deliveries (edition_id, subscriber_id, batch_id, email, status,"
        " provider_message_id, error, events) VALUES (1, 1, 1, 'a@example.org', 'pending',"
        " '', '', '{}')",
    ]
    with engine.begin() as conn:
        for row in rows:
            conn.execute(text(row))


def test_upgrading_keeps_every_delivery_and_variant_of_a_send_under_way(
        engine: Engine) -> None:
    _a_sent_edition_at_0001(engine)
    command.upgrade(alembic_config(engine), "head")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT batch_id FROM deliveries")).scalars().all() == [1]
        assert conn.execute(text("SELECT key, subject, html FROM edition_variants")).all() == [
            ("7d", "", "H7")]
        assert conn.execute(text("SELECT content FROM editions")).scalar() is None
        long_key = "30d:" + "+".join(f"topic-{n}" for n in range(20))
        conn.execute(text("UPDATE delivery_batches SET variant = :k"), {"k": long_key})
        conn.execute(text("INSERT INTO edition_variants (edition_id, key, subject, html, text,"
                          " recaps) VALUES (1, :k, 'S', 'H', 'T', 0)"), {"k": long_key})


def test_downgrading_drops_topic_renders_and_batches_keep_their_window(
        engine: Engine) -> None:
    _a_sent_edition_at_0001(engine)
    command.upgrade(alembic_config(engine), "head")
    with engine.begin() as conn:
        conn.execute(text("UPDATE delivery_batches SET variant = '7d:lebanon+syria'"))
        conn.execute(text("INSERT INTO edition_variants (edition_id, key, subject, html, text,"
                          " recaps) VALUES (1, '7d:lebanon+syria', 'S', 'H', 'T', 0)"))
    command.downgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT variant FROM delivery_batches")).scalar() == "7d"
        assert conn.execute(text("SELECT key FROM edition_variants")).scalars().all() == ["7d"]
        assert conn.execute(text("SELECT count(*) FROM deliveries")).scalar() == 1
    command.upgrade(alembic_config(engine), "head")


def test_the_edition_and_ledger_tables_match_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    ours = [d for d in differences if _table_of(d) in TABLES]
    assert ours == []


def _table_of(difference: object) -> str:
    """The table an autogenerate difference is about (a tuple, or a list of "modify" ones)."""
    first = difference[0] if isinstance(difference, list) else difference
    assert isinstance(first, tuple)
    for part in first[1:]:
        if isinstance(part, str) and part in TABLES:  # (op, schema, table, ...)
            return part
        table = getattr(part, "table", part)  # a Table, or a column/index/constraint of one
        if isinstance(table, Table):
            return str(table.name)
    return ""
