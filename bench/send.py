"""How fast `digest send` delivers an edition, next to the limit and to a naive loop.

Usage: .venv/bin/python bench/send.py [--subscribers 150000] [--active 100000]
       [--admin-url postgresql://postgres@127.0.0.1:5432/test] [--redis redis://127.0.0.1:6379/0]

Sets up a scratch PostgreSQL database with SUBSCRIBERS people, ACTIVE of them
active on one list, a SendGrid sink in its own process on loopback (schema check
off), and one Celery worker with two pool processes on Redis.  Then measures:
1. `digest send --list Bench` end to end (snapshot, fan-out, every batch sent);
2. the limit: the same number of pre-built 1000-recipient payloads posted straight
   to the sink with the sendgrid library from two threads (the workers' parallelism);
3. the per-recipient loop a user writes first (one `Mail` per reader), on a sample,
   scaled to ACTIVE.
Also the peak RSS of each worker pool process during the send.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import resource
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psutil
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail
from sqlalchemy import insert, text

from digest.config import load_settings
from digest.db import make_engine
from digest.delivery.transports.base import Message, Recipient
from digest.delivery.transports.sendgrid import build_payload
from digest.editions.render import NAME, PREFERENCES_URL, UNSUBSCRIBE_URL
from digest.models import Edition, MailingList, Membership, Subscriber, utcnow
from digest.runtime import open_runtime
from digest.scheduling.schedule import current_slot

SECRET_KEY = "bench-secret-key-at-least-32-characters"  # 32+ characters, as required

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
KEY = "SG.bench"


def edition_html() -> str:
    story = ("<h2>Aleppo: what changed overnight</h2><p>" + "Context sentence. " * 60 + "</p>")
    return (f"<html><body><p>Hi {NAME},</p>{story * 12}"
            f"<p><a href='{UNSUBSCRIBE_URL}'>Unsubscribe</a> | "
            f"<a href='{PREFERENCES_URL}'>Preferences</a></p></body></html>")


def populate(url: str, subscribers: int, active: int) -> int:
    """Subscribers, memberships (ACTIVE spread evenly) and one ready edition; its id."""
    rt = open_runtime(load_settings(database_url=url, secret_key=SECRET_KEY))
    with rt.sessions() as session, session.begin():
        ml = MailingList(name="Bench", slug="bench", topics=["syria"])
        session.add(ml)
        session.flush()
        list_id = ml.id
        html = edition_html()
        edition = Edition(list_id=list_id, slot=current_slot(ml, utcnow()), subject="Bench",
                          html=html, text=f"Hi {NAME}\nUnsubscribe: {UNSUBSCRIBE_URL}",
                          story_ids=[], story_marks={})
        session.add(edition)
        session.flush()
        edition_id = edition.id
    chunk = 10_000
    with rt.engine.begin() as conn:
        for start in range(0, subscribers, chunk):
            rows = []
            for i in range(start, min(subscribers, start + chunk)):
                email = f"reader{i}@bench.example.org"
                rows.append({"email": email, "email_key": email,
                             "email_hash": hashlib.sha256(email.encode()).hexdigest(),
                             "name": f"Reader {i}", "attributes": {}, "timezone": "UTC",
                             "billing_status": "current", "created_at": utcnow()})
            conn.execute(insert(Subscriber), rows)
        ids = [r[0] for r in conn.execute(text("SELECT id FROM subscribers ORDER BY id"))]
        members = [{"list_id": list_id, "subscriber_id": sid, "topics": [],
                    "frequency": "daily", "created_at": utcnow(), "updated_at": utcnow(),
                    "status": "active" if (n * active) // subscribers
                    != ((n + 1) * active) // subscribers else "unsubscribed",
                    "status_reason": ""}
                   for n, sid in enumerate(ids)]
        for start in range(0, len(members), chunk):
            conn.execute(insert(Membership), members[start:start + chunk])
        conn.execute(text("ANALYZE"))
    rt.engine.dispose()
    return edition_id


def sink_counts(url: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{url}/_sink/counts") as answer:
        return dict(json.loads(answer.read()))


def sink_reset(url: str) -> None:
    urllib.request.urlopen(urllib.request.Request(f"{url}/_sink/reset", data=b"", method="POST"))


def start(cmd: list[str], env: dict[str, str], log: Path, ready: bytes,
          procs: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    """Start a process (added to `procs` at once, so it is stopped even if it never gets
    ready) and wait for `ready` in its log."""
    out = log.open("wb")
    proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    procs.append(proc)
    deadline = time.monotonic() + 60
    while ready not in log.read_bytes():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{cmd[3]} did not start:\n{log.read_text()}")
        time.sleep(0.1)
    return proc


class PeakRss:
    """Samples the RSS of a process's children (the worker pool) in a thread."""

    def __init__(self, pid: int) -> None:
        self.parent = psutil.Process(pid)
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for child in self.parent.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                except psutil.Error:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)
            time.sleep(0.1)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self._thread.join()


def cpu_seconds(procs: list[psutil.Process]) -> float:
    """User + system CPU of these processes and their children so far."""
    total = 0.0
    for proc in procs:
        for one in [proc, *proc.children(recursive=True)]:
            try:
                times = one.cpu_times()
            except psutil.Error:
                continue
            total += times.user + times.system
    return total


def postgres_processes() -> list[psutil.Process]:
    return [p for p in psutil.process_iter(["name"])
            if (p.info["name"] or "").startswith("postgres")]


def limit_run(sink: str, active: int) -> float:
    """Pre-built 1000-recipient payloads posted straight to the sink, two at a time."""
    html = edition_html()
    message = Message(edition_id=1, subject="Bench", html=html, text="Hi", from_email="d@e.org",
                      categories=("digest",))
    payloads = []
    pad = "x" * 90  # about the length of a signed token
    for start_at in range(0, active, 1000):
        people = [
            Recipient(delivery_id=i, subscriber_id=i, email=f"reader{i}@bench.example.org",
                      substitutions={NAME: f"Reader {i}",
                                     UNSUBSCRIBE_URL: f"https://d.example.org/u/{i}{pad}",
                                     PREFERENCES_URL: f"https://d.example.org/p/{i}{pad}"},
                      unsubscribe_url=f"https://d.example.org/u/{i}{pad}")
            for i in range(start_at, min(active, start_at + 1000))]
        payloads.append(build_payload(message, people))
    client = SendGridAPIClient(api_key=KEY, host=sink)
    started = time.perf_counter()
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(client.send, payloads))
    return time.perf_counter() - started


def loop_run(sink: str, sample: int) -> float:
    """What a user writes first: one Mail per reader, personalised in Python."""
    client = SendGridAPIClient(api_key=KEY, host=sink)
    html = edition_html()
    started = time.perf_counter()
    for i in range(sample):
        body = html.replace(NAME, f"Reader {i}").replace(UNSUBSCRIBE_URL, f"https://d/u/{i}")
        client.send(Mail(from_email="d@e.org", to_emails=f"reader{i}@bench.example.org",
                         subject="Bench", html_content=body))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=150_000)
    parser.add_argument("--active", type=int, default=100_000)
    parser.add_argument("--loop-sample", type=int, default=2_000)
    parser.add_argument("--admin-url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--port", type=int, default=18765)
    args = parser.parse_args()

    name = f"digest_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(args.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = args.admin_url.rsplit("/", 1)[0] + "/" + name
    logs = Path(os.environ.get("TMPDIR", "/tmp")) / name
    logs.mkdir(parents=True)
    sink_url = f"http://127.0.0.1:{args.port}"
    env = {**os.environ, "DIGEST_DATABASE_URL": url, "DIGEST_DATA_DIR": str(logs / "data"),
           "DIGEST_REDIS_URL": args.redis, "DIGEST_REDIS_PREFIX": f"{name}:",
           "DIGEST_SECRET_KEY": SECRET_KEY, "DIGEST_TRANSPORT": "sendgrid",
           "SENDGRID_API_KEY": KEY, "DIGEST_SENDGRID_HOST": sink_url}
    procs: list[subprocess.Popen[bytes]] = []
    try:
        t0 = time.perf_counter()
        edition_id = populate(url, args.subscribers, args.active)
        print(f"setup: {args.subscribers} subscribers, {args.active} active, edition "
              f"{edition_id} ({time.perf_counter() - t0:.1f}s)")
        start([PY, "-m", "digest", "sendgrid-sink", "--port", str(args.port), "--no-schema",
               "--no-memory"], env, logs / "sink.log", b"listening", procs)
        worker = start([PY, "-m", "digest", "worker", "--concurrency", "2", "--queues", "send",
                        "--loglevel", "info"], env, logs / "worker.log", b"ready.", procs)

        sink_proc, worker_proc = psutil.Process(procs[0].pid), psutil.Process(worker.pid)
        before = {"sink": cpu_seconds([sink_proc]), "workers": cpu_seconds([worker_proc]),
                  "postgres": cpu_seconds(postgres_processes()),
                  "digest send": resource.getrusage(resource.RUSAGE_CHILDREN)}
        with PeakRss(worker.pid) as rss:
            started = time.perf_counter()
            result = subprocess.run([PY, "-m", "digest", "send", "--list", "Bench"], env=env,
                                    cwd=ROOT, capture_output=True, text=True)
            end_to_end = time.perf_counter() - started
        cli = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = {"sink": cpu_seconds([sink_proc]) - before["sink"],
                "workers": cpu_seconds([worker_proc]) - before["workers"],
                "postgres": cpu_seconds(postgres_processes()) - before["postgres"],
                "digest send": (cli.ru_utime + cli.ru_stime) - (before["digest send"].ru_utime
                                                                + before["digest send"].ru_stime)}
        if result.returncode != 0:
            raise RuntimeError(result.stdout + result.stderr)
        got = sink_counts(sink_url)["accepted_recipients"]
        assert got == args.active, f"sink got {got}, expected {args.active}"

        sink_reset(sink_url)
        limit = limit_run(sink_url, args.active)
        sink_reset(sink_url)
        sample = min(args.loop_sample, args.active)
        loop = loop_run(sink_url, sample) * args.active / sample

        peak = max(rss.peaks.values(), default=0) / 2 ** 20
        print(f"\n{'measure':<44}{'seconds':>10}{'msgs/s':>12}")
        for label, seconds in ((f"digest send (end to end, {args.active} readers)", end_to_end),
                               ("limit: pre-built 1000-recipient posts", limit),
                               (f"per-recipient loop (x{args.active // sample} of {sample})",
                                loop)):
            print(f"{label:<44}{seconds:>10.2f}{args.active / seconds:>12.0f}")
        print(f"\nend to end / limit: {end_to_end / limit:.2f}x (target <= 1.5x)")
        print(f"loop / end to end: {loop / end_to_end:.0f}x faster (target >= 50x)")
        print(f"worker peak RSS at {args.subscribers} subscribers: {peak:.0f} MiB, the largest "
              f"of {len(rss.peaks)} worker processes (supervisor, Celery, its pool)")
        print(f"batches: {math.ceil(args.active / 1000)}")
        print(f"CPU seconds during the end-to-end send ({os.cpu_count()} cores, "
              f"{end_to_end * (os.cpu_count() or 1):.1f} available): " + ", ".join(
                  f"{name} {seconds:.1f}" for name, seconds in used.items()))
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
