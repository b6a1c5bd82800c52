"""Benchmark: conversions through the API, CLI cold start, citation finding.

Prints figures; run with `python bench/bench_convert.py`. Targets (issue 3,
one core): ≥ 200,000 conversions/s; `lawbook convert 164 --from 1997` cold
start ≤ 250 ms wall; citation finding ≥ 2 MB/s of prose.
"""
from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook import convert  # noqa: E402
from lawbook.citations import find_citations  # noqa: E402
from lawbook.rulebook import load  # noqa: E402


def bench_convert(n=400_000):
    rb = load(ROOT / "rules")
    refs97 = [f"{m.from_.article}" + (f" part {m.from_.part}" if m.from_.part else "")
              for m in rb.records("mappings") if m.from_ is not None]
    forms = []
    for r in refs97:
        forms += [r, r.replace(" part ", " ч."), "art. " + r, "ст. " + r.replace(" part ", " ч. ")]
    rnd = random.Random(1)
    queries = [rnd.choice(forms) for _ in range(n)]
    convert(queries[0], from_code="1997", rulebook=rb)  # build the index
    t = time.perf_counter()
    for q in queries:
        convert(q, from_code="1997", rulebook=rb)
    dt = time.perf_counter() - t
    print(f"convert API: {n / dt:,.0f} conversions/s ({len(set(queries))} distinct REF strings, {n:,} calls)")
    # every call a fresh string (no memo hit): parse + look-up
    from lawbook.conversion import convert_parsed, index
    from lawbook.refs import parse_ref

    ix = index(rb)
    uniq = [f"{q} " * 1 for q in queries[:100_000]]
    t = time.perf_counter()
    for q in uniq:
        a, p = parse_ref(q)
        convert_parsed("1997", a, p, ix)
    dt = time.perf_counter() - t
    print(f"convert with a fresh REF string every call (parsed each time; answers memoised per article and part): {len(uniq) / dt:,.0f} conversions/s")


def bench_cold_start(runs=15):
    """Wall time (min, median) and CPU time of the child (user + sys, from getrusage)
    of ``lawbook convert 164 --from 1997``, after one warm-up run that fills the cache
    and writes the bytecode (an installed copy has its .pyc files; an editable one
    under ``PYTHONDONTWRITEBYTECODE`` would compile every module on every start)."""
    import resource

    exe = Path(sys.executable).parent / "lawbook"
    cmd = [str(exe), "convert", "164", "--from", "1997"] if exe.exists() else [sys.executable, "-m", "lawbook", "convert", "164", "--from", "1997"]
    warm = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, capture_output=True, check=True, cwd="/", env=warm)

    def measure(env, n):
        walls, cpus = [], []
        for _ in range(n):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True, cwd="/", env=env)
            walls.append(time.perf_counter() - t)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
        ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms, min {min(xs) * 1000:.0f} ms"
        return f"wall {ms(walls)}; CPU (user+sys) {ms(cpus)} over {n} runs"

    name = " ".join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd))
    print(f"cold start `{name}` (load {os.getloadavg()[0]:.1f}): {measure(dict(os.environ), runs)}")
    print(f"  the same with the cache off (LAWBOOK_NO_CACHE=1): {measure(dict(os.environ, LAWBOOK_NO_CACHE='1'), max(5, runs // 3))}")
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import lawbook.cli.convert_cmd, lawbook.conversion"],
                         capture_output=True, text=True).stderr
    print(f"  durable imported by convert: {'durable' in out}")


def _time_cite(text: str, label: str) -> None:
    import io

    from lawbook.citations import iter_chunks

    rb = load(ROOT / "rules")
    size = len(text.encode())
    t = time.perf_counter()
    n = 0
    for chunk in iter_chunks(io.StringIO(text)):
        n += len(find_citations(chunk, rulebook=rb))
    dt = time.perf_counter() - t
    print(f"cite, {label}: {size / dt / 1e6:.2f} MB/s ({size / 1e6:.1f} MB, {n:,} citations)")


def bench_cite(mb=8):
    """Dense text: a citation about every 100 bytes (the worst case)."""
    para = ("In 2003 a court in Shymkent convicted four men under Article 164 of the Criminal Code and "
            "Article 337-1, part 2, for distributing leaflets. По ч. 2 ст. 233-3 УК РК прокуратура "
            "предъявила обвинение. 164 people attended the hearing on page 233 of the record. ") * 4 + "\n\n"
    _time_cite(para * int(mb * 1024 * 1024 / len(para.encode())), "dense (a citation every ~100 bytes)")


def bench_cite_prose(mb=8):
    """Ordinary report prose: about one citation per 1.5 KB."""
    para = ("The court heard evidence over several weeks. Witnesses described meetings held in private "
            "homes, and the defence argued that the literature seized was religious and not extremist. "
            "Observers from human rights groups attended most sessions and reported on the conduct of the "
            "trial, the length of pre-trial detention and the conditions in which the defendants were held. "
            "Prosecutors relied on expert reports prepared by the security service. ") * 3 + \
           "In 2009 the defendants were convicted under Article 164 and ст. 337-1 ч. 2 УК РК.\n\n"
    _time_cite(para * int(mb * 1024 * 1024 / len(para.encode())), "report prose")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if sys.argv[1:] == ["--cold"]:  # the cold start alone
        bench_cold_start(runs=20)
        sys.exit(0)
    bench_convert()
    bench_cold_start()
    bench_cite()
    bench_cite_prose()
