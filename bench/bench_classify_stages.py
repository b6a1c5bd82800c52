"""Where the time of text classification goes, stage by stage, on the real
passages of corpus/accounts and on generated accounts (bench/gen_accounts.py):
reading the text, preparing the case (dates, organisations screened), the rules
on durable-rules, resolution, and the JSON output of ``lawbook classify
--format jsonl`` (``result_record`` + ``to_json``).

    python bench/bench_classify_stages.py [--rounds 3] [--generated 2000]

Each stage is timed by wrapping its function (inclusive time; screening is
shown on its own and is also inside "prepare"/"resolve"). One process, warm.
"""
from __future__ import annotations

import argparse
import glob
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gen_accounts  # noqa: E402

import importlib  # noqa: E402

from lawbook import rulebook  # noqa: E402
from lawbook.cli.classify_cmd import result_record  # noqa: E402
from lawbook.cli.common import to_json  # noqa: E402

# the modules that classify and screen
C = importlib.import_module("lawbook.classification")
R = importlib.import_module("lawbook.reading")
S = importlib.import_module("lawbook.screening")

SPENT: dict = defaultdict(float)


def timer(name, fn):
    def wrapped(*a, **k):
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            SPENT[name] += time.perf_counter() - t0
    return wrapped


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--generated", type=int, default=2000)
    args = ap.parse_args()
    rb = rulebook.load()
    real = [a["passage"] for p in sorted(glob.glob(str(ROOT / "corpus" / "accounts" / "*.yaml")))
            for a in yaml.safe_load(open(p, encoding="utf-8"))]
    gen = [a["text"] for a in gen_accounts.accounts(args.generated, seed=5)]
    R.read = timer("reading (lawbook.reading.read)", R.read)
    C.prepare = timer("prepare (case, dates, organisations)", C.prepare)
    C.run_rules = timer("rules (durable-rules)", C.run_rules)
    C.resolve = timer("resolution", C.resolve)
    S.ScreeningIndex.screen = timer("  of which screening names", S.ScreeningIndex.screen)
    S.ScreeningIndex.find_mentions = timer("  of which organisation mentions", S.ScreeningIndex.find_mentions)
    for label, texts in (("real passages (corpus/accounts)", real), ("generated accounts", gen)):
        jobs = [{"label": f"x:{i}", "kind": "text", "id": str(i), "text": t, "date": None} for i, t in enumerate(texts)]
        for j in jobs:  # warm
            to_json(result_record(j, rb))
        SPENT.clear()
        t0 = time.perf_counter()
        for _ in range(args.rounds):
            for j in jobs:
                rec = timer("whole record (classify_text + to_plain)", result_record)(j, rb)
                timer("JSON text (to_json)", to_json)(rec)
        total = time.perf_counter() - t0
        n = args.rounds * len(jobs)
        print(f"{label}: {len(jobs)} accounts x {args.rounds}, avg {sum(map(len, texts)) / len(texts):.0f} chars: "
              f"{n / total:,.0f} accounts/s end to end ({total / n * 1000:.2f} ms each)")
        for name, sec in sorted(SPENT.items(), key=lambda kv: -kv[1]):
            print(f"    {name:<45} {sec / n * 1000:6.3f} ms/account  ({sec / total * 100:4.1f} %)")
        rest = (SPENT["whole record (classify_text + to_plain)"] - SPENT["reading (lawbook.reading.read)"]
                - SPENT["prepare (case, dates, organisations)"] - SPENT["rules (durable-rules)"] - SPENT["resolution"])
        outside = (total - SPENT["whole record (classify_text + to_plain)"] - SPENT["JSON text (to_json)"])
        print(f"    {'other (classify_text glue, to_plain)':<45} {rest / n * 1000:6.3f} ms/account")
        print(f"    {'bench loop':<45} {outside / n * 1000:6.3f} ms/account")
        nonreading = (total - SPENT["reading (lawbook.reading.read)"]) / n * 1000
        print(f"    everything but reading: {nonreading:.3f} ms/account (target ≤ 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
