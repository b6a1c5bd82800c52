"""Score lawbook's reading of real accounts (corpus/accounts) on one side of
the split, as a user runs it: ``classify_text(passage)`` with no date given.

    python scripts/accuracy.py dev             # figures and every miss, for tuning
    python scripts/accuracy.py test --write    # regenerate docs/accuracy.md (never tune on this)

A finding counts when its article, or its counterpart in the other code, is a
labelled article (micro-averaged over (account, article) pairs). Part level
compares (article, part) pairs where the label gives the part.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook import rulebook  # noqa: E402
from lawbook.classification import classify_text  # noqa: E402
from lawbook.errors import LawbookError  # noqa: E402


def load(split: str) -> list[dict]:
    sp = yaml.safe_load((ROOT / "corpus" / "split.yaml").read_text(encoding="utf-8"))
    want = set(sp[split])
    out = []
    for p in sorted((ROOT / "corpus" / "accounts").glob("*.yaml")):
        for a in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
            if a["id"] in want:
                out.append(a)
    return out


def found_articles(res: dict) -> tuple[set, set]:
    arts, parts = set(), set()
    for f in res.get("findings", []):
        alts = {(f["code"], f["article"], f.get("part"))}
        for c in f.get("counterparts", []):
            alts.add((c["code"], c["article"], c.get("part")))
        arts.add((f["article"], frozenset((c, a) for c, a, _ in alts)))
        parts.add(frozenset((c, a, p) for c, a, p in alts if p))
    return arts, parts


def score(accounts: list[dict], rb, published: bool = False) -> dict:
    """The counts over ``accounts``; with ``published``, each account is read
    with its source's publication date (``--published``), as a user who pastes
    a dated page can."""
    per_lang = collections.defaultdict(lambda: collections.Counter())
    per_art = collections.defaultdict(lambda: collections.Counter())
    part_c = collections.Counter()
    negatives = collections.Counter()
    strict = collections.Counter()
    misses = []
    errors = 0
    per_account = {}
    for a in accounts:
        lang = a["lang"]
        code = str(a.get("code") or "")
        labels = {str(l["article"]) for l in a.get("labels") or []}
        lparts = {(str(l["article"]), str(l["part"])) for l in a.get("labels") or [] if l.get("part") not in (None, "")}
        try:
            when = (a.get("source") or {}).get("published") if published else None
            res = classify_text(a["passage"], rulebook=rb, published=str(when) if when else None)
        except LawbookError as exc:
            res = {"findings": [], "error": str(exc)}
            errors += 1
        arts, parts = found_articles(res)
        matched = set()
        fp = []
        for primary, alts in arts:
            hit = {art for c, art in alts if art in labels and (not code or c == code)} or \
                  {art for c, art in alts if art in labels}
            if hit:
                matched |= hit
            else:
                fp.append(primary)
        tp, fn = len(matched), len(labels - matched)
        # in the code of the acts only: a finding's own article, in the code the account is labelled in
        own = {f["article"] for f in res.get("findings", []) if not code or f.get("code") == code}
        other = len(res.get("findings", [])) - len(own)
        strict.update(tp=len(own & labels), fp=len(own - labels) + other, fn=len(labels - own))
        per_lang[lang].update(tp=tp, fp=len(fp), fn=fn)
        per_lang["all"].update(tp=tp, fp=len(fp), fn=fn)
        per_account[a["id"]] = collections.Counter(tp=tp, fp=len(fp), fn=fn)
        for art in matched:
            per_art[art].update(tp=1)
        for art in labels - matched:
            per_art[art].update(fn=1)
        for art in fp:
            per_art[art].update(fp=1)
        pm = set()
        pfp = 0
        for alts in parts:
            arts_here = {art for c, art, p in alts}
            if not arts_here & {x for x, _ in lparts}:
                continue
            hit = {(art, p) for c, art, p in alts if (art, p) in lparts}
            if hit:
                pm |= hit
            else:
                pfp += 1
        part_c.update(tp=len(pm), fp=pfp, fn=len(lparts - pm))
        if a.get("negative"):
            negatives.update(total=1, clean=int(not arts))
        if fp or labels - matched:
            misses.append({"id": a["id"], "lang": lang, "labels": sorted(labels), "found": sorted({p for p, _ in arts}),
                           "facts": [(x["fact"], [e["cue"] for e in x["evidence"]]) for x in res.get("extracted", []) if x.get("what") == "fact"],
                           "error": res.get("error"), "passage": a["passage"][:400]})
    return {"per_lang": per_lang, "per_art": per_art, "parts": part_c, "negatives": negatives, "strict": strict,
            "misses": misses, "errors": errors, "n": len(accounts), "per_account": per_account}


def prf(c) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def published_line(s: dict, s2: dict, accounts: list[dict]) -> str:
    """One paragraph: the same split read with each account's publication date."""
    have = sum(1 for a in accounts if (a.get("source") or {}).get("published"))
    _, _, f = prf(s["per_lang"]["all"])
    _, _, f2 = prf(s2["per_lang"]["all"])
    _, _, c = prf(s["strict"])
    _, _, c2 = prf(s2["strict"])
    return (f"With each account's publication date given (`--published`; {have} of {len(accounts)} accounts' "
            f"sources give one, to the day, month or year): F1 {f:.2f} → {f2:.2f}; in the code of the acts only "
            f"{c:.2f} → {c2:.2f}. The publication date only stands in for a date the account does not give (read as "
            f"of it instead of today), ends acts told as going on to the present, and dates what the account tells "
            f"relative to it (\"last year\", «в прошлом году»).")


#: A collector's note that says the labels rest on the case's other accounts or that the passage names no charge
#: ("labels from the linked corpus accounts", "the page names neither the offence nor the acts", "no article printed
#: here"): such a passage cannot show every labelled article, however well it is read. A heuristic over the notes'
#: wording, used only to split the figures in two.
LABELS_ELSEWHERE = re.compile(
    r"linked|other accounts|accounts? (?:already )?(?:held|in the corpus)|labels? (?:follow|from|as|are those|taken)"
    r"|taken from|names? (?:neither|no|none)|no (?:article|charge|offence|number)s? (?:is |are )?(?:named|printed|given)"
    r"|not (?:named|printed) (?:here|in (?:the|this) (?:excerpt|passage))|(?:excerpt|passage|page) names? no", re.I)


def label_source_line(accounts: list[dict], s: dict) -> str:
    """One paragraph: the split's labelled accounts (scored in ``s``, :func:`score`) in two parts, those whose labels
    the passage itself gives and those whose note says they rest on the case's other accounts
    (:data:`LABELS_ELSEWHERE`)."""
    pos = [a for a in accounts if not a.get("negative") and a.get("labels")]
    elsewhere = [a for a in pos if LABELS_ELSEWHERE.search(str(a.get("note") or ""))]
    own = [a for a in pos if not LABELS_ELSEWHERE.search(str(a.get("note") or ""))]
    parts = []
    for name, group in (("labels the passage gives", own), ("labels resting on the case's other accounts", elsewhere)):
        p, r, f = prf(sum((s["per_account"][a["id"]] for a in group), collections.Counter()))
        parts.append(f"{name}: {len(group)} accounts, F1 {f:.2f} (P {p:.2f}, R {r:.2f})")
    return ("By where the labels come from (the collectors' notes; a heuristic, scripts/accuracy.py "
            "`LABELS_ELSEWHERE`), the labelled accounts: " + "; ".join(parts) + ". A passage that names no charge, "
            "labelled from the case's other accounts, cannot show every article however well it is read.")


def report(s: dict, split: str) -> str:
    lines = [f"Split **{split}**: {s['n']} accounts ({s['errors']} refused with an error).", "",
             "| language | precision | recall | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    for lang in ("all", "en", "ru", "kk"):
        c = s["per_lang"].get(lang)
        if not c:
            continue
        p, r, f = prf(c)
        lines.append(f"| {lang} | {p:.2f} | {r:.2f} | {f:.2f} | {c['tp']} | {c['fp']} | {c['fn']} |")
    p, r, f = prf(s["strict"])
    lines += ["", f"In the code of the acts only (a finding counts when its own article, in the code the account is "
              f"labelled in, is a labelled article; its counterpart in the other code does not): precision {p:.2f}, "
              f"recall {r:.2f}, F1 {f:.2f}."]
    p, r, f = prf(s["parts"])
    lines += ["", f"Part level (labels that give the part): precision {p:.2f}, recall {r:.2f}, F1 {f:.2f} "
              f"(TP {s['parts']['tp']}, FP {s['parts']['fp']}, FN {s['parts']['fn']}).", ""]
    n = s["negatives"]
    if n["total"]:
        lines.append(f"Negatives with no finding: {n['clean']} of {n['total']} ({n['clean'] / n['total']:.0%}).")
    lines += ["", "| article | precision | recall | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    # ties by the article's number, so the table is the same at every run (set order varies with string hashing)
    for art, c in sorted(s["per_art"].items(), key=lambda kv: (-(kv[1]["tp"] + kv[1]["fn"] + kv[1]["fp"]), kv[0])):
        p, r, f = prf(c)
        lines.append(f"| {art} | {p:.2f} | {r:.2f} | {f:.2f} | {c['tp']} | {c['fp']} | {c['fn']} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", choices=["dev", "test"])
    ap.add_argument("--write", action="store_true", help="write docs/accuracy.md (test split)")
    ap.add_argument("--misses", action="store_true", help="print every miss (dev only)")
    args = ap.parse_args()
    rb = rulebook.load()
    accounts = load(args.split)
    s = score(accounts, rb)
    text = (report(s, args.split) + "\n\n" + published_line(s, score(accounts, rb, published=True), accounts)
            + "\n\n" + label_source_line(accounts, s))
    print(text)
    if args.misses and args.split == "dev":
        for m in s["misses"]:
            print(f"\n- {m['id']} [{m['lang']}] labels {m['labels']} found {m['found']} {m['error'] or ''}\n  {m['passage']}")
            for fact, cs in m["facts"]:
                print(f"    fact {fact.get('kind')} {dict((k, v) for k, v in fact.items() if k not in ('kind', 'span'))} <- {cs}")
    if args.write:
        if args.split != "test":
            print("--write is for the test split", file=sys.stderr)
            return 2
        misses = "\n".join(f"- `{m['id']}` ({m['lang']}): labelled {', '.join(m['labels']) or 'none'}; "
                           f"found {', '.join(m['found']) or 'nothing'}" for m in s["misses"])
        doc = (ROOT / "docs" / "accuracy.md")
        head = doc.read_text(encoding="utf-8").split("<!-- accounts:start -->")[0] if doc.exists() else ""
        tail = doc.read_text(encoding="utf-8").split("<!-- accounts:end -->")[1] if doc.exists() and "<!-- accounts:end -->" in doc.read_text(encoding="utf-8") else ""
        body = (f"<!-- accounts:start -->\n_Generated by `python scripts/accuracy.py test --write` on "
                f"{dt.date.today()} with rulebook {rb.stamp()['edition']} ({rb.stamp()['sha256'][:12]})._\n\n"
                f"{text}\n\n### Known misses on the test split\n\n{misses}\n<!-- accounts:end -->")
        doc.write_text((head or "# Accuracy on real accounts\n\n") + body + tail, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
