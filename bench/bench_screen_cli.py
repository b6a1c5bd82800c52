"""Screening throughput through the CLI, as a user runs it:
``lawbook screen --file names.txt --format json`` on names made by bench/gen_names.py.

    python bench/bench_screen_cli.py [--n 20000] [--baseline DIR] [--callgrind] [--bytecode]

Prints wall and CPU time (user+sys of the child) and names/s for the near-miss
mix and for people's names, median of ``--repeat`` runs, and the start-up cost
(one name). ``--baseline DIR`` runs an older checkout's code the same way in
the same run (e.g. ``git archive <commit> | tar -x -C DIR``) and checks that
both print the same bytes. ``--callgrind`` also counts the instructions each
run executes under valgrind (about 50 times slower; needs ``valgrind``): a
figure that does not move with the load of a shared machine. ``--bytecode``
runs a copy of each checkout's ``lawbook`` and ``rules`` with the modules
compiled beforehand, as ``pip install`` leaves an installed copy; without it a
machine that sets ``PYTHONDONTWRITEBYTECODE`` (this one does) compiles
lawbook's modules from source at each start. Record the figures in bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import gen_names  # noqa: E402


def run(code_dir: Path, args: list[str]) -> tuple[float, float, bytes]:
    env = dict(os.environ, PYTHONPATH=str(code_dir))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # from the checkout itself: ``python -m`` puts the working directory before PYTHONPATH
    out = subprocess.run([sys.executable, "-m", "lawbook", *args], capture_output=True, env=env, cwd=code_dir,
                         check=False).stdout
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out


def instructions(code_dir: Path, args: list[str]) -> int:
    """Instructions executed by ``python -m lawbook ARGS`` (valgrind's callgrind, user space)."""
    env = dict(os.environ, PYTHONPATH=str(code_dir))
    err = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-m",
                          "lawbook", *args], capture_output=True, env=env, cwd=code_dir, check=False).stderr.decode()
    return int(re.search(r"Collected : (\d+)", err).group(1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baseline", type=Path, default=None)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("--bytecode", action="store_true", help="run with the modules compiled, as installed")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    codes = {"now": ROOT} | ({"baseline": args.baseline} if args.baseline else {})
    if args.bytecode:
        for label, code in list(codes.items()):
            copy = codes[label] = tmp / f"code-{label}"
            for part in ("lawbook", "rules"):
                shutil.copytree(code / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy / "lawbook")], check=True,
                           stdout=subprocess.DEVNULL)
        print("lawbook's modules compiled beforehand (as an installed copy has them)")
    sets = {"near-miss": gen_names.near_miss(args.n), "people": gen_names.people(args.n)}
    for label, code in codes.items():
        walls, cpus = zip(*[run(code, ["screen", "ISIS", "--format", "json", "--as-of", "2024-06-01"])[:2]
                            for _ in range(args.repeat)])
        start_wall, start_cpu = statistics.median(walls), statistics.median(cpus)
        print(f"[{label}] start-up (one name): wall {start_wall:.2f} s, cpu {start_cpu:.2f} s")
        start_ir = instructions(code, ["screen", "ISIS", "--format", "json", "--as-of", "2024-06-01"]) \
            if args.callgrind else 0
        if args.callgrind:
            print(f"[{label}] start-up: {start_ir / 1e9:.3f} G instructions")
        for name, names in sets.items():
            f = tmp / f"{name}.txt"
            f.write_text("".join(n + "\n" for n in names), encoding="utf-8")
            res = [run(code, ["screen", "--file", str(f), "--format", "json", "--as-of", "2024-06-01"])
                   for _ in range(args.repeat)]
            wall, cpu = statistics.median(r[0] for r in res), statistics.median(r[1] for r in res)
            (tmp / f"{label}-{name}.out").write_bytes(res[0][2])
            print(f"[{label}] {name}: {len(names):,} names ({len(set(names)):,} distinct): wall {wall:.2f} s = "
                  f"{len(names) / wall:,.0f} names/s; cpu {cpu:.2f} s = {len(names) / cpu:,.0f} names/s; "
                  f"without start-up (cpu) {len(names) / max(cpu - start_cpu, 1e-9):,.0f} names/s")
            if args.callgrind:
                ir = instructions(code, ["screen", "--file", str(f), "--format", "json", "--as-of", "2024-06-01"])
                print(f"[{label}] {name}: {ir / 1e9:.3f} G instructions, {(ir - start_ir) / len(names):,.0f} "
                      f"a name after start-up")
    if args.baseline:
        for name in sets:
            same = (tmp / f"now-{name}.out").read_bytes() == (tmp / f"baseline-{name}.out").read_bytes()
            print(f"{name}: output identical to the baseline: {same}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
