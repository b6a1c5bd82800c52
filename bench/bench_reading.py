"""Text classification end to end on the real passages of corpus/accounts
(one process, one core, warm): accounts per second, and where the time goes.

    python bench/bench_reading.py
"""
from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook import rulebook  # noqa: E402
from lawbook.classification import classify_text  # noqa: E402
from lawbook.errors import LawbookError  # noqa: E402
from lawbook.reading import read  # noqa: E402


def main() -> int:
    rb = rulebook.load()
    passages = [a["passage"] for p in sorted(glob.glob(str(ROOT / "corpus" / "accounts" / "*.yaml")))
                for a in yaml.safe_load(open(p, encoding="utf-8"))]

    def run(fn, rounds=3):
        for t in passages:  # warm: caches, compiled rule sets
            try:
                fn(t)
            except LawbookError:
                pass
        t0 = time.perf_counter()
        for _ in range(rounds):
            for t in passages:
                try:
                    fn(t)
                except LawbookError:
                    pass
        return rounds * len(passages) / (time.perf_counter() - t0)

    total = run(lambda t: classify_text(t, rulebook=rb))
    reading = run(lambda t: read(t, rb))
    print(f"{len(passages)} real passages (avg {sum(len(p) for p in passages) / len(passages):.0f} chars)")
    print(f"classify_text end to end: {total:.0f} accounts/s ({1000 / total:.2f} ms each)")
    print(f"reading alone:            {reading:.0f} accounts/s ({1000 / reading:.2f} ms each)")
    print(f"everything but reading:   {1000 / total - 1000 / reading:.2f} ms per account")
    return 0


if __name__ == "__main__":
    sys.exit(main())
