"""Score citation finding on corpus/citations/passages.yaml and the later batches
corpus/citations/round*.yaml (real passages with every Criminal Code citation
annotated by hand, and other acts' articles that must not be found). The first
154 passages were split once by a hash of the id: dev 70 %, test 30 %. Passages
added later are placed by name in corpus/citations/split.yaml, so nothing
already split moves.

    python scripts/citation_accuracy.py dev [--misses]
    python scripts/citation_accuracy.py test [--write]   # --write: the citations section of docs/accuracy.md
    python scripts/citation_accuracy.py batch corpus/citations/round2.yaml   # a new batch, whole, before tuning

Scored as a user runs ``lawbook cite`` on the passage: no ``--date``.
A found citation matches an annotated one when the spans overlap and the
article is the same; its code counts as right when it equals the annotation.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook import rulebook  # noqa: E402
from lawbook.citations import find_citations  # noqa: E402
from lawbook.dates import parse_published  # noqa: E402


def _placed() -> dict[str, str]:
    """Passages placed by name in corpus/citations/split.yaml (those added after the first split)."""
    doc = yaml.safe_load((ROOT / "corpus" / "citations" / "split.yaml").read_text(encoding="utf-8")) or {}
    return {i: s for s in ("dev", "test") for i in doc.get(s) or []}


def side(pid: str, placed: dict[str, str] | None = None) -> str:
    """The passage's side: as corpus/citations/split.yaml places it, else by a hash of its id (the first 154)."""
    if placed and pid in placed:
        return placed[pid]
    h = int(hashlib.sha256(pid.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < 0.30 else "dev"


def passage_files() -> list[Path]:
    """passages.yaml, then the later batches (round2.yaml, ...)."""
    d = ROOT / "corpus" / "citations"
    return [d / "passages.yaml", *sorted(d.glob("round*.yaml"))]


def load(split: str) -> list[dict]:
    items = [dict(p, batch=f.name) for f in passage_files() for p in yaml.safe_load(f.read_text(encoding="utf-8"))]
    placed = _placed()
    return [p for p in items if side(p["id"], placed) == split]


def gold_spans(p: dict) -> list[dict]:
    out, pos = [], 0
    for c in p.get("citations") or []:  # each after the one before ("Article 164" after "... Article 164, Part 1")
        i = p["passage"].find(c["text"], pos)
        if i < 0:
            i = p["passage"].find(c["text"])
        out.append(dict(c, span=(i, i + len(c["text"]))))
        pos = max(pos, i + len(c["text"]))
    return out


def score(items: list[dict], rb, published: bool = False) -> dict:
    """The counts over ``items``; with ``published``, each passage is read with its source's
    publication date (``lawbook cite --published``), as a user who knows when a text was written can."""
    c = {"gold": 0, "found": 0, "matched": 0, "code_right": 0, "code_wrong": 0, "code_none": 0, "part_right": 0}
    per_lang: dict[str, dict] = {}
    per_batch: dict[str, dict] = {}
    misses = []
    for p in items:
        gold = gold_spans(p)
        when = (p.get("source") or {}).get("published") if published else None
        found = find_citations(p["passage"], None, rb, published=parse_published(str(when)) if when else None)
        lang = per_lang.setdefault(p["lang"], {"gold": 0, "found": 0, "matched": 0})
        batch = per_batch.setdefault(p.get("batch", ""), {"gold": 0, "found": 0, "matched": 0, "right": 0, "wrong": 0})
        used = set()
        for f in found:
            hit = next((k for k, g in enumerate(gold) if k not in used and str(g["article"]) == f.article
                        and f.span[0] < g["span"][1] and g["span"][0] < f.span[1]), None)
            if hit is None:
                misses.append((p["id"], "false", f.text, f.article, f.code))
                continue
            used.add(hit)
            g = gold[hit]
            c["matched"] += 1
            lang["matched"] += 1
            batch["matched"] += 1
            if f.code is None:
                c["code_none"] += 1
                misses.append((p["id"], "code-none", f.text, g["article"], g.get("code")))
            elif f.code == str(g.get("code")):
                c["code_right"] += 1
                batch["right"] += 1
            else:
                c["code_wrong"] += 1
                batch["wrong"] += 1
                misses.append((p["id"], "code-wrong", f.text, f.code, g.get("code")))
            gp = str(g["part"]) if g.get("part") not in (None, "") else None
            if (f.part or None) == gp:
                c["part_right"] += 1
        for k, g in enumerate(gold):
            if k not in used:
                misses.append((p["id"], "missed", g["text"], g["article"], g.get("code")))
        c["gold"] += len(gold)
        c["found"] += len(found)
        lang["gold"] += len(gold)
        lang["found"] += len(found)
        batch["gold"] += len(gold)
        batch["found"] += len(found)
    return {"c": c, "per_lang": per_lang, "per_batch": per_batch, "misses": misses, "n": len(items)}


def published_line(s: dict, s2: dict) -> str:
    """How the figures move when each passage is read with its source's publication date."""
    c, c2 = s["c"], s2["c"]
    m, m2 = c["matched"] or 1, c2["matched"] or 1
    return (f"With each passage's publication date given (`--published`; a passage written before the 2014 Code "
            f"was signed cites the 1997 Code): code right {c['code_right'] / m:.0%} → {c2['code_right'] / m2:.0%}, "
            f"wrong {c['code_wrong'] / m:.0%} → {c2['code_wrong'] / m2:.0%}, undecided {c['code_none'] / m:.0%} → "
            f"{c2['code_none'] / m2:.0%}. A source's date is not always when its text was written: an act's "
            f"consolidated text, amended since, carries the act's own date.")


def report(s: dict, split: str) -> str:
    c = s["c"]
    r = c["matched"] / c["gold"] if c["gold"] else 0
    p = c["matched"] / c["found"] if c["found"] else 0
    m = c["matched"] or 1
    lines = [f"Split **{split}**: {s['n']} passages, {c['gold']} annotated citations, {c['found']} found.", "",
             f"- recall {r:.2f}, precision {p:.2f}",
             f"- code decided and right {c['code_right'] / m:.0%}, wrong {c['code_wrong'] / m:.0%}, "
             f"left undecided (both readings) {c['code_none'] / m:.0%} of the citations found",
             f"- part right {c['part_right'] / m:.0%}", "",
             "| language | recall | precision |", "|---|---|---|"]
    for lang, x in sorted(s["per_lang"].items()):
        lr = x["matched"] / x["gold"] if x["gold"] else 1.0
        lp = x["matched"] / x["found"] if x["found"] else 1.0
        lines.append(f"| {lang} | {lr:.2f} | {lp:.2f} |")
    batches = {b: x for b, x in s.get("per_batch", {}).items() if b}
    if len(batches) > 1:
        lines += ["", "| batch | citations | recall | precision | code right | code wrong |", "|---|---|---|---|---|---|"]
        for b, x in sorted(batches.items()):
            bm = x["matched"] or 1
            lines.append(f"| {b} | {x['gold']} | {x['matched'] / x['gold'] if x['gold'] else 1.0:.2f} | "
                         f"{x['matched'] / x['found'] if x['found'] else 1.0:.2f} | {x['right'] / bm:.0%} | {x['wrong'] / bm:.0%} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", choices=["dev", "test", "batch"])
    ap.add_argument("file", nargs="?", help="batch: the passage file to score whole (figures only)")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    rb = rulebook.load()
    if a.split == "batch":
        if not a.file:
            ap.error("batch needs the passage file")
        s = score(yaml.safe_load(Path(a.file).read_text(encoding="utf-8")), rb)
        print(report(s, f"batch {Path(a.file).name}"))
        for m in s["misses"] if a.misses else ():
            print("  ", m)
        return 0
    items = load(a.split)
    s = score(items, rb)
    text = report(s, a.split) + "\n\n" + published_line(s, score(items, rb, published=True))
    print(text)
    if a.misses and a.split == "dev":
        for m in s["misses"]:
            print("  ", m)
    if a.write and a.split == "test":
        doc = ROOT / "docs" / "accuracy.md"
        body = doc.read_text(encoding="utf-8")
        section = (f"<!-- citations:start -->\n## Citations in real passages\n\n_Generated by `python "
                   f"scripts/citation_accuracy.py test --write` on {dt.date.today()} (corpus/citations, "
                   f"scored without --date)._\n\n{text}\n<!-- citations:end -->")
        if "<!-- citations:start -->" in body:
            head, rest = body.split("<!-- citations:start -->", 1)
            body = head + section + rest.split("<!-- citations:end -->", 1)[1]
        else:
            body = body.rstrip("\n") + "\n\n" + section + "\n"
        doc.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
