"""Soak: N structured classifications through durable-rules in one process,
resident memory sampled every STEP cases (issue 14, point 3).

Each case is one of the 47 bundled ``cases/*.yaml`` (``expected`` removed,
dates from 1999 to the 2020s, so both codes and several rulesets) with a fresh
id, and every classification is a new engine session, as in a long batch. The
target: the resident set at the last sample within 5 % of the first, and no
error. It prints one line per sample and a verdict, and exits 1 if memory
grew more than 5 % or a classification failed.

    python bench/soak_classify.py              # 1,000,000 cases, a sample every 100,000
    python bench/soak_classify.py 20000 2000   # a short run

Never run in the test suite (it takes minutes); figures go to bench/RESULTS.md.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook.rulebook import load  # noqa: E402
from bench_classify import rss_mb as peak_mb, structured_cases as cases  # noqa: E402  (this folder)


def rss_mb() -> float:
    """The current resident set of this process, in MB (Linux /proc)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(total: int = 1_000_000, step: int = 100_000) -> int:
    from lawbook.classification import classify

    rb = load(ROOT / "rules")
    base = cases()
    classify(base[0], rb)
    samples = []
    errors = 0
    t0 = t_block = time.perf_counter()
    for i in range(total):
        c = dict(base[i % len(base)])
        c["id"] = f"soak-{i}"
        try:
            r = classify(c, rb, engine="durable")
            if not isinstance(r, dict) or "findings" not in r:
                errors += 1
        except Exception as exc:  # counted and shown, the soak goes on
            errors += 1
            if errors <= 3:
                print(f"  case {i}: {type(exc).__name__}: {exc}", flush=True)
        if (i + 1) % step == 0:
            now = rss_mb()
            samples.append(now)
            t = time.perf_counter()
            rate, t_block = step / (t - t_block), t
            print(f"  {i + 1:>9,} cases: RSS {now:.1f} MB (peak {peak_mb():.1f} MB), {rate:,.0f} cases/s in the "
                  f"last {step:,}, {errors} errors", flush=True)
    growth = (samples[-1] - samples[0]) / samples[0] * 100 if samples else 0.0
    ok = errors == 0 and growth <= 5.0
    print(f"{total:,} cases in {time.perf_counter() - t0:,.0f} s; RSS first sample {samples[0]:.1f} MB, "
          f"last {samples[-1]:.1f} MB ({growth:+.1f} %); {errors} errors: {'flat' if ok else 'NOT FLAT or errors'}")
    return 0 if ok else 1


if __name__ == "__main__":
    args = [int(a.replace(",", "").replace("_", "")) for a in sys.argv[1:3]]
    sys.exit(main(*args))
