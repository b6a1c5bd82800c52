"""Draw the precision/recall of name screening against the threshold on the dev
queries of corpus/names/queries.yaml: docs/img/screening-threshold.svg.

    python scripts/screening_curve.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import screening_accuracy as sa  # noqa: E402
from lawbook.screening import DEFAULT_THRESHOLD, index  # noqa: E402


def points() -> list[tuple[float, float, float]]:
    ix = index()
    items = sa.load("dev")
    scored = []
    for q in items:
        r = ix.screen(q["query"], as_of=str(q["as_of"]), threshold=0.5)
        top = next((m for m in r.matches if m["in_force"]), None)
        scored.append((q.get("expect_org"), top["id"] if top else None, top["score"] if top else 0.0))
    out = []
    for k in range(50, 101, 2):
        t = k / 100
        tp = sum(1 for want, got, sc in scored if want and got == want and sc >= t)
        fp = sum(1 for want, got, sc in scored if got and sc >= t and got != want)
        pos = sum(1 for want, _, _ in scored if want)
        out.append((t, tp / (tp + fp) if tp + fp else 1.0, tp / pos if pos else 0.0))
    return out


def svg(pts) -> str:
    w, h, m = 520, 300, 40

    def x(t):
        return m + (t - 0.5) / 0.5 * (w - 2 * m)

    def y(v):
        return h - m - v * (h - 2 * m)

    def line(idx, colour):
        return f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="' + " ".join(
            f"{x(p[0]):.1f},{y(p[idx]):.1f}" for p in pts) + '"/>'

    tx = x(DEFAULT_THRESHOLD)
    ticks = "".join(f'<text x="{x(t):.0f}" y="{h - m + 16}" font-size="11" text-anchor="middle">{t:.1f}</text>'
                    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 1.0))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif">'
            f'<rect width="{w}" height="{h}" fill="white"/>'
            f'<line x1="{m}" y1="{h - m}" x2="{w - m}" y2="{h - m}" stroke="#333"/>'
            f'<line x1="{m}" y1="{m}" x2="{m}" y2="{h - m}" stroke="#333"/>{ticks}'
            f'<text x="{m - 6}" y="{y(1):.0f}" font-size="11" text-anchor="end">1</text>'
            f'<text x="{m - 6}" y="{y(0):.0f}" font-size="11" text-anchor="end">0</text>'
            f'{line(1, "#1f77b4")}{line(2, "#d62728")}'
            f'<line x1="{tx:.1f}" y1="{m}" x2="{tx:.1f}" y2="{h - m}" stroke="#777" stroke-dasharray="4 3"/>'
            f'<text x="{tx + 4:.1f}" y="{m + 12}" font-size="11">threshold {DEFAULT_THRESHOLD}</text>'
            f'<text x="{w - m}" y="{m - 10}" font-size="12" text-anchor="end" fill="#1f77b4">precision</text>'
            f'<text x="{w - m - 80}" y="{m - 10}" font-size="12" text-anchor="end" fill="#d62728">recall</text>'
            f'<text x="{w / 2:.0f}" y="{h - 6}" font-size="12" text-anchor="middle">score threshold (dev queries)</text>'
            "</svg>\n")


def main() -> int:
    pts = points()
    (ROOT / "docs" / "img" / "screening-threshold.svg").write_text(svg(pts), encoding="utf-8")
    for t, p, r in pts:
        print(f"{t:.2f}  precision {p:.2f}  recall {r:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
