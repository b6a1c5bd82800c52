"""What a worker process does with one partition: the same per-record JSON the
CLI prints, one row per record, in order.

A worker loads the rulebook once (from the path it is given, or the bundled
one), keeps it and its durable-rules host for every later partition, and
refuses to run when the rulebook it finds does not have the sha256 the run was
started with (:class:`RulebookMismatch`). A record that fails gives an error
row; only a crash of the process itself fails the partition.

>>> from lawbook.rulebook import load
>>> spec = {"path": None, "sha256": load().sha256}
>>> out = run_partition("screen", spec, {"as_of": "2010-01-01"},
...                     [{"id": "1", "line": 1, "label": "x:1", "name": "Hizb ut-Tahrir", "error": None}])
>>> row = out["rows"][0]
>>> row[0], row[1], '"banned": true' in row[2]
('1', None, True)
"""
from __future__ import annotations

import os
import pickle
import resource
import time

from ..errors import LawbookError

_STATE: dict = {}


class RulebookMismatch(LawbookError):
    """The worker's rulebook is not the one the run was started with."""


def rulebook(spec: dict):
    """The rulebook of ``spec`` (``{"path", "sha256"}``), loaded once per process and checked by hash."""
    from ..rulebook import load

    key = spec.get("path")
    rb = _STATE.get(("rb", key))
    if rb is None:
        rb = load(key)
        _STATE[("rb", key)] = rb
    if rb.sha256 != spec["sha256"]:
        raise RulebookMismatch(f"worker {os.uname().nodename}:{os.getpid()} has rulebook {rb.sha256[:12]} "
                               f"({key or 'bundled'}), the run was started with {spec['sha256'][:12]}: "
                               f"it refuses to run")
    return rb


def run_partition(kind: str, spec: dict, options: dict, jobs: list[dict] | bytes, encode: tuple | None = None) -> dict:
    """Rows ``(id, error, result_json)`` for ``jobs`` (a list, or pickled by the driver), with the worker's pid,
    host, the seconds taken and its peak memory (max RSS, MB). With ``encode``
    ``(format, first row)``, the partition file's bytes instead of the rows
    (``data``, with ``records`` and ``errors``): the worker encodes them, the
    driver only writes them, and far fewer bytes cross between processes."""
    t0 = time.perf_counter()
    if isinstance(jobs, bytes):
        jobs = pickle.loads(jobs)  # (from the driver that started this worker's run)
    rb = rulebook(spec)
    prepare(options)
    rows = []
    one = {"classify": _classify_row, "screen": _screen_row, "cite": _cite_row}[kind]
    if kind == "screen":  # the partition's new words folded together (the rows do not change)
        _screen_lines(rb, options).prepare(j.get("name") for j in jobs if j.get("error") is None)
    for job in jobs:
        try:
            rows.append(one(job, rb, options))
        except Exception as exc:  # one record's fault, reported in its row; the partition goes on
            from ..cli.common import to_json

            msg = f"{job.get('label')}: internal: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
            rows.append((_id(job), msg, to_json({"error": msg, "input": job.get("label")})))
    out = {"rows": rows}
    if encode is not None:
        from .store import encode_partition

        out = {"data": encode_partition(encode[1], rows, encode[0]), "records": len(rows),
               "errors": sum(1 for r in rows if r[1] is not None)}
    return {**out, "pid": os.getpid(), "host": os.uname().nodename, "seconds": time.perf_counter() - t0,
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _id(job: dict) -> str:
    if job.get("id") is not None:
        return str(job["id"])
    data = job.get("data")
    if isinstance(data, dict) and data.get("id") is not None:
        return str(data["id"])
    return str(job.get("label"))


def _classify_row(job: dict, rb, options: dict) -> tuple:
    from ..cli.classify_cmd import result_record
    from ..cli.common import to_json

    rec = result_record(job, rb, options.get("engine") or "durable")
    return (_id(job), rec.get("error"), to_json(rec))


def _screen_row(job: dict, rb, options: dict) -> tuple:
    from ..cli.banlist_cmd import error_record
    from ..cli.common import to_json

    err = job.get("error")
    if err is None:
        try:
            return (job["id"], None, _screen_lines(rb, options).line(job["name"], job["line"]))
        except LawbookError as exc:
            err = f"{job['label']}: {exc}"
    return (job["id"], err, to_json(error_record(job["line"], err)))


def _screen_lines(rb, options: dict):
    """The worker's memo of screened names (one per rulebook, day and threshold), as ``lawbook screen --file`` keeps."""
    import importlib

    from ..cli.banlist_cmd import ScreenLines

    key = ("screen", rb.sha256, options.get("as_of"), options.get("threshold"))
    got = _STATE.get(key)
    if got is None:
        ix = importlib.import_module("lawbook.screening").index(rb)
        got = _STATE[key] = ScreenLines(ix, _STATE[("day", options.get("as_of"))], options.get("threshold"))
    return got


def _cite_row(job: dict, rb, options: dict) -> tuple:
    from ..cli.cite_cmd import document_json
    from ..cli.common import to_json
    from ..dates import parse_published

    if job.get("error"):
        return (job["id"], job["error"], to_json({"error": job["error"], "input": job["label"]}))
    try:
        written = job.get("published")
        if written in ("", None):
            written = None
        else:  # (a record's own: when its text was written)
            written = parse_published(str(written), "published")
        return (job["id"], None, document_json(job["text"], job["id"], _STATE[("day", options.get("date"))], rb,
                                               options.get("html"), written))
    except LawbookError as exc:
        msg = f"{job['label']}: {exc}"
        return (job["id"], msg, to_json({"error": msg, "input": job["label"]}))


def prepare(options: dict) -> None:
    """Parse the run's dates once per process."""
    from ..dates import parse_date

    for key in ("as_of", "date"):
        v = options.get(key)
        if ("day", v) not in _STATE:
            _STATE[("day", v)] = parse_date(v, "--" + key.replace("_", "-")) if v else None
