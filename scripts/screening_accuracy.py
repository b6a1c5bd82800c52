"""Score name screening on corpus/names (names as Kazakh, Russian and Arabic
sources write them): queries.yaml and each later round (round*.yaml), split
once by a hash of the query into dev (70 %) and test (30 %).

    python scripts/screening_accuracy.py dev [--misses]
    python scripts/screening_accuracy.py test [--write]
    python scripts/screening_accuracy.py file FILE [--misses]   # a new round, whole, before any tuning

A query counts as found when the top match is its organisation and the
answer is "banned"; a negative (``expect_org: null``) counts as clean when
nothing is banned. ``--write`` puts the test figures in docs/accuracy.md.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook.errors import LawbookError  # noqa: E402
from lawbook.screening import index  # noqa: E402

NAMES = ROOT / "corpus" / "names"


def side(q: str) -> str:
    """The split a query belongs to, by a hash of its text (so a query is on one side for good).

    >>> side("حزب التحرير"), side("ДАИШ")
    ('dev', 'test')
    """
    h = int(hashlib.sha256(q.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < 0.30 else "dev"


def files() -> list[Path]:
    """queries.yaml first, then the rounds in their order."""
    rounds = sorted(NAMES.glob("round*.yaml"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
    return [NAMES / "queries.yaml", *rounds]


def load(split: str) -> list[dict]:
    out = []
    for p in files():
        for q in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
            if side(q["query"]) == split:
                out.append(dict(q, batch=p.name))
    return out


def score(items: list[dict]) -> dict:
    ix = index()
    tp = fp = fn = tn = 0
    misses = []
    by_kind = collections.defaultdict(collections.Counter)
    for q in items:
        try:
            r = ix.screen(q["query"], as_of=str(q["as_of"]))
            hit = r.matches[0] if r.banned and r.matches else None
        except LawbookError as exc:
            hit, r = None, exc
        got = hit["id"] if hit else None
        want = q.get("expect_org")
        kind = by_kind[q.get("kind") or "?"]
        if want:
            if got == want:
                tp += 1
                kind["found"] += 1
            else:
                fn += 1
                kind["missed"] += 1
                if got:
                    fp += 1
                    kind["false"] += 1
                misses.append((q, got))
        else:
            if got:
                fp += 1
                kind["false"] += 1
                misses.append((q, got))
            else:
                tn += 1
                kind["clean"] += 1
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "misses": misses, "n": len(items), "by_kind": by_kind}


def summary(name: str, s: dict) -> str:
    pos = s["tp"] + s["fn"]
    return (f"{name}: {s['n']} queries; recall {s['tp']}/{pos} = {s['tp'] / pos if pos else 0:.2f}; "
            f"false 'banned' {s['fp']}; negatives clean {s['tn']} of {s['n'] - pos}")


def kind_table(s: dict) -> str:
    rows = ["| kind | names of listed organisations found | missed | negatives clean | false 'banned' |",
            "|---|---|---|---|---|"]
    for k in sorted(s["by_kind"]):
        c = s["by_kind"][k]
        rows.append(f"| {k} | {c['found']} | {c['missed']} | {c['clean']} | {c['false']} |")
    return "\n".join(rows)


def write(s: dict) -> None:
    doc = ROOT / "docs" / "accuracy.md"
    text = doc.read_text(encoding="utf-8")
    start = text.index("## Screening names as real sources write them")
    end = text.index("<!-- screening:end -->")
    batches = ", ".join(p.name for p in files())
    block = ("## Screening names as real sources write them\n\n"
             f"_`python scripts/screening_accuracy.py test --write` on {dt.date.today()}: corpus/names ({batches}), "
             "the held-out 30 % by a hash of each query._\n\n"
             + summary("test", s) + "\n\n" + kind_table(s) + "\n")
    doc.write_text(text[:start] + block + text[end:], encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", choices=["dev", "test", "file"])
    ap.add_argument("file", nargs="?")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    if a.split == "file":
        if not a.file:
            ap.error("file: give the collection file")
        items = yaml.safe_load(Path(a.file).read_text(encoding="utf-8")) or []
    else:
        items = load(a.split)
    s = score(items)
    print(summary(a.split if a.split != "file" else Path(a.file).name, s))
    print()
    print(kind_table(s))
    if a.misses and a.split != "test":
        for q, got in s["misses"]:
            print(f"  [{q.get('kind')}] {q['query']!r} want {q.get('expect_org')} got {got}")
    if a.write and a.split == "test":
        write(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
