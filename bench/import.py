"""Times `subscribers import` of 100k rows on SQLite and PostgreSQL, next to a naive baseline.

Usage: .venv/bin/python bench/import.py [--rows 100000] [--baseline-rows 2000]
       [--postgres postgresql://postgres@127.0.0.1:5432/test]

Each backend gets a fresh migrated database (PostgreSQL: a scratch database
created next to the given one and dropped afterwards).  The bulk path is the
real importer (`import_lines`); the baseline calls `subscribe()` once per row,
as the first version did, on fewer rows and is extrapolated to the same size.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import text

from digest.audience.active import count_active
from digest.audience.importing.bulk import import_lines
from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.db import make_engine, session_factory, upgrade
from digest.models import MembershipStatus

STATUSES = ["active"] * 8 + ["unsubscribed", "bounced"]


def make_csv(rows: int) -> str:
    lines = ["email,name,status,city"]
    for n in range(rows):
        lines.append(f"reader{n}@example{n % 97}.org,Reader {n},{STATUSES[n % 10]},City {n % 13}")
    return "\n".join(lines) + "\n"


def bulk(url: str, data: str) -> tuple[float, int]:
    engine = make_engine(url)
    upgrade(engine)
    with session_factory(engine)() as session, session.begin():
        ml = create_list(session, "Bench")
    started, cpu = time.perf_counter(), time.process_time()
    with session_factory(engine)() as session, session.begin():
        ml = session.merge(ml)
        import_lines(session, ml, io.StringIO(data))
    elapsed = time.perf_counter() - started
    print(f"  (python CPU time {time.process_time() - cpu:.2f} s; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    with session_factory(engine)() as session:
        active = count_active(session, session.merge(ml))
    engine.dispose()
    return elapsed, active


def naive(url: str, rows: int) -> float:
    engine = make_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    with session_factory(engine)() as session, session.begin():
        ml = create_list(session, "Naive")
        for n in range(rows):
            subscribe(session, ml.id, f"reader{n}@example{n % 97}.org", name=f"Reader {n}",
                      status=MembershipStatus(STATUSES[n % 10]), actor="import")
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def scratch_postgres(admin_url: str) -> tuple[str, str]:
    name = f"digest_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name, name


def drop_postgres(admin_url: str, name: str) -> None:
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--baseline-rows", type=int, default=2_000)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    data = make_csv(args.rows)
    expected_active = sum(1 for n in range(args.rows) if STATUSES[n % 10] == "active")
    print(f"{args.rows} rows; naive baseline measured on {args.baseline_rows} rows and scaled")
    with tempfile.TemporaryDirectory() as folder:
        backends = [("sqlite", lambda tag: (f"sqlite:///{Path(folder) / tag}.sqlite3", ""))]
        backends.append(("postgresql", lambda tag: scratch_postgres(args.postgres)))
        for backend, make_url in backends:
            url, scratch = make_url("bulk")
            try:
                elapsed, active = bulk(url, data)
            finally:
                if scratch:
                    drop_postgres(args.postgres, scratch)
            assert active == expected_active, (active, expected_active)
            url, scratch = make_url("naive")
            try:
                baseline = naive(url, args.baseline_rows) * args.rows / args.baseline_rows
            finally:
                if scratch:
                    drop_postgres(args.postgres, scratch)
            verdict = "ok" if elapsed < 10 else "TOO SLOW"
            print(f"{backend:<11} bulk {elapsed:6.2f} s ({args.rows / elapsed:,.0f} rows/s, "
                  f"{active} active) {verdict} | naive per-row ~{baseline:7.1f} s "
                  f"({baseline / elapsed:.0f}x slower)")


if __name__ == "__main__":
    main()
