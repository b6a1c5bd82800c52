"""Where the CPU time of ``lawbook screen --file F --format json`` goes, by part, and
how fast the run could be if one part cost nothing (the floor under a target).

    python bench/screen_floor.py [--n 20000] [--mix near-miss|people] [--repeat 5] [--code DIR]

Each repeat runs in a new process (the memos start empty, as in the CLI) and the
minimum CPU time (``time.process_time``) of each part over the repeats is
printed; a shared, loaded machine only ever adds time. The parts follow the
CLI's batches (``BATCH`` names, their new words folded together):

- start-up: the CLI screening one name (``lawbook screen ISIS``), its own process;
- words: each batch's new words folded (``ScreeningIndex.prepare``) and their
  records built (``ScreeningIndex._rec``: matches, candidates, abbreviations);
- names, first time: each distinct name answered (``screen_head``) with every
  word's record built, so its shape is made when new (``_shape``: candidates
  scored, the detail and explanation of each organisation's best) or read from
  the memo of shapes, and a name the short road leaves goes to ``screen()``;
- the same names again (every shape known): the short road alone (the memo
  road), and apart from it the names ``screen()`` answers;
- lines: each name's JSON line as the CLI writes it (the head encoded once per
  distinct name, the line number added to each line).

"new shapes" is the first pass less the second (the memo road and ``screen()``
costs), so it also holds what the first sight of a memo entry costs beyond the
second. The whole CLI run on the same names is timed as well, and the floor is
the run with new shapes free: start-up, words, the memo road, ``screen()`` and the
lines. ``--code DIR`` measures another checkout (``git archive <commit> | tar
-x -C DIR``). Record the figures in bench/RESULTS.md; not a timed test.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--format", "json", "--as-of", "2024-06-01"]


def child_cpu(code: Path, args: list[str]) -> float:
    """CPU time (user + sys) of ``python -m lawbook ARGS`` run from checkout ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = dict(os.environ, PYTHONPATH=str(code))
    subprocess.run([sys.executable, "-m", "lawbook", *args], stdout=subprocess.DEVNULL, env=env, cwd=code,
                   check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def parts(path: str) -> dict:
    """The CPU time of each part of screening the names of ``path`` in this process (new memos)."""
    import datetime as dt
    import gc
    import time

    from lawbook.cli.banlist_cmd import BATCH, GC_YOUNG
    from lawbook.screening import _FIND_WORDS, index

    clock = time.process_time
    names = [line.rstrip("\n") for line in open(path, encoding="utf-8")]
    ix = index()
    ix.screen_head("ISIS", dt.date(2024, 6, 1))  # (imports made on first use, as the start-up's one name)
    day, thr = dt.date(2024, 6, 1), 0.8
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    took = dict.fromkeys(["words", "names, first time", "memo road", "screen()", "lines"], 0.0)
    heads: dict[str, bytes] = {}
    distinct: list[str] = []
    words = 0
    for k in range(0, len(names), BATCH):
        batch = names[k:k + BATCH]
        new = [n for n in dict.fromkeys(batch) if n not in heads]
        t0 = clock()
        ix.prepare(new)
        gc.freeze()
        for n in new:
            for w in _FIND_WORDS(n):
                if w not in ix._recs:
                    ix._rec(w)
                    words += 1
        t1 = clock()
        got = [ix.screen_head(n, day, thr) for n in new]
        t2 = clock()
        heads.update(zip(new, [h.encode() for h in got]))
        lines = b"".join([b'%b, "line": %d}\n' % (heads[n], k + i + 1) for i, n in enumerate(batch)])
        t3 = clock()
        took["words"] += t1 - t0
        took["names, first time"] += t2 - t1
        took["lines"] += t3 - t2
        distinct += new
        del lines
    slow = []
    t0 = clock()
    for n in distinct:
        if ix._head(n, day, thr) is None:
            slow.append(n)
    t1 = clock()
    for n in slow:
        ix.screen(n, day, thr).json_head()
    t2 = clock()
    took["memo road"] = t1 - t0  # (with the short road's try of the names it leaves to screen())
    took["screen()"] = t2 - t1
    took["counts"] = {"names": len(names), "distinct": len(distinct), "words": words, "shapes": len(ix._shapes),
                      "screen()": len(slow)}
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--mix", choices=["near-miss", "people"], default="near-miss")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--code", type=Path, default=ROOT)
    ap.add_argument("--parts-of", default=None, help=argparse.SUPPRESS)  # (a repeat, in its own process)
    args = ap.parse_args()
    if args.parts_of:
        print(json.dumps(parts(args.parts_of)))
        return 0
    sys.path.insert(0, str(ROOT / "bench"))
    import gen_names

    names = gen_names.near_miss(args.n) if args.mix == "near-miss" else gen_names.people(args.n)
    f = Path(tempfile.mkdtemp()) / "names.txt"
    f.write_text("".join(n + "\n" for n in names), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(args.code))
    runs, start, whole = [], [], []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--parts-of", str(f)],
                             capture_output=True, env=env, cwd=args.code, check=True, text=True).stdout
        runs.append(json.loads(out))
        start.append(child_cpu(args.code, ["screen", "ISIS", *ARGS]))
        whole.append(child_cpu(args.code, ["screen", "--file", str(f), *ARGS]))
    best = {k: min(r[k] for r in runs) for k in runs[0] if k != "counts"}
    c = runs[0]["counts"]
    best["new shapes"] = best["names, first time"] - best["memo road"] - best["screen()"]
    best["start-up"] = min(start)
    floor = sum(best[k] for k in ("start-up", "words", "memo road", "screen()", "lines"))
    print(f"{args.mix}, {c['names']:,} names ({c['distinct']:,} distinct, {c['words']:,} new words, "
          f"{c['shapes']:,} shapes, {c['screen()']:,} names left to screen()), {args.repeat} repeats, "
          f"minimum CPU time of each part:")
    per = {"words": c["words"], "memo road": c["distinct"], "screen()": c["screen()"], "new shapes": c["shapes"],
           "lines": c["names"]}
    for k in ("start-up", "words", "names, first time", "new shapes", "memo road", "screen()", "lines"):
        n = per.get(k)
        each = f"  ({best[k] / n * 1e6:.1f} µs each)" if n else ""
        print(f"  {k:18s} {best[k]:.3f} s{each}")
    print(f"  whole CLI run      {min(whole):.3f} s = {c['names'] / min(whole):,.0f} names/s")
    print(f"  floor with new shapes free: {floor:.3f} s = {c['names'] / floor:,.0f} names/s; "
          f"for 50,000 names/s ({c['names'] / 50_000:.3f} s) the shapes may take "
          f"{c['names'] / 50_000 - floor:.3f} s ({(c['names'] / 50_000 - floor) / c['shapes'] * 1e6:.1f} µs a shape)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
