"""The threat-level timeline as an SVG picture: a row per place, a coloured bar
per level in force there (yellow, orange, red), a thin grey bar per ATO regime.

Declarations cluster in a few episodes (2016-17, 2022, 2024) separated by
years of nothing, so the time axis is broken into one panel per episode, each
panel linear inside. Bars whose start or end time of day is not recorded are
drawn with a dashed outline; bars with no recorded end fade out.

>>> svg = timeline_svg()
>>> svg.startswith("<svg") and "T2022-11" in svg and "Almaty" in svg
True
"""
from __future__ import annotations

import datetime as dt
from html import escape

from .gazetteer import gazetteer
from .threat import _rb, index

#: Shades for the colour names rules/threat-levels/levels.yaml gives each level (presentation only;
#: which level has which colour and rank is read from the data).
PALETTE = {"red": "#d62728", "orange": "#ff9f1c", "yellow": "#ffd60a"}
ATO_FILL = "#8d99ae"
GAP = 45 * 86400  # records further apart than this start a new panel


def timeline_svg(region: str | None = None, date_from=None, date_to=None, rules=None,
                 include_ato: bool = True) -> str:
    """The timeline of the declarations (at ``region`` only, when given)."""
    from .threat import _opt_date, _resolve

    rb = _rb(rules)
    ix = index(rb)
    g = gazetteer(rb)
    levels = sorted(rb.records("levels"), key=lambda lv: lv.rank)
    fill = {0: ATO_FILL, **{lv.rank: PALETTE.get(lv.colour, lv.colour) for lv in levels}}
    legend = " · ".join(f"{lv.colour} {lv.level}" for lv in levels)
    lo, hi = _opt_date(date_from, "--from"), _opt_date(date_to, "--to")
    if region is not None:
        pids = [_resolve(rb, region)]
    else:
        pids = sorted({r for d in ix.records.values() if d.kind in ("level", "ato") for r in d.regions} | {"kz"},
                      key=lambda p: (p != "kz", g.places[p].kind not in ("city-rs", "region"), g.places[p].name.en))
    rows = []
    for pid in pids:
        bars = []
        for s in ix.spans[pid]:
            if not s.whole or (s.rank == 0 and not include_ato):
                continue
            end = s.end if s.end != float("inf") else s.start + 30 * 86400
            if lo and end < _ts(lo):
                continue
            if hi and hi < dt.date.max and s.start > _ts(hi + dt.timedelta(days=1)):
                continue
            bars.append((s.start, end, s.rank, s.decl.id, s.start_sure != s.start or s.end_sure != s.end,
                         bool(s.entry.get("end_unknown"))))
        if bars:
            rows.append((g.places[pid].name.en, bars))
    if not rows:
        return _frame(400, 60, ['<text x="10" y="35" font-size="13">no declarations in this range</text>'])
    spans = sorted((b[0], b[1]) for _, bars in rows for b in bars)
    panels: list[list[float]] = []
    for a, b in spans:
        if panels and a <= panels[-1][1] + GAP:
            panels[-1][1] = max(panels[-1][1], b)
        else:
            panels.append([a, b])
    label_w, panel_w, pad, row_h, top = 235, 300, 14, 22, 58
    width = label_w + len(panels) * (panel_w + pad) + 10
    height = top + len(rows) * row_h + 40
    out = [f'<text x="10" y="20" font-size="15" font-weight="bold">Kazakhstan terrorism threat levels '
           f'(Decree No. 611): declarations on record</text>',
           f'<text x="10" y="38" font-size="11" fill="#555">{legend} · '
           'grey ATO regime · dashed: time of day not recorded · faded: end not recorded</text>']
    x0s = []
    for i, (a, b) in enumerate(panels):
        x0 = label_w + i * (panel_w + pad)
        x0s.append(x0)
        out.append(f'<rect x="{x0}" y="{top - 8}" width="{panel_w}" height="{len(rows) * row_h + 8}" fill="#f6f6f6"/>')
        da, db = _date(a), _date(b)
        out.append(f'<text x="{x0 + 2}" y="{top + len(rows) * row_h + 14}" font-size="10">{da}</text>')
        out.append(f'<text x="{x0 + panel_w - 2}" y="{top + len(rows) * row_h + 14}" font-size="10" '
                   f'text-anchor="end">{db}</text>')

    def xpos(t):
        for (a, b), x0 in zip(panels, x0s):
            if a - 1 <= t <= b + 1:
                return x0 + (t - a) / max(b - a, 1) * panel_w
        return x0s[-1] + panel_w

    for r, (name, bars) in enumerate(rows):
        y = top + r * row_h
        out.append(f'<text x="10" y="{y + 13}" font-size="12">{escape(name)}</text>')
        for a, b, rank, rid, fuzzy, open_end in sorted(bars, key=lambda x: x[2]):
            xa, xb = xpos(a), xpos(b)
            w = max(xb - xa, 2.5)
            h, dy = (6, 12) if rank == 0 else (14, 1)
            attrs = ' stroke="#333" stroke-dasharray="2,2" stroke-width="0.8"' if fuzzy else ""
            op = ' fill-opacity="0.45"' if open_end else ""
            out.append(f'<rect x="{xa:.1f}" y="{y + dy}" width="{w:.1f}" height="{h}" fill="{fill[rank]}"{attrs}{op}>'
                       f'<title>{escape(rid)}: {_date(a)} to {_date(b)}</title></rect>')
    return _frame(width, height, out)


def _frame(w, h, body) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'font-family="sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n' + "\n".join(body) + "\n</svg>\n")


def _ts(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone(dt.timedelta(hours=5))).timestamp()


def _date(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone(dt.timedelta(hours=6))).strftime("%Y-%m-%d")
