"""The account with what was read from it marked in place.

Segments are ``(text, kind, label)``: ``kind`` is ``None`` for plain text,
else ``fact``, ``org``, ``cite``, ``date`` or ``place``; spans come from the
``extracted`` list of ``lawbook classify --text --format json`` (offsets into
the account as given). Overlapping spans keep the first (then the longest).

>>> res = {"extracted": [{"what": "date", "span": [3, 7], "text": "2003"},
...     {"what": "fact", "fact": {"kind": "financing"}, "evidence": [{"cue": "en.x", "span": [10, 15], "text": "money"}]}]}
>>> segments("In 2003 a money transfer", res)
[('In ', None, None), ('2003', 'date', 'date'), (' a ', None, None), ('money', 'fact', 'f1 financing: en.x'), (' transfer', None, None)]
"""
from __future__ import annotations


def spans(res: dict) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, label)`` for each highlighted span."""
    out = []
    k = 0
    for x in res.get("extracted", []):
        what = x.get("what")
        if what == "fact":
            k += 1
            for e in x.get("evidence", []):
                cue = e.get("cue", "")
                kind = "org" if cue == "organisation" else "cite" if cue.startswith("citation") else "fact"
                label = f"f{k} {x['fact'].get('kind')}: {cue}"
                if e.get("span"):
                    out.append((e["span"][0], e["span"][1], kind, label))
        elif x.get("span") and what in ("date", "place"):
            out.append((x["span"][0], x["span"][1], what, what if what == "date" else f"place: {x.get('name')}"))
        elif x.get("span") and str(what).startswith("citation"):
            out.append((x["span"][0], x["span"][1], "cite", x.get("note") or "citation"))
    return out


def segments(text: str, res: dict) -> list[tuple[str, str | None, str | None]]:
    """The account cut into plain and highlighted pieces, in order."""
    chosen, end = [], 0
    for s, e, kind, label in sorted(spans(res), key=lambda x: (x[0], -(x[1] - x[0]))):
        if s < end or not (0 <= s < e <= len(text)):
            continue
        chosen.append((s, e, kind, label))
        end = e
    out, pos = [], 0
    for s, e, kind, label in chosen:
        if s > pos:
            out.append((text[pos:s], None, None))
        out.append((text[s:e], kind, label))
        pos = e
    if pos < len(text):
        out.append((text[pos:], None, None))
    return out
