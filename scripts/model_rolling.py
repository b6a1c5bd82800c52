"""Would a small trained model help the reading on text the rules were never
tuned on? A rolling-origin measurement on the dev split (docs/decisions/0007,
twelfth session).

For each batch round R (10 … 28) the code at the commit that added
``corpus/accounts/roundR.yaml`` had not been tuned on it. That commit is checked
out in a throwaway worktree and ITS reading is run on round R's dev accounts
(the ids that ``corpus/split.yaml`` here puts in dev); the findings are cached
as JSON. A model is trained, for each R, on the dev accounts that existed at that
commit (the files and ids of its tree, round R excluded; labels as they are
now) and applied to round R. Three uses are scored against the same old
outputs, summed over the rounds:

- ``add``: the rules' findings plus every article the model gives p >= t that
  the rules did not find (``add0``: only on accounts where the rules found
  nothing);
- ``drop``: the rules' findings minus those the model gives p < t' (articles
  the model knows);
- ``neg``: a detector of accounts with no label suppresses every finding when
  p(no label) >= u.

Feature sets: ``base`` (base forms and their bigrams, as scripts/model_cv.py),
``forms`` (folded word forms and base forms, with bigrams of base forms),
``chars`` (character 3- to 5-grams within words). One logistic regression per
article (2014 numbering, articles with five or more training labels), numpy,
full-batch gradient descent. Thresholds are chosen on rounds 10-22 and then
looked at once on rounds 23-28.

    python scripts/model_rolling.py                      # the three feature sets, 400 epochs
    python scripts/model_rolling.py --features base --epochs 2000 --lr 8
    python scripts/model_rolling.py --features base --epochs 2000 --lr 8 --show base:add:0.3
    python scripts/model_rolling.py --features base --epochs 2000 --lr 8 --new-cases
    python scripts/model_rolling.py --fresh              # re-run the old readings and models

The old readings take about 1 s of CPU per round (19 throwaway worktrees
under /tmp, removed after; cached in /tmp/model_rolling). The models take
about 2 minutes of CPU for ``base`` and ``forms`` at 400 epochs, 9 for
``chars``, 10 for ``base`` at 2,000 epochs; predictions are cached too.
Needs numpy (the ``scale`` extra) and git.
"""
from __future__ import annotations

import argparse
import collections
import json
import math
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/model_rolling")
# the twelfth session's halves; --rounds, --choose and --confirm set others (twenty-eighth session: 10-28 / 29-65)
ROUNDS = range(10, 29)
CHOOSE, CONFIRM = range(10, 23), range(23, 29)
LANGS = ("all", "en", "ru", "kk")


# -- old readings ----------------------------------------------------------------

def worker(wt: str, inp: str, out: str) -> None:
    """Run the reading of worktree ``wt`` on the accounts in ``inp``; the
    findings' article alternatives (code, article) go to ``out``."""
    sys.path.insert(0, wt)
    import lawbook
    assert lawbook.__file__.startswith(wt), lawbook.__file__
    from lawbook import rulebook
    from lawbook.classification import classify_text
    t0 = time.process_time()
    rb = rulebook.load()
    res = {}
    for a in json.loads(Path(inp).read_text(encoding="utf-8")):
        try:
            r, err = classify_text(a["passage"], rulebook=rb), None
        except Exception as exc:  # a refusal, or an old bug: no finding, as accuracy.py counts it
            r, err = {"findings": []}, f"{type(exc).__name__}: {str(exc)[:200]}"
        arts = []
        for f in r.get("findings", []):
            alts = {(f["code"], f["article"])} | {(c["code"], c["article"]) for c in f.get("counterparts", [])}
            arts.append([f["article"], sorted(alts)])
        res[a["id"]] = {"arts": arts, "error": err}
    Path(out).write_text(json.dumps({"lawbook": lawbook.__file__, "cpu": time.process_time() - t0,
                                     "results": res}, ensure_ascii=False), encoding="utf-8")


def git(*args: str) -> str:
    return subprocess.check_output(["git", "-C", str(ROOT), *args], text=True)


def added_at(r: int) -> str:
    return git("log", "--diff-filter=A", "--format=%H", "--", f"corpus/accounts/round{r}.yaml").split()[-1]


def old_readings(dev: dict, fresh: bool) -> dict:
    """{round: {id: {"arts": [...], "error": ...}}}, running the old code where not cached."""
    CACHE.mkdir(exist_ok=True)
    out = {}
    for r in ROUNDS:
        path = CACHE / f"out{r}.json"
        if fresh or not path.exists():
            commit = added_at(r)
            wt = f"/tmp/mr-{r}"
            inp = CACHE / f"in{r}.json"
            inp.write_text(json.dumps([{"id": a["id"], "passage": a["passage"]} for a in dev.values()
                                       if a["_file"] == f"round{r}"], ensure_ascii=False), encoding="utf-8")
            git("worktree", "add", "--detach", wt, commit)
            try:
                subprocess.run([sys.executable, __file__, "--worker", wt, str(inp), str(path)], check=True,
                               cwd="/tmp", env={"PATH": "/usr/bin:/bin", "PYTHONPATH": wt})
            finally:
                git("worktree", "remove", "--force", wt)
        out[r] = json.loads(path.read_text(encoding="utf-8"))["results"]
    return out


def tree_ids(r: int) -> set:
    """The ids of every accounts file in the tree of the commit that added round r, round r excluded."""
    import yaml
    commit = added_at(r)
    ids = set()
    for path in git("ls-tree", "--name-only", commit, "corpus/accounts/").split():
        if path.endswith(".yaml") and not path.endswith(f"/round{r}.yaml"):
            ids |= {a["id"] for a in yaml.safe_load(git("show", f"{commit}:{path}")) or []}
    return ids


# -- the corpus, features, models ------------------------------------------------

def dev_accounts() -> dict:
    import yaml
    sp = yaml.safe_load((ROOT / "corpus" / "split.yaml").read_text(encoding="utf-8"))
    want = set(sp["dev"])
    del sp
    out = {}
    for p in sorted((ROOT / "corpus" / "accounts").glob("*.yaml")):
        for a in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
            if a["id"] in want:
                a["_file"] = p.stem
                out[a["id"]] = a
    return out


def featurizer(kind: str):
    from lawbook import rulebook
    from lawbook.reading.wordforms import kazakh, tokens
    kk = kazakh(rulebook.load())

    def feats(text: str, lang: str) -> set:
        ts = [t for t in tokens(text, lang, kk=kk) if len(t.low) > 2 and not t.low.isdigit()]
        keys = [t.key for t in ts]
        f = set()
        if kind in ("base", "forms"):
            f |= {lang + ":" + k for k in keys} | {lang + ":" + a + "_" + b for a, b in zip(keys, keys[1:])}
        if kind == "forms":
            f |= {lang + ":=" + t.low for t in ts}
        if kind == "chars":
            for t in ts:
                w = f"<{t.low}>"
                f |= {lang + ":#" + w[i:i + n] for n in (3, 4, 5) for i in range(len(w) - n + 1)}
        return f
    return feats


def train(X_feats: list, Y: dict, epochs: int = 400, lr: float = 4.0, lam: float = 1e-4, top: int = 20000):
    """One logistic regression per column of Y, on binary features with
    document frequency >= 2 (the ``top`` most frequent), rows scaled to unit
    length. Returns (vocab, W, b, names).

    The matrix is kept sparse (each row's feature ids and one value), so an
    epoch costs the number of features present, not rows x vocabulary; the
    gradient descent is the same as with the dense matrix."""
    import numpy as np
    df = collections.Counter(f for fs in X_feats for f in fs)
    keep = sorted((f for f, n in df.items() if n >= 2), key=lambda f: (-df[f], f))[:top]
    vocab = {f: i for i, f in enumerate(sorted(keep))}
    rows_ids = [sorted(vocab[f] for f in fs if f in vocab) for fs in X_feats]
    vals = np.array([1.0 / math.sqrt(max(len(fs), 1)) for fs in X_feats], dtype=np.float32)
    flat = np.array([i for ids in rows_ids for i in ids], dtype=np.int64)
    row_of = np.array([r for r, ids in enumerate(rows_ids) for _ in ids], dtype=np.int64)
    starts = np.cumsum([0] + [len(ids) for ids in rows_ids])[:-1]
    nonempty = np.array([len(ids) > 0 for ids in rows_ids])
    order = np.argsort(flat, kind="stable")
    flat_s, row_s = flat[order], row_of[order]
    feat_ids, feat_starts = np.unique(flat_s, return_index=True)
    names = sorted(Y)
    Ym = np.array([Y[n] for n in names], dtype=np.float32).T
    W = np.zeros((len(vocab), len(names)), dtype=np.float32)
    b = np.zeros(len(names), dtype=np.float32)
    n = len(X_feats)
    Z = np.zeros((n, len(names)), dtype=np.float32)
    for _ in range(epochs):
        Z[:] = 0
        if len(flat):
            sums = np.add.reduceat(W[flat], starts[nonempty], axis=0)
            Z[nonempty] = sums * vals[nonempty, None]
        P = 1 / (1 + np.exp(-(Z + b)))
        G = P - Ym
        grad = np.zeros_like(W)
        if len(flat):
            grad[feat_ids] = np.add.reduceat(G[row_s] * vals[row_s, None], feat_starts, axis=0)
        W -= lr * (grad / n + lam * W)
        b -= lr * G.mean(0)
    return vocab, W, b, names


def predict(model, fs: set) -> dict:
    import numpy as np
    vocab, W, b, names = model
    ids = [vocab[f] for f in fs if f in vocab]
    z = b + W[ids].sum(0) / math.sqrt(max(len(fs), 1))
    return dict(zip(names, (1 / (1 + np.exp(-z))).tolist()))


# -- scoring ---------------------------------------------------------------------

def matched(arts: list, labels: set, code: str) -> tuple[set, int]:
    """accuracy.py's matching: the labelled articles the findings hit, and how many findings hit none."""
    hits, fp = set(), 0
    for _, alts in arts:
        hit = {x for c, x in alts if x in labels and (not code or c == code)} or {x for c, x in alts if x in labels}
        hits |= hit
        fp += not hit
    return hits, fp


def apply(use: str, thr: float, arts: list, pred: dict, back) -> list:
    if use == "rules":
        return arts
    if use == "neg":
        return [] if pred["NONE"] >= thr else arts
    if use == "drop":
        out = []
        for prim, alts in arts:
            ps = [pred[x] for c, x in alts if c == "2014" and x in pred]
            if not (ps and max(ps) < thr):
                out.append((prim, alts))
        return out
    have = {x for _, alts in arts for c, x in alts if c == "2014"}
    if use == "add0" and arts:
        return arts
    extra = [(x, [("2014", x)] + [("1997", y) for y in back(x)]) for x, p in pred.items()
             if x != "NONE" and p >= thr and x not in have]
    return list(arts) + extra


def tally(rows: list, use: str, thr: float, back) -> dict:
    c = {lang: collections.Counter() for lang in LANGS}
    for a, arts, pred in rows:
        labels = {str(l["article"]) for l in a.get("labels") or []}
        base_hits, base_fp = matched(arts, labels, str(a.get("code") or ""))
        hits, fp = matched(apply(use, thr, arts, pred, back), labels, str(a.get("code") or ""))
        for lang in ("all", a["lang"]):
            c[lang].update(tp=len(hits), fp=fp, fn=len(labels - hits),
                           added_tp=len(hits - base_hits), added_fp=max(fp - base_fp, 0),
                           lost_tp=len(base_hits - hits), lost_fp=max(base_fp - fp, 0))
    return c


def f1(c) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


GRID = {"add": (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8), "add0": (0.2, 0.3, 0.4, 0.5, 0.6, 0.7),
        "drop": (0.01, 0.02, 0.05, 0.1, 0.2), "neg": (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker", nargs=3, metavar=("WORKTREE", "IN", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--fresh", action="store_true", help="re-run the old readings")
    ap.add_argument("--features", default="base,forms,chars")
    ap.add_argument("--epochs", type=int, default=400)
    ap.add_argument("--lr", type=float, default=4.0)
    ap.add_argument("--new-cases", action="store_true",
                    help="score only accounts of cases the training set does not hold (as the split keeps them apart)")
    ap.add_argument("--show", metavar="KIND:USE:T", help="list what one setting adds and removes, per account")
    ap.add_argument("--rounds", default="10-28", help="batch rounds scored, FIRST-LAST")
    ap.add_argument("--choose", default="10-22", help="rounds the thresholds are chosen on")
    ap.add_argument("--confirm", default="23-28", help="rounds the chosen settings are looked at once")
    args = ap.parse_args()
    global ROUNDS, CHOOSE, CONFIRM
    span = lambda t: range(int(t.split("-")[0]), int(t.split("-")[1]) + 1)  # noqa: E731
    ROUNDS, CHOOSE, CONFIRM = span(args.rounds), span(args.choose), span(args.confirm)
    if args.worker:
        worker(*args.worker)
        return 0
    sys.path.insert(0, str(ROOT))
    from lawbook import rulebook
    from lawbook.conversion import convert_parsed, index as code_index
    dev = dev_accounts()
    old = old_readings(dev, args.fresh)
    ix = code_index(rulebook.load())

    def conv(code, art):
        try:
            return {r.article for r in convert_parsed(code, art, None, ix).results}
        except Exception:
            return set()

    def labels2014(a):
        out = set()
        for l in a.get("labels") or []:
            art = str(l["article"])
            out |= {art} if str(a.get("code") or "2014") == "2014" else (conv("1997", art) or {art})
        return out

    back_memo = {}

    def back(x):
        if x not in back_memo:
            back_memo[x] = sorted(conv("2014", x))
        return back_memo[x]

    train_ids = {r: tree_ids(r) & set(dev) for r in ROUNDS}
    t0 = time.process_time()
    results = {}
    for kind in args.features.split(","):
        cached = CACHE / f"pred-{kind}-{args.epochs}-{args.lr}-{args.rounds}.json"
        if cached.exists() and not args.fresh:
            preds = json.loads(cached.read_text(encoding="utf-8"))
            results[kind] = {r: [(dev[i], [(p, [tuple(x) for x in alts]) for p, alts in res["arts"]], preds[i])
                                 for i, res in old[r].items()] for r in ROUNDS}
            continue
        feats = featurizer(kind)
        F = {i: feats(a["passage"], a["lang"]) for i, a in dev.items()}
        rows = {r: [] for r in ROUNDS}
        for r in ROUNDS:
            tr = sorted(train_ids[r])
            y = {i: labels2014(dev[i]) for i in tr}
            counts = collections.Counter(x for i in tr for x in y[i])
            arts = sorted(x for x, n in counts.items() if n >= 5)
            Y = {x: [x in y[i] for i in tr] for x in arts}
            Y["NONE"] = [not y[i] for i in tr]
            model = train([F[i] for i in tr], Y, epochs=args.epochs, lr=args.lr)
            for i, res in old[r].items():
                rows[r].append((dev[i], [(p, [tuple(x) for x in alts]) for p, alts in res["arts"]], predict(model, F[i])))
            print(f"  {kind} round {r}: trained on {len(tr)}, {len(arts)} articles, cpu {time.process_time() - t0:.0f}s",
                  file=sys.stderr)
        results[kind] = rows
        cached.write_text(json.dumps({a["id"]: pred for r in ROUNDS for a, _, pred in rows[r]}), encoding="utf-8")
    print(f"models: {time.process_time() - t0:.0f}s CPU")
    if args.new_cases:  # score only accounts whose case has no account in the model's training set
        key = lambda a: a.get("case_key") or a["id"]  # noqa: E731
        seen = {r: {key(dev[i]) for i in train_ids[r]} for r in ROUNDS}
        results = {kind: {r: [x for x in rows[r] if key(x[0]) not in seen[r]] for r in ROUNDS}
                   for kind, rows in results.items()}
    if args.show:
        kind, use, thr = args.show.split(":")
        show(results[kind], use, float(thr), back)
        return 0
    report(results, back)
    return 0


def show(rows: dict, use: str, thr: float, back) -> None:
    for r in ROUNDS:
        for a, arts, pred in rows[r]:
            labels = {str(l["article"]) for l in a.get("labels") or []}
            before = {p for p, _ in arts}
            after = apply(use, thr, arts, pred, back)
            for p, alts in after:
                if p not in before:
                    ok = bool({x for _, x in alts} & labels)
                    print(f"R{r} {a['lang']} +{p} p={pred[p]:.2f} {'TRUE' if ok else 'false'} {a['id']} labels={sorted(labels)}")
            for p, alts in arts:
                if p not in {q for q, _ in after}:
                    ok = bool({x for _, x in alts} & labels)
                    print(f"R{r} {a['lang']} -{p} {'TRUE' if ok else 'false'} {a['id']} labels={sorted(labels)}")


def row(name, c, base=None) -> str:
    cells = []
    for lang in LANGS:
        x = c[lang]
        cells.append(f"{f1(x):.3f} ({x['tp']}/{x['fp']}/{x['fn']})")
    delta = f"+{c['all']['added_tp']}/{c['all']['added_fp']} −{c['all']['lost_tp']}/{c['all']['lost_fp']}"
    return f"| {name} | " + " | ".join(cells) + f" | {delta} |"


def report(results: dict, back) -> None:
    head = ("| use | all F1 (TP/FP/FN) | en | ru | kk | true/false added, −true/false removed |\n"
            "|---|---|---|---|---|---|")
    chosen = []
    for half, rng in ((f"choose (rounds {CHOOSE[0]}-{CHOOSE[-1]})", CHOOSE),
                      (f"confirm (rounds {CONFIRM[0]}-{CONFIRM[-1]})", CONFIRM)):
        print(f"\n### {half}\n\n{head}")
        any_rows = next(iter(results.values()))
        base_rows = [x for r in rng for x in any_rows[r]]
        print(row("rules alone", tally(base_rows, "rules", 0, back)))
        for kind, rows in results.items():
            rs = [x for r in rng for x in rows[r]]
            for use, grid in GRID.items():
                for thr in grid:
                    if half.startswith("choose") or (kind, use, thr) in chosen:
                        c = tally(rs, use, thr, back)
                        print(row(f"{kind} {use} {thr}", c))
            if half.startswith("choose"):
                for use, grid in GRID.items():
                    # ties go to the threshold that changes least (the end of the grid for add
                    # and neg, its start for drop): a use that changes nothing is not chosen
                    order = grid if use == "drop" else grid[::-1]
                    best = max(order, key=lambda t: f1(tally(rs, use, t, back)["all"]))
                    chosen.append((kind, use, best))
        if half.startswith("choose"):
            print(f"\nchosen on rounds {CHOOSE[0]}-{CHOOSE[-1]} (best overall F1 per feature set and use):", chosen)


if __name__ == "__main__":
    sys.exit(main())
