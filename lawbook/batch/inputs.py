"""The records of a batch: which files INPUT names, the records in them, in order,
cut into partitions with a checksum each.

A record is a plain dict (a *job*) that a worker turns into one output row:

- classify: the jobs of ``lawbook classify`` (:func:`lawbook.cases.iter_jobs`):
  a JSON Lines record ``{id, date, text}`` or a case ``{... "facts": [...]}``,
  a case YAML file, a plain-text account (one file, one account), or a CSV /
  Parquet row with ``id``, ``date``, ``text`` columns;
- screen: ``{"line", "name"}`` from a text file (one name per line) or a CSV
  with a ``name`` column, read exactly as ``lawbook screen --file``; a JSON
  Lines ``{id, name}`` record; a Parquet row with a ``name`` column;
- cite: ``{"id", "text"}`` (and optionally ``"published"``, when the text was
  written: :func:`lawbook.citations.find_citations`) from a JSON Lines record, a
  CSV or Parquet row, or a whole text/HTML file (its id is its path).

A bad record is a job of kind ``error``: it becomes an error row, never a gap.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> _ = open(os.path.join(d, "a.txt"), "w").write("Hizb ut-Tahrir\\nISIS\\n")
>>> [j["name"] for j in iter_jobs("screen", expand(os.path.join(d, "a.txt"), "screen"))]
['Hizb ut-Tahrir', 'ISIS']
"""
from __future__ import annotations

import csv
import glob
import hashlib
import json
import os
from pathlib import Path
from typing import Iterator

from ..errors import BadInput

#: File suffixes each kind reads from a directory.
SUFFIXES = {
    "classify": (".jsonl", ".ndjson", ".csv", ".parquet", ".yaml", ".yml", ".txt"),
    "screen": (".jsonl", ".ndjson", ".csv", ".parquet", ".txt"),
    "cite": (".jsonl", ".ndjson", ".csv", ".parquet", ".txt", ".md", ".html", ".htm", ".xhtml"),
}

#: Largest field (characters) read from a CSV cell: a whole account fits.
csv.field_size_limit(1 << 28)


def expand(spec: str, kind: str) -> list[str]:
    """The input files of INPUT: a file, a directory (its files of the kind's
    suffixes, sorted) or a glob (sorted). None found is :class:`BadInput`."""
    if any(c in spec for c in "*?["):
        files = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
    elif os.path.isdir(spec):
        files = sorted(str(p) for p in Path(spec).iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES[kind])
    elif os.path.isfile(spec):
        files = [spec]
    else:
        raise BadInput(f"{spec}: no such file or directory")
    if not files:
        raise BadInput(f"{spec}: no input files ({', '.join(SUFFIXES[kind])})")
    return files


def fingerprint(files: list[str]) -> list[dict]:
    """``[{"path", "bytes", "sha256"}]`` of the input files (read once, in 1 MB blocks)."""
    out = []
    for f in files:
        h = hashlib.sha256()
        try:
            with open(f, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        except OSError as exc:
            raise BadInput(f"{f}: cannot read ({exc.strerror})") from None
        out.append({"path": os.path.abspath(f), "bytes": os.path.getsize(f), "sha256": h.hexdigest()})
    return out


def count_hint(files: list[str], kind: str) -> int | None:
    """About how many records the files hold (lines, Parquet rows, whole files), for the ETA."""
    total = 0
    for f in files:
        suf = Path(f).suffix.lower()
        if suf == ".parquet":
            import pyarrow.parquet as pq

            total += pq.ParquetFile(f).metadata.num_rows
        elif suf in (".jsonl", ".ndjson", ".csv") or (kind == "screen" and suf == ".txt"):
            with open(f, "rb") as fh:
                total += sum(b.count(b"\n") for b in iter(lambda: fh.read(1 << 20), b""))
        else:
            total += 1
    return total


def iter_jobs(kind: str, files: list[str], date: str | None = None) -> Iterator[dict]:
    """Every record of the files, in order, as jobs (``date`` fills accounts that give none)."""
    for f in files:
        suf = Path(f).suffix.lower()
        if suf == ".parquet":
            rows = _parquet_rows(f)
        elif suf == ".csv" and kind != "screen":
            rows = _csv_rows(f)
        else:
            rows = None
        if kind == "classify":
            yield from _classify_jobs(f, suf, rows, date)
        elif kind == "screen":
            yield from _screen_jobs(f, suf, rows)
        else:
            yield from _cite_jobs(f, suf, rows)


def _classify_jobs(f: str, suf: str, rows, date):
    from ..cases import MAX_NARRATIVE, _file_job, _jsonl_jobs

    if rows is not None:
        jobs = _row_jobs(f, rows, MAX_NARRATIVE)
    elif suf in (".jsonl", ".ndjson"):
        jobs = _jsonl_jobs(f)
    else:
        jobs = iter([_file_job(f, suf not in (".yaml", ".yml"))])
    for j in jobs:
        if date and j["kind"] == "text" and not j.get("date"):
            j = dict(j, date=date)
        yield j


def _row_jobs(f: str, rows, max_chars: int):
    """Classify jobs from CSV or Parquet rows (``id``, ``date``, ``published``, ``text``), labelled ``file:row``."""
    for n, rec in rows:
        label = f"{f}:{n}"
        if isinstance(rec, str):
            yield {"label": label, "kind": "error", "line": n, "error": f"{label}: {rec}"}
            continue
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            yield {"label": label, "kind": "error", "line": n, "error": f"{label}: text: missing or empty"}
        elif len(text) > max_chars:
            yield {"label": label, "kind": "error", "line": n, "error": f"{label}: text: longer than {max_chars:,} characters"}
        else:
            job = {"label": label, "kind": "text", "id": str(rec.get("id") or n), "text": text,
                   "date": rec.get("date") or None, "line": n}
            if rec.get("published"):
                job["published"] = str(rec["published"])
            yield job


def _screen_jobs(f: str, suf: str, rows):
    if rows is not None:
        for n, rec in rows:
            yield _screen_job(f, n, rec)
    elif suf in (".jsonl", ".ndjson"):
        for n, rec in _jsonl_records(f):
            yield _screen_job(f, n, rec)
    else:
        from ..cli.banlist_cmd import iter_name_rows

        for n, name, err, row in iter_name_rows(f):  # read as `lawbook screen --file` reads it
            rid = (row or {}).get("id") or str(n)
            yield {"id": rid, "line": n, "label": f"{f}:{n}", "name": name, "error": err}


def _screen_job(f: str, n: int, rec) -> dict:
    job = {"id": str(n), "line": n, "label": f"{f}:{n}", "name": None, "error": None}
    if isinstance(rec, str):
        job["error"] = f"{f}:{n}: {rec}"
    else:
        job["id"] = str(rec.get("id") or n)
        if not isinstance(rec.get("name"), str):
            job["error"] = f"{f}:{n}: name: missing"
        else:
            job["name"] = rec["name"]
    return job


def _cite_jobs(f: str, suf: str, rows):
    from ..cli.common import MAX_DOCUMENT_BYTES

    if rows is None and suf in (".jsonl", ".ndjson"):
        rows = _jsonl_records(f)
    if rows is None:  # a whole document
        try:
            if os.path.getsize(f) > MAX_DOCUMENT_BYTES:
                raise BadInput(f"{f}: the document is larger than {MAX_DOCUMENT_BYTES >> 20} MB")
            with open(f, "rb") as fh:
                text = fh.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            yield {"id": f, "label": f, "text": None, "error": f"{f}: not valid UTF-8 (byte {exc.start})"}
        except (OSError, BadInput) as exc:
            yield {"id": f, "label": f, "text": None, "error": str(exc) if isinstance(exc, BadInput) else f"{f}: {exc.strerror}"}
        else:
            yield {"id": f, "label": f, "text": text, "error": None}
        return
    for n, rec in rows:
        label = f"{f}:{n}"
        if isinstance(rec, str):
            yield {"id": label, "label": label, "text": None, "error": f"{label}: {rec}"}
        elif not isinstance(rec.get("text"), str):
            yield {"id": str(rec.get("id") or label), "label": label, "text": None, "error": f"{label}: text: missing"}
        else:
            yield {"id": str(rec.get("id") or label), "label": label, "text": rec["text"], "error": None,
                   "published": rec.get("published")}


def _jsonl_records(f: str):
    """``(line, dict | error message)`` for each non-blank line of a JSON Lines file."""
    with open(f, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield n, "not valid UTF-8"
                continue
            except json.JSONDecodeError as exc:
                yield n, f"malformed JSON ({exc.msg})"
                continue
            yield n, rec if isinstance(rec, dict) else "expected an object"


def _csv_rows(f: str):
    """``(row number, dict)`` for each data row of a CSV with a header (row 1 is the header)."""
    try:
        with open(f, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), 2):
                yield n, {k.strip().lower(): v for k, v in row.items() if isinstance(k, str)}
    except UnicodeDecodeError as exc:
        raise BadInput(f"{f}: not valid UTF-8 (byte {exc.start})") from None
    except csv.Error as exc:
        raise BadInput(f"{f}: bad CSV ({exc})") from None


def _parquet_rows(f: str):
    """``(row number from 1, dict)`` for each Parquet row, read one row group at a time."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(f)
    except Exception as exc:  # pyarrow raises its own types for a file that is not Parquet
        raise BadInput(f"{f}: not a Parquet file ({exc})") from None
    n = 0
    for g in range(pf.num_row_groups):
        for rec in pf.read_row_group(g).to_pylist():
            n += 1
            for key in ("date", "published"):  # a Parquet date column comes as a date
                if rec.get(key) is not None and not isinstance(rec[key], str) and hasattr(rec[key], "isoformat"):
                    rec[key] = (rec[key].date() if hasattr(rec[key], "date") else rec[key]).isoformat()
            yield n, rec


def partitions(jobs: Iterator[dict], size: int) -> Iterator[tuple[int, list[dict], str]]:
    """``(index, jobs, sha256)`` for each run of ``size`` jobs, in order; the
    checksum is over the jobs' canonical JSON, so a changed record changes it.

    >>> [(i, len(j)) for i, j, _ in partitions(iter([{"a": 1}] * 5), 2)]
    [(0, 2), (1, 2), (2, 1)]
    """
    buf: list[dict] = []
    index = 0
    for j in jobs:
        buf.append(j)
        if len(buf) >= size:
            yield index, buf, checksum(buf)
            index += 1
            buf = []
    if buf:
        yield index, buf, checksum(buf)


def checksum(jobs: list[dict]) -> str:
    """sha256 of the jobs' canonical JSON (sorted keys; dates as ISO text)."""
    h = hashlib.sha256()
    encode = _CANONICAL.encode  # (json.dumps with these options, without making an encoder per job)
    for j in jobs:
        h.update(encode(j).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)
