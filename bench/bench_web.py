"""Load test of ``lawbook serve`` on loopback: 50 concurrent keep-alive clients
in three phases (convert only, classify only, a mix of convert, screen and
classify), each bounded in time and in requests. Prints requests/s,
p50/p95/p99 latency per kind, errors, the client's own CPU use (it shares the
2 cores) and the server's memory (server plus workers) across the run.

    python bench/bench_web.py                 # 20 s per phase, 2 workers
    python bench/bench_web.py --seconds 60 --workers 2 --clients 50

Nothing leaves 127.0.0.1. Record the figures in bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
MAX_REQUESTS = 400_000  # per phase, whatever the duration

REFS = ["233-3", "164", "337-1 ч.2", "233-1 p.2", "170", "179", "258", "405", "174", "256 part 2"]
NAMES = ["Хизб ут-Тахрир", "HuT", "ISIS", "Islamic State", "Taliban", "Таблиги Джамаат", "Asbat al-Ansar",
         "Red Cross", "Ivan Petrov", "ИГИЛ"]


def accounts() -> list[tuple[str, str | None]]:
    """Real accounts from the corpus (verbatim passages); each request lets the account date itself."""
    import yaml

    out = []
    for f in sorted((ROOT / "corpus" / "accounts").glob("*.yaml")):
        for rec in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            if isinstance(rec, dict) and rec.get("passage"):
                out.append((rec["passage"], None))
    return out[:200]


def request_for(kind: str, rnd: random.Random, texts) -> bytes:
    if kind == "convert":
        ref = rnd.choice(REFS)
        code = "2014" if ref.split()[0] in ("179", "258", "405", "174", "256") else "1997"
        return (f"GET /convert?ref={quote(ref)}&from={code} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").encode()
    if kind == "screen":
        body = json.dumps({"name": rnd.choice(NAMES), "as_of": "2020-01-01"}).encode()
    else:
        text, date = rnd.choice(texts)
        body = json.dumps({"text": text, "date": date}).encode()
    path = "/screen" if kind == "screen" else "/classify"
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


async def one_client(port, mix, texts, stop_at, results, seed, budget):
    rnd = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    kinds, weights = zip(*mix)
    try:
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            kind = rnd.choices(kinds, weights)[0]
            t0 = time.perf_counter()
            writer.write(request_for(kind, rnd, texts))
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            results.append((kind, time.perf_counter() - t0, status))
    finally:
        writer.close()


def rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (kB)."""
    total = 0
    pids = [pid]
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        pids.append(int(d))
            except OSError:
                pass
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_s(pid: int) -> float:
    """CPU seconds of a process and its children so far (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(d) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


async def phase(name, port, pid, mix, texts, seconds, clients):
    results: list = []
    mem = [rss_kb(pid)]
    budget = [MAX_REQUESTS]
    c0 = resource.getrusage(resource.RUSAGE_SELF)
    s0 = cpu_s(pid)
    t0 = time.monotonic()
    stop_at = t0 + seconds

    async def sampler():
        while time.monotonic() < stop_at:
            await asyncio.sleep(2)
            mem.append(rss_kb(pid))

    tasks = [one_client(port, mix, texts, stop_at, results, i, budget) for i in range(clients)]
    await asyncio.gather(sampler(), *tasks)
    wall = time.monotonic() - t0
    c1 = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
    server_cpu = cpu_s(pid) - s0
    print(f"\n## {name}: {clients} clients, {wall:.1f} s")
    print(f"all: {len(results):,} requests, {len(results) / wall:,.0f} req/s, "
          f"errors {sum(1 for r in results if r[2] != 200)}")
    for kind in sorted({r[0] for r in results}):
        lat = sorted(r[1] for r in results if r[0] == kind)
        pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000  # noqa: E731
        bad = sum(1 for r in results if r[0] == kind and r[2] != 200)
        print(f"  {kind:<9} {len(lat):>8,} req  {len(lat) / wall:>8,.1f}/s  p50 {pct(.5):7.1f} ms  "
              f"p95 {pct(.95):7.1f} ms  p99 {pct(.99):7.1f} ms  errors {bad}")
    print(f"client CPU {client_cpu:.1f} s ({client_cpu / wall:.0%} of one core); "
          f"server+workers CPU {server_cpu:.1f} s ({server_cpu / wall:.0%} of one core)")
    print(f"server+workers RSS MB: start {mem[0] / 1024:.0f}, end {mem[-1] / 1024:.0f}, "
          f"max {max(mem) / 1024:.0f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=20.0, help="per phase (default 20)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--phases", default="convert,classify,mix", help="which phases, comma-separated")
    args = ap.parse_args(argv)
    texts = accounts()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "lawbook", "serve", "--port", str(port),
                               "--workers", str(args.workers)], cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        print(f"lawbook serve on 127.0.0.1:{port}, {args.workers} workers; {len(texts)} accounts; "
              f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
        for name, mix in (("convert", [("convert", 1)]), ("classify", [("classify", 1)]),
                          ("mix", [("convert", 6), ("screen", 3), ("classify", 1)])):
            if name not in args.phases.split(","):
                continue
            asyncio.run(phase(name, port, server.pid, mix, texts, args.seconds, args.clients))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
