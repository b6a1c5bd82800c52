"""Reading described cases: a YAML case file, a directory of them, or a JSON
Lines file of plain accounts ``{"id", "date", "published", "text"}``.

Each input yields a job ``(label, kind, payload)`` or an error record with its
``file:line``, so a batch goes on past a bad item.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from . import yamlio
from .errors import BadCase, BadInput, LawbookError, RulebookError

#: Largest single narrative accepted from a JSON Lines record (characters).
MAX_NARRATIVE = 1_000_000


def where(path: str, text: str | None, loc: tuple) -> str:
    """``file:line`` of the field at ``loc`` in a case file."""
    line = yamlio.line_of_text(text, loc) if text is not None and loc else None
    return f"{path}:{line}" if line else path


def load_case_file(path: str, text: str | None = None) -> tuple[dict, str]:
    """Parse one YAML case file; errors name ``file:line``."""
    if text is None:
        text = yamlio.read_text(path)
    try:
        data = yamlio.loads(text, path)
    except RulebookError as exc:
        raise BadCase(str(exc)) from None
    if not isinstance(data, dict):
        raise BadCase(f"{path}:1: a case file holds one mapping (id, date, facts, …)")
    return data, text


def iter_jobs(path: str, text_mode: bool = False, stdin_text: str | None = None) -> Iterator[dict]:
    """Jobs for ``lawbook classify``: ``{"label", "kind": "case"|"text"|"error", ...}``."""
    if path == "-":
        if text_mode:
            yield {"label": "<stdin>", "kind": "text", "id": "stdin", "text": stdin_text, "date": None}
        else:
            try:
                data, text = load_case_file("<stdin>", stdin_text)
                yield {"label": "<stdin>", "kind": "case", "data": data, "text": text, "path": "<stdin>"}
            except LawbookError as exc:
                yield {"label": "<stdin>", "kind": "error", "error": str(exc)}
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(x for x in p.glob("*.y*ml") if x.suffix in (".yaml", ".yml"))
        if not files:
            raise BadInput(f"{path}: no case files (*.yaml) in this directory")
        for f in files:
            yield _file_job(str(f), text_mode)
        return
    if not p.exists():
        raise BadInput(f"{path}: no such file or directory")
    if p.suffix in (".jsonl", ".ndjson"):
        yield from _jsonl_jobs(path)
        return
    yield _file_job(path, text_mode)


def _file_job(path: str, text_mode: bool) -> dict:
    try:
        if text_mode:
            return {"label": path, "kind": "text", "id": Path(path).stem, "text": yamlio.read_text(path), "date": None}
        data, text = load_case_file(path)
        return {"label": path, "kind": "case", "data": data, "text": text, "path": path}
    except LawbookError as exc:
        return {"label": path, "kind": "error", "error": str(exc)}


def _jsonl_jobs(path: str) -> Iterator[dict]:
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            label = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield {"label": label, "kind": "error", "line": lineno, "error": f"{label}: not valid UTF-8"}
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"label": label, "kind": "error", "line": lineno, "error": f"{label}: malformed JSON ({exc.msg})"}
                continue
            except RecursionError:
                yield {"label": label, "kind": "error", "line": lineno, "error": f"{label}: JSON nested too deeply"}
                continue
            except ValueError as exc:  # e.g. an integer of more than 4,300 digits
                yield {"label": label, "kind": "error", "line": lineno, "error": f"{label}: unreadable JSON ({exc})"}
                continue
            if not isinstance(rec, dict):
                yield {"label": label, "kind": "error", "line": lineno, "error": f"{label}: expected an object"}
                continue
            if "facts" in rec:
                yield {"label": label, "kind": "case", "data": rec, "text": None, "path": label, "line": lineno}
                continue
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                yield {"label": label, "kind": "error", "line": lineno, "error": f"{label}: text: missing or empty"}
                continue
            if len(text) > MAX_NARRATIVE:
                yield {"label": label, "kind": "error", "line": lineno,
                       "error": f"{label}: text: longer than {MAX_NARRATIVE:,} characters"}
                continue
            job = {"label": label, "kind": "text", "id": str(rec.get("id") or lineno), "text": text,
                   "date": rec.get("date"), "line": lineno}
            if rec.get("published") is not None:
                job["published"] = rec["published"]
            yield job


def run_job(job: dict, rb, engine: str = "durable") -> dict:
    """Classify one job; on bad input return an error record instead of raising."""
    from .classification import classify, classify_text

    try:
        if job["kind"] == "error":
            out = {"error": job["error"]}
        elif job["kind"] == "text":
            out = classify_text(job["text"], date=job.get("date"), case_id=job["id"], rulebook=rb, engine=engine,
                                published=job.get("published"))
        else:
            try:
                out = classify(job["data"], rb, engine=engine)
            except BadCase as exc:
                raise BadCase(f"{where(job['path'], job.get('text'), exc.loc)}: {exc}") from None
            if job["data"].get("expected") is not None:
                out["expected"] = job["data"]["expected"]
    except LawbookError as exc:
        msg = str(exc)
        if job["kind"] != "case" and not msg.startswith(job["label"]):
            msg = f"{job['label']}: {msg}"
        out = {"error": msg}
    if "error" in out:
        out["input"] = job["label"]
        if job.get("line"):
            out["line"] = job["line"]
    return out
