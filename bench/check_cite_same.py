"""Check that ``lawbook cite`` prints the same bytes as an older checkout.

    git archive <commit> | tar -x -C /tmp/old
    python bench/check_cite_same.py --baseline /tmp/old [--mb 2]

Compares, byte for byte, both checkouts' CLI output (``--format json`` and
``--format text``) on the dense document of bench/bench_cite.py (text and
HTML) and on its synthetic text with a citation every ~100 bytes; the JSON of
every passage of corpus/citations/*.yaml, read one by one and all together (as
text, with ``--date``, and as HTML); and the figures of
``scripts/citation_accuracy.py dev``. Exit 1 on any difference. Not a timed
test: a check to run before recording a citation speed-up.
"""
from __future__ import annotations

import argparse
import html
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import bench_cite  # noqa: E402
from check_screen_same import cli  # noqa: E402

#: Run under each checkout: the JSON of each corpus passage, then of all of them as one document.
_CORPUS_JSON = """
import datetime, sys, yaml
from pathlib import Path
from lawbook.cli.cite_cmd import document_json
from lawbook.rulebook import load
rb = load()
passages = []
for f in sorted(Path("corpus/citations").glob("*.yaml")):
    for item in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
        if isinstance(item, dict) and "passage" in item:
            passages.append(str(item["passage"]))
for p in passages:
    print(document_json(p, "", None, rb))
whole = "\\n\\n".join(passages)
print(document_json(whole, "", None, rb))
print(document_json(whole, "", datetime.date(2012, 5, 1), rb))
print(document_json("<html><body>" + "".join("<p>" + p + "</p>" for p in passages) + "</body></html>", "a.html", None, rb))
"""


def python(code: Path, args: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=str(code))
    return subprocess.run([sys.executable, *args], capture_output=True, env=env, cwd=code, text=True,
                          check=False).stdout


def documents(mb: float, tmp: Path) -> list[Path]:
    """The benchmark's documents, written to ``tmp``."""
    text = bench_cite.build(mb)
    dense, page, synthetic = tmp / "dense.txt", tmp / "dense.html", tmp / "synthetic.txt"
    dense.write_text(text, encoding="utf-8")
    page.write_text("<!DOCTYPE html><html><head><style>p{}</style><script>var a = 'Article 164';</script></head>"
                    "<body>" + "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n")) + "</body></html>",
                    encoding="utf-8")
    synthetic.write_text(bench_cite.DENSE_100 * int(mb * 1_000_000 / len(bench_cite.DENSE_100.encode())),
                         encoding="utf-8")
    return [dense, page, synthetic]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", type=Path, required=True)
    ap.add_argument("--mb", type=float, default=2)
    args = ap.parse_args()
    differ = 0
    with tempfile.TemporaryDirectory() as d:
        for doc in documents(args.mb, Path(d)):
            for fmt in ("json", "text"):
                cmd = ["cite", str(doc), "--format", fmt]
                new, old = cli(ROOT, cmd), cli(args.baseline, cmd)
                same = new == old and bool(new)
                differ += not same
                print(f"{doc.name} --format {fmt}: {len(new):,} bytes: {'identical' if same else 'DIFFERENT'}")
    new, old = python(ROOT, ["-c", _CORPUS_JSON]), python(args.baseline, ["-c", _CORPUS_JSON])
    same = new == old and bool(new)
    differ += not same
    print(f"corpus/citations, {new.count(chr(10)):,} JSON answers: {'identical' if same else 'DIFFERENT'}")
    figs = [python(code, [str(code / "scripts" / "citation_accuracy.py"), "dev"]).strip() for code in (ROOT, args.baseline)]
    same = figs[0] == figs[1] and bool(figs[0])
    differ += not same
    print(f"citation_accuracy dev: {'identical' if same else 'DIFFERENT'}")
    print("ALL IDENTICAL" if not differ else f"{differ} DIFFERENCE(S)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
