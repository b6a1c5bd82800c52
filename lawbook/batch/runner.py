"""Run a batch: partitions out to workers (a local process pool or Dask), rows
back, written in place; retries, restart, the manifest.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> _ = open(os.path.join(d, "names.txt"), "w").write("Hizb ut-Tahrir\\nIvan Petrov\\n")
>>> m = run("screen", os.path.join(d, "names.txt"), os.path.join(d, "out"), fmt="jsonl",
...         options={"as_of": "2010-01-01"})
>>> m["status"], m["counts"]
('complete', {'records': 2, 'errors': 0, 'partitions': 1})
"""
from __future__ import annotations

import os
import pickle
import sys
import time
from datetime import datetime, timezone

from ..errors import BadInput
from . import inputs, store
from .work import RulebookMismatch, run_partition

#: Tries per partition (the first run and two retries) before its records become error rows.
TRIES = 3
#: Records per partition when --partition-size is not given.
DEFAULT_PARTITION = {"classify": 1000, "screen": 20000, "cite": 50}


class PoolExecutor:
    """A local process pool (fork): each worker loads the rulebook once."""

    name = "pool"

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._pool = None

    def _ensure(self):
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.jobs, mp_context=mp.get_context("fork"), initializer=_init_forked)
        return self._pool

    def slots(self) -> int:
        return self.jobs

    def submit(self, key, *args):
        pool = self._ensure()
        if getattr(pool, "_broken", False):  # a worker died: a new pool for what comes next
            self.failed(None)
            pool = self._ensure()
        return pool.submit(_pool_task, *args)

    def wait(self, futures):
        from concurrent.futures import FIRST_COMPLETED, wait

        return wait(futures, return_when=FIRST_COMPLETED)[0]

    def failed(self, exc: BaseException) -> None:
        """A worker died: the pool is broken; start a new one for the retries."""
        from concurrent.futures.process import BrokenProcessPool

        if (exc is None or isinstance(exc, BrokenProcessPool)) and self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def dashboard(self):
        return None

    def close(self):
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _pool_task(*args):
    """The pool's task (looked up in the worker, so it is sent by name)."""
    return run_partition(*args)


def _init_forked():
    from .. import engine

    engine.reset_after_fork()


#: Dask settings for the cluster of ``--dask local``: without the statistical profiler, which samples
#: each worker's stack 100 times a second for the dashboard's profile page (about 8 % of a screening
#: worker's CPU on the bench), and with the event loop's timers at a pace a batch needs (the loop's
#: 20 ms tick, memory checks every 100 ms and system graphs every 500 ms took about 9 % of a
#: worker's CPU; about 4 % at these). A cluster started by hand is configured by whoever starts it.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                        "distributed.worker.memory.monitor-interval": "1s",
                        "distributed.admin.system-monitor.interval": "2s"}


class DaskExecutor:
    """A Dask cluster: ``local[:N]`` starts a LocalCluster of N worker processes
    (bound to 127.0.0.1), anything else is the address of a running scheduler;
    or an existing ``distributed.Client``."""

    name = "dask"

    def __init__(self, address, client=None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise BadInput("--dask needs Dask: pip install 'lawbook[scale]'") from None
        self._cluster = None
        self._own = client is None
        if client is not None:
            self.client = client
        elif address.startswith("local"):
            n = address.partition(":")[2]
            if n and not n.isdigit() or n == "0":
                raise BadInput(f"--dask {address}: expected local or local:N (N workers)")
            import logging

            import dask

            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self._cluster = LocalCluster(n_workers=int(n or os.cpu_count() or 1), threads_per_worker=1,
                                             processes=True, host="127.0.0.1",
                                             dashboard_address=_dashboard_address(), silence_logs=logging.ERROR)
            self.client = Client(self._cluster)
        else:
            try:
                self.client = Client(address, timeout="20s")
            except OSError as exc:
                raise BadInput(f"--dask {address}: cannot reach the scheduler ({exc})") from None

    def slots(self) -> int:
        return max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values()))

    def submit(self, key, *args):
        return self.client.submit(run_partition, *args, key=key, pure=False, retries=0)

    def wait(self, futures):
        from distributed import wait

        return wait(list(futures), return_when="FIRST_COMPLETED").done

    def failed(self, exc: BaseException) -> None:
        pass

    def dashboard(self):
        try:
            return self.client.dashboard_link
        except Exception:
            return None

    def close(self):
        if self._own:
            self.client.close()
            if self._cluster is not None:
                self._cluster.close()


def _dashboard_address():
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return None
    return "127.0.0.1:0"


def run(kind: str, input_spec: str, out: str, *, executor=None, partition_size: int | None = None,
        fmt: str = "parquet", options: dict | None = None, rules_path: str | None = None,
        progress: bool = False, on_partition=None) -> dict:
    """Run ``lawbook batch KIND INPUT --out OUT``; return the final manifest.

    ``executor`` is a :class:`PoolExecutor` or :class:`DaskExecutor` (default: a
    pool of one); ``on_partition(entry)`` is called after each partition is in
    place (the tests use it to interrupt a run or kill a worker).
    """
    from .. import __version__
    from ..rulebook import load

    if kind not in inputs.SUFFIXES:
        raise BadInput(f"unknown batch kind {kind!r}")
    if fmt not in ("parquet", "jsonl"):
        raise BadInput(f"--format {fmt}: expected parquet or jsonl")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise BadInput("--format parquet needs pyarrow: pip install 'lawbook[scale]' (or use --format jsonl)") from None
    options = {k: v for k, v in (options or {}).items() if v is not None}
    from .work import prepare

    prepare(options)  # a bad date stops the run before anything starts
    size = partition_size or DEFAULT_PARTITION[kind]
    rb = load(rules_path)
    spec = {"path": os.path.abspath(rules_path) if rules_path else None, "sha256": rb.sha256}
    files = inputs.expand(input_spec, kind)
    fingerprint = inputs.fingerprint(files)
    identity = {"kind": kind, "inputs": fingerprint, "partition_size": size, "format": fmt, "options": options,
                "rulebook": rb.stamp()}
    os.makedirs(out, exist_ok=True)
    old = store.read_manifest(out)
    done: dict[int, dict] = {}
    if old is None:
        if any(not n.startswith(".") for n in os.listdir(out)):
            raise BadInput(f"{out}: not empty and has no {store.MANIFEST}: not a batch output directory to finish")
    else:
        _same_run(old, identity, out)
        done = {i: e for i, e in store.read_journal(out).items() if store.verified(out, e, fmt)}
    run_no = (old or {}).get("runs", 0) + 1
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    manifest = dict(identity, lawbook=__version__, status="running", runs=run_no, started=started,
                    first_started=(old or {}).get("first_started", started))
    store.write_manifest(out, manifest)
    own = executor is None
    executor = executor or PoolExecutor(1)
    t0 = time.perf_counter()
    stats = {"computed": 0, "skipped": 0, "retried": 0, "failed_partitions": 0, "records_done": 0}
    total = inputs.count_hint(files, kind) if progress else None
    bar = _Progress(total, executor.dashboard()) if progress else None
    try:
        _drive(kind, files, options, size, spec, executor, out, fmt, done, stats, run_no, bar, on_partition)
    finally:
        if bar:
            bar.end()
        if own:
            executor.close()
    entries = store.read_journal(out)
    parts = [entries[i] for i in sorted(entries)]
    manifest.update(status="complete", finished=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    counts={"records": sum(e["records"] for e in parts), "errors": sum(e["errors"] for e in parts),
                            "partitions": len(parts)},
                    this_run={"executor": executor.name, "seconds": round(time.perf_counter() - t0, 3),
                              "partitions_computed": stats["computed"], "partitions_skipped": stats["skipped"],
                              "retries": stats["retried"], "partitions_failed": stats["failed_partitions"]},
                    partitions=parts)
    store.write_manifest(out, manifest)
    return manifest


def _same_run(old: dict, new: dict, out: str) -> None:
    """Refuse to finish OUT with another rulebook, other input or other settings."""
    if old.get("rulebook", {}).get("sha256") != new["rulebook"]["sha256"]:
        raise BadInput(f"{out} was written with rulebook {old.get('rulebook', {}).get('sha256', '?')[:12]}, this run has "
                       f"{new['rulebook']['sha256'][:12]}: refusing to mix them (use a new --out)")
    for key, what in (("kind", "the command"), ("inputs", "the input files"), ("partition_size", "--partition-size"),
                      ("format", "--format"), ("options", "the options")):
        if old.get(key) != new[key]:
            raise BadInput(f"{out} was written for other {what} than this run's: refusing to mix them (use a new --out)")


def _drive(kind, files, options, size, spec, executor, out, fmt, done, stats, run_no, bar, on_partition):
    ctx = _Ctx(kind, spec, options, executor, out, fmt, stats, run_no, bar, on_partition)
    slots = executor.slots()
    first_row = 0
    for index, jobs, sha in inputs.partitions(inputs.iter_jobs(kind, files, options.get("date")), size):
        n = len(jobs)
        prev = done.get(index)
        if prev is not None:
            if prev.get("input_sha256") != sha:
                raise BadInput(f"{out}: partition {index} was written from other records than the input holds now")
            stats["skipped"] += 1
            if bar:
                bar.add(n, skipped=True)
            first_row += n
            continue
        while len(ctx.pending) >= 2 * slots:
            ctx.collect()
        ctx.submit((index, first_row, jobs, sha, 1, False))
        first_row += n
    while ctx.pending or ctx.suspects:
        ctx.collect()


class _Ctx:
    """Partitions in flight, their tries, and the writing of their rows.

    When a pool worker dies, every partition in flight fails with it and the
    culprit is unknown: those partitions become *suspects*, each run again
    alone, and only a failure when alone counts as one of its tries. A Dask
    worker's death is the cluster's to retry (it knows which task it ran);
    a task that still fails counts one try."""

    def __init__(self, kind, spec, options, executor, out, fmt, stats, run_no, bar, on_partition):
        self.kind, self.spec, self.options, self.executor = kind, spec, options, executor
        self.out, self.fmt, self.stats, self.run_no, self.bar, self.on_partition = out, fmt, stats, run_no, bar, on_partition
        self.pending: dict = {}  # future -> (index, first_row, jobs, sha, tries, alone)
        self.suspects: list = []

    def submit(self, item):
        index, first_row, jobs, _, tries, _ = item
        # the records go as one pickled blob: Dask walks every dict and list of a task's arguments
        # looking for futures (about 1 s of the driver's CPU for 200,000 names) and its
        # scheduler unpacks them; a blob it sends as it is
        fut = self.executor.submit(f"lawbook-{self.kind}-{index}-{tries}", self.kind, self.spec, self.options,
                                   pickle.dumps(jobs, protocol=pickle.HIGHEST_PROTOCOL), (self.fmt, first_row))
        self.pending[fut] = item

    def collect(self):
        if not self.pending and self.suspects:
            self.submit(self.suspects.pop(0))  # alone
        for fut in self.executor.wait(self.pending):
            item = self.pending.pop(fut)
            try:
                res = fut.result()
            except RulebookMismatch:
                raise
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as exc:  # a worker died or the task could not run
                if "RulebookMismatch" in type(exc).__name__:
                    raise
                self.failed(item, exc)
                continue
            self.write(item, res)

    def failed(self, item, exc):
        index, first_row, jobs, sha, tries, alone = item
        self.executor.failed(exc)
        if self.executor.name == "pool" and not alone:
            self.suspects.append((index, first_row, jobs, sha, tries, True))
            return
        if tries < TRIES:
            self.stats["retried"] += 1
            item = (index, first_row, jobs, sha, tries + 1, alone)
            if alone:
                self.suspects.insert(0, item)
            else:
                self.submit(item)
            return
        self.stats["failed_partitions"] += 1
        msg = f"partition {index} failed {TRIES} times ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
        from ..cli.common import to_json
        from .work import _id

        rows = [(_id(j), f"{j.get('label')}: {msg}", to_json({"error": f"{j.get('label')}: {msg}",
                                                                "input": j.get("label")})) for j in jobs]
        self.write(item, {"rows": rows, "pid": None, "host": None, "seconds": 0.0, "max_rss_mb": None})

    def write(self, item, res):
        index, first_row, jobs, sha, tries, _ = item
        if "data" in res:  # encoded by the worker
            out_sha = store.write_encoded(self.out, index, self.fmt, res["data"])
            records, errors = res["records"], res["errors"]
        else:
            rows = res["rows"]
            out_sha = store.write_partition(self.out, index, first_row, rows, self.fmt)
            records, errors = len(rows), sum(1 for r in rows if r[1] is not None)
        entry = {"partition": index, "file": store.part_name(index, self.fmt), "first_row": first_row,
                 "records": records, "errors": errors, "input_sha256": sha,
                 "output_sha256": out_sha, "tries": tries, "run": self.run_no,
                 "worker": f"{res['host']}:{res['pid']}" if res["pid"] else None, "seconds": round(res["seconds"], 4),
                 "worker_max_rss_mb": res["max_rss_mb"] and round(res["max_rss_mb"], 1)}
        store.append_journal(self.out, entry)
        self.stats["computed"] += 1
        self.stats["records_done"] += records
        if self.bar:
            self.bar.add(records)
        if self.on_partition is not None:
            self.on_partition(entry)


class _Progress:
    """records/s and ETA on stderr (the caller shows it only on a terminal)."""

    def __init__(self, total, dashboard):
        self.total, self.done, self.new, self.t0, self.last = total, 0, 0, time.perf_counter(), 0.0
        if dashboard:
            sys.stderr.write(f"Dask dashboard: {dashboard}\n")

    def add(self, n, skipped=False):
        self.done += n
        if not skipped:
            self.new += n
        now = time.perf_counter()
        if now - self.last < 0.2:
            return
        self.last = now
        rate = self.new / max(now - self.t0, 1e-9)
        eta = ""
        if self.total and rate > 0:
            left = max(self.total - self.done, 0) / rate
            eta = f", ETA {int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}"
        of = f" of ~{self.total:,}" if self.total else ""
        sys.stderr.write(f"\r{self.done:,}{of} records, {rate:,.0f}/s{eta}   ")
        sys.stderr.flush()

    def end(self):
        self.last = 0.0
        self.add(0)
        sys.stderr.write("\n")
