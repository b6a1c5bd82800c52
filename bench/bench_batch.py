"""``lawbook batch`` at scale on this machine: a 2-worker Dask LocalCluster
against a 2-process pool (``--jobs 2``) in the same run, memory per worker over
the run, and the cost of a restart after a SIGKILL half-way.

    python bench/bench_batch.py [--accounts 100000] [--names 1000000] [--partition 1000]

Accounts come from bench/gen_accounts.py, names from bench/gen_names.py
(near-miss mix). Prints figures and the extrapolation to 1 M / 10 M records;
record them in bench/RESULTS.md. Each run writes to a fresh temporary OUT.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gen_accounts  # noqa: E402
import gen_names  # noqa: E402

from lawbook.batch import DaskExecutor, PoolExecutor, run  # noqa: E402


def timed(kind, path, out, executor, size, options=None):
    t0 = time.perf_counter()
    m = run(kind, str(path), str(out), executor=executor, partition_size=size, fmt="parquet", options=options)
    wall = time.perf_counter() - t0
    rss = [(e["partition"], e["worker"], e["worker_max_rss_mb"]) for e in m["partitions"]]
    return wall, m, rss


def rss_trend(rss) -> str:
    by: dict = {}
    for _, w, r in sorted(rss):
        by.setdefault(w, []).append(r)
    return "; ".join(f"{w}: {v[0]:.0f} MB after its first partition, {v[len(v) // 2]:.0f} MB half-way, "
                     f"{v[-1]:.0f} MB at the end ({len(v)} partitions)" for w, v in sorted(by.items()))


def restart_cost(kind, path, size, full_wall, tmp) -> str:
    """Run the CLI with --jobs 2, SIGKILL it when half the partitions are written, run it again."""
    out = tmp / f"restart-{kind}"
    args = [sys.executable, "-m", "lawbook", "batch", kind, str(path), "--out", str(out), "--jobs", "2",
            "--partition-size", str(size)]
    if kind == "screen":
        args += ["--as-of", "2024-06-01"]
    n_parts = -(-sum(1 for _ in open(path, "rb")) // size)
    proc = subprocess.Popen(args, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    t0 = time.perf_counter()
    journal = out / "journal.jsonl"
    while proc.poll() is None:
        if journal.exists() and sum(1 for _ in open(journal)) >= n_parts // 2:
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.05)
    proc.wait()
    first = time.perf_counter() - t0
    done = sum(1 for _ in open(journal))
    t0 = time.perf_counter()
    rc = subprocess.run(args, cwd=ROOT, capture_output=True).returncode
    second = time.perf_counter() - t0
    m = json.loads((out / "manifest.json").read_text())
    return (f"killed after {first:.1f} s with {done} of {n_parts} partitions written; the restart took {second:.1f} s "
            f"(skipped {m['this_run']['partitions_skipped']}, computed {m['this_run']['partitions_computed']}, exit {rc}, "
            f"{m['counts']['records']:,} records); first + restart = {first + second:.1f} s against "
            f"{full_wall:.1f} s for an uninterrupted --jobs 2 run of the API (+ start-up of two CLI processes)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=100_000)
    ap.add_argument("--names", type=int, default=1_000_000)
    ap.add_argument("--partition", type=int, default=1000)
    ap.add_argument("--name-partition", type=int, default=20000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    acc = tmp / "accounts.jsonl"
    with open(acc, "w", encoding="utf-8") as fh:
        for a in gen_accounts.accounts(args.accounts):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    names = tmp / "names.txt"
    names.write_text("".join(n + "\n" for n in gen_names.near_miss(args.names)), encoding="utf-8")
    print(f"{args.accounts:,} accounts ({acc.stat().st_size / 1e6:.1f} MB), {args.names:,} names; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    client = Client(cluster)
    results = {}
    for kind, path, size, opts in (("classify", acc, args.partition, None),
                                   ("screen", names, args.name_partition, {"as_of": "2024-06-01"})):
        n = args.accounts if kind == "classify" else args.names
        for label, make in (("pool --jobs 2", lambda: PoolExecutor(2)),
                            ("dask LocalCluster 2 workers", lambda: DaskExecutor(None, client=client))):
            ex = make()
            wall, m, rss = timed(kind, path, tmp / f"{kind}-{label.split()[0]}", ex, size, opts)
            if label.startswith("pool"):
                ex.close()
            results[(kind, label)] = wall
            print(f"{kind} {label}: {n:,} records in {wall:.1f} s = {n / wall:,.0f}/s "
                  f"({m['counts']['errors']} error rows); memory: {rss_trend(rss)}")
            for big in (1_000_000, 10_000_000):
                print(f"    → {big:,} records: {big / (n / wall) / 3600:.2f} h at this rate")
        ratio = results[(kind, "pool --jobs 2")] / results[(kind, "dask LocalCluster 2 workers")]
        print(f"{kind}: Dask throughput / --jobs 2 throughput = {ratio:.2f}")
    client.close()
    cluster.close()
    print("restart, classify:", restart_cost("classify", acc, args.partition, results[("classify", "pool --jobs 2")], tmp))
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
