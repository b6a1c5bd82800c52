"""Check that ``lawbook screen --file … --format json`` prints the same bytes as an older checkout.

    git archive <commit> | tar -x -C /tmp/old
    python bench/check_screen_same.py --baseline /tmp/old [--n 20000]

Runs both checkouts' CLI (``python -m lawbook`` with ``PYTHONPATH`` set to each) on
the near-miss and people mixes of bench/gen_names.py, the near-miss mix with
``--threshold 0.7``, and the dev split of corpus/names (one file per ``as_of``
date), then compares the outputs byte for byte and the figures of
``scripts/screening_accuracy.py dev``. Exit 1 on any difference. Not a timed
test: a check to run before recording a screening speed-up.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import gen_names  # noqa: E402


def cli(code: Path, args: list[str]) -> bytes:
    # run from the checkout itself: ``python -m`` puts the working directory first on the path,
    # before PYTHONPATH, so from another checkout it would run that one's code
    env = dict(os.environ, PYTHONPATH=str(code))
    return subprocess.run([sys.executable, "-m", "lawbook", *args], capture_output=True, env=env, cwd=code,
                          check=False).stdout


def inputs(n: int, tmp: Path) -> list[tuple[str, Path, list[str]]]:
    """``(label, names file, extra CLI options)`` for every input compared."""
    import screening_accuracy

    out = []
    for label, names in (("near-miss", gen_names.near_miss(n)), ("people", gen_names.people(n))):
        f = tmp / f"{label}.txt"
        f.write_text("".join(x + "\n" for x in names), encoding="utf-8")
        out.append((label, f, ["--as-of", "2024-06-01"]))
    out.append(("near-miss, threshold 0.7", tmp / "near-miss.txt", ["--as-of", "2024-06-01", "--threshold", "0.7"]))
    by_day: dict[str, list[str]] = {}
    for q in screening_accuracy.load("dev"):
        by_day.setdefault(str(q["as_of"]), []).append(q["query"])
    for day, names in sorted(by_day.items()):
        f = tmp / f"corpus-{day}.txt"
        f.write_text("".join(" ".join(x.splitlines()) + "\n" for x in names), encoding="utf-8")
        out.append((f"corpus/names dev as of {day}", f, ["--as-of", day]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", type=Path, required=True)
    ap.add_argument("--n", type=int, default=20_000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    differ = 0
    corpus_files = 0
    for label, f, opts in inputs(args.n, tmp):
        cmd = ["screen", "--file", str(f), "--format", "json", *opts]
        new, old = cli(ROOT, cmd), cli(args.baseline, cmd)
        same = new == old and bool(new)
        differ += not same
        if label.startswith("corpus"):
            corpus_files += 1
            if not same:
                print(f"{label}: DIFFERENT")
            continue
        lines = new.count(b"\n")
        print(f"{label}: {lines:,} lines, {len(new):,} bytes: {'identical' if same else 'DIFFERENT'}")
    print(f"corpus/names dev: {corpus_files} files (one per as-of date): "
          f"{'identical' if not differ else 'see above'}")
    figs = []
    for code in (ROOT, args.baseline):
        env = dict(os.environ, PYTHONPATH=str(code))
        figs.append(subprocess.run([sys.executable, str(code / "scripts" / "screening_accuracy.py"), "dev"],
                                   capture_output=True, env=env, cwd=code, text=True, check=False).stdout.strip())
    print(f"screening_accuracy dev: now {figs[0]!r}; baseline {figs[1]!r}")
    differ += figs[0] != figs[1]
    print("ALL IDENTICAL" if not differ else f"{differ} DIFFERENCE(S)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
