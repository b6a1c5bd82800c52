"""Screening quality and speed: precision/recall on tests/data/screening_queries.yaml,
batch screening throughput, ban-list look-ups per second, find_mentions per paragraph.

Run: python bench/bench_screen.py [--n 100000]. Pins itself to one core. Prints figures;
record them in bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lawbook  # noqa: E402
from lawbook.rulebook import load  # noqa: E402
from lawbook.screening import ScreeningIndex  # noqa: E402

FIRST = ["Ivan", "Aigerim", "Nursultan", "Askar", "Dana", "Maria", "Timur", "Aliya", "Serik", "Olga", "Bolat",
         "Gulnara", "Yerlan", "Madina", "Dmitry", "Zhanna", "Tahir", "Osama", "Omar", "Kurt", "Isis", "Ayman",
         "Иван", "Айгерим", "Нурсултан", "Аскар", "Дана", "Мария", "Тимур", "Алия", "Серик", "Ольга", "Болат",
         "Гульнара", "Ерлан", "Мадина", "Дмитрий", "Жанна", "Әсел", "Қайрат", "Өмірзақ", "Ұлан"]
LAST = ["Petrov", "Nurlanovna", "Nazarbayev", "Amerkhanov", "Ahmetov", "Tusupbekov", "Ablyazov", "Smith", "Kurdi",
        "Yuldashev", "Tahiri", "Ansari", "Bekov", "Omarova", "Kim", "Li", "Ivanova", "Sadykov", "Zhumabayev",
        "Петров", "Нурланова", "Назарбаев", "Ахметов", "Тусупбеков", "Аблязов", "Иванова", "Садыков",
        "Жумабаев", "Қасымов", "Төлеуов", "Бекмұхамбетов", "Оспанова"]


def typo(s: str, rng: random.Random) -> str:
    if len(s) < 6:
        return s
    i = rng.randrange(1, len(s) - 1)
    return s[:i] + s[i + 1:] if rng.random() < 0.5 else s[:i] + s[i] + s[i:]


def batch(n: int, queries: list[str], rng: random.Random) -> list[str]:
    out = []
    for k in range(n):
        r = rng.random()
        if r < 0.1:
            out.append(rng.choice(queries))
        elif r < 0.15:
            out.append(typo(rng.choice(queries), rng))
        else:
            out.append(f"{rng.choice(FIRST)} {rng.choice(LAST)}" + (f" {rng.choice(LAST)}" if r > 0.9 else ""))
    return out


def cold_batch(n: int, rng: random.Random) -> list[str]:
    """Names whose words were never seen: every word goes through the fuzzy look-up."""
    letters = "abdeghiklmnorstuyz"
    return [" ".join("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(2))
            for _ in range(n)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {0})
    except (AttributeError, OSError):
        pass
    rng = random.Random(7)
    rb = load(ROOT / "rules")
    t0 = time.perf_counter()
    ix = ScreeningIndex(rb)
    build = time.perf_counter() - t0
    data = yaml.safe_load((ROOT / "tests" / "data" / "screening_queries.yaml").read_text(encoding="utf-8"))
    base = str(data["as_of"])

    # --- quality
    tp = fn = fp = tn = 0
    for q in data["positives"]:
        r = ix.screen(q["q"], str(q.get("as_of", base)))
        if r.banned and r.matches[0]["id"] == q["id"]:
            tp += 1
        else:
            fn += 1
            print(f"  missed: {q['q']!r} ({q['form']})")
    for q in data["negatives"]:
        r = ix.screen(q["q"], str(q.get("as_of", base)))
        if r.banned:
            fp += 1
            print(f"  false positive: {q['q']!r} ({q['kind']})")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn)
    print(f"labelled set: {len(data['positives'])} positives, {len(data['negatives'])} negatives")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fn {fn}, fp {fp}, tn {tn})")

    # --- batch screening
    queries = [q["q"] for q in data["positives"]] + [q["q"] for q in data["negatives"]]
    names = batch(args.n, queries, rng)
    day = dt.date(2024, 6, 1)
    print(f"index build: {build * 1000:.1f} ms ({len(ix.aliases)} aliases, {len(ix.vocab)} words)")
    for label, ns in (("mixed batch (names, 15% list names/typos)", names),
                      ("cold batch (never-seen random words)", cold_batch(args.n // 5, rng))):
        ix._tm_cache.clear()
        t0 = time.perf_counter()
        banned = 0
        for n in ns:
            banned += ix.screen(n, day).banned
        el = time.perf_counter() - t0
        print(f"{label}: {len(ns):,} names in {el:.2f} s = {len(ns) / el:,.0f} names/s ({banned:,} banned)")

    # --- ban list look-ups through the API
    days = [dt.date(2004, 1, 1) + dt.timedelta(days=rng.randrange(0, 8000)) for _ in range(200_000)]
    lawbook.banlist(days[0])
    t0 = time.perf_counter()
    for d in days:
        lawbook.banlist(d)
    el = time.perf_counter() - t0
    print(f"lawbook.banlist(as_of=date): {len(days) / el:,.0f} look-ups/s")
    sdays = [d.isoformat() for d in days[:100_000]]
    t0 = time.perf_counter()
    for d in sdays:
        lawbook.banlist(d)
    el = time.perf_counter() - t0
    print(f"lawbook.banlist(as_of='YYYY-MM-DD'): {len(sdays) / el:,.0f} look-ups/s")

    # --- mentions in running text
    para = ("On 12 March 2016 the Esil district court convicted three residents of Astana of taking part in "
            "Hizb ut-Tahrir and of spreading leaflets of the Islamic State; a fourth man, said to be close to "
            "the Tablighi Jamaat, was acquitted. Его брат состоял в «Таблиги джамаат» и переписывался с "
            "боевиками ИГИЛ, а также с членами Движения «Талибан» и Аль-Каиды, заявило КНБ.")
    ix.find_mentions(para, day)
    k = 5000
    t0 = time.perf_counter()
    for _ in range(k):
        ms = ix.find_mentions(para, day)
    el = time.perf_counter() - t0
    print(f"find_mentions on a {len(para)}-character paragraph ({len(ms)} mentions): {el / k * 1e6:.0f} µs each")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")


if __name__ == "__main__":
    main()
