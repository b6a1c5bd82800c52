"""Throughput of ``lawbook.threat_level(as_of, region)`` on one core.

Usage: python bench/bench_threat.py [N]

Prints look-ups per second for a warm rulebook over a mix of places (names in
en/ru/kk and ids) and moments (bare dates and datetimes with and without an
offset) spread over 2016-2024. The first call (index build) is timed apart.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time

from lawbook.threat import threat_level


def main(n: int = 200_000) -> None:
    rnd = random.Random(611)
    places = ["Aktobe", "Almaty", "Алматы", "Astana", "Nur-Sultan", "Shymkent", "Taraz", "Balkhash", "Oskemen",
              "Aktobe region", "Almaty region", "Taldykorgan", "Ақтөбе", "west-kazakhstan-region", "Kokshetau"]
    days = [dt.date(2016, 1, 1) + dt.timedelta(days=i) for i in range(0, 3200, 3)]
    moments = []
    for d in days:
        moments.append(d.isoformat())
        moments.append(f"{d.isoformat()}T{rnd.randrange(24):02d}:{rnd.randrange(60):02d}")
        moments.append(f"{d.isoformat()}T00:00+06:00")
    queries = [(rnd.choice(moments), rnd.choice(places)) for _ in range(n)]
    t0 = time.perf_counter()
    threat_level("2016-06-07", "Aktobe")
    cold = time.perf_counter() - t0
    for q in queries[:20000]:  # warm the caches the way a long-running process would
        threat_level(*q)
    t0 = time.perf_counter()
    levels = 0
    for as_of, region in queries:
        if threat_level(as_of, region)["level"]:
            levels += 1
    el = time.perf_counter() - t0
    print(f"first call (load + index): {cold * 1000:.0f} ms")
    print(f"{n} look-ups in {el:.2f} s: {n / el:,.0f} look-ups/s ({levels} with a level in force)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
