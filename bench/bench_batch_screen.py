"""``lawbook batch screen``: a 2-worker Dask LocalCluster against ``--jobs 2``,
alternating in one run, with the CPU time of the driver and of the workers.

    python bench/bench_batch_screen.py [--names 200000] [--partition 20000] [--rounds 3] [--code DIR]

Names come from bench/gen_names.py (near-miss mix). Each round runs the pool,
then Dask (or Dask first on odd rounds), on the same names into a fresh OUT;
each Dask run has a new ``--dask local:2`` cluster (started untimed), so that both start
with new worker processes (a pool's processes end with its run) and neither
finds the names of the previous run in its memos.
For each run it prints the wall time, the driver's CPU time (this process: the
reading, the writing of Parquet and, under Dask, the scheduler, which a
LocalCluster runs in this process) and the workers' CPU time (psutil), and the
load average. ``--code DIR`` runs another checkout's lawbook (e.g. ``git archive
<commit> | tar -x -C DIR``) to compare before and after. Record the figures in
bench/RESULTS.md; this is not a timed test.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def worker_cpu(pids) -> float:
    import psutil

    total = 0.0
    for pid in pids:
        try:
            t = psutil.Process(pid).cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system
    return total


def first_partitions(entries) -> tuple[float, float]:
    """Median seconds of each worker's first partition (its start-up: imports, rulebook, index)
    and of the other partitions."""
    seen, firsts, rest = set(), [], []
    for e in sorted(entries, key=lambda e: e["partition"]):
        (rest if e["worker"] in seen else firsts).append(e["seconds"])
        seen.add(e["worker"])
    return statistics.median(firsts), statistics.median(rest) if rest else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=200_000)
    ap.add_argument("--partition", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--code", type=Path, default=ROOT)
    args = ap.parse_args()
    import gen_names  # (it puts this checkout first on the path: the code to run goes before it)

    sys.path.insert(0, str(args.code))
    from lawbook.batch import DaskExecutor, PoolExecutor, run

    print(f"lawbook from {Path(sys.modules['lawbook.batch'].__file__).parent.parent}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-batch-screen-"))
    names = tmp / "names.txt"
    names.write_text("".join(n + "\n" for n in gen_names.near_miss(args.names)), encoding="utf-8")

    os.environ["PYTHONPATH"] = str(args.code)  # (for the Dask workers)

    figures: dict[str, list] = {"pool": [], "dask": []}
    for r in range(args.rounds):
        order = ("pool", "dask") if r % 2 == 0 else ("dask", "pool")
        for label in order:
            if label == "pool":
                ex = PoolExecutor(2)
                ex._ensure()
                ex._pool.submit(int).result()  # start the processes, to find them
                pids = list(ex._pool._processes)
            else:  # a new cluster (untimed), as the pool's processes are new: no memo of the previous run
                ex = DaskExecutor("local:2")  # as `lawbook batch --dask local:2` makes it
                where = set(ex.client.run(lambda: __import__("lawbook").__file__).values())
                assert where == {str(args.code / "lawbook" / "__init__.py")}, where
                pids = list(ex.client.run(os.getpid).values())
            load = os.getloadavg()[0]
            w0, d0, c0 = time.perf_counter(), time.process_time(), worker_cpu(pids)
            m = run("screen", str(names), str(tmp / f"out-{label}-{r}"), executor=ex, partition_size=args.partition,
                    fmt="parquet", options={"as_of": "2024-06-01"})
            wall, driver, workers = time.perf_counter() - w0, time.process_time() - d0, worker_cpu(pids) - c0
            ex.close()
            figures[label].append((wall, driver, workers))
            firsts, rest = first_partitions(m["partitions"])
            print(f"round {r + 1} {label}: {args.names:,} names in {wall:.1f} s = {args.names / wall:,.0f}/s; "
                  f"driver CPU {driver:.1f} s, workers CPU {workers:.1f} s; load {load:.1f} → "
                  f"{os.getloadavg()[0]:.1f}; {m['counts']['errors']} error rows; a worker's first partition "
                  f"{firsts:.2f} s, the others {rest:.2f} s (median)", flush=True)
            shutil.rmtree(tmp / f"out-{label}-{r}", ignore_errors=True)
    for label, got in figures.items():
        walls = [g[0] for g in got]
        print(f"{label}: wall min {min(walls):.1f} s, median {statistics.median(walls):.1f} s; driver CPU median "
              f"{statistics.median(g[1] for g in got):.1f} s; workers CPU median {statistics.median(g[2] for g in got):.1f} s")
    ratio = sum(g[0] for g in figures["pool"]) / sum(g[0] for g in figures["dask"])
    print(f"Dask / pool throughput (total wall of the pool runs / of the Dask runs): {ratio:.2f}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
