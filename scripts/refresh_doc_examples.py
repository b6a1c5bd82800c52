"""Rewrite the output shown under each ``$ lawbook …`` example in the docs with
what lawbook prints now (examples whose shown output uses ``...`` are left
alone). Run after a change of output, then read the diff: the docs tests
(tests/test_docs.py) compare the two.

    python scripts/refresh_doc_examples.py
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import test_docs as td  # noqa: E402


def main() -> int:
    bindir = ROOT / ".refresh-bin"
    bindir.mkdir(exist_ok=True)
    shim = bindir / "lawbook"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m lawbook "$@"\n')
    shim.chmod(0o755)
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}", COLUMNS="80",
               PYTHONIOENCODING="utf-8")
    env.pop("LAWBOOK_RULES", None)
    changed = 0
    # from the bottom of each file up, so earlier line numbers stay right
    for ex in sorted(td.examples(), key=lambda e: (str(e.file), -e.line)):
        if not ex.output or any(ln.strip() == "..." for ln in ex.output):
            continue
        proc = subprocess.run(["bash", "-c", ex.command], cwd=ROOT, env=env, capture_output=True, timeout=300)
        out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
        got = out.rstrip("\n").split("\n") if out.strip() else []
        if td._matches(ex.output, got):
            continue
        lines = ex.file.read_text(encoding="utf-8").split("\n")
        first = ex.line  # 0-based index of the line after the command
        while not lines[first - 1].lstrip().startswith("$ "):
            first -= 1
        indent = lines[first - 1][: len(lines[first - 1]) - len(lines[first - 1].lstrip())]
        # skip continuation lines of the command
        k = first
        while lines[k - 1].rstrip().endswith("\\"):
            k += 1
        lines[k:k + len(ex.output)] = [indent + g if g else g for g in got]
        ex.file.write_text("\n".join(lines), encoding="utf-8")
        changed += 1
        print(f"refreshed {ex.id}")
    shim.unlink()
    bindir.rmdir()
    print(f"{changed} example(s) refreshed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
