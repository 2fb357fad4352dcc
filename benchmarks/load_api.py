"""A bounded load run of the HTTP API on loopback: N concurrent clients on /events for T seconds.

    .venv/bin/python benchmarks/load_api.py --events 10000 --clients 50 --seconds 20

Builds a database of synthetic events (fictional articles built directly, no model needed; the
store merges the mentions that agree, and /events serves the merged events),
starts ``dateline serve`` in its own process on 127.0.0.1, and drives it with keep-alive
HTTP/1.1 clients (asyncio streams, so the client costs little CPU beside the server). Each
request picks a filter set at random (none, dates, country, type, bbox, text, confidence,
pages). Prints p50/p90/p99/max latency, requests/s and errors. The goal: 0 errors, p99 < 200 ms.
Traffic goes to 127.0.0.1 only, and the run stops by itself (time and request count bounds).

Text mix: by default each synthetic article packs 10 unrelated events, so one search word matches
65-90% of articles and most merged events; news articles usually report one to three events, so
``--per-article 3`` is the more realistic mix (report both). ``--workers 2`` uses a second core.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import date, timedelta
from pathlib import Path

from dateline.model import Actor, Article, Event, Evidence, Location
from dateline.store import Store

PLACES = [  # fictional events at real coordinates
    ("Maiduguri", 11.85, 13.16, "NG"), ("Nairobi", -1.28, 36.82, "KE"), ("Mogadishu", 2.04, 45.34, "SO"),
    ("Gao", 16.27, -0.04, "ML"), ("Hodeidah", 14.80, 42.95, "YE"), ("Kharkiv", 49.99, 36.23, "UA"),
    ("Khartoum", 15.50, 32.56, "SD"), ("Popayan", 2.44, -76.61, "CO"), ("Dhaka", 23.81, 90.41, "BD"),
    ("Goma", -1.68, 29.23, "CD"),
]
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Riots", "Violent demonstration")]
ACTORS = ["Gunmen", "Police", "State forces", "Protesters", "Militia", "Soldiers", "Rebels"]


def build_db(path: Path, n_events: int, per_article: int = 10, seed: int = 7) -> None:
    rng = random.Random(seed)
    first = date(2024, 1, 1)
    with Store(path) as store:
        for a in range(0, n_events, per_article):
            events = []
            sentences = []
            offset = 0
            for i in range(min(per_article, n_events - a)):
                name, lat, lon, country = rng.choice(PLACES)
                event_type, sub = rng.choice(TYPES)
                actor = rng.choice(ACTORS)
                day = first + timedelta(days=rng.randrange(700))
                sentence = f"{actor} were involved in an incident ({sub.lower()}) near {name} on {day:%A}. "
                events.append(Event(
                    id=f"{i:012x}", event_type=event_type, sub_event_type=sub, actor1=Actor(actor),
                    date=day.isoformat(), time_precision=1,
                    location=Location(name, lat + rng.uniform(-0.3, 0.3), lon + rng.uniform(-0.3, 0.3), country,
                                      geo_precision=1),
                    fatalities=rng.choice([None, 0, 1, 2, 5, 12]), confidence=round(rng.uniform(0.3, 0.95), 2),
                    evidence=[Evidence(offset, offset + len(sentence), sentence)],
                ))
                sentences.append(sentence)
                offset += len(sentence)
            store.add(Article(text="".join(sentences), title=f"Synthetic report {a // per_article}",
                              published=max(e.date or "" for e in events), source="synthetic.test", events=events))


def random_query(rng: random.Random) -> str:
    params: dict[str, str | int | float] = {}
    choice = rng.randrange(8)
    if choice == 1:
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(600))
        params.update(start=start.isoformat(), end=(start + timedelta(days=60)).isoformat())
    elif choice == 2:
        params["country"] = rng.choice(PLACES)[3]
    elif choice == 3:
        params["type"] = rng.choice(TYPES)[rng.randrange(2)]
    elif choice == 4:
        _, lat, lon, _ = rng.choice(PLACES)
        params["bbox"] = f"{lon - 2},{lat - 2},{lon + 2},{lat + 2}"
    elif choice == 5:
        params["text"] = rng.choice(["clash", "Gao", "protest", "Police"])
    elif choice == 6:
        params["min_confidence"] = 0.8
    params["offset"] = rng.choice([0, 0, 50, 500])
    return "/events?" + urllib.parse.urlencode(params)


async def client(host: str, port: int, stop_at: float, budget: list[int], rng: random.Random,
                 latencies: list[float], errors: dict[str, int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            path = random_query(rng)
            started = time.perf_counter()
            try:
                writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
                await writer.drain()
                head = await reader.readuntil(b"\r\n\r\n")
                status = head.split(b" ", 2)[1].decode()
                length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                body = await reader.readexactly(length)
                latencies.append(time.perf_counter() - started)
                if status != "200":
                    errors[f"HTTP {status}"] = errors.get(f"HTTP {status}", 0) + 1
                elif "items" not in json.loads(body):
                    errors["bad body"] = errors.get("bad body", 0) + 1
            except (OSError, asyncio.IncompleteReadError, ValueError, StopIteration) as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
    finally:
        writer.close()


async def drive(port: int, clients: int, seconds: float, max_requests: int) -> tuple[list[float], dict[str, int]]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    budget = [max_requests]
    stop_at = time.monotonic() + seconds
    await asyncio.gather(*(client("127.0.0.1", port, stop_at, budget, random.Random(i), latencies, errors)
                           for i in range(clients)))
    return latencies, errors


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children (Linux /proc), to compare runs on a busy machine."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def wait_for(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("server did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--max-requests", type=int, default=200_000, help="hard bound on requests sent")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--db", type=Path, help="reuse this database instead of building one")
    parser.add_argument("--per-article", type=int, default=10,
                        help="events per synthetic article (text search matches whole articles)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        if not args.db:
            started = time.perf_counter()
            build_db(db, args.events, per_article=args.per_article)
            print(f"built {db} with {args.events:,} event mentions in {time.perf_counter() - started:.1f} s")
        with Store(db, readonly=True) as store:
            stats = store.stats()
        print(f"serving {stats['merged_events']:,} merged events ({stats['multi_source_events']:,} with several"
              f" sources) from {stats['events']:,} mentions")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
        command = [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--host", "127.0.0.1",
                   "--port", str(port), "--workers", str(args.workers)]
        proc = subprocess.Popen(command, env=env)
        try:
            wait_for(port, proc)
            asyncio.run(drive(port, min(args.clients, 5), 1.0, 2000))  # warm-up
            started, cpu_before = time.perf_counter(), cpu_seconds(proc.pid)
            latencies, errors = asyncio.run(drive(port, args.clients, args.seconds, args.max_requests))
            elapsed, server_cpu = time.perf_counter() - started, cpu_seconds(proc.pid) - cpu_before
        finally:
            proc.terminate()
            proc.wait(10)
    ms = sorted(x * 1000 for x in latencies)
    pct = statistics.quantiles(ms, n=100) if len(ms) > 1 else ms * 99
    n_errors = sum(errors.values())
    print(f"{args.clients} clients, {elapsed:.1f} s, {len(ms):,} responses ({len(ms) / elapsed:.0f}/s), "
          f"{n_errors} errors {errors or ''}")
    print(f"server CPU per response: {server_cpu / max(len(ms), 1) * 1000:.2f} ms (on {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f})")
    print(f"latency ms: p50 {pct[49]:.1f}  p90 {pct[89]:.1f}  p99 {pct[98]:.1f}  max {ms[-1]:.1f}")
    ok = n_errors == 0 and pct[98] < 200
    print("goal (0 errors, p99 < 200 ms):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
