"""Ingest benchmark: N feeds from loopback servers with latency, several fetchers compared.

    .venv/bin/python bench/ingest.py [--feeds 500] [--latency 0.1] [--hosts 50]

Serves N feeds (real outlet documents from shared/feeds/real when present, replicated
with small variations; generated documents otherwise) from `--hosts` loopback addresses
(127.0.0.1, 127.0.0.2, ...), each response delayed by `--latency` seconds, with ETag,
Last-Modified and gzip handled like a well-behaved site.  It measures, each phase in its
own process (peak memory is that process's, parse workers reported apart):

  bare parse      feedparser on the same bytes, one core, no network
  digest cold     refresh_feeds on a fresh database (all new)
  digest warm     the same again (all 304)
  r2e cold/warm   rss2email `r2e run --no-send` (if installed in this venv)
  feedparser loop feedparser.parse(url) for each feed, one after another

Not a test: it prints times, ratios and memory, and checks nothing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "feeds" / "real"
SHARED_CANDIDATES = [REAL, Path("/work/shared/feeds/real")]


# --- documents -------------------------------------------------------------------------

def real_documents() -> list[bytes]:
    for folder in SHARED_CANDIDATES:
        files = sorted(p for p in folder.glob("*") if p.suffix in (".xml", ".rdf", ".atom"))
        if files:
            return [p.read_bytes() for p in files]
    return []


def generated_document(index: int, items: int = 40) -> bytes:
    """An RSS 2.0 document of realistic size when no real files are at hand."""
    entries = "".join(
        f"<item><title>Story {index}-{n}: officials meet in Damascus on reconstruction</title>"
        f"<link>https://outlet{index}.example/news/{n}?utm_source=rss</link>"
        f"<guid isPermaLink='false'>outlet{index}-{n}</guid>"
        f"<pubDate>Mon, 0{1 + n % 9} Dec 2024 1{n % 10}:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{'Paragraph of reporting text. ' * 60}</p>"
        f"<img src='https://outlet{index}.example/p.gif' width='1' height='1'>]]></description>"
        f"</item>" for n in range(items))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Outlet {index}</title><link>https://outlet{index}.example/</link>"
            f"{entries}</channel></rss>").encode()


def documents(count: int) -> list[bytes]:
    """`count` documents; replicas of real files differ by a comment (so ETags differ)."""
    real = real_documents()
    if not real:
        return [generated_document(i) for i in range(count)]
    return [real[i % len(real)] + f"\n<!-- replica {i} -->\n".encode() for i in range(count)]


# --- server ------------------------------------------------------------------------------

class Site:
    """One loopback address serving its share of the feeds, each response delayed."""

    def __init__(self, host: str, docs: dict[str, bytes], latency: float) -> None:
        stamp = formatdate(time.time() - 3600, usegmt=True)
        prepared = {path: (body, gzip.compress(body, 6),
                           '"' + hashlib.sha1(body).hexdigest()[:16] + '"')
                    for path, body in docs.items()}

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                time.sleep(latency)
                found = prepared.get(self.path)
                if found is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body, zipped, etag = found
                if (self.headers.get("If-None-Match") == etag
                        or self.headers.get("If-Modified-Since") == stamp):
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", stamp)
                    self.end_headers()
                    return
                use_gzip = "gzip" in (self.headers.get("Accept-Encoding") or "")
                payload = zipped if use_gzip else body
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", stamp)
                if use_gzip:
                    self.send_header("Content-Encoding", "gzip")
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                pass

        ThreadingHTTPServer.daemon_threads = True
        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.base = f"http://{host}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def serve(count: int, hosts: int, latency: float) -> tuple[list[str], list[Site]]:
    docs = documents(count)
    per_host: list[dict[str, bytes]] = [{} for _ in range(hosts)]
    for i, body in enumerate(docs):
        per_host[i % hosts][f"/feed{i}.xml"] = body
    sites = [Site(f"127.0.0.{h + 1}", per_host[h], latency) for h in range(hosts)]
    urls = [f"{sites[i % hosts].base}/feed{i}.xml" for i in range(count)]
    return urls, sites


# --- phases (each runs in its own process) ----------------------------------------------

def phase_bare(work: Path) -> dict[str, float]:
    import feedparser

    bodies = [p.read_bytes() for p in sorted((work / "docs").iterdir())]
    started = time.perf_counter()
    entries = sum(len(feedparser.parse(io.BytesIO(b)).entries) for b in bodies)
    return {"seconds": time.perf_counter() - started, "entries": entries,
            "megabytes": sum(map(len, bodies)) / 1e6}


def phase_digest(work: Path, urls: list[str]) -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from digest.config import load_settings
    from digest.ingest.refresh import refresh_with_settings
    from digest.models import Feed
    from digest.runtime import open_runtime

    settings = load_settings(data_dir=work / "digest", allow_private_feeds=True)
    rt = open_runtime(settings)
    with rt.sessions() as session, session.begin():
        if session.query(Feed).count() == 0:
            session.add_all(Feed(url=u) for u in urls)
        ids = [f.id for f in session.query(Feed).order_by(Feed.id)]
    started = time.perf_counter()
    outcomes = refresh_with_settings(rt.sessions, ids, settings)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "new": sum(o.new for o in outcomes),
            "not_modified": sum(o.not_modified for o in outcomes),
            "failed": sum(bool(o.error) for o in outcomes)}


def phase_r2e(work: Path, urls: list[str]) -> dict[str, Any]:
    r2e = Path(sys.executable).with_name("r2e")
    config, data = work / "r2e.cfg", work / "r2e.json"
    if not config.exists():
        subprocess.run([str(r2e), "-c", str(config), "-d", str(data), "new",
                        "bench@example.org"], check=True, capture_output=True)
        with config.open("a") as out:
            for i, url in enumerate(urls):
                out.write(f"\n[feed.f{i}]\nurl = {url}\nto = bench@example.org\n")
    started = time.perf_counter()
    done = subprocess.run([str(r2e), "-c", str(config), "-d", str(data), "run", "--no-send"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "exit": done.returncode,
            "stderr_lines": len(done.stderr.splitlines()),
            "stderr_first": done.stderr.splitlines()[:2]}


def phase_loop(urls: list[str]) -> dict[str, float]:
    import feedparser

    started = time.perf_counter()
    entries = sum(len(feedparser.parse(url).entries) for url in urls)
    return {"seconds": time.perf_counter() - started, "entries": entries}


class DescendantMemory:
    """Samples the summed resident memory of this process's descendants (parse workers sit
    under a fork server, so getrusage(RUSAGE_CHILDREN) never sees them)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            total = sum(_rss_kb(pid) for pid in _descendants(os.getpid()))
            self.peak_kb = max(self.peak_kb, total)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                found += [int(child), *_descendants(int(child))]
    except OSError:
        pass
    return found


def _rss_kb(pid: int) -> int:
    return _status_kb(pid, "VmRSS:")


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_phase(name: str, work: Path, urls: list[str]) -> dict[str, Any]:
    memory = DescendantMemory()
    if name == "bare":
        result = phase_bare(work)
    elif name.startswith("digest"):
        result = phase_digest(work, urls)
    elif name.startswith("r2e"):
        result = phase_r2e(work, urls)
    else:
        result = phase_loop(urls)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the (large) driver process.
    result["peak_mb"] = _status_kb(os.getpid(), "VmHWM:") / 1024
    result["children_peak_mb"] = memory.stop()
    return result


# --- driver ------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--skip", default="", help="comma-separated phases to skip")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        urls = json.loads(Path(args.urls).read_text())
        print(json.dumps(run_phase(args.phase, Path(args.work), urls)))
        return
    work = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        report(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(args: argparse.Namespace, work: Path) -> None:
    hosts = max(1, min(args.hosts, args.feeds))
    urls, _sites = serve(args.feeds, hosts, args.latency)
    (work / "docs").mkdir()
    for i, body in enumerate(documents(args.feeds)):
        (work / "docs" / f"{i:05d}.xml").write_bytes(body)
    (work / "urls.json").write_text(json.dumps(urls))
    phases = ["bare", "digest-cold", "digest-warm", "r2e-cold", "r2e-warm", "loop"]
    if not Path(sys.executable).with_name("r2e").exists():
        print("rss2email is not installed in this venv: its phases are skipped")
        phases = [p for p in phases if not p.startswith("r2e")]
    phases = [p for p in phases if p not in args.skip.split(",")]
    results = {}
    for name in phases:
        done = subprocess.run(
            [sys.executable, __file__, "--phase", name, "--work", str(work),
             "--urls", str(work / "urls.json")], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{name}: failed\n{done.stderr[-2000:]}")
            continue
        results[name] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{name:12} {results[name]['seconds']:7.2f} s  {json.dumps(results[name])}",
              flush=True)
    print_table(args, results)


def print_table(args: argparse.Namespace, r: dict[str, dict[str, float]]) -> None:
    size = r.get("bare", {}).get("megabytes", 0.0)
    print(f"\n{args.feeds} feeds, {size:.1f} MB, {args.latency * 1000:.0f} ms latency, "
          f"{args.hosts} hosts, {os.cpu_count()} cores")
    print(f"{'phase':14}{'seconds':>9}{'peak MB':>9}{'workers MB':>11}")
    for name, values in r.items():
        print(f"{name:14}{values['seconds']:9.2f}{values['peak_mb']:9.0f}"
              f"{values['children_peak_mb']:11.0f}")

    def ratio(a: str, b: str) -> str:
        if a in r and b in r and r[b]["seconds"] > 0:
            return f"{r[a]['seconds'] / r[b]['seconds']:.2f}x"
        return "n/a"

    print(f"\ndigest cold / bare parse    {ratio('digest-cold', 'bare')}  (target <= 1)")
    print(f"r2e cold / digest cold      {ratio('r2e-cold', 'digest-cold')}  (target >= 5)")
    print(f"r2e warm / digest warm      {ratio('r2e-warm', 'digest-warm')}  (target >= 10)")
    print(f"feedparser loop / digest cold {ratio('loop', 'digest-cold')}")
    warm = r.get("digest-warm", {}).get("seconds")
    if warm is not None:
        print(f"digest warm {warm:.2f} s  (target < 2 s for 500 feeds)")


if __name__ == "__main__":
    main()
