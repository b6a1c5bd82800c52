"""The long fuzz profile (issue 14, point 3): generated inputs through every
command's Python entry point (``lawbook.cli.main`` in this process), 1,000,000
in total by default, with the same checks as ``tests/fuzz/test_fuzz_cli.py``:
exit 0 or 2, no traceback, no ``error: internal:``, one stderr line on exit 2,
``--format json`` output that parses, no input slower than ``--hang`` seconds.

    python scripts/fuzz_long.py                         # 1,000,000 inputs
    python scripts/fuzz_long.py --total 20000 --seconds 600 --seed 7

Inputs are drawn from a seeded random generator (fast, reproducible: the
failing input is printed with its command so it can be replayed), mixing
legal fragments (REFs, dates, organisation names, months in three languages)
with random text, control characters, right-to-left marks and long runs.
Prints a table of inputs per command, failures, hangs, the slowest input and
the peak memory; exits 1 on any failure. Never part of ``.ci/run``.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzz.test_fuzz_cli import LEGAL_BITS, run  # noqa: E402

DATES = ["9999-12-31", "0001-01-01", "2015-01-01", "2014-12-31", "2016-06-05T12:00", "2022-01-24T23:59+06:00",
         "2011-02-30", "20120301", "", "0001-01-01T00:00", "9999-12-31T23:59+00:00", "2012-13-01", "today"]
YAMLS = ["id: x\ndate: 2012-01-01\nfacts: [{kind: financing, target: terrorism}]\n", "{", "[]", "id: [1\n",
         "date: 2011-02-30\n", "a: 1\na: 2\n", "id: y\ndate: 2016-05-05\nfacts:\n  - kind: propaganda\n",
         "!!python/object:os.system x", "&a [*a]", "id: z\ndate: 1997-01-01\nfacts: []\n"]
RANGES = [(0x20, 0x7E), (0x400, 0x4FF), (0x600, 0x6FF), (0x2000, 0x206F), (0xFF00, 0xFFEF), (0x0, 0x1F),
          (0x4E00, 0x4E40), (0x1F600, 0x1F640)]


def text(rng: random.Random, max_bits: int = 12) -> str:
    out = []
    for _ in range(rng.randint(0, max_bits)):
        r = rng.random()
        if r < 0.45:
            out.append(rng.choice(LEGAL_BITS))
        elif r < 0.9:
            lo, hi = rng.choice(RANGES)
            out.append("".join(chr(rng.randint(lo, hi)) for _ in range(rng.randint(1, 20))))
        elif r < 0.97:
            out.append(rng.choice(DATES))
        else:
            out.append(rng.choice("a1 \n-.") * rng.randint(100, 5_000))
    return "".join(out)


def date(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return rng.choice(DATES)
    if r < 0.85:
        return f"{rng.randint(1, 9999):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return text(rng, 2)


def jsonl(rng: random.Random) -> str:
    lines = []
    for i in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.5:
            rec = {"id": rng.choice([str(i), i, 10**rng.randint(1, 50), None]), "text": text(rng, 6)}
            if rng.random() < 0.5:
                rec["date"] = rng.choice([date(rng), 20120301, None, [], {}])
            lines.append(json.dumps(rec, ensure_ascii=rng.random() < 0.5))
        elif r < 0.7:
            lines.append("[" * rng.randint(1, 3000) + "]" * rng.randint(0, 3000))
        else:
            lines.append(text(rng, 3))
    return "\n".join(lines) + "\n"


def csv_names(rng: random.Random) -> str:
    rows = [rng.choice(["name", "name,country", "", "\ufeffname"])]
    for _ in range(rng.randint(0, 5)):
        n = text(rng, 3).replace("\r", "")
        rows.append(rng.choice([n, f'"{n}"', f'"{n}\n{n}"', n + ",kz"]))
    return "\n".join(rows) + rng.choice(["\n", ""])


_TMP = tempfile.mkdtemp(prefix="lawbook-fuzz-long-")


def _write(body: str, suffix: str) -> str:
    path = os.path.join(_TMP, "batch" + suffix)
    with open(path, "w", encoding="utf-8", errors="surrogatepass") as fh:
        fh.write(body)
    return path


COMMANDS = {
    "convert": (lambda r: (["convert", "--from", r.choice(["1997", "2014", ""]), "--format", "json", "--", text(r)],
                           None), 20),
    "convert batch": (lambda r: (["convert", "-", "--from", r.choice(["1997", "2014"]), "--format",
                                  r.choice(["json", "text"])], "\n".join(text(r, 3) for _ in range(3))), 8),
    "article": (lambda r: (["article", "--code", r.choice(["1997", "2014"]), "--as-of", date(r), "--format", "json",
                            "--", text(r)], None), 12),
    "cite": (lambda r: (["cite", "-", "--format", "json"] + (["--date", date(r)] if r.random() < 0.5 else []),
                        text(r, 20)), 10),
    "screen": (lambda r: (["screen", "--as-of", date(r), "--format", "json", "--", text(r, 4)], None), 15),
    "screen --file": (lambda r: (["screen", "--file", "-", "--format", "jsonl"], csv_names(r)), 5),
    "classify --text": (lambda r: (["classify", "-", "--text", "--format", "json"]
                                   + (["--date", date(r)] if r.random() < 0.5 else []), text(r, 16)), 8),
    "classify yaml": (lambda r: (["classify", "-", "--format", "json"],
                                 r.choice(YAMLS) if r.random() < 0.6 else r.choice(YAMLS) + text(r, 4)), 8),
    "classify jsonl": (lambda r: (["classify", _write(jsonl(r), ".jsonl"), "--format", "jsonl"], None), 4),
    "threat": (lambda r: (["threat", "--as-of", date(r), "--region", r.choice(["", "Almaty", "Aktobe", text(r, 2)]),
                           "--format", "json"], None), 8),
    "threat history": (lambda r: (["threat", "history", "--from", date(r), "--to", date(r), "--format", "json"], None),
                       2),
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def problem(code: int, out: str, err: str, json_out: bool) -> str | None:
    if code not in (0, 2):
        return f"exit {code}"
    if "Traceback" in err or "error: internal:" in err:
        return "traceback or internal error"
    n_err = len(err.strip().split("\n"))
    if code == 2 and n_err != 1:
        return f"{n_err} stderr lines on exit 2"
    if json_out and code == 0 and out.strip():
        try:
            if out.lstrip().startswith("[") or "\n" not in out.strip():
                json.loads(out)
            else:
                for ln in out.strip().split("\n"):
                    json.loads(ln)
        except ValueError as exc:
            return f"output is not JSON: {exc}"
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--total", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=None, help="stop after this long even if --total is not reached")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hang", type=float, default=10.0, help="seconds after which one input counts as a hang")
    ap.add_argument("--only", action="append", help="run only this command (repeatable)")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    cmds = {k: v for k, v in COMMANDS.items() if not a.only or k in a.only}
    names, weights = list(cmds), [cmds[k][1] for k in cmds]
    tried, failed, hangs = Counter(), Counter(), Counter()
    slowest = (0.0, "", "")
    end = time.monotonic() + a.seconds if a.seconds else None
    t0 = time.monotonic()
    n = 0
    for n in range(1, a.total + 1):
        name = rng.choices(names, weights)[0]
        args, stdin = cmds[name][0](rng)
        t = time.monotonic()
        code, out, err = run(args, stdin)
        dt = time.monotonic() - t
        tried[name] += 1
        if dt > slowest[0]:
            slowest = (dt, name, json.dumps([args, (stdin or "")[:300]], ensure_ascii=False)[:400])
        if dt > a.hang:
            hangs[name] += 1
        why = problem(code, out, err, "json" in args or "jsonl" in args)
        if why:
            failed[name] += 1
            if failed[name] <= 3:
                print(f"FAIL {name}: {why}: {json.dumps([args, stdin], ensure_ascii=False)[:600]}\n  {err.strip()[-300:]}",
                      flush=True)
        if n % 10_000 == 0:
            print(f"  {n:>9,} inputs, {n / (time.monotonic() - t0):,.0f}/s, {sum(failed.values())} failures, "
                  f"peak RSS {peak_mb():.0f} MB", flush=True)
        if end and time.monotonic() > end:
            break
    print(f"\n{n:,} inputs in {time.monotonic() - t0:,.0f} s (seed {a.seed}); peak RSS {peak_mb():.0f} MB; "
          f"slowest {slowest[0]:.2f} s ({slowest[1]}: {slowest[2]})")
    print("| command | inputs | failures | hangs |\n|---|---|---|---|")
    for k in names:
        print(f"| {k} | {tried[k]:,} | {failed[k]} | {hangs[k]} |")
    return 1 if failed or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
