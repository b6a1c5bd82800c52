"""The output directory of a batch: partitions written atomically, a journal of
finished partitions, and the manifest.

OUT holds ``part-NNNNNN.parquet`` (or ``.jsonl``), one per input partition,
each with the columns ``row`` (the record's place in the whole input, from 0),
``id``, ``error`` (null when the record has a result) and ``result`` (the JSON
the CLI prints for that record); ``journal.jsonl``, one line per finished
partition, appended and fsync'd after its file is in place; and
``manifest.json``, written at the start and rewritten at the end (atomically:
a temporary file renamed over it).

A partition counts as finished only when the journal has its line *and* its
file is there with the sha256 the line records; anything else is recomputed.

>>> import tempfile
>>> d = tempfile.mkdtemp()
>>> sha = write_partition(d, 0, 0, [("a", None, '{"x": 1}')], "jsonl")
>>> open(f"{d}/part-000000.jsonl").read()
'{"row": 0, "id": "a", "error": null, "result": {"x": 1}}\\n'
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

MANIFEST = "manifest.json"
JOURNAL = "journal.jsonl"


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:06d}.{fmt}"


def write_partition(out: str, index: int, first_row: int, rows: list[tuple], fmt: str) -> str:
    """Write one partition atomically (temporary file, fsync, rename); return its sha256."""
    return write_encoded(out, index, fmt, encode_partition(first_row, rows, fmt))


def encode_partition(first_row: int, rows: list[tuple], fmt: str) -> bytes:
    """The bytes of a partition file holding ``rows`` (``(id, error, result JSON)``), the
    first of them at row ``first_row`` of the input. Workers make them: the driver only
    writes them (:func:`write_encoded`), and a compressed Parquet file is a few times
    smaller to send than the rows.

    >>> encode_partition(7, [("a", None, '{"x": 1}')], "jsonl")
    b'{"row": 7, "id": "a", "error": null, "result": {"x": 1}}\\n'
    """
    if fmt == "jsonl":
        return "".join('{"row": ' + str(first_row + k) + ', "id": ' + json.dumps(rid, ensure_ascii=False)
                       + ', "error": ' + json.dumps(err, ensure_ascii=False) + ', "result": ' + res + "}\n"
                       for k, (rid, err, res) in enumerate(rows)).encode("utf-8")
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"row": pa.array(range(first_row, first_row + len(rows)), pa.int64()),
                      "id": pa.array([r[0] for r in rows], pa.string()),
                      "error": pa.array([r[1] for r in rows], pa.string()),
                      "result": pa.array([r[2] for r in rows], pa.string())})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def write_encoded(out: str, index: int, fmt: str, data: bytes) -> str:
    """Write the bytes of one partition file atomically (temporary file, fsync, rename); return their sha256."""
    final = os.path.join(out, part_name(index, fmt))
    tmp = os.path.join(out, f".{part_name(index, fmt)}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def append_journal(out: str, entry: dict) -> None:
    """Append one finished partition to the journal and fsync it."""
    with open(os.path.join(out, JOURNAL), "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def read_journal(out: str) -> dict[int, dict]:
    """Finished partitions by index (a torn last line, from a crash mid-write, is ignored)."""
    done: dict[int, dict] = {}
    p = os.path.join(out, JOURNAL)
    if not os.path.exists(p):
        return done
    with open(p, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                e = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(e, dict) and isinstance(e.get("partition"), int):
                done[e["partition"]] = e
    return done


def verified(out: str, entry: dict, fmt: str) -> bool:
    """The partition's file is there with the sha256 the journal recorded."""
    p = os.path.join(out, part_name(entry["partition"], fmt))
    return os.path.exists(p) and file_sha256(p) == entry.get("output_sha256")


def write_manifest(out: str, manifest: dict) -> None:
    tmp = os.path.join(out, f".{MANIFEST}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, os.path.join(out, MANIFEST))


def read_manifest(out: str) -> dict | None:
    p = Path(out) / MANIFEST
    if not p.exists():
        return None
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def read_rows(out: str) -> list[dict]:
    """Every output row of OUT in input order, as ``{"row", "id", "error", "result"}`` with
    ``result`` the JSON text (for tests and small outputs)."""
    rows = []
    for p in sorted(Path(out).glob("part-*")):
        if p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                d["result"] = json.dumps(d["result"], ensure_ascii=False)
                rows.append(d)
        else:
            import pyarrow.parquet as pq

            rows.extend(pq.read_table(p).to_pylist())
    return sorted(rows, key=lambda r: r["row"])
