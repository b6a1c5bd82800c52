"""Which kinds of code evidence are reliable? For every citation found on the DEV side of
corpus/citations whose code is decided, the kind of evidence that decided it (as its
``code_reason`` names it) and whether the code is right; beside them, the wrong codes by
kind when fresh batches were first scored, untuned (corpus/citations/untuned_evidence.yaml,
from decision 0014 and docs/accuracy.md). Never reads the test side.

    python scripts/citation_evidence.py           # the table, Markdown
    python scripts/citation_evidence.py --leans   # also the undecided citations and where they lean

The kinds, from the reason's first words (``kind("number: only the 2014 Code ...")`` is
``'number'``); "document" is split into the document's years and its strong evidence, and
"date-in-text" into a year in the same sentence and one earlier in the paragraph:

>>> kind("document: every year the document mentions (2016) falls under the 2014 Code; nearest: 2016, 4 characters away")
'document-years'
>>> kind("document: elsewhere in the document the strong evidence points to the 2014 Code only; nearest: ...")
'document-strong'
>>> kind("date-in-text: the year 2009 earlier in the paragraph falls under the 1997 Code")
'date-in-text (paragraph)'
>>> kind("list: cited together with art. 174 (subject: ...)")
'list'
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import citation_accuracy as ca  # noqa: E402
from lawbook import rulebook  # noqa: E402
from lawbook.citations import find_citations  # noqa: E402

UNTUNED = ROOT / "corpus" / "citations" / "untuned_evidence.yaml"


def kind(reason: str) -> str:
    """The kind of evidence a ``code_reason`` names (see the module's examples)."""
    head = reason.split(":")[0]
    if head == "document":
        return "document-years" if "every year the document mentions" in reason else "document-strong"
    if head == "date-in-text":
        return "date-in-text (sentence)" if "in the same sentence" in reason else "date-in-text (paragraph)"
    return head


def dev_kinds(rb) -> tuple[dict[str, Counter], Counter]:
    """Per kind, the decided dev citations that are right and wrong; and the undecided ones by the
    first words of their reason."""
    by_kind: dict[str, Counter] = defaultdict(Counter)
    undecided: Counter = Counter()
    for p in ca.load("dev"):
        gold = ca.gold_spans(p)
        used: set[int] = set()
        for f in find_citations(p["passage"], None, rb):
            hit = next((k for k, g in enumerate(gold) if k not in used and str(g["article"]) == f.article
                        and f.span[0] < g["span"][1] and g["span"][0] < f.span[1]), None)
            if hit is None:
                continue
            used.add(hit)
            if f.code is None:
                undecided["leans" if "leans to the" in f.code_reason else "no evidence"] += 1
                continue
            by_kind[kind(f.code_reason)]["right" if f.code == str(gold[hit].get("code")) else "wrong"] += 1
    return by_kind, undecided


def untuned() -> list[dict]:
    """The first-seen scores of the fresh batches, as recorded (see the data file's header)."""
    return yaml.safe_load(UNTUNED.read_text(encoding="utf-8"))["rounds"]


def table(by_kind: dict[str, Counter], rounds: list[dict]) -> str:
    names = sorted(set(by_kind) | {k for r in rounds for k in r.get("wrong_by_kind", {})})
    head = "| kind | dev decided | dev right | dev wrong | " + " | ".join(
        f"{r['round']} wrong (untuned)" for r in rounds) + " |"
    lines = [head, "|" + "---|" * (4 + len(rounds))]
    for n in names:
        c = by_kind.get(n, Counter())
        lines.append(f"| {n} | {c['right'] + c['wrong']} | {c['right']} | {c['wrong']} | "
                     + " | ".join(str(r.get("wrong_by_kind", {}).get(n, "")) for r in rounds) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--leans", action="store_true", help="also count the undecided dev citations")
    a = ap.parse_args()
    by_kind, undecided = dev_kinds(rulebook.load())
    rounds = untuned()
    print(table(by_kind, rounds))
    print()
    for r in rounds:
        print(f"- {r['round']} (first scored with the code at {r['commit']}): {r['found']} citations found, "
              f"right {r['right']}, wrong {r['wrong']}, undecided {r['undecided']} — {r['source']}")
    if a.leans:
        print()
        print("Undecided on dev:", ", ".join(f"{k} {v}" for k, v in sorted(undecided.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
