"""Benchmark: classification throughput on durable-rules and memory.

Targets (issue 6, one core): ≥ 2,000 structured cases/s through durable-rules;
≥ 500 plain-text cases/s end to end; `--jobs 2` at least 1.7× one job on two
cores; memory flat over 1,000,000 cases (run with `--million`).
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook.classification import classify, classify_text  # noqa: E402
from lawbook.rulebook import load  # noqa: E402
from lawbook import yamlio  # noqa: E402

TEXTS = [
    "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir calling for a caliphate.",
    "В 2016 году житель Актобе разместил в социальных сетях видео с пропагандой терроризма.",
    "In 2019 a blogger in Almaty was convicted of inciting religious discord in posts on Facebook.",
    "Members of an unregistered Baptist congregation in Oral held worship on Sunday in 2017.",
    "В мае 2013 года группа лиц по предварительному сговору финансировала террористическую деятельность.",
    "In 2015 he fought in Syria with militants and returned to Kazakhstan.",
]


def structured_cases():
    out = []
    for f in sorted((ROOT / "cases").glob("*.yaml")):
        d = yamlio.load_file(f)
        d.pop("expected", None)
        out.append(d)
    return out


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_structured(n=20_000, engine="durable"):
    rb = load(ROOT / "rules")
    cases = structured_cases()
    for c in cases:
        classify(c, rb, engine=engine)
    t = time.perf_counter()
    for i in range(n):
        classify(cases[i % len(cases)], rb, engine=engine)
    dt = time.perf_counter() - t
    print(f"structured cases ({engine}): {n / dt:,.0f} cases/s over {n:,} cases ({len(cases)} distinct), peak RSS {rss_mb():.0f} MB")
    return n / dt


def bench_text(n=5_000):
    rb = load(ROOT / "rules")
    for t in TEXTS:
        classify_text(t, rulebook=rb)
    t0 = time.perf_counter()
    for i in range(n):
        classify_text(TEXTS[i % len(TEXTS)], rulebook=rb)
    dt = time.perf_counter() - t0
    print(f"plain-text cases end to end: {n / dt:,.0f} cases/s over {n:,}")


def bench_jobs(n=20_000):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "batch.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps({"id": str(i), "text": TEXTS[i % len(TEXTS)]}, ensure_ascii=False) + "\n")
        exe = [sys.executable, "-m", "lawbook", "classify", str(path), "--format", "jsonl"]
        times = {}
        for jobs in (1, 2):
            t = time.perf_counter()
            subprocess.run(exe + ["--jobs", str(jobs)], capture_output=True, cwd=ROOT)
            times[jobs] = time.perf_counter() - t
        print(f"CLI batch of {n:,} text cases: --jobs 1 {n / times[1]:,.0f}/s, --jobs 2 {n / times[2]:,.0f}/s, "
              f"speed-up {times[1] / times[2]:.2f}x on {os.cpu_count()} cores")


def bench_memory(total=1_000_000, step=100_000):
    rb = load(ROOT / "rules")
    cases = structured_cases()
    t = time.perf_counter()
    for i in range(total):
        classify(cases[i % len(cases)], rb)
        if (i + 1) % step == 0:
            print(f"  {i + 1:>9,} cases: peak RSS {rss_mb():.0f} MB, {(i + 1) / (time.perf_counter() - t):,.0f} cases/s", flush=True)


if __name__ == "__main__":
    bench_structured(engine="durable")
    bench_structured(n=20_000, engine="python")
    bench_text()
    bench_jobs()
    if "--million" in sys.argv:
        bench_memory()
    else:
        bench_memory(total=200_000, step=50_000)
