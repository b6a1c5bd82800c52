"""Draw the 1997 → 2014 correspondence of the covered articles as an SVG,
from the rulebook alone (rules/codes and rules/mapping), so the picture stays
true to the data.

    python docs/gen_diagrams.py          # rewrite docs/img/mapping.svg
    python docs/gen_diagrams.py --check  # exit 1 if the committed picture is stale

tests/test_docs.py fails when docs/img/mapping.svg differs from what this
script draws from the current rulebook.
"""
from __future__ import annotations

import argparse
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "img" / "mapping.svg"

COLOURS = {  # relation → colour; the legend reads in this order
    "same": "#2e7d32",
    "same-with-changes": "#1565c0",
    "merged": "#6a1b9a",
    "split": "#e65100",
    "new": "#757575",
    "decriminalised": "#c62828",
}
RANK = {"same": 0, "same-with-changes": 1, "merged": 2, "split": 3, "new": 4, "decriminalised": 5}
ROW, BOX_W, BOX_H, GAP = 24, 330, 20, 260
LEFT_X, TOP = 20, 70


def _sort_key(number: str) -> tuple:
    head, _, tail = number.partition("-")
    return (int(head) if head.isdigit() else 0, int(tail) if tail.isdigit() else 0, number)


def _short(text: str, n: int = 44) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip(" ,;") + "…"


def edges_from(rb) -> tuple[dict, dict, dict]:
    """``(old articles, new articles, {(old, new): relation})`` at article level.

    Part-level rows are folded into one edge per pair of articles, keeping the
    relation that says most (split > merged > same with changes > same)."""
    titles = {(a.code, a.number): a.title.en for a in rb.records("articles")}
    old, new, edges = {}, {}, {}
    for m in rb.records("mappings"):
        src = m.from_.article if m.from_ is not None else None
        if src is not None:
            old[src] = titles.get(("1997", src), "")
        targets = [t.article for t in m.to] or [None]
        for t in targets:
            if t is not None:
                new[t] = titles.get(("2014", t), "")
            key = (src, t)
            if key not in edges or RANK[m.relation] > RANK[edges[key]]:
                edges[key] = m.relation
    return old, new, edges


def draw(rb) -> str:
    old, new, edges = edges_from(rb)
    olds = sorted(old, key=_sort_key)
    news = sorted(new, key=_sort_key)
    rows = max(len(olds), len(news))
    width = LEFT_X * 2 + BOX_W * 2 + GAP
    height = TOP + rows * ROW + 90
    right_x = LEFT_X + BOX_W + GAP
    if len(olds) >= len(news):
        y_old = {a: TOP + i * ROW for i, a in enumerate(olds)}
        y_new = {a: TOP + i * ROW * (len(olds) - 1) / max(1, len(news) - 1) for i, a in enumerate(news)}
    else:
        y_new = {a: TOP + i * ROW for i, a in enumerate(news)}
        y_old = {a: TOP + i * ROW * (len(news) - 1) / max(1, len(olds) - 1) for i, a in enumerate(olds)}
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
           f'viewBox="0 0 {width} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="11">',
           "<title>1997 → 2014 Criminal Code: correspondence of the covered articles "
           f"(rulebook edition {escape(rb.edition)})</title>",
           f'<rect width="{width}" height="{height:.0f}" fill="#ffffff"/>',
           f'<text x="{LEFT_X}" y="30" font-size="15" font-weight="bold">1997 Criminal Code</text>',
           f'<text x="{right_x}" y="30" font-size="15" font-weight="bold">2014 Criminal Code</text>',
           f'<text x="{LEFT_X}" y="48" fill="#555">Acts before 1 January 2015</text>',
           f'<text x="{right_x}" y="48" fill="#555">Acts from 1 January 2015</text>']
    mid = BOX_H / 2
    for (src, dst), rel in sorted(edges.items(), key=lambda kv: (_sort_key(kv[0][0] or "0"), _sort_key(kv[0][1] or "0"))):
        colour = COLOURS[rel]
        if src is None and dst is not None:  # new in 2014
            y = y_new[dst] + mid
            svg.append(f'<line x1="{right_x - 40}" y1="{y:.1f}" x2="{right_x}" y2="{y:.1f}" stroke="{colour}" '
                       f'stroke-width="1.5" stroke-dasharray="3,3"><title>2014 art. {escape(dst)}: new</title></line>')
            svg.append(f'<text x="{right_x - 44}" y="{y + 4:.1f}" text-anchor="end" fill="{colour}">new</text>')
            continue
        if dst is None:
            continue
        y1, y2 = y_old[src] + mid, y_new[dst] + mid
        x1, x2 = LEFT_X + BOX_W, right_x
        c = GAP / 2
        svg.append(f'<path d="M{x1},{y1:.1f} C{x1 + c},{y1:.1f} {x2 - c},{y2:.1f} {x2},{y2:.1f}" fill="none" '
                   f'stroke="{colour}" stroke-width="1.6" opacity="0.85"><title>1997 art. {escape(src)} → '
                   f'2014 art. {escape(dst)}: {rel}</title></path>')
    for code, items, ys, x in (("1997", olds, y_old, LEFT_X), ("2014", news, y_new, right_x)):
        for a in items:
            title = old[a] if code == "1997" else new[a]
            y = ys[a]
            svg.append(f'<g><title>{code} art. {escape(a)}: {escape(title)}</title>'
                       f'<rect x="{x}" y="{y:.1f}" width="{BOX_W}" height="{BOX_H}" rx="3" fill="#f5f5f5" '
                       f'stroke="#9e9e9e"/>'
                       f'<text x="{x + 6}" y="{y + 14:.1f}"><tspan font-weight="bold">{escape(a)}</tspan> '
                       f'{escape(_short(title))}</text></g>')
    ly = height - 50
    svg.append(f'<text x="{LEFT_X}" y="{ly - 8:.0f}" font-weight="bold">Relation (part-level rows folded '
               f'into one line per pair of articles)</text>')
    x = LEFT_X
    for rel, colour in COLOURS.items():
        svg.append(f'<line x1="{x}" y1="{ly + 8:.0f}" x2="{x + 26}" y2="{ly + 8:.0f}" stroke="{colour}" '
                   f'stroke-width="3"/><text x="{x + 32}" y="{ly + 12:.0f}">{rel}</text>')
        x += 40 + 7 * len(rel) + 20
    svg.append(f'<text x="{LEFT_X}" y="{height - 10:.0f}" fill="#777">Drawn by docs/gen_diagrams.py from '
               f'rules/mapping and rules/codes, rulebook edition {escape(rb.edition)}.</text>')
    svg.append("</svg>")
    return "\n".join(svg) + "\n"


def main(argv=None) -> int:
    sys.path.insert(0, str(ROOT))
    from lawbook.rulebook import load

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if docs/img/mapping.svg is stale")
    ns = ap.parse_args(argv)
    text = draw(load(ROOT / "rules"))
    if ns.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run python docs/gen_diagrams.py", file=sys.stderr)
            return 1
        print("mapping.svg up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
