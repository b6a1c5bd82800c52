"""Split corpus/accounts into dev and test, once, by linked case.

Accounts of the same case or the same defendant (the same ``case_key``, or the
same defendant part of it before the year) go to the same side. The side is
decided by a hash of the group's key, so the split does not depend on the
order of files. ``corpus/split.yaml`` is written once and never rewritten:
later accounts are added to the side of their group (or by the hash when the
group is new), and nothing moves.

    python scripts/split_corpus.py            # write or extend corpus/split.yaml
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ACCOUNTS = ROOT / "corpus" / "accounts"
SPLIT = ROOT / "corpus" / "split.yaml"
TEST_SHARE = 0.30


def load_accounts() -> list[dict]:
    out = []
    for p in sorted(ACCOUNTS.glob("*.yaml")):
        for item in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
            item["_file"] = p.name
            out.append(item)
    return out


def person_key(case_key: str) -> str:
    """The defendant part of a case key: ``seytzhanov-2017`` → ``seytzhanov``."""
    return re.sub(r"(?:-(?:19|20)\d\d)+$", "", case_key.lower()).strip("-")


def groups(accounts: list[dict]) -> dict[str, str]:
    """Account id → group key (union of shared case keys and defendant keys)."""
    parent: dict[str, str] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for a in accounts:
        ck = "case:" + str(a.get("case_key") or a["id"]).lower()
        union("id:" + a["id"], ck)
        pk = person_key(str(a.get("case_key") or ""))
        if pk and len(pk) >= 4:
            union(ck, "person:" + pk)
    return {a["id"]: find("id:" + a["id"]) for a in accounts}


def side(group: str) -> str:
    h = int(hashlib.sha256(group.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < TEST_SHARE else "dev"


def main() -> int:
    accounts = load_accounts()
    ids = [a["id"] for a in accounts]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        print(f"duplicate account ids: {', '.join(dup)}", file=sys.stderr)
        return 2
    g = groups(accounts)
    old = yaml.safe_load(SPLIT.read_text(encoding="utf-8")) if SPLIT.exists() else {"dev": [], "test": []}
    placed = {i: s for s in ("dev", "test") for i in old.get(s, [])}
    group_side = {g[i]: s for i, s in placed.items() if i in g}
    for i in ids:
        if i not in placed:
            placed[i] = group_side.setdefault(g[i], side(g[i]))
    out = {"note": "Written by scripts/split_corpus.py; ids never move between sides. Tune on dev only.",
           "dev": sorted(i for i, s in placed.items() if s == "dev"),
           "test": sorted(i for i, s in placed.items() if s == "test")}
    SPLIT.write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"dev {len(out['dev'])}, test {len(out['test'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
