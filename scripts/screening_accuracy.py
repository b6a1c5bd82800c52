"""Score name screening on corpus/names/queries.yaml (names as Kazakh, Russian
and Arabic sources write them), split once by a hash of the query into dev
(70 %) and test (30 %).

    python scripts/screening_accuracy.py dev [--misses]
    python scripts/screening_accuracy.py test
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook.errors import LawbookError  # noqa: E402
from lawbook.screening import index  # noqa: E402


def side(q: str) -> str:
    h = int(hashlib.sha256(q.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < 0.30 else "dev"


def load(split: str) -> list[dict]:
    items = yaml.safe_load((ROOT / "corpus" / "names" / "queries.yaml").read_text(encoding="utf-8"))
    return [q for q in items if side(q["query"]) == split]


def score(items: list[dict]) -> dict:
    ix = index()
    tp = fp = fn = tn = 0
    misses = []
    for q in items:
        try:
            r = ix.screen(q["query"], as_of=str(q["as_of"]))
            hit = r.matches[0] if r.banned and r.matches else None
        except LawbookError as exc:
            hit, r = None, exc
        got = hit["id"] if hit else None
        want = q.get("expect_org")
        if want:
            if got == want:
                tp += 1
            else:
                fn += 1
                if got:
                    fp += 1
                misses.append((q, got))
        else:
            if got:
                fp += 1
                misses.append((q, got))
            else:
                tn += 1
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "misses": misses, "n": len(items)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", choices=["dev", "test"])
    ap.add_argument("--misses", action="store_true")
    a = ap.parse_args()
    s = score(load(a.split))
    pos = s["tp"] + s["fn"]
    print(f"{a.split}: {s['n']} queries; recall {s['tp']}/{pos} = {s['tp'] / pos:.2f}; "
          f"false 'banned' {s['fp']}; negatives clean {s['tn']}")
    if a.misses and a.split == "dev":
        for q, got in s["misses"]:
            print(f"  [{q['kind']}] {q['query']!r} want {q.get('expect_org')} got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
